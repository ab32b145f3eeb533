"""A majority stake bought is the company bought -> acquired.

"Widget Inc said it bought a 60 pct stake in Acme Corp", "acquired 51 pct of Acme Corp", "a
controlling interest in Acme Corp": the buyer (the verb's subject) acquired the company, as the
judges' convention counts stakes of half or more (benchmarks/judged/README.md). A smaller stake
("a 20 pct stake in Acme") is a shareholding, which no rule reads as an acquisition; nor does a
stake raised to a share ("raised its stake in Acme to 55 pct"), whose earlier part was bought before.
The verb carries the modality: "agreed to buy a 60 pct stake" is a deal still to close.
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, pairs, prep_objects
from pipeline.extract.relations.deal_words import SHARE_WORDS
from pipeline.extract.relations.lexicon import RULE_VERB_SENSES
from pipeline.extract.relations.verb_subjects import subject_token
from pipeline.lexicon import ORG_LABELS

STAKE_NOUNS = frozenset({"stake", "interest", "holding", "shareholding"})
# A stake so described is a majority, whatever its size: "a controlling interest in X".
MAJORITY_WORDS = frozenset({"majority", "controlling"})
MAJORITY = 50.0


def majority_stake(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """The buyer and the company of a majority stake the verb buys (module docstring)."""
    sense = RULE_VERB_SENSES.get(verb.lemma_.lower())
    if sense is None or sense.predicate != "acquired" or verb.dep_ == "amod":
        return
    bought = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if bought is None:
        return
    if bought.lemma_.lower() in STAKE_NOUNS:
        majority = any(c.lower_ in MAJORITY_WORDS for c in bought.children if c.dep_ in ("amod", "compound"))
        share_word = next((c for c in bought.children if c.lower_ in SHARE_WORDS), None)
        # "a 60 pct stake": the parser hangs the number on "pct" or on "stake"
        share = _share(share_word) or (_share(bought) if share_word is not None else None)
        companies = prep_objects(bought, ("in", "of"))
    elif bought.lower_ in SHARE_WORDS:
        majority, share = False, _share(bought)
        companies = prep_objects(bought, ("of", "in"))
    else:
        return
    if not majority and (share is None or share < MAJORITY):
        return
    subject = subject_token(verb)
    buyers = [m for m in finder.group(subject) if finder.label(m) in ORG_LABELS | {"PERSON", "GPE"}] \
        if subject is not None else []
    targets = [m for t in companies for m in finder.group(t) if finder.label(m) in ORG_LABELS]
    yield from pairs("acquired", buyers, targets, "majority_stake", (verb, bought))


def _share(word: Token | None) -> float | None:
    """The number written before "pct" ("60 pct", "50.1 pct"), or None."""
    if word is None:
        return None
    number = next((c for c in word.children if c.dep_ == "nummod"), None)
    try:
        return float(number.text.replace(",", "")) if number is not None else None
    except ValueError:
        return None
