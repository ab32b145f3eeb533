"""Deduplicate stage: a story that arrives several times is kept once.

Three kinds of duplicate, each found without all-pairs comparison:
- exact: the same normalised word stream (digest lookup);
- near: the same article with a few words changed or other boilerplate (MinHash LSH);
- contained: most of the article's passages appear in another, bigger page (passage index).
Rewrites of one event by different outlets share facts but not wording, so they stay apart and
corroborate each other downstream.

Copies of copies form one cluster whose most complete member (longest normalised text, ties
broken by article_id) is kept; a contained article points at the page that holds it
(pipeline/dedup/clusters.py). Verdicts are a function of the set of articles, not of their
order.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Literal, Mapping, Sequence

from models import Article
from pipeline.dedup.clusters import kept_articles
from pipeline.dedup.fingerprints import Fingerprint, fingerprint
from pipeline.dedup.matching import containment_pairs, near_pairs

__all__ = ["Fingerprint", "Verdict", "deduplicate", "find_duplicates", "fingerprint", "fingerprints_of", "mark_duplicates"]

MatchKind = Literal["exact", "near", "contained"]


@dataclass(frozen=True)
class Verdict:
    """Why an article is a duplicate.

    `duplicate_of` is the input position of the kept article it collapses to and `kept_id` that
    article's id; `kind` and `score` describe the article's own strongest match (exact before
    near before contained), which may be with another duplicate of the same story; for reports
    and tests.
    """

    duplicate_of: int
    kept_id: str
    kind: MatchKind
    score: float


_KIND_ORDER = {"exact": 0, "near": 1, "contained": 2}


def _takes_part(article: Article) -> bool:
    return article.status == "kept" and bool(article.text)


def fingerprints_of(articles: Iterable[Article]) -> dict[str, Fingerprint]:
    """The fingerprints of the articles that take part in deduplication, by article id."""
    return {a.article_id: fingerprint(a.text) for a in articles if _takes_part(a)}


def find_duplicates(articles: Iterable[Article], known: Mapping[str, Fingerprint] | None = None
                    ) -> list[Verdict | None]:
    """One entry per input article: a Verdict when it duplicates a kept article, else None.

    Only `kept` articles with text take part; the others are never duplicates nor kept copies.
    The articles are read once and not held: only their fingerprints and the fields that rank
    them are, so a caller with a re-readable store can pass a stream and then re-read it through
    mark_duplicates. `known` holds fingerprints already taken (fingerprints_of), by article id:
    a run takes them as each file's articles come back from its clean workers, which go on
    cleaning meanwhile, so that only the comparisons are left to the step that waits for all.
    """
    known = known or {}
    prints: dict[int, Fingerprint] = {}
    ranked_fields: dict[int, tuple[str, str, str, str]] = {}
    count = 0
    for count, a in enumerate(articles, start=1):
        if _takes_part(a):
            taken = known.get(a.article_id)
            prints[count - 1] = taken if taken is not None else fingerprint(a.text)
            ranked_fields[count - 1] = (a.article_id, a.source, a.title or "", a.url or "")
    candidates = sorted(prints)

    def rank(i: int) -> tuple:
        # Lower rank = more complete = kept. The input position only separates records that are
        # identical in every ranked field, where the choice cannot show in the output.
        return (-prints[i].size, *ranked_fields[i], i)

    # Each article's strongest own match, reported in its Verdict.
    evidence: dict[int, tuple[MatchKind, float]] = {}

    def note(i: int, kind: MatchKind, score: float) -> None:
        best = evidence.get(i)
        if best is None or (_KIND_ORDER[kind], -score) < (_KIND_ORDER[best[0]], -best[1]):
            evidence[i] = (kind, score)

    copies: list[tuple[int, int]] = []
    representatives = []
    for members in _exact_groups(prints):
        representatives.append(members[0])
        for i in members[1:]:
            copies.append((members[0], i))
            note(i, "exact", 1.0)
            note(members[0], "exact", 1.0)
    distinct = {i: prints[i] for i in sorted(representatives)}
    for i, j, score in near_pairs(distinct):
        copies.append((i, j))
        note(i, "near", score)
        note(j, "near", score)
    containments = []
    for contained, container, coverage in containment_pairs(distinct):
        containments.append((contained, container))
        note(contained, "contained", coverage)

    verdicts: list[Verdict | None] = [None] * count
    for i, kept in kept_articles(candidates, rank, copies, containments).items():
        kind, score = evidence[i]
        verdicts[i] = Verdict(kept, ranked_fields[kept][0], kind, round(score, 4))
    return verdicts


def _exact_groups(prints: dict[int, Fingerprint]) -> list[list[int]]:
    """Articles with the same normalised text, grouped, in ascending order of position."""
    groups: dict[bytes, list[int]] = {}
    for i in sorted(prints):
        groups.setdefault(prints[i].exact, []).append(i)
    return sorted(groups.values())


def deduplicate(articles: Iterable[Article]) -> Iterator[Article]:
    """Yield every article in input order, duplicates re-marked with the kept copy's id.

    A duplicate gets `status="duplicate"`, `duplicate_of` the kept article's id and no text;
    every other article passes through unchanged.
    """
    articles = list(articles)
    return mark_duplicates(articles, find_duplicates(articles))


def mark_duplicates(articles: Iterable[Article], verdicts: Sequence[Verdict | None]) -> Iterator[Article]:
    """Second pass over the same articles, in the same order, that find_duplicates judged.

    Raises ValueError (from zip) when the two passes do not hold the same number of articles."""
    for article, verdict in zip(articles, verdicts, strict=True):
        if verdict is not None:
            article = article.model_copy(update=dict(status="duplicate", duplicate_of=verdict.kept_id, text=None))
        yield article
