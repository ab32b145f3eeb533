"""No visit to one's own state: "Chinese leader Xi Jinping visited Beijing", "Israeli Prime Minister
Benjamin Netanyahu ... in Israel". A person the article gives an office of a state (title_office,
appos_office, copula_office: "Chinese leader X" once the article names China) does not visit that
state or its capital; their travel at home is not news's "visit" (the session-9 and -10 judges).
Where the article never names the state, the nationality word before the office and the name gives
it ("Chinese leader Xi Jinping", "Russian President Vladimir Putin"; government_words.STATE_OFFICE_NOUNS).
Other places in the state stay visits ("Obama visited Texas")."""
from __future__ import annotations

import re

from models import Mention, RelationMention
from pipeline.extract.mention_index import root_mention
from pipeline.government_words import STATE_OFFICE_NOUNS
from pipeline.name_strings import capital_nations, name_key, nation_key

MAX_TITLE_WORDS = 3  # "Chinese Foreign Minister Wang Yi", "Russian President Vladimir Putin"
_TITLE_GAP = re.compile(r"^ (?:[A-Za-z][A-Za-z.\-]* ){1,%d}$" % MAX_TITLE_WORDS)


def without_own_state_visits(relations: list[RelationMention], mentions: list[Mention], text: str) -> list[RelationMention]:
    """`relations` less each visited(P, X) where the article gives P an office of X or of the state X is the capital of."""
    if not any(r.predicate == "visited" for r in relations):
        return relations
    by_index = {m.index: m for m in mentions}

    def root(index: int) -> int:
        return root_mention(by_index[index], by_index).index

    offices = {(root(r.subject), nation_key(by_index[r.object].text)) for r in relations
               if r.predicate == "affiliated_with" and r.object is not None
               and r.rule.removesuffix("+chain").endswith("_office")}
    offices |= {(root(person), state) for person, state in _nationality_titles(mentions, text)}
    if not offices:
        return relations
    capitals = capital_nations()
    kept = []
    for relation in relations:
        if relation.predicate == "visited" and relation.object is not None:
            place = by_index[relation.object].text
            states = {nation_key(place), capitals.get(name_key(place))}
            if any((root(relation.subject), state) in offices for state in states if state):
                continue
        kept.append(relation)
    return kept


def _nationality_titles(mentions: list[Mention], text: str) -> list[tuple[int, str]]:
    """(person's index, nation key) for each "<Nationality> <office words> <Person>" of the text."""
    found = []
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    for before, person in zip(ordered, ordered[1:]):
        if before.label != "NORP" or person.label != "PERSON" or not _TITLE_GAP.match(text[before.end:person.start]):
            continue
        if any(w.lower().rstrip(".") in STATE_OFFICE_NOUNS for w in text[before.end:person.start].split()):
            found.append((person.index, nation_key(before.text)))
    return found
