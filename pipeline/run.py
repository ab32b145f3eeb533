"""The one place the stages are chained: ingest -> clean -> dedup -> extract -> resolve -> claims -> write.

The per-article stages (ingest + clean per file, extract per chunk of kept articles) are the task
functions of `pipeline/tasks.py`, mapped by an engine (`pipeline/engines.py`); the global ones run
here, streaming over what the state (`pipeline/state.py`) stored.

`pipeline.extract` (and spaCy with it) is imported where extraction first runs, not with this
module: at several workers the clean workers fork first and spaCy's import runs beside them, in
the thread that preloads the model (engines.preload_model), off the run's serial part.
"""
from __future__ import annotations

import gc
import json
import platform
import resource
import time
from contextlib import contextmanager
from functools import partial
from dataclasses import asdict, dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Iterable, Iterator, Protocol, TypeVar

import models
import pipeline
from pipeline import clean, dedup, ids, ingest, outputs, resolve, tasks, write
from pipeline.claims import build_claims
from pipeline.costs import Costs
from pipeline.defaults import DEFAULT_MODEL, default_workers
from pipeline.engines import EngineName, open_engine
from pipeline.clean.language import LanguageFilter
from pipeline.options import model_language
from pipeline.review.apply import RunReview, review_file_of
from pipeline.state import StateStore, cleaned_file_key, code_fingerprint, file_digest, open_state, state_path

T = TypeVar("T")


class Progress(Protocol):
    def __call__(self, items: Iterable[T], stage: str, total: int | None, unit: str) -> Iterable[T]:
        """`items`, passed through while showing how far `stage` has got (of `total` `unit`s)."""


def no_progress(items: Iterable[T], stage: str, total: int | None, unit: str) -> Iterable[T]:
    return items


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
    review: Path | None = None  # reviewers' decisions; None: OUT/review.jsonl when it exists
    learned_pairs: bool = False  # also claim pairs only the learned scorer read (claims.build_claims)


@dataclass
class RunSummary:
    articles: dict[str, int] = field(default_factory=dict)
    entities: int = 0
    claims: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    review: dict = field(default_factory=dict)  # run.json's `review`: decisions applied, stale, malformed
    reused: dict[str, int] = field(default_factory=dict)  # files and articles answered from the state
    stages: dict[str, dict[str, float]] = field(default_factory=dict)  # {stage: {"wall": s, "cpu": s}}
    taken_over: str | None = None  # the run whose lock was left behind (killed), if any


def run(options: RunOptions, progress: Progress = no_progress, costs: Costs | None = None) -> RunSummary:
    """Run every stage over the inputs and write the output contract's files into options.out.

    One run at a time per output folder (outputs.OutputInUse for a second), and the run's files
    appear together when it succeeds; a full disk is outputs.NoSpace, naming the file.
    """
    with outputs.full_disk_named(state_path(options.out)), outputs.exclusive_run(options.out) as taken_over, \
            outputs.output_set(options.out) as staged, _long_lived_frozen():
        summary = _run(options, progress, staged.folder, costs)
    summary.taken_over = taken_over
    return summary


def _run(options: RunOptions, progress: Progress, out: Path, costs: Costs | None = None) -> RunSummary:
    """The stages, writing the output files into `out` (the run's output set, see outputs.py).

    Per-article work runs on the chosen engine and is stored in the output folder's state as it
    completes; whatever the state already holds for the same content, code and model is reused.
    The global steps (dedup, resolve, claims, write) then stream over the stored results of every
    article of this run, so the output equals a fresh run's whatever was reused.

    `costs` (the CLI passes its start-up) receives the wall and CPU seconds of every stage, in
    this process and in the worker processes; run.json shows them under `seconds.stages`.
    """
    summary = RunSummary()
    costs = costs if costs is not None else Costs()
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    with open_state(options.out, fresh=options.fresh) as store, \
            open_engine(options.engine, options.model, options.workers, options.scheduler) as engine:
        prints: dict[str, dedup.Fingerprint] = {}  # dedup's per-article part, taken during cleaning
        with _timed(summary, "ingest_clean"):
            file_keys = _clean_inputs(options, store, engine, summary, progress, costs, prints)
        with _timed(summary, "dedup"), costs.measure("dedup"):
            extract_fingerprint = _extract_fingerprint(options.model)
            with costs.measure("state_write"):
                store.begin_run()
            # Two passes over the store: the verdicts need only fingerprints, so no text is held.
            verdicts = dedup.find_duplicates(costs.iterate("state_read", store.iter_cleaned(file_keys)), prints)
            prints.clear()
            marked = dedup.mark_duplicates(costs.iterate("state_read", store.iter_cleaned(file_keys)), verdicts)
            with costs.measure("state_write"):
                store.add_run_articles(costs.iterate("dedup", marked), extract_fingerprint)
        with costs.measure("resolve"):  # before extraction: the extracting processes take resolution's first step
            aliases = resolve.load_aliases(options.aliases) if options.aliases else resolve.AliasBook()
            gathered = resolve.GatheredFacts()
        with _timed(summary, "extract"):
            _extract_pending(options, store, engine, extract_fingerprint, summary, progress, costs, aliases, gathered)
        with costs.measure("state_read"):
            kept = store.count_kept()
        with _timed(summary, "resolve"), costs.measure("resolve"):
            resolution = resolve.resolve_entities(
                progress(costs.iterate("state_read", store.iter_analyses()), "resolve", kept, "articles"),
                aliases=aliases, gathered=gathered)
        with _timed(summary, "review"), costs.measure("review"):
            review = RunReview.load(review_file_of(options.out, options.review))
            resolution = review.resolve(resolution, lambda: costs.iterate("state_read", store.iter_analyses()))
        with _timed(summary, "claims_write"):
            from pipeline.extract.entities.datelines import with_datelines

            failures: dict[str, str] = {}  # article_id -> why extraction failed on it
            with costs.measure("claims"):
                claims = list(build_claims(progress(_noting_failures(costs.iterate(
                    "state_read", store.iter_analyses()), failures), "claims", kept, "articles"),
                    resolution, options.learned_pairs))
            with costs.measure("review"):
                claims = review.claims(claims, costs.iterate("state_read", store.iter_run_articles(write.article_order)))
            with costs.measure("claims"):
                claims = sorted(claims, key=write.claim_order)
            with costs.measure("write"):
                write.write_jsonl(out / "articles.jsonl", _with_failures(with_datelines(
                    costs.iterate("state_read", store.iter_run_articles(write.article_order))), failures))
                write.write_jsonl(out / "entities.jsonl", sorted(review.entities, key=write.entity_order))
                summary.claims = write.write_jsonl(out / "claims.jsonl", claims)
        with costs.measure("state_read"):
            summary.articles = store.status_counts()
        if failures:
            summary.articles["kept"] -= len(failures)
            summary.articles["error"] = summary.articles.get("error", 0) + len(failures)
    summary.seconds["total"] = round(time.perf_counter() - started, 3)
    summary.seconds["cpu_total"] = round(_cpu_seconds() - cpu_started, 3)
    # What no stage claims: process pools starting and stopping, results crossing between processes.
    costs.add("other", 0.0, summary.seconds["cpu_total"] - sum(v for k, v in costs.cpu.items() if k != "startup"))
    summary.stages = costs.rounded()
    summary.entities = len(review.entities)
    summary.review = review.report()
    write.write_json(out / "run.json", {
        "counts": {"articles": summary.articles, "entities": summary.entities, "claims": summary.claims},
        "reused": summary.reused,
        "review": summary.review,
        "seconds": {**summary.seconds, "stages": summary.stages},
        "options": {k: (str(v) if isinstance(v, Path) else [str(p) for p in v] if isinstance(v, tuple) else v)
                    for k, v in asdict(options).items()},
        "versions": _versions(),
    })
    return summary


# While a run works, the youngest generation is collected after 10,000 allocations instead of
# Python's 700, the older ones half as often: a run allocates millions of short-lived objects (Token
# objects, lists of candidates) that refcounting frees, so most collections found nothing to free.
# 181 benchmark pages, --workers 1: collections 0.56-0.58 -> 0.24-0.27 s CPU; peak RSS 448/455 ->
# 457/457 MiB (two runs each; the cyclic garbage a collection waits for is small).
RUN_GC_THRESHOLDS = (10_000, 20, 20)


@contextmanager
def _long_lived_frozen() -> Iterator[None]:
    """Keep what lives for the whole run (the imported modules now, the model and its tables once
    loaded: `_extract_pending` freezes again) out of the cyclic garbage collector's full passes,
    which otherwise walk all of it again and again: 1.07 s CPU of collections over the 181
    benchmark pages at one worker, 0.51 s with both freezes. Refcounting still frees what dies;
    only a reference cycle among frozen objects waits for the end of the run, when everything is
    handed back to the collector (so calling run() many times in one process leaks nothing)."""
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(*RUN_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


@contextmanager
def _timed(summary: RunSummary, stage: str) -> Iterator[None]:
    """Wall time of one stage into summary.seconds."""
    t = time.perf_counter()
    yield
    summary.seconds[stage] = round(time.perf_counter() - t, 3)


def _clean_inputs(options: RunOptions, store: StateStore, engine, summary: RunSummary,
                  progress: Progress, costs: Costs, prints: dict[str, dedup.Fingerprint]) -> list[str]:
    """Ingest and clean every input file not already in the state; the keys of all files, in order.
    The cleaned articles' dedup fingerprints go into `prints` as they come.

    Cleaning plain text depends on line statistics over the whole dump (a first pass), so a
    file's cleaned articles are keyed by those statistics too: a dump that grows re-cleans its
    plain-text files (cheap), while extraction results, keyed by article content, stay reused.
    """
    with costs.measure("ingest"):
        files = tasks.input_files(options.inputs, options.out)
        file_tasks = tasks.file_tasks(files, options.max_bytes)
    line_stats = tasks.merge_line_stats(
        progress(_merged(costs, engine.map(partial(tasks.measured, tasks.count_lines), file_tasks)),
                 "read", len(file_tasks), "files"))
    languages = LanguageFilter(model_language(options.model))
    with costs.measure("state_read"):
        fingerprint = code_fingerprint(ingest, clean, ids, models, extra=[
            options.max_bytes, _version("trafilatura"), line_stats.digest(), languages.expected,
            _version("py3langid")])
        file_keys = [cleaned_file_key(source, file_digest(path), fingerprint) for path, source in files]
        todo = [task for task, key in zip(file_tasks, file_keys) if not store.has_cleaned(key)]
    summary.reused["files"] = len(files) - len(todo)
    if engine.workers > 1:
        groups = tasks.file_groups(tasks.largest_files_first(todo), engine.workers)
        cleaned = (result for group in _merged(costs, engine.map(partial(tasks.measured, tasks.clean_files),
                                                                 [(group,) for group in groups], shared=line_stats))
                   for result in group)
    else:
        cleaned = _merged(costs, engine.map(partial(tasks.measured, tasks.clean_file), todo, shared=line_stats))
    for index, articles in progress(cleaned, "clean", len(todo), "files"):
        # the clean workers run now: the model and resolve's word lists load beside them (LocalEngine)
        engine.preload_model(also={"resolve": resolve.load_lexicons})
        with costs.measure("clean"):
            articles = list(languages.apply(articles))
        with costs.measure("state_write"):
            store.put_cleaned(file_keys[index], articles)
        with costs.measure("dedup"):  # in this process, which would otherwise wait for the workers
            prints.update(dedup.fingerprints_of(articles))
    return file_keys


def _noting_failures(analyses: Iterable[models.ArticleAnalysis], failures: dict[str, str]
                     ) -> Iterator[models.ArticleAnalysis]:
    for analysis in analyses:
        if analysis.failure is not None:
            failures[analysis.article.article_id] = analysis.failure
        yield analysis


def _with_failures(articles: Iterable[models.Article], failures: dict[str, str]) -> Iterator[models.Article]:
    """Articles extraction failed on are written as `error`, with the failure as their reason."""
    for article in articles:
        reason = failures.get(article.article_id) if article.status == "kept" else None
        yield article if reason is None else article.model_copy(update={"status": "error", "error": reason})


def _extract_pending(options: RunOptions, store: StateStore, engine, fingerprint: str, summary: RunSummary,
                     progress: Progress, costs: Costs, aliases: resolve.AliasBook,
                     gathered: resolve.GatheredFacts) -> None:
    """Extract the kept articles that have no stored analysis, committing chunk by chunk; the
    chunks' resolution facts (tasks.analyse_work) go into `gathered`."""
    with costs.measure("state_read"):
        pending = store.pending_extraction()
        summary.reused["articles"] = store.count_kept() - len(pending)
    if pending:
        with costs.measure("model_load"):
            engine.prepare_model()
        gc.freeze()  # the model and its tables live to the end of the run (_long_lived_frozen)
    # Loads made beside the clean workers (LocalEngine.preload_model) ran mostly while this process
    # waited for their results, outside any stage ("other"); a small part overlapped the language
    # filter and state writes, which count it too.
    for stage, cpu in engine.preloaded().items():
        costs.add(stage, 0.0, cpu)
    # An article too long to parse whole goes out as one task per piece (tasks.PieceTask), so its
    # pieces spread over the processes; the others go out in chunks, as many as fill the processes.
    whole = [(ordinal, chars) for ordinal, chars in pending if not tasks.is_split(chars)]
    split = [ordinal for ordinal, chars in pending if tasks.is_split(chars)]
    pieces_estimate = sum(chars // tasks.PIECE_CHARS + 1 for _, chars in pending if tasks.is_split(chars))
    plan = tasks.plan_extraction(len(whole), options.workers, options.batch_size, pieces_estimate)
    if plan.processes > 1:
        planned = iter(tasks.largest_first(tasks.shrinking_chunks(whole, plan.chunk_size, plan.processes),
                                           dict(whole)))
    else:
        planned = tasks.chunk_by_size(whole, plan.chunk_size)
    long_articles: dict[int, models.Article] = {}  # the whole article of each split one, until joined

    def work() -> Iterator[tuple]:
        for ordinal in split:  # pieces first: each is as large as the largest chunk
            with costs.measure("state_read"):
                [article] = store.run_articles_at([ordinal])
            long_articles[ordinal] = article
            yield from ((piece, options.batch_size) for piece in tasks.piece_tasks(ordinal, article))
        yield from ((chunk, options.batch_size, aliases) for chunk in costs.iterate(
            "state_read", (store.run_articles_at(ordinals) for ordinals in planned)))

    def joined(results: Iterable[tasks.ChunkResult | tasks.PieceResult]) -> Iterator[list]:
        """Chunk results' analyses (their facts into `gathered`); a long article's pieces, once all
        have come, joined in order."""
        from pipeline.extract.pieces import merge_pieces  # spaCy is loaded by now (engine.prepare_model)

        pieces: dict[int, dict[int, tuple[int, models.ArticleAnalysis]]] = {}
        for result in results:
            if isinstance(result, tasks.ChunkResult):
                with costs.measure("resolve"):
                    for facts in result.facts:
                        gathered.add(facts)
                yield result.analyses
                continue
            done = pieces.setdefault(result.ordinal, {})
            done[result.index] = (result.start, result.analysis)
            if len(done) == result.count:
                del pieces[result.ordinal]
                with costs.measure("rules"):
                    whole_analysis = merge_pieces(long_articles.pop(result.ordinal),
                                                  (done[i] for i in range(result.count)))
                yield [whole_analysis]

    def stored() -> Iterator[str]:
        for analyses in joined(_merged(costs, engine.map_model(partial(tasks.measured, tasks.analyse_work), work(),
                                                               plan.processes))):
            with costs.measure("state_write"):
                store.put_analyses(analyses, fingerprint)
            yield from (a.article.article_id for a in analyses)

    for _ in progress(stored(), "extract", len(pending), "articles"):
        pass


def _merged(costs: Costs, measured: Iterable[tuple[T, Costs]]) -> Iterator[T]:
    """The results of measured tasks, their costs added to `costs`. Never pulled inside one of
    `costs`' own measurements: a task run in this process would count twice."""
    for result, task_costs in measured:
        costs.merge(task_costs)
        yield result


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished worker processes: unlike wall time, it does
    not depend on what else the machine runs."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _extract_fingerprint(model: str) -> str:
    """Code, library and model versions that extraction results depend on (not batch size or workers)."""
    return code_fingerprint("pipeline.extract", models, extra=[model, _model_version(model), _version("spacy")])


def _model_version(model: str) -> str:
    meta = Path(model) / "meta.json"
    if meta.is_file():
        data = json.loads(meta.read_text(encoding="utf-8"))
        return f"{data.get('name')}-{data.get('version')}"
    return _version(model)


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def _versions() -> dict[str, str]:
    found = {"newsclaims": pipeline.__version__, "python": platform.python_version()}
    found.update({name: _version(name) for name in ("spacy", "rapidfuzz", "trafilatura", "pydantic")})
    return found
