"""Units named in a list before an owner's unit noun: "Hanson said it agreed to sell its Kidde Inc,
Smith Corona Co, Grove Crane Ltd and Carlton Industries subsidiaries", "Texaco's Getty Oil and
Texaco Canada units" (org_rules.owned_unit makes each a member_of the owner).

The parser breaks such lists: it hangs the possessive on the first name and the noun alone on the
verb, so the names are read off the words between the possessive and the noun, which must be names,
commas and "and" ("its Smith Corona typewriter unit", "its former Acme unit" are the parse's).
The NER types such names PERSON or GPE as often as ORG: a name not typed ORG is kept when it ends
in a company's word ("Smith Corona Co"), so "its London and Paris units" or a person's name listed
is no unit.
"""
from __future__ import annotations

from spacy.tokens import Token

from models import Mention
from pipeline.extract.relations.arguments import ArgumentFinder
from pipeline.extract.relations.its_owners import its_owners
from pipeline.extract.relations.visit_rules import states_event
from pipeline.lexicon import COMPANY_SUFFIXES, is_legal_form
from pipeline.organisation_words import PARTING_VERBS

LIST_SEPARATORS = frozenset({",", "and"})


def listed_units(finder: ArgumentFinder, noun: Token) -> tuple[list[Mention], list[Mention]]:
    """The companies listed between a possessive and `noun`, and the possessive's owners ("its": the
    reporting company or the clause's "it", its_owners.its_owners)."""
    doc = noun.doc
    names: dict[int, Mention] = {}
    position = noun.i - 1
    previous_separator = False
    while position > noun.sent.start:
        token = doc[position]
        mention = finder.mention_at(token)
        if mention is not None and token.tag_ != "POS" and token.lower_ != "its":
            names.setdefault(mention.index, mention)
            previous_separator = False
        elif names and token.lower_ in LIST_SEPARATORS and not (previous_separator and token.lower_ == "and"):
            previous_separator = True
        else:
            break
        position -= 1
    possessive = doc[position]
    if not names or previous_separator or (len(names) > 1 and noun.tag_ != "NNS"):
        return [], []
    if possessive.lower_ == "its":
        owners = owners_by_its(finder, noun, possessive)
    elif possessive.tag_ == "POS" and position > noun.sent.start:
        owner = finder.mention_at(doc[position - 1])
        owners = [owner] if owner is not None and finder.label(owner) == "ORG" else []
    else:
        return [], []
    return [m for m in names.values() if _company(finder, m)], owners


def owners_by_its(finder: ArgumentFinder, noun: Token, possessive: Token) -> list[Mention]:
    """What "its" before a unit noun stands for: the name the unit is coordinated with ("sued PepsiCo
    Inc and its La Petite Boulangerie unit": PepsiCo's, not the suing company's), else the reporting
    company or the clause's "it" (its_owners.its_owners), reached from the noun or from the
    possessive (the parse may hang them in different clauses: "said its RCA Corp and NBC units would
    cut", the noun a conjunct of the subject)."""
    if noun.dep_ == "conj" and noun.head.i < possessive.i:
        coordinated = finder.mention_at(noun.head)
        if coordinated is None or finder.label(coordinated) != "ORG" or len(noun.head.conjuncts) > 1:
            return []  # "the bank and its X unit", "A, B and its X unit": whose is not said
        return [coordinated]
    return its_owners(finder, noun) or its_owners(finder, possessive)


def _company(finder: ArgumentFinder, mention: Mention) -> bool:
    words = mention.text.split()
    return finder.label(mention) == "ORG" or bool(words) and (
        words[-1].lower() in COMPANY_SUFFIXES or is_legal_form(words[-1]))


def parted_with(noun: Token) -> bool:
    """Whether the owner has parted with the units `noun` names: "it sold its X and Y units", "has
    disposed of its X unit" (a past verb of parting stated as fact), not "agreed to sell its X unit",
    "is selling its X unit" (its own until the deal closes)."""
    of_object = noun.dep_ == "pobj" and noun.head.lower_ == "of"  # not "sold a stake to its X unit"
    verb = noun.head.head if of_object else noun.head
    if not (noun.dep_ == "dobj" or of_object) or verb.lemma_.lower() not in PARTING_VERBS:
        return False
    return verb.tag_ in ("VBD", "VBN") and states_event(verb)
