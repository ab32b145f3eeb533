"""Resolve stage: entity mentions of kept articles -> canonical entities."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from models import ArticleAnalysis, Entity, Resolution
from pipeline.ids import entity_id


def resolve_entities(analyses: Iterable[ArticleAnalysis]) -> Resolution:
    forms: dict[tuple[str, str], Counter] = defaultdict(Counter)
    entity_of: dict[str, dict[int, str]] = {}
    keys: dict[tuple[str, int], tuple[str, str]] = {}
    for analysis in analyses:
        aid = analysis.article.article_id
        for m in analysis.mentions:
            if m.refers_to is None:
                key = (m.label, " ".join(m.text.split()).casefold())
                forms[key][m.text] += 1
                keys[(aid, m.index)] = key
        for m in analysis.mentions:
            if m.refers_to is not None and (aid, m.refers_to) in keys:
                keys[(aid, m.index)] = keys[(aid, m.refers_to)]
    ids = {key: entity_id(key[0], key[1]) for key in forms}
    for (aid, index), key in keys.items():
        entity_of.setdefault(aid, {})[index] = ids[key]
    mentions = Counter(keys.values())
    entities = [
        Entity(entity_id=ids[key], name=max(c, key=lambda s: (c[s], s)), type=key[0],
               aliases=sorted(c), mentions=mentions[key])
        for key, c in forms.items()
    ]
    entities.sort(key=lambda e: e.entity_id)
    return Resolution(entities=entities, entity_of=entity_of)
