"""Memberships stated by a list: "Its members include Jon Voight, Kelsey Grammer and Jerry
Bruckheimer", "Members of the Freedom Caucus include Jim Jordan and Mark Meadows", "The
organization of 1,500 members include celebrities such as Jon Voight".

Rule "member_list": each name the list gives (after "include", directly or after "such as" /
"like" on a common noun) belongs to the organisation whose members they are: the possessor of
"members" ("its", "the group's"), the organisation after "members of", or the organisation noun
"members" is said of ("the organization of 1,500 members"). A person is affiliated_with the
organisation with the role "member" (as "X is a member of Y"); an organisation or a state is a
member_of it. Only an organisation, and only a list stated as fact (not "could include").
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from models import Mention
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, prep_objects
from pipeline.extract.relations.visit_rules import states_event
from pipeline.lexicon import ORG_LABELS

MEMBER_NOUNS = frozenset({"member", "members", "membership"})
LISTING_VERBS = frozenset({"include"})
EXAMPLE_PREPS = ("as", "like")  # "celebrities such as X", "stars like Y"


def member_list(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    if verb.lemma_.lower() not in LISTING_VERBS or not states_event(verb):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
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
