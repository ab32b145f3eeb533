"""The date stated with a relation: a date phrase attached to one of the relation's anchor words
("resigned on Tuesday", "joined in 2017"), normalised against the publication date (dates.py)."""
from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from pipeline.extract.dates import normalise_date_phrase

DATE_PREPS = {"in", "on", "since", "during", "from", "until", "as"}
DATE_DEPS = {"npadvmod", "tmod", "nummod", "compound", "amod", "advmod", "nmod"}


def date_entities(doc: Doc) -> dict[int, Span]:
    return {i: ent for ent in doc.ents if ent.label_ == "DATE" for i in range(ent.start, ent.end)}


def stated_date(anchors: Iterable[Token], date_spans: dict[int, Span], published: Optional[str]) -> Optional[str]:
    """The date stated with the relation: a date phrase attached to one of its anchor words."""
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ == "prep" and child.lower_ in DATE_PREPS:
                tokens = [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ in DATE_DEPS:
                tokens = [child]
            else:
                continue
            for token in tokens:
                span = date_spans.get(token.i)
                text = span.text if span is not None else token.text
                if span is None and not (token.like_num and len(token.text) == 4):
                    continue
                iso = normalise_date_phrase(text, published)
                if iso:
                    return iso
    return None
