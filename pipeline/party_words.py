"""Political parties: the words that name one and the names it goes by.

One home for the parties the rules know; each party has one key ("labour", "conservative",
"republican"), which both lists share.
"""
from __future__ import annotations

# Party words and the key of the party they name: "Republican Sen. X", "X, a Democrat," and the
# party's own name ("the Republican Party", "the GOP", "the Democratic party") (relations/parties.py).
PARTY_KEYS = {"republican": "republican", "republicans": "republican", "gop": "republican",
              "democrat": "democratic", "democrats": "democratic", "democratic": "democratic",
              "labour": "labour", "tory": "conservative", "tories": "conservative", "conservative": "conservative"}
# Words for a party's side in a description ("the Republican nominee", "the Green candidate"): the
# parties' keys and the smaller parties' words that name no one party of PARTY_NAMES.
PARTY_SIDE_WORDS = frozenset(PARTY_KEYS.values()) | frozenset({"libertarian", "green", "independent", "liberal"})


def party_word(word: str) -> bool:
    """Whether a lower-case word names a party or a party's side ("tories", "republican", "green")."""
    return word in PARTY_KEYS or word in PARTY_SIDE_WORDS
# The letters of a US legislator's party-state tag ("Sen. Ron Wyden (D-Ore.)", "(I-Vt.)"), and the party
# keys of those that name a party (an independent's "I" names none).
PARTY_TAG_LETTERS = frozenset({"R", "D", "I"})
PARTY_LETTER_KEYS = {"D": "democratic", "R": "republican"}
# Names of national parties, each to its party's key: the short, long, plural and nickname forms
# news writes for one party ("Labour", "the Labour Party"; "the Conservatives", "the Tories", "the
# Tory Party"; "the Liberal Democrats", "the Lib Dems"; "the Republicans", "the GOP"). Casefolded,
# without "the". A name here is one organisation across a run's articles, whatever the model typed
# it as (the plurals NORP, "Lib Dems" PERSON): resolve/parties.py. The singular adjectives ("a Tory
# MP", "a Republican senator") are party words, not the party's name: they stay out.
PARTY_NAMES = {
    "labour": "labour", "labour party": "labour",
    "conservatives": "conservative", "conservative party": "conservative", "tories": "conservative",
    "tory party": "conservative",
    "liberal democrats": "liberal democrat", "lib dems": "liberal democrat",
    "liberal democrat party": "liberal democrat",
    "scottish national party": "scottish national", "snp": "scottish national", "plaid cymru": "plaid cymru",
    "uk independence party": "uk independence", "ukip": "uk independence",
    "republicans": "republican", "republican party": "republican", "gop": "republican",
    "democratic party": "democratic",
}
# Not "Democrats": the model often tags only the last word of "the Liberal Democrats" ("Social
# Democrats", "English Democrats"), so alone it names no one party (BBC dev: 14 UK articles' "Democrats"
# were the Lib Dems, one was the US party).
