"""Typed relations of one short text as (subject text, object name or text) pairs."""
from __future__ import annotations

from pipeline.extract.entities.mentions import collect_mentions
from pipeline.extract.relations.typed import extract_relations


def relation_pairs(nlp, text: str, predicate: str, rule: str | None = None) -> set[tuple[str, str]]:
    doc = nlp(text)
    mentions = collect_mentions(doc)
    by_index = {m.index: m for m in mentions}
    return {(by_index[r.subject].text, by_index[r.object].name or by_index[r.object].text)
            for r in extract_relations(doc, mentions)
            if r.predicate == predicate and (rule is None or r.rule == rule)}
