"""Words for the parts, workplaces, leadership and deals of an organisation (relations/memberships.py,
relations/role_names.py, relations/noun_relations.py, relations/member_lists.py): one home for them
beside pipeline/lexicon.py and the relations lexicon, both at their size limit."""
from __future__ import annotations

from pipeline.lexicon import BUSINESS_DESCRIPTORS, PLACED_CLASS_NOUNS

# Parts of an organisation that stand for it when its name modifies them: "head of Mafia clans", "a
# Hamas cell" (memberships.group_owners)
GROUP_PART_NOUNS = frozenset({"clan", "cell", "faction", "wing", "chapter", "family"})
# Units inside an organisation a role may head, kept in the role's words: "head of Merrill Lynch's
# London mergers office", "chief of the Finance Ministry's budget financing division"
ORG_UNIT_NOUNS = frozenset({"office", "division", "department", "unit", "desk", "section", "bureau", "branch",
                            "committee", "subcommittee", "directorate"})
# What one takes of an organisation one comes to lead: "took over control of Mafia clans", "took
# command of the Fifth Fleet" (memberships.took_control)
CONTROL_NOUNS = frozenset({"control", "command", "leadership", "charge"})
# Nouns a counted "one of" may still name a membership by: "one of 99 alleged Mafia members" (not "one
# of six senators", a set counted)
COUNTED_MEMBER_NOUNS = frozenset({"member"})
# Last words of a facility's name, or unnamed premises, that make it a workplace, an employer of its
# staff ("the Kraft Plant" typed FAC, "an employee at a Kraft plant"). Not a prison, a jail or a school
# (inmates, pupils)
WORKPLACE_NOUNS = frozenset({"plant", "factory", "mill", "refinery", "mine", "warehouse", "store", "supermarket",
                             "restaurant", "hotel", "hospital", "clinic", "laboratory", "lab", "studio", "office",
                             "headquarters", "depot", "shipyard", "works", "foundry", "smelter"})
# After a name (resolve/org_cues.py) and before a person's name: offices only an organisation has ("Wembley chairman Claes
# Hultman", "Balco founder Victor Conte"); a person has a spokesman, a lawyer or a manager, not these.
ORG_HEAD_TITLES = frozenset({"chairman", "chairwoman", "chief executive", "boss", "president", "managing director",
                             "director", "founder", "co-founder", "owner"})
# The post a verb of leading names (rules.py, verb_active): "Ms Dunwoody, who chairs the Transport Select
# Committee" is its chair ("runs", "leads", "manages" name no one title).
POST_OF_VERB = {"chair": "chair", "co-chair": "co-chair", "head": "head"}
# A kind of company or body a nationality or a country before it places ("UK condom maker SSL",
# "German carmaker BMW", "Japanese electronics giant Sony", "Irish rock band U2"): entities/mentions.py
# names the country, relations/org_rules.py places the company there.
NATIONAL_COMPANY_NOUNS = PLACED_CLASS_NOUNS | BUSINESS_DESCRIPTORS | frozenset(
    {"giant", "brewer", "chain", "band", "orchestra"})
# Lower-case words that may stand between the country and that noun ("electronics", "consumer goods").
MAX_TRADE_WORDS = 3
# Kinds of place a nationality before it places in its country ("the Czech capital, Prague", "Kiev, the
# Ukrainian capital", "the Indian state of Gujarat", "the Greek island of Crete"): entities/mentions.py names
# the country, relations/place_containers.py places the city or region.
NATIONAL_PLACE_NOUNS = frozenset({"capital", "state", "province", "region", "island", "republic", "territory",
                                  "city", "town", "county", "prefecture", "emirate", "canton", "oblast"})
# Head words of an organisation's name ("... University", "Bank of ...") and of a state's ("Republic of ..."):
# entities/entity_rules.py grows names to them, entities/titled_people.py keeps them organisations.
ORG_HEADS = frozenset("""
university institute institution academy center centre association organization organisation agency
ministry party council committee commission foundation corporation company bank fund union department
bureau office society federation league court parliament administration laboratory laboratories lab
college school forum alliance coalition authority service board consortium network conference
congress assembly senate tribunal inc corp ltd llc plc co group command army navy force
nv spa gmbh bv pte bhd
""".split())
STATE_HEADS = frozenset("republic kingdom emirates principality sultanate commonwealth".split())
# Verbs whose subject carries through a deal named by their object: "Banner said it completed the
# purchase of Rexnord", "closed its acquisition of X", "has made the purchase of X" (the subject buys).
DEAL_COMPLETING_VERBS = frozenset({"complete", "close", "finalize", "finalise", "conclude", "consummate", "finish",
                                   "make", "effect"})
# An offer for a company (relations/offers.py): its nouns, the words that make one a bid for the
# whole company ("a takeover offer", "a 40 dlrs a share cash bid"), and the verbs of the company that
# takes it ("accepted a takeover bid from X", "agreed to a 265 mln dlr offer from X").
OFFER_NOUNS = frozenset({"offer", "bid", "proposal", "tender"})
TAKEOVER_OFFER_WORDS = frozenset({"takeover", "buyout", "buy-out", "merger", "acquisition", "tender", "cash", "share",
                                  "dlr", "dlrs", "dollar", "billion", "mln", "million"})
OFFER_TAKING_VERBS = frozenset({"accept", "agree", "approve"})
# Verbs by which a company parts with what it owns: "it sold its X and Y units" (X and Y were its units;
# no more: relations/unit_lists.py), while "agreed to sell its X unit" keeps X its own.
PARTING_VERBS = frozenset({"sell", "divest", "dispose", "spin", "shed", "transfer", "liquidate", "close"})
# Modifiers of a purchase that buys a part, not the company: "the share purchase of X", "a stake purchase".
PART_PURCHASE_WORDS = frozenset({"share", "stock", "stake", "equity", "asset", "minority", "partial", "interest"})
# Nouns for an organisation made of other organisations, whose "includes"/"incorporates"/"comprises"
# lists its members: "Capco is a group of utilities that includes Ohio Edison Co", "Storehouse, the
# retail conglomerate which incorporates Mothercare" (relations/member_lists.py).
COMPOSITE_ORG_NOUNS = frozenset({"group", "conglomerate", "consortium", "syndicate", "alliance", "coalition",
                                 "federation", "association", "grouping", "cartel", "holding"})

# Kind words of foreign names and the English noun a story calls such a body by: "<Banco Santander>
# signed ... , the bank said" (extract/coreference/rules.EntityGroups.name_words).
FOREIGN_KIND_WORDS = {"banco": "bank", "banque": "bank", "banca": "bank", "bankhaus": "bank", "banka": "bank",
                      "compagnie": "company", "compania": "company", "companhia": "company", "compañía": "company"}

# Plural last words of company names ("KLM Royal Dutch Airlines", "Arnold Foods") that are nobody's surname
# (not "Mills", "Brothers"): entities/company_names.py retypes the PERSON spans they end.
COMPANY_NAME_WORDS = frozenset({
    "airlines", "airways", "industries", "motors", "foods", "enterprises", "systems", "laboratories",
    "pharmaceuticals", "communications", "resources", "chemicals", "electronics", "holdings", "securities",
    "investments", "properties", "technologies", "services",
})
