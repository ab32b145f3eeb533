"""Posts stated with a copula: "X is president of Y", "X was head of research at Y until 1985".

The predicate noun is read by role_phrases.read_role like a title or an apposition; what the copula
adds is the employer the parser hangs on the verb rather than on the noun ("was head of research at
the Central Bank of Ceylon"), and the post's time: "will be" is still to come, "was ... until
<date>" is over.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from spacy.tokens import Token

from models import Mention
from pipeline.extract.modality import is_future
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, resolved_people
from pipeline.extract.relations.role_phrases import RolePhrase, read_role
from pipeline.extract.relations.role_rules import phrase_candidates
from pipeline.lexicon import ORG_LABELS, PRONOUN_GENDERS

# "was an analyst with Merrill Lynch", "is a consultant for IBM" ("of" goes with the noun, and "in"
# after a copula is mostly a place or a field: "was a director in charge of ...")
COPULA_EMPLOYER_PREPS = frozenset({"at", "with", "for"})
ENDING_WORDS = frozenset({"until", "till", "til"})
# Adverbs on a copula that put the post in the past: "He was formerly vice president of sales with Clevite"
FORMERLY_WORDS = frozenset({"formerly", "previously", "once"})


def copula_role_rules(finder: ArgumentFinder, subjects: list[Mention], copula: Token, attr: Token,
                      depth: int = 0) -> Iterator[Candidate]:
    """"X is president of Y", "X is a Fargo resident", and through a relative clause: "X is an
    expert who is a senior adviser at CSIS"."""
    phrase = read_role(finder, attr, plural=len(subjects) > 1)
    if phrase is None:
        return
    if phrase.status is None and is_future(copula):
        phrase.status = "future"  # "X will be co-chairman of the rules committee": a post still to come
    elif phrase.status is None and _ended(copula, attr):
        phrase.status = "former"
    found = list(phrase_candidates(subjects, phrase, "copula", (copula, attr)))
    employers = _employers_on_copula(finder, phrase, copula)
    if employers:
        # the employer alone, for the holders a "he"/"she" safely stands for: the quote "he is the
        # number two keeper at Arsenal" is about someone the speaker just named, not the speaker
        on_verb = replace(phrase, organisations=employers, states=[], homes=[], postings=[], current=[], served=[])
        found += phrase_candidates(_safe_holders(finder, copula, subjects), on_verb, "copula", (copula, attr))
    yield from found
    if not found and depth == 0:
        for clause in attr.children:
            if clause.dep_ == "relcl":
                for inner in clause.children:
                    if inner.dep_ == "attr" and finder.mention_at(inner) is None:
                        yield from copula_role_rules(finder, subjects, copula, inner, depth + 1)


def _employers_on_copula(finder: ArgumentFinder, phrase: RolePhrase, copula: Token) -> list[Mention]:
    """"Sandaratne was head of research at the Central Bank of Ceylon": the parser attaches the
    employer's "at" to the verb, after the noun or fronted ("At Barclays, X was head of research"),
    read as read_role reads it on the noun; a residence ("a Boston resident, at ...") has none."""
    if phrase.kind in ("resident", "unattached"):
        return []
    return [m for prep in copula.children if prep.dep_ == "prep" and prep.lower_ in COPULA_EMPLOYER_PREPS
            for pobj in prep.children if pobj.dep_ == "pobj"
            for m in finder.group(pobj) if finder.label(m) in ORG_LABELS]


def _safe_holders(finder: ArgumentFinder, copula: Token, subjects: list[Mention]) -> list[Mention]:
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in PRONOUN_GENDERS:
        return subjects
    safe = {m.index for m in resolved_people(finder, subject)}
    return [m for m in subjects if m.index in safe]


def _ended(copula: Token, attr: Token) -> bool:
    """"X was head of research at Y until January", "... until he retired in 1985": a post held in
    the past up to a point is over (a present "is chairman until a successor is found" still runs);
    so is one held "formerly"."""
    past = copula.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in copula.children)
    if not past:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in FORMERLY_WORDS for c in copula.children):
        return True
    for head in (copula, attr):
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ENDING_WORDS:
                return True
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ENDING_WORDS for m in child.children):
                return True
    return False
