"""Deduplicate stage: a story that arrives several times is kept once.

Three kinds of duplicate, each found without all-pairs comparison:
- exact: the same normalised word stream (digest lookup);
- near: the same article with a few words changed or other boilerplate (MinHash LSH);
- contained: most of the article's passages appear in another, bigger page (passage index).
Rewrites of one event by different outlets share facts but not wording, so they stay apart and
corroborate each other downstream.

Every match is oriented from the less complete article to the more complete one (longer
normalised text, ties broken by article_id), so the kept copy is the most complete one and the
verdicts are a function of the set of articles, not of their order.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Literal, Sequence

from models import Article
from pipeline.dedup.fingerprint import Fingerprint, fingerprint
from pipeline.dedup.matching import containment_pairs, near_pairs

__all__ = ["Verdict", "deduplicate", "find_duplicates", "fingerprint"]

MatchKind = Literal["exact", "near", "contained"]


@dataclass(frozen=True)
class Verdict:
    """Why an article is a duplicate.

    `duplicate_of` is the input position of the kept article it collapses to; `kind` and
    `score` describe its own best match (the first link of the chain), for reports and tests.
    """

    duplicate_of: int
    kind: MatchKind
    score: float


@dataclass(frozen=True)
class _Link:
    target: int
    kind: MatchKind
    score: float


def find_duplicates(articles: Sequence[Article]) -> list[Verdict | None]:
    """One entry per input article: a Verdict when it duplicates a kept article, else None.

    Only `kept` articles with text take part; the others are never duplicates nor kept copies.
    """
    candidates = [i for i, a in enumerate(articles) if a.status == "kept" and a.text]
    prints = {i: fingerprint(articles[i].text or "") for i in candidates}

    def rank(i: int) -> tuple:
        # Lower rank = more complete = kept. The input position only separates records that are
        # identical in every ranked field, where the choice cannot show in the output.
        a = articles[i]
        return (-prints[i].size, a.article_id, a.source, a.title or "", a.url or "", i)

    links: dict[int, _Link] = {}

    def link(i: int, j: int, kind: MatchKind, score: float) -> None:
        lesser, greater = (i, j) if rank(i) > rank(j) else (j, i)
        current = links.get(lesser)
        # Of several matches, point at the most complete article; the chain is collapsed later.
        if current is None or rank(greater) < rank(current.target):
            links[lesser] = _Link(greater, kind, score)

    representatives = _link_exact_copies(prints, rank, link)
    distinct = {i: prints[i] for i in representatives}
    for i, j, score in near_pairs(distinct):
        link(i, j, "near", score)
    for contained, container, coverage in containment_pairs(distinct):
        link(contained, container, "contained", coverage)

    verdicts: list[Verdict | None] = [None] * len(articles)
    for i, first in links.items():
        verdicts[i] = Verdict(_kept_end(i, links), first.kind, round(first.score, 4))
    return verdicts


def _link_exact_copies(prints: dict[int, Fingerprint], rank, link) -> list[int]:
    """Link every exact copy to the best-ranked article with its text; return those articles."""
    groups: dict[bytes, list[int]] = {}
    for i in sorted(prints):
        groups.setdefault(prints[i].exact, []).append(i)
    representatives = []
    for members in groups.values():
        best = min(members, key=rank)
        representatives.append(best)
        for i in members:
            if i != best:
                link(i, best, "exact", 1.0)
    return sorted(representatives)


def _kept_end(start: int, links: dict[int, _Link]) -> int:
    """Follow links to an article that links nowhere. Links always go to a strictly better
    rank, so the walk ends."""
    current = start
    while current in links:
        current = links[current].target
    return current


def deduplicate(articles: Iterable[Article]) -> Iterator[Article]:
    """Yield every article in input order, duplicates re-marked with the kept copy's id.

    A duplicate gets `status="duplicate"`, `duplicate_of` the kept article's id and no text;
    every other article passes through unchanged.
    """
    articles = list(articles)
    verdicts = find_duplicates(articles)
    for article, verdict in zip(articles, verdicts):
        if verdict is not None:
            kept = articles[verdict.duplicate_of]
            article = article.model_copy(update=dict(status="duplicate", duplicate_of=kept.article_id, text=None))
        yield article
