"""The one place the stages are chained: ingest -> clean -> dedup -> extract -> resolve -> claims -> write."""
from __future__ import annotations

import platform
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

import pipeline
from pipeline import clean, dedup, ingest, resolve, write
from pipeline.claims import build_claims
from pipeline.extract import DEFAULT_MODEL, ExtractOptions, extract_articles

T = TypeVar("T")


@dataclass(frozen=True)
class RunOptions:
    inputs: tuple[Path, ...]
    out: Path
    model: str = DEFAULT_MODEL
    workers: int = 1
    batch_size: int = 64
    max_bytes: int = ingest.DEFAULT_MAX_BYTES


@dataclass
class RunSummary:
    articles: dict[str, int] = field(default_factory=dict)
    entities: int = 0
    claims: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def _no_progress(items: Iterable[T], desc: str) -> Iterator[T]:
    return iter(items)


def run(options: RunOptions, progress: Callable[[Iterable[T], str], Iterable[T]] = _no_progress) -> RunSummary:
    """Run every stage over the inputs and write the output contract's files into options.out."""
    summary = RunSummary()
    started = time.perf_counter()

    documents = ingest.read_inputs(options.inputs, max_bytes=options.max_bytes)
    articles = progress(clean.clean_documents(documents), "clean")
    articles = list(dedup.deduplicate(articles))
    summary.seconds["ingest_clean_dedup"] = round(time.perf_counter() - started, 3)

    t = time.perf_counter()
    extract_options = ExtractOptions(model=options.model, batch_size=options.batch_size, n_process=options.workers)
    n_kept = sum(a.status == "kept" for a in articles)
    analyses = [a for a in progress(extract_articles(articles, extract_options), "extract") if a.article.status == "kept"]
    summary.seconds["extract"] = round(time.perf_counter() - t, 3)
    assert len(analyses) == n_kept

    t = time.perf_counter()
    resolution = resolve.resolve_entities(analyses)
    summary.seconds["resolve"] = round(time.perf_counter() - t, 3)

    t = time.perf_counter()
    claims = list(build_claims(analyses, resolution))
    summary.seconds["claims"] = round(time.perf_counter() - t, 3)

    t = time.perf_counter()
    out = options.out
    articles.sort(key=lambda a: (a.source, a.article_id))
    write.write_jsonl(out / "articles.jsonl", articles)
    write.write_jsonl(out / "entities.jsonl", resolution.entities)
    write.write_jsonl(out / "claims.jsonl", claims)
    summary.seconds["write"] = round(time.perf_counter() - t, 3)
    summary.seconds["total"] = round(time.perf_counter() - started, 3)

    summary.articles = dict(sorted(Counter(a.status for a in articles).items()))
    summary.entities = len(resolution.entities)
    summary.claims = len(claims)
    write.write_json(out / "run.json", {
        "counts": {"articles": summary.articles, "entities": summary.entities, "claims": summary.claims},
        "seconds": summary.seconds,
        "options": {k: (str(v) if isinstance(v, Path) else [str(p) for p in v] if isinstance(v, tuple) else v)
                    for k, v in asdict(options).items()},
        "versions": _versions(),
    })
    return summary


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {"newsclaims": pipeline.__version__, "python": platform.python_version()}
    for name in ("spacy", "rapidfuzz", "trafilatura", "pydantic"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "not installed"
    return found
