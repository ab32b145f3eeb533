"""A one-word name that reports ('Bloomberg reported', 'according to Bloomberg') is the news outlet
the article names in full ('Bloomberg Politics'), not a person who bears the same name.

Resolution across articles would otherwise give the bare word to its most frequent bearer
(Michael Bloomberg). Reporting is what outlets do, so only the subject of 'report' and the source
of 'according to' are read this way, and only when exactly one organisation of the article has a
longer name opening with the word.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from models import Mention
from pipeline.extract.quotes.speech import according_to_object
from pipeline.lexicon import SUBJECT_DEPS

# Verbs by which an outlet, rather than a person, is named as the source of what follows.
OUTLET_VERBS = frozenset({"report"})


def _reports(token: Token) -> bool:
    if token.dep_ in SUBJECT_DEPS and token.head.lemma_.lower() in OUTLET_VERBS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return according_to_object(token.head.head) is token
    return False


def outlet_sources(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """`mentions`, with each one-word reporting name pointed at the article's one organisation
    whose longer name opens with it."""
    outlets: dict[str, list[Mention]] = {}
    for mention in mentions:
        words = mention.text.split()
        if mention.label == "ORG" and mention.refers_to is None and len(words) > 1:
            outlets.setdefault(words[0], []).append(mention)
    if not outlets:
        return mentions
    fixed = []
    for mention in mentions:
        found = outlets.get(mention.text, [])
        if len({m.text for m in found}) == 1 and mention.refers_to is None:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and len(span) == 1 and _reports(span.root):
                mention = mention.model_copy(update={"label": "ORG", "refers_to": found[0].index})
        fixed.append(mention)
    return fixed
