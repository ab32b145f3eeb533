"""Constructions centred on an organisation's name or description: "X in Y" and units.

"org_prep_place" (the Rand Corporation in Santa Monica, the private baptist school in Waco: a
description standing for an organisation is placed like its name) and "appos_unit" (The Annex,
a CIA station: member_of).
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from models import Mention
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, prep_objects
from pipeline.extract.relations.lexicon import UNIT_NOUNS
from pipeline.lexicon import PLACE_LABELS


def description_rules(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """A description standing for an organisation is placed like its name: "the school in Waco"."""
    if finder.label(mention) in ("ORG", "FAC"):
        yield from org_place_rules(finder, mention, root)


def org_place_rules(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    for pobj in prep_objects(root, ("in", "of", "at", "near")):
        for other in finder.group(pobj):
            if finder.label(other) in PLACE_LABELS:
                yield Candidate("located_in", mention, other, "org_prep_place", (pobj.head,))


def org_unit_rules(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"The Annex, a CIA station", "Instagram, a Facebook subsidiary": what a unit belongs to."""
    for noun in [c for c in root.children if c.dep_ == "appos" and finder.mention_at(c) is None]:
        if noun.lemma_.lower() not in UNIT_NOUNS:
            continue
        for child in noun.children:
            owner = finder.mention_at(child)
            if child.dep_ in ("compound", "poss", "nmod") and owner is not None and owner.index != mention.index \
                    and finder.label(owner) == "ORG":
                yield Candidate("member_of", mention, owner, "appos_unit", (noun,))
