"""Entity spans a rule is sure of, set over what the NER found: the rule's spans win, every NER
entity they overlap goes. Shared by the rules that relabel names in place (datelines, party-state
tags, quoted work titles)."""
from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans


def override_entities(doc: Doc, found: list[Span]) -> None:
    """Put `found` into doc.ents, dropping the entities any of them overlaps."""
    if not found:
        return
    taken = {i for span in found for i in range(span.start, span.end)}
    kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    doc.ents = sorted(filter_spans(kept + found), key=lambda s: s.start)
