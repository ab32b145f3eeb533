"""The one place the stages are chained: ingest -> clean -> dedup -> extract -> resolve -> claims -> write."""
from __future__ import annotations

import platform
import resource
import time
from dataclasses import asdict, dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

import models
import pipeline
from pipeline import clean, dedup, extract, ids, ingest, resolve, write
from pipeline.claims import build_claims
from pipeline.engines import (EngineName, StageSettings, chunk_by_size, default_workers, input_files, open_engine,
                              plan_extraction)
from pipeline.extract import DEFAULT_MODEL
from pipeline.state import StateStore, cleaned_file_key, code_fingerprint, file_digest, open_state

T = TypeVar("T")


@dataclass(frozen=True)
class RunOptions:
    inputs: tuple[Path, ...]
    out: Path
    model: str = DEFAULT_MODEL
    workers: int = field(default_factory=default_workers)
    batch_size: int = 64
    max_bytes: int = ingest.DEFAULT_MAX_BYTES
    engine: EngineName = "local"
    scheduler: str | None = None  # address of an existing Dask scheduler; None starts a LocalCluster
    fresh: bool = False  # forget the output folder's state and redo everything
    aliases: Path | None = None  # user alias file (CSV, JSON, JSONL or an earlier entities.jsonl)


@dataclass
class RunSummary:
    articles: dict[str, int] = field(default_factory=dict)
    entities: int = 0
    claims: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    reused: dict[str, int] = field(default_factory=dict)  # files and articles answered from the state


def _no_progress(items: Iterable[T], desc: str) -> Iterable[T]:
    return items


def run(options: RunOptions, progress: Callable[[Iterable[T], str], Iterable[T]] = _no_progress) -> RunSummary:
    """Run every stage over the inputs and write the output contract's files into options.out.

    Per-article work (ingest + clean per file, extract per kept article) runs on the chosen
    engine and is stored in the output folder's state as it completes; whatever the state already
    holds for the same content, code and model is reused. The global steps (dedup, resolve,
    claims, write) then stream over the stored results of every article of this run, so the
    output equals a fresh run's whatever was reused.
    """
    summary = RunSummary()
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    settings = StageSettings(model=options.model, batch_size=options.batch_size, max_bytes=options.max_bytes)
    with open_state(options.out, fresh=options.fresh) as store, \
            open_engine(options.engine, settings, options.workers, options.scheduler) as engine:
        file_keys = _clean_inputs(options, store, engine, summary, progress)
        summary.seconds["ingest_clean"] = round(time.perf_counter() - started, 3)

        t = time.perf_counter()
        extract_fingerprint = _extract_fingerprint(options.model)
        store.begin_run()
        # Two passes over the store: the verdicts need only fingerprints, so no text is held.
        verdicts = dedup.find_duplicates(store.iter_cleaned(file_keys))
        store.add_run_articles(dedup.mark_duplicates(store.iter_cleaned(file_keys), verdicts), extract_fingerprint)
        summary.seconds["dedup"] = round(time.perf_counter() - t, 3)

        t = time.perf_counter()
        _extract_pending(options, store, engine, extract_fingerprint, summary, progress)
        summary.seconds["extract"] = round(time.perf_counter() - t, 3)

        t = time.perf_counter()
        resolution = resolve.resolve_entities(
            store.iter_analyses(), aliases=resolve.load_aliases(options.aliases) if options.aliases else None)
        summary.seconds["resolve"] = round(time.perf_counter() - t, 3)

        t = time.perf_counter()
        out = options.out
        write.write_jsonl(out / "articles.jsonl", store.iter_run_articles())
        write.write_jsonl(out / "entities.jsonl", resolution.entities)
        summary.claims = write.write_jsonl(out / "claims.jsonl", build_claims(store.iter_analyses(), resolution))
        summary.seconds["claims_write"] = round(time.perf_counter() - t, 3)
        summary.articles = store.status_counts()
    summary.seconds["total"] = round(time.perf_counter() - started, 3)
    summary.seconds["cpu_total"] = round(_cpu_seconds() - cpu_started, 3)
    summary.entities = len(resolution.entities)
    write.write_json(out / "run.json", {
        "counts": {"articles": summary.articles, "entities": summary.entities, "claims": summary.claims},
        "reused": summary.reused,
        "seconds": summary.seconds,
        "options": {k: (str(v) if isinstance(v, Path) else [str(p) for p in v] if isinstance(v, tuple) else v)
                    for k, v in asdict(options).items()},
        "versions": _versions(),
    })
    return summary


def _clean_inputs(options: RunOptions, store: StateStore, engine, summary: RunSummary,
                  progress: Callable) -> list[str]:
    """Ingest and clean every input file not already in the state; the keys of all files, in order.

    Cleaning plain text depends on line statistics over the whole dump (a first pass), so a
    file's cleaned articles are keyed by those statistics too: a dump that grows re-cleans its
    plain-text files (cheap), while extraction results, keyed by article content, stay reused.
    """
    files = input_files(options.inputs)
    line_stats = engine.line_stats(files)
    fingerprint = code_fingerprint(ingest, clean, ids, models, extra=[
        options.max_bytes, _version("trafilatura"), line_stats.digest()])
    file_keys = [cleaned_file_key(source, file_digest(path), fingerprint) for path, source in files]
    todo = [i for i, key in enumerate(file_keys) if not store.has_cleaned(key)]
    summary.reused["files"] = len(files) - len(todo)
    for index, articles in progress(engine.clean([files[i] for i in todo], line_stats), "clean"):
        store.put_cleaned(file_keys[todo[index]], articles)
    return file_keys


def _extract_pending(options: RunOptions, store: StateStore, engine, fingerprint: str, summary: RunSummary,
                     progress: Callable) -> None:
    """Extract the kept articles that have no stored analysis, committing chunk by chunk."""
    pending = store.pending_extraction()
    summary.reused["articles"] = store.count_kept() - len(pending)
    plan = plan_extraction(len(pending), options.workers, options.batch_size)
    chunks = (store.run_articles_at(ordinals) for ordinals in chunk_by_size(pending, plan.chunk_size))

    def stored() -> Iterator[str]:
        for analyses in engine.extract(chunks, plan):
            store.put_analyses(analyses, fingerprint)
            yield from (a.article.article_id for a in analyses)

    for _ in progress(stored(), "extract"):
        pass


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished worker processes: unlike wall time, it does
    not depend on what else the machine runs."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _extract_fingerprint(model: str) -> str:
    """Code, library and model versions that extraction results depend on (not batch size or workers)."""
    return code_fingerprint(extract, models, extra=[model, _model_version(model), _version("spacy")])


def _model_version(model: str) -> str:
    meta = Path(model) / "meta.json"
    if meta.is_file():
        import json

        data = json.loads(meta.read_text(encoding="utf-8"))
        return f"{data.get('name')}-{data.get('version')}"
    return _version(model)


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {"newsclaims": pipeline.__version__, "python": platform.python_version()}
    for name in ("spacy", "rapidfuzz", "trafilatura", "pydantic"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "not installed"
    return found
