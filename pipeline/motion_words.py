"""Words of going or being taken somewhere, kept beside pipeline/lexicon.py. After one of these
verbs a name's "from <place>" is where the trip started, not a home: "trying to climb to the Sefton
Bivvy from Mount Cook Village", "airlifted the climber from the hut" (extract/relations/mention_rules.py)."""
from __future__ import annotations

MOTION_VERBS = frozenset("""
go come travel return arrive fly drive ride walk hike climb trek march run race rush hurry head move sail row
swim paddle ski cycle bike crawl wander stroll flee escape journey commute drift ferry airlift evacuate
transport transfer carry haul tow chopper helicopter shuttle bus
""".split())
# Prepositions of a motion verb's goal: "climb to the hut", "drove into Boston".
GOAL_PREPS = frozenset({"to", "toward", "towards", "into", "onto", "up", "down"})
