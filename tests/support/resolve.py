"""Hand-built articles for the resolve tests: mentions located in the text by their surface form."""
from __future__ import annotations

from models import Article, ArticleAnalysis, Mention, Resolution


def article(article_id: str, text: str, names: list[tuple[str, str]]) -> ArticleAnalysis:
    """An analysis whose mentions are `names` (surface, label), found left to right in `text`."""
    mentions, pos = [], 0
    for surface, label in names:
        start = text.index(surface, pos)
        mentions.append(Mention(index=len(mentions), text=surface, label=label, start=start, end=start + len(surface)))
        pos = start + len(surface)
    return ArticleAnalysis(article=Article(article_id=article_id, source=article_id, status="kept", text=text),
                           mentions=mentions)


def entity_of(resolution: Resolution, analysis: ArticleAnalysis, surface: str) -> str:
    m = next(m for m in analysis.mentions if m.text == surface)
    return resolution.entity_of[analysis.article.article_id][m.index]


def partition(resolution: Resolution, analyses: list[ArticleAnalysis]) -> set[frozenset]:
    """The mention clusters, as sets of (article_id, mention index): comparable across runs."""
    groups: dict[str, set] = {}
    for a in analyses:
        for index, eid in resolution.entity_of.get(a.article.article_id, {}).items():
            groups.setdefault(eid, set()).add((a.article.article_id, index))
    return {frozenset(g) for g in groups.values()}
