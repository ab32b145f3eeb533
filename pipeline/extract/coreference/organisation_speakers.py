"""A speaking "it" after a sentence whose subject is an organisation noun.

"Trump's campaign backtracked, putting out a statement. In cases of abortion, it said, '...'": the
"it" stands for the organisation noun, and so for the name that owns it, as "the Sanders campaign
said" does; a name in apposition is the organisation itself ("The Iranian news agency IRNA ... said
the troops ... It said"). "The CCM's national executive committee said it was satisfied ... '...,' it said": the
committee speaks, not Tanzania, the subject of a sentence before; with no name owning the noun the
speaker is unnamed, and no earlier name is taken. Only the latest narrative sentence before the
pronoun's is read (quoted sentences in between are the speaker's)."""
from __future__ import annotations

from spacy.tokens import Token

from pipeline.lexicon import SUBJECT_DEPS


def organisation_subject_before(ctx, pronoun: Token, heads: frozenset[str]) -> Token | None:  # ctx: context.Context
    """The subject of the latest narrative sentence before the pronoun's when it is one of `heads`."""
    doc, start = pronoun.doc, pronoun.sent.start
    while start > 0 and ctx.in_quotes(doc[start - 1].sent.start_char):
        start = doc[start - 1].sent.start  # back over quoted sentences to the writer's latest
    if start == 0:
        return None
    subject = next((t for t in doc[start - 1].sent if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"), None)
    return subject if subject is not None and subject.lemma_.lower() in heads else None


def owner_of_organisation_subject(ctx, pronoun: Token, heads: frozenset[str]):  # ctx: context.Context
    """The organisation an apposition names that subject ("The Iranian news agency IRNA ... said"), else
    the named person or organisation owning it ("Trump's campaign"), or None."""
    subject = organisation_subject_before(ctx, pronoun, heads)
    if subject is None:
        return None
    for owner in sorted((c for c in subject.children if c.dep_ in ("appos", "poss", "compound")),
                        key=lambda c: c.dep_ != "appos"):
        for mention, span in ctx.between(owner.i - 5, owner.i):
            if span.start <= owner.i < span.end and ctx.root(mention).label in ("PERSON", "ORG"):
                return ctx.root(mention)
    return None
