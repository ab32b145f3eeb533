"""Two references that name nobody, linked only where one antecedent is the only candidate.

- "The 45-year-old was hired by Goldman Sachs": an age standing for a person as a clause's subject
  is the one person named in the latest sentence before it that names anyone (outside quotes).
- "Mary Barra joined General Motors and has served as its CEO", "General Motors reported ... /
  Mary Barra is its CEO": "its" before a noun for a post is the organisation whose post it is: the
  one organisation or state named before it in its sentence, or, where its sentence names none,
  the one organisation that was a subject in the sentence before.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from models import Mention
from pipeline.extract.coreference.rules import is_subject
from pipeline.lexicon import ROLE_NOUNS, SUBJECT_DEPS

AGE_WORDS = frozenset({"year", "years"})
OWNER_LABELS = frozenset({"ORG"})  # "the host committee ... in Cleveland, said X, its president": a place seldom owns the post
# Sentences before an age's own searched for the person it stands for.
AGE_WINDOW = 2


def is_age(token: Token) -> bool:
    """'old' of '45-year-old'."""
    return token.lower_ == "old" and any(c.lower_ in AGE_WORDS for c in token.children)


def link_age(ctx, old: Token) -> tuple[Span, Mention] | None:  # ctx: context.Context
    """'The 45-year-old' as a subject -> the one person the latest sentence naming anyone names."""
    if old.dep_ not in SUBJECT_DEPS or old.i in ctx.covered or ctx.in_quotes(old.idx):
        return None
    dets = [c for c in old.children if c.dep_ == "det" and c.lower_ == "the"]
    if len(dets) != 1 or not any(c.lower_ in AGE_WORDS for c in old.children):
        return None
    sentence = ctx.sentence_of[old.i]
    for back in range(AGE_WINDOW + 1):
        people: dict[int, Mention] = {}
        for mention, span in ctx.between(ctx.window_start(old.i, back), old.i - 1):
            if ctx.sentence_of[span.start] != sentence - back or ctx.in_quotes(span.start_char):
                continue
            root = ctx.root(mention)
            if "PERSON" in ctx.groups.labels(root):
                people.setdefault(ctx.groups.key(root), root)
        if people:
            return (ctx.doc[dets[0].i:old.i + 1], next(iter(people.values()))) if len(people) == 1 else None
    return None


def link_its(ctx, its: Token) -> tuple[Span, Mention] | None:  # ctx: context.Context
    """'its CEO' -> the organisation whose post it is, when only one can be."""
    post = its.head
    if post.lower_ not in ROLE_NOUNS:  # "its vice-president James Valente": the parser hangs "its" on the name
        post = next((c for c in post.children if c.dep_ == "compound" and c.i > its.i and c.lower_ in ROLE_NOUNS), post)
    if its.dep_ != "poss" or post.lower_ not in ROLE_NOUNS or its.i in ctx.covered or ctx.in_quotes(its.idx):
        return None
    sentence = ctx.sentence_of[its.i]
    owners: dict[int, Mention] = {}
    for mention, span in ctx.between(ctx.window_start(its.i, 0), its.i - 1):
        root = ctx.root(mention)
        if ctx.groups.labels(root) & OWNER_LABELS and not ctx.in_quotes(span.start_char):
            owners.setdefault(ctx.groups.key(root), root)
    if not owners:
        for mention, span in ctx.between(ctx.window_start(its.i, 1), its.i - 1):
            root = ctx.root(mention)
            if ctx.sentence_of[span.start] == sentence - 1 and "ORG" in ctx.groups.labels(root) and is_subject(span) \
                    and not ctx.in_quotes(span.start_char):
                owners.setdefault(ctx.groups.key(root), root)
    if len(owners) != 1:
        return None
    return ctx.doc[its.i:its.i + 1], next(iter(owners.values()))
