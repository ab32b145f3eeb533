"""Words of business deals, read by the relation rules: buying and deals not (yet) made
(noun_relations.py, offers.py), ownership ("X's parent company, Y", "Y, a subsidiary of X"), and
contracts (career_rules.py, partnerships.py). Moved out of relations/lexicon.py (at its size limit)
and the rule modules, so each word list has one home."""
from __future__ import annotations

# Verbs that pick a contractor ("selected Boeing for contracts", "awarded Boeing a contract").
SELECTION_VERBS = frozenset({"select", "choose", "pick", "tap", "award", "grant", "hire", "contract"})
CONTRACT_NOUNS = frozenset({"contract", "contracts", "order", "orders", "deal", "tender", "bid", "award"})
# Nouns of one organisation buying another: "Google's acquisition of YouTube".
ACQUISITION_NOUNS = frozenset({"acquisition", "purchase", "takeover", "buyout", "buy-out"})
# Verbs by which a seller passes a company to a buyer named by "to" (offers.sold_to).
SELLING_VERBS = frozenset({"sell"})
# Verbs that take back an offer made: "offered to acquire X ... but withdrew the offer" (offers.withdrawn_offer).
WITHDRAWING_VERBS = frozenset({"withdraw", "drop", "abandon", "scrap", "rescind", "retract", "pull"})
# Prepositions of a deal that is in force: "into a joint venture with", "under an agreement with" (not
# "talks on a deal with", "pulled out of a venture with"; noun_rules).
DEAL_IN_FORCE_PREPS = frozenset({"into", "under"})
# Nouns of a deal whose infinitive says what it does: "Microsoft's deal to buy LinkedIn".
DEAL_NOUNS = frozenset({"deal", "agreement", "pact", "accord"})
# Words that make a deal one that has not happened: "the proposed merger", "a failed takeover".
UNREALISED_WORDS = frozenset({"planned", "proposed", "potential", "possible", "rumored", "rumoured", "pending",
                              "failed", "attempted", "abortive", "aborted", "would-be", "prospective", "hostile",
                              "mooted", "contemplated", "hypothetical"})
# Verbs that stop a deal or leave it unmade: "regulators blocked the takeover", "to negotiate a merger".
BLOCKING_VERBS = frozenset({"block", "reject", "oppose", "abandon", "scrap", "cancel", "halt", "challenge", "prevent",
                            "stop", "drop", "kill", "sue", "consider", "weigh", "explore", "seek", "pursue",
                            "propose", "plan", "rule", "review", "approve", "investigate", "probe", "fight",
                            "negotiate", "discuss"})
# Nouns for an organisation's owner and for what it owns: "X's parent company, Y", "Y, a subsidiary of X".
OWNER_NOUNS = frozenset({"parent", "owner"})
OWNED_NOUNS = frozenset({"subsidiary", "unit", "division", "arm", "company", "agency", "bureau", "wing"})  # not "affiliate": "NBC affiliate WHO"
# A company's affiliate is its unit only in apposition with "of": "GAMCO Investors Inc, an affiliate of
# Gabelli and Co" (a broadcaster's affiliate, "NBC affiliate WHO", carries its shows and is owned by others).
AFFILIATE_NOUNS = frozenset({"affiliate"})
# Words for a share of a company, after its number: "46 pct owned by", "a 60 pct stake".
SHARE_WORDS = frozenset({"pct", "percent", "%"})
SUBSIDIARY_NOUNS = frozenset({"subsidiary", "unit", "division", "arm"})  # "its brokerage unit X", not "advertising agency"
# Words that make an owner one of several: "Forum's other owner, Audley Inc", "a minority owner"
PART_OWNER_WORDS = frozenset({"other", "another", "minority", "co", "part", "joint", "partial"})
# Words that make "company" the owner: "its parent company", "X's holding company, Y"
PARENT_COMPANY_WORDS = frozenset({"parent", "holding"})
# Contract nouns that name no contract when received "from" someone: a bid is an offer made ("Viacom
# received revised takeover bids from Redstone"), and an order a body of rulings issues is a ruling
# ("received a rate order from the Board of Public Utilities", "a court order from a judge").
OFFER_NOUNS = frozenset({"bid", "bids"})
RULING_WORDS = frozenset({"rate", "court", "executive", "restraining", "consent", "gag", "protective",
                          "cease-and-desist", "emergency", "regulatory", "judicial"})
