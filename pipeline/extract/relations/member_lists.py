"""Memberships stated by a list: "Its members include Jon Voight, Kelsey Grammer and Jerry
Bruckheimer", "Members of the Freedom Caucus include Jim Jordan and Mark Meadows", "The
organization of 1,500 members include celebrities such as Jon Voight".

Rule "member_list": each name the list gives (after "include", directly or after "such as" /
"like" on a common noun) belongs to the organisation whose members they are: the possessor of
"members" ("its", "the group's"), the organisation after "members of", or the organisation noun
"members" is said of ("the organization of 1,500 members"). A person is affiliated_with the
organisation with the role "member" (as "X is a member of Y"); an organisation or a state is a
member_of it. Only an organisation, and only a list stated as fact (not "could include").

The same rule reads an organisation made of organisations (COMPOSITE_ORG_NOUNS) that includes,
incorporates or comprises them: "Capco is a group of utilities that includes Ohio Edison Co and
Centerior Energy Corp", "Storehouse Plc, the retail conglomerate which incorporates Mothercare and
Habitat": each organisation listed is a member_of it. The noun must stand for a named organisation
(by apposition, copula, a name before it or coreference); people and things listed are no members
("a group that includes analysts").
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from models import Mention
from pipeline.extract.relations.arguments import RELATIVE_PRONOUNS, ArgumentFinder, Candidate, prep_objects
from pipeline.extract.relations.visit_rules import states_event
from pipeline.lexicon import ORG_LABELS
from pipeline.organisation_words import COMPOSITE_ORG_NOUNS

MEMBER_NOUNS = frozenset({"member", "members", "membership"})
LISTING_VERBS = frozenset({"include"})
# Verbs by which an organisation made of others names its parts: "a group that includes", "the
# conglomerate which incorporates", "the alliance comprises".
COMPOSING_VERBS = LISTING_VERBS | frozenset({"incorporate", "comprise"})
EXAMPLE_PREPS = ("as", "like")  # "celebrities such as X", "stars like Y"


def member_list(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    lemma = verb.lemma_.lower()
    if lemma not in COMPOSING_VERBS or not states_event(verb):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    composite = _composite_organisation(finder, verb, subject)
    if composite is not None:
        for listed in _listed(finder, verb):
            if listed.index != composite.index and finder.label(listed) in ORG_LABELS:
                yield Candidate("member_of", listed, composite, "member_list", (verb,))
        return
    if lemma not in LISTING_VERBS:
        return
    if subject is None or subject.lemma_.lower() not in MEMBER_NOUNS:
        subject = _member_phrase_head(subject)
        if subject is None:
            return
    groups = [g for g in _groups(finder, subject) if finder.label(g) in ORG_LABELS]
    if len(groups) != 1:
        return
    group = groups[0]
    for listed in _listed(finder, verb):
        if listed.index == group.index:
            continue
        label = finder.label(listed)
        if label == "PERSON":
            yield Candidate("affiliated_with", listed, group, "member_list", (verb,), {"role": "member"})
        elif label in ORG_LABELS or label == "GPE":
            yield Candidate("member_of", listed, group, "member_list", (verb,))


def _composite_organisation(finder: ArgumentFinder, verb: Token, subject: Token | None) -> Mention | None:
    """The named organisation a group noun subject stands for: "Capco is a group of utilities that
    includes" (the relative clause hung on "utilities"), "Storehouse Plc, the retail conglomerate
    which incorporates", "the Capco group includes"."""
    if subject is None:
        return None
    noun = verb.head if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else subject
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in COMPOSITE_ORG_NOUNS:
        noun = noun.head.head  # "a group of utilities that includes": the group includes them
    holding = noun.lemma_.lower() == "company" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in COMPOSITE_ORG_NOUNS for c in noun.children)
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in COMPOSITE_ORG_NOUNS and not holding:
        return None  # "a holding company which includes X" as well
    organisation = finder.entity(noun)
    return organisation if organisation is not None and finder.label(organisation) in ORG_LABELS else None


def _member_phrase_head(subject: Token | None) -> Token | None:
    """"The organization of 1,500 members": the noun whose "of members" phrase it is."""
    if subject is None:
        return None
    for member in prep_objects(subject, ("of",)):
        if member.lemma_.lower() in MEMBER_NOUNS and member.tag_ == "NNS":
            return subject
    return None


def _groups(finder: ArgumentFinder, subject: Token) -> list[Mention]:
    if subject.lemma_.lower() not in MEMBER_NOUNS:
        mention = finder.entity(subject)  # "the organization" standing for Friends of Abe
        return [mention] if mention is not None else []
    owners = [c for c in subject.children if c.dep_ == "poss"] + prep_objects(subject, ("of",))
    return [m for owner in owners for m in finder.group(owner)]


def _listed(finder: ArgumentFinder, verb: Token) -> list[Mention]:
    found: dict[int, Mention] = {}
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for item in [obj, *obj.conjuncts]:
            mention = finder.mention_at(item)
            if mention is not None:
                found.setdefault(mention.index, mention)
            elif item.pos_ == "NOUN":
                for example in prep_objects(item, EXAMPLE_PREPS):
                    for named in finder.group(example):
                        found.setdefault(named.index, named)
    return list(found.values())
