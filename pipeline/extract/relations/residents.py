"""Whose home a noun names and which places a noun names: shared by the home and resident rules (rules.py)."""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Token

from models import Mention
from pipeline.extract.relations.arguments import ArgumentFinder, clause_subject, is_passive, trailing_prep_objects
from pipeline.lexicon import PLACE_LABELS


def named_places(finder: ArgumentFinder, noun: Token, preps: Iterable[str], deps: Iterable[str]) -> list[Mention]:
    """Places a noun names through a preposition or a modifier: "a native *of Chisholm*", "Sohn's *New
    Jersey* home"."""
    modifier_deps = set(deps)
    tokens = trailing_prep_objects(noun, preps) + [c for c in noun.children if c.dep_ in modifier_deps]
    return [m for t in tokens for m in finder.group(t) if finder.label(m) in PLACE_LABELS]


def residents(finder: ArgumentFinder, noun: Token) -> list[Mention]:
    """Whose home a noun names: its possessor; "his"/"her" is the person the clause is about ("Rubio
    returned to his home state of Florida")."""
    residents = []
    for owner in (c for c in noun.children if c.dep_ == "poss"):
        found = [m for m in finder.group(owner) if finder.label(m) == "PERSON"]
        before = [m for m in finder.index.mentions if finder.label(m) == "PERSON"
                  and noun.sent.start_char <= m.start < owner.idx]
        named = {finder.index.root(m).index for m in before}
        if not found and owner.lower_ in ("his", "her"):
            subject = clause_subject(noun)
            people = [m for m in finder.group(subject) if finder.label(m) == "PERSON"] if subject is not None else []
            # and the only person named before it there: in "Bush praised Rubio in his home state" "his" is
            # either; "X was found dead at her home": a passive clause's one person
            found = people if len(people) == 1 and len(named) == 1 else before[:1] if (
                subject is None and len(named) == 1 and _in_passive_clause(noun)) else []
        elif not found and owner.lower_ == "their" and len(named) > 1:
            # "the bodies of A and B were found in their house": the people of one coordination
            token = noun.doc.char_span(before[0].start, before[0].end, alignment_mode="expand")
            group = finder.group(token.root) if token is not None else []
            found = group if {finder.index.root(m).index for m in group} == named else []
        residents += found
    return residents


def _in_passive_clause(noun: Token) -> bool:
    """"X was found dead at her home": the nearest verb above the noun is passive (not a clause the
    parser left without a subject: "a designer ... watched from her home")."""
    current = noun
    for _ in range(8):
        if current.pos_ in ("VERB", "AUX"):
            return is_passive(current)
        if current.head == current:
            return False
        current = current.head
    return False
