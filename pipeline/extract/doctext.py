"""The text of a parsed Doc, read once.

spaCy's `Doc.text` joins every token's text on each read: rules that consult it per quote or
per mention made it the main cost of extraction (10.5 of 12.2 s on 25 benchmark articles).
"""
from __future__ import annotations

from spacy.tokens import Doc

_KEY = "newsclaims.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed on the first call and kept in the Doc's user_data."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
