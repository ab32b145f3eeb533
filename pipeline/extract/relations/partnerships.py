"""Partnerships and agreements: "X signed a cooperation agreement with Y", "X and Y set up a joint
programme", "X and Y agreed to merge"; a person's contract with an organisation is employment
instead (relations/rules.py calls these from its verb and noun rules)."""
from __future__ import annotations

from itertools import combinations
from typing import Iterator

from spacy.tokens import Token

from models import Mention
from pipeline.extract.entities.sports_teams import sports_article
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, prep_objects
from pipeline.extract.relations.verb_subjects import phrasal_key, subject_token
from pipeline.extract.relations.deal_words import CONTRACT_NOUNS
from pipeline.extract.relations.lexicon import JOINT_MARKERS, JOINT_NOUNS, PARTNERSHIP_NOUNS, PARTNERSHIP_VERBS
from pipeline.lexicon import ORG_LABELS

# Verbs whose subjects, coordinated, partner each other: "Zeta Corp and Omega Inc agreed to merge"
# (with "with", "merged with Omega", verb_prep reads the partner).
MUTUAL_VERBS = frozenset({"merge", "team up", "partner", "ally", "unite"})


def is_partnership_noun(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in PARTNERSHIP_NOUNS:
        return True
    return lemma in JOINT_NOUNS and any(
        t.lower_ in JOINT_MARKERS for t in noun.subtree if t.i < noun.i and t.dep_ in ("amod", "compound"))


def subject_group(finder: ArgumentFinder, verb: Token, expand_relative: bool = False) -> list[Mention]:
    subject = subject_token(verb)
    if subject is None:
        return []
    if expand_relative and subject.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        subject = verb.head  # "X and Y, which established a joint programme": both did
    return finder.group(subject)


def partnership_verb(finder: ArgumentFinder, verb: Token, subjects: list[Mention]) -> Iterator[Candidate]:
    """"X signed a cooperation agreement with Y", "X set up a joint programme with Y"."""
    if verb.lemma_.lower() not in PARTNERSHIP_VERBS:
        return
    for noun in [c for c in verb.children if c.dep_ == "dobj"]:
        if not is_partnership_noun(noun):
            continue
        partner_tokens = prep_objects(verb, ("with",)) + prep_objects(noun, ("with", "between"))
        partners = [m for t in partner_tokens for m in finder.group(t)]
        if sports_article(verb.doc):
            # "The Celtics reached deals with Kyle Korver": a club's contract with a person employs
            # them (roster_rules.py), no partnership
            sides = {finder.label(m) for m in subjects}
            partners = [m for m in partners if not {finder.label(m), *sides} >= {"PERSON", "ORG"}]
            if not partners and partner_tokens:
                continue
        group = subjects if partners else subject_group(finder, verb, expand_relative=True)
        pairs = [(s, p) for s in group for p in partners if s.index != p.index] if partners else list(combinations(group, 2))
        for first, second in pairs:
            yield from _agreement(finder, first, second, noun, (verb, noun))


def mutual_verb(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"Zeta Corp and Omega Inc agreed to merge", "Zeta and Omega said they would merge": the
    coordinated organisations of the verb's subject, or of the clause a "they" stands in."""
    if phrasal_key(verb) not in MUTUAL_VERBS or prep_objects(verb, ("with",)) or any(c.dep_ == "dobj" for c in verb.children):
        return
    subject = subject_token(verb)
    if subject is not None and subject.lower_ == "they":
        # "Zeta and Omega said they agreed to merge": the coordinated subject of a clause above
        subject = next((s for head in verb.ancestors for s in head.children
                        if s.dep_ == "nsubj" and s.i < subject.i and s.conjuncts), None)
    if subject is None:
        return
    # "Zeta Corp, Omega Inc and Beta Ltd": a list the parser may hang on the first name as an apposition
    listed = [t for a in subject.children if a.dep_ == "appos" and a.conjuncts for t in (a, *a.conjuncts)]
    parties = {m.index: m for t in (subject, *subject.conjuncts, *listed) for m in finder.group(t)
               if finder.label(m) in ORG_LABELS}
    for first, second in combinations(parties.values(), 2):
        yield Candidate("partnered_with", first, second, "mutual_verb", (verb,))


def _agreement(finder: ArgumentFinder, first: Mention, second: Mention, noun: Token,
               anchors: tuple[Token, ...]) -> Iterator[Candidate]:
    """A partnership is between organisations; a person's contract with an organisation ("Raul
    Ibanez signed a three-year contract with the Philadelphia Phillies") is employment, and a
    person's other agreements relate no one. Outside sport a person's "deal" with a company is
    no hiring ("Trump reached a deal with Carrier"): a partnership, as between organisations."""
    people = [m for m in (first, second) if finder.label(m) == "PERSON"]
    noun_lemma = noun.lemma_.lower()
    if not people:
        yield Candidate("partnered_with", first, second, "verb_noun", anchors)
    elif len(people) == 1 and noun_lemma in CONTRACT_NOUNS:
        employer = second if people[0] is first else first
        if finder.label(employer) not in ORG_LABELS:
            return
        if noun_lemma in ("contract", "contracts") or sports_article(noun.doc):
            yield Candidate("affiliated_with", people[0], employer, "verb_noun", anchors)
        else:
            yield Candidate("partnered_with", first, second, "verb_noun", anchors)
