"""Whose home a home noun names ("Sohn's New Jersey home", "his residence in Larchmont", "their
house in Newton Street, Millom"): its possessor, or the people a possessive pronoun stands for.

- "his"/"her": the subject of the noun's clause, when that is the only person the sentence names
  before the pronoun ("Rubio returned to his home state of Florida"; "Alice McMeekin was found dead at
  her home", a passive subject too: the one found is at home, not the finder);
- "their": the people the clause's subject names, all of them and nobody else named before it in the
  sentence ("John Smith and Mary Jones said their home ...", "The bodies of Alice McMeekin and Katie
  Jenkin were found in their house ..."); an organisation or anyone else there leaves it unsaid.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from models import Mention
from pipeline.extract.relations.arguments import ArgumentFinder, prep_objects
from pipeline.extract.relations.verb_subjects import subject_token

SINGLE_OWNERS = frozenset({"his", "her"})
PLACE_LABELS = ("GPE", "LOC", "FAC")
CLAUSE_STEPS = 8


def residents(finder: ArgumentFinder, noun: Token) -> list[Mention]:
    found: list[Mention] = []
    for owner in (c for c in noun.children if c.dep_ == "poss"):
        people = [m for m in finder.group(owner) if finder.label(m) == "PERSON"]
        if not people and owner.lower_ in SINGLE_OWNERS:
            people = _single_owner(finder, noun, owner)
        elif not people and owner.lower_ == "their":
            people = _several_owners(finder, noun, owner)
        found += people
    return found


def _subject(noun: Token) -> Optional[Token]:
    """The subject of the nearest clause above the noun, active or passive."""
    current = noun
    for _ in range(CLAUSE_STEPS):
        if current.pos_ in ("VERB", "AUX") and current.dep_ != "acl":
            subject = subject_token(current)
            if subject is None or not _within_phrase(noun, subject):
                return subject
            # "said his house in Leeds was damaged": the home is that clause's subject; the owner
            # is the subject of the clause above
        if current.head == current:
            return None
        current = current.head
    return None


def _within_phrase(noun: Token, subject: Token) -> bool:
    """Whether the noun is the subject or a word of its phrase ("his house in Leeds was damaged"),
    not of a clause the subject heads ("Rubio, speaking at a rally at his hometown, ...")."""
    token = noun
    for _ in range(CLAUSE_STEPS):
        if token.i == subject.i:
            return True
        if token.pos_ in ("VERB", "AUX") or token.head == token:
            return False
        token = token.head
    return False


def _named_before(finder: ArgumentFinder, noun: Token, owner: Token) -> set[int]:
    """The people (entity roots) the sentence names before the pronoun."""
    return {finder.index.root(m).index for m in finder.index.mentions if finder.label(m) == "PERSON"
            and noun.sent.start_char <= m.start < owner.idx}


def _single_owner(finder: ArgumentFinder, noun: Token, owner: Token) -> list[Mention]:
    subject = _subject(noun)
    people = [m for m in finder.group(subject) if finder.label(m) == "PERSON"] if subject is not None else []
    # and the only person named before it there: in "Bush praised Rubio in his home state" "his" is either
    return people if len(people) == 1 and len(_named_before(finder, noun, owner)) == 1 else []


def _several_owners(finder: ArgumentFinder, noun: Token, owner: Token) -> list[Mention]:
    subject = _subject(noun)
    if subject is None:
        return []
    named = finder.group(subject)
    if not named:  # "The bodies of A and B were found": the people the subject is of
        named = [m for pobj in prep_objects(subject, ("of",)) for m in finder.group(pobj)]
    people = [m for m in named if finder.label(m) == "PERSON"]
    if len(people) < 2 or len(people) != len(named):
        return []
    roots = {finder.index.root(m).index for m in people}
    return people if _named_before(finder, noun, owner) == roots else []


def home_place_after(finder: ArgumentFinder, noun: Token) -> list[Mention]:
    """The place of a home the parser hung on the verb instead of the home ("were found in their
    house in Millom" with "in Millom" on "found"): an "in" phrase right after the home's own phrase,
    nothing between."""
    prep = noun.head
    if prep.dep_ != "prep" or noun.dep_ != "pobj" or noun.right_edge.i + 1 >= len(noun.doc):
        return []
    following = noun.doc[noun.right_edge.i + 1]
    if following.lower_ != "in" or following.dep_ != "prep" or following.head.i != prep.head.i:
        return []
    return [m for pobj in following.children if pobj.dep_ == "pobj" for m in finder.group(pobj)
            if finder.label(m) in PLACE_LABELS]
