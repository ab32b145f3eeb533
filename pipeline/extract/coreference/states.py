""""the state" standing for the one US state an article names.

An article about a town in Alaska calls Alaska "the state" ("Judi Bittner, the state's historic
preservation official"). A plain lower-case "the state" (no other word, no "of" phrase, no
clause: not "the state of the economy", "the state Senate", "the state they were in") is linked to
the state the article names when it names exactly one US state, anywhere, and names it before the
description. Several states, or none, and it is left alone: in other countries "the state" is as
often the government.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from models import Mention

OWN_PHRASE_DEPS = frozenset({"prep", "relcl", "acl", "appos", "amod", "compound", "nmod", "conj"})


def link_state(ctx, token: Token) -> tuple[Span, Mention] | None:  # ctx: context.Context
    if token.text != "state" or token.tag_ != "NN" or token.i in ctx.covered or token.dep_ in ("compound", "nmod"):
        return None
    dets = [c for c in token.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "the" or dets[0].i != token.i - 1:
        return None
    if any(c.dep_ in OWN_PHRASE_DEPS for c in token.children):
        return None
    found = ctx.us_states()
    if len({name for name, _, _ in found}) != 1 or found[0][2].start >= token.i:
        return None
    latest = [mention for _, mention, span in found if span.end <= token.i]
    return (ctx.doc[dets[0].i:token.i + 1], latest[-1]) if latest else None
