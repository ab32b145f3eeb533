"""Where the per-article stages run: in this process, in a pool of local processes, or on Dask.

The per-article stages are ingest + clean (one task per input file) and extract (one task per
chunk of kept articles). Both engines call the same task functions below, and every result is
keyed (by file index, by article) and stored before the global steps read it back in input order,
so the order tasks complete in never reaches the output: the local and the Dask engine write
byte-identical files.

    with open_engine("local", StageSettings(model="en_core_web_sm"), workers=2) as engine:
        stats = engine.line_stats(files)
        for index, articles in engine.clean(files, stats): ...
        for analyses in engine.extract(chunks, n_articles=n): ...
"""
from __future__ import annotations

import math
import multiprocessing
import os
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Literal, Protocol, Sequence

from models import Article, ArticleAnalysis
from pipeline import clean, ingest
from pipeline.clean import LineStats
from pipeline.extract import DEFAULT_MODEL, ExtractOptions, extract_articles, load_nlp

EngineName = Literal["local", "dask"]
InputFile = tuple[Path, str]  # (file, its source: the path under its input root)

# A process pays for its start (a fork, or a model load on Dask) and for shipping articles and
# results; below this many articles per process a second process costs more than it saves.
MIN_ARTICLES_PER_PROCESS = 24
# Chunks per process: enough that the processes finish together, few enough that each chunk
# still fills spaCy batches.
CHUNKS_PER_PROCESS = 4
# Characters of text per chunk, at most. spaCy's parser holds per-token feature tables for a whole
# batch: 300 PolNeAR texts in chunks of 64 articles peaked at 1.17 GB, of 200k chars at 821 MB,
# of 50k chars at 382 MB for the same CPU time. Bounding a chunk's text (each chunk is
# one nlp.pipe call) keeps peak memory flat however long the dump's articles run.
MAX_CHUNK_CHARS = 50_000
# Tasks in flight per worker: keeps workers busy while bounding what waits in memory.
TASKS_IN_FLIGHT_PER_WORKER = 4


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class StageSettings:
    """What a per-article task needs to know; sent to every worker, so keep it small."""

    model: str = DEFAULT_MODEL
    batch_size: int = 64
    max_bytes: int = ingest.DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class ExtractPlan:
    processes: int
    chunk_size: int


def plan_extraction(n_articles: int, workers: int, batch_size: int) -> ExtractPlan:
    """How many processes and how large chunks for `n_articles`: one process when there are few."""
    processes = max(1, min(workers, n_articles // MIN_ARTICLES_PER_PROCESS))
    if processes == 1:
        return ExtractPlan(processes=1, chunk_size=max(1, batch_size))  # one spaCy batch per commit
    chunk_size = math.ceil(n_articles / (processes * CHUNKS_PER_PROCESS))
    return ExtractPlan(processes=processes, chunk_size=max(8, min(batch_size, chunk_size)))


# -- the task functions: the same on every engine ------------------------------------------------

def input_files(inputs: Iterable[Path]) -> list[InputFile]:
    """Every input file with its source, in the order a whole-tree read takes them."""
    return list(ingest.iter_input_sources(inputs))


def file_line_stats(path: Path, source: str, max_bytes: int) -> LineStats:
    """One file's share of the dump's line statistics (clean's first pass)."""
    return LineStats.from_documents(ingest.read_file(path, source, max_bytes))


def merge_line_stats(parts: Iterable[LineStats]) -> LineStats:
    """The dump's statistics from per-file shares: document counts add up, in any order."""
    merged = LineStats()
    for part in parts:
        merged.documents += part.documents
        merged.document_frequency.update(part.document_frequency)
    return merged


def chunk_by_size(items: Iterable[tuple[int, int]], max_items: int,
                  max_chars: int = MAX_CHUNK_CHARS) -> Iterator[list[int]]:
    """Group (key, text length) pairs, in order, into lists of keys holding at most `max_items`
    and, unless a single item exceeds it, at most `max_chars` characters."""
    chunk: list[int] = []
    chars = 0
    for key, length in items:
        if chunk and (len(chunk) >= max_items or chars + length > max_chars):
            yield chunk
            chunk, chars = [], 0
        chunk.append(key)
        chars += length
    if chunk:
        yield chunk


def read_and_clean_file(path: Path, source: str, max_bytes: int, line_stats: LineStats | None) -> list[Article]:
    """Ingest and clean one input file."""
    return list(clean.clean_documents(ingest.read_file(path, source, max_bytes), line_stats))


def extract_chunk(articles: Sequence[Article], nlp: Any, batch_size: int) -> list[ArticleAnalysis]:
    options = ExtractOptions(batch_size=batch_size, n_process=1)
    return [a for a in extract_articles(articles, options, nlp=nlp) if a.article.status == "kept"]


# -- engines -----------------------------------------------------------------------------------

class Engine(Protocol):
    def line_stats(self, files: Sequence[InputFile]) -> LineStats:
        """The dump's line statistics, counted file by file."""

    def clean(self, files: Sequence[InputFile], line_stats: LineStats) -> Iterator[tuple[int, list[Article]]]:
        """(index into files, that file's articles) for every file, in any order."""

    def extract(self, chunks: Iterable[Sequence[Article]], plan: ExtractPlan) -> Iterator[list[ArticleAnalysis]]:
        """The analyses of every chunk, chunk by chunk, in any order."""


def _bounded(submit: Callable[..., Future], tasks: Iterable[tuple], window: int) -> Iterator[Any]:
    """Results of submit(*task) for every task, as they complete, with at most `window` in flight,
    so a dump of a million files never queues a million results."""
    tasks = iter(tasks)
    pending = {submit(*task) for task in islice(tasks, window)}
    try:
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
            pending |= {submit(*task) for task in islice(tasks, len(done))}
    finally:  # interrupted (Ctrl-C, a failed task): queued tasks are dropped, not run to the end
        for future in pending:
            future.cancel()


def _indexed_line_stats(index: int, path: Path, source: str, max_bytes: int) -> LineStats:
    return file_line_stats(path, source, max_bytes)


def _indexed_clean(index: int, path: Path, source: str, max_bytes: int,
                   line_stats: LineStats | None) -> tuple[int, list[Article]]:
    return index, read_and_clean_file(path, source, max_bytes, line_stats)


# Per pool process, set once by the pool's initializer: a forked process inherits these from the
# parent without pickling, so a large model or a dump's line statistics cost nothing per task.
_process_nlp: Any = None
_process_line_stats: LineStats | None = None


def _init_clean_process(line_stats: LineStats) -> None:
    global _process_line_stats
    _process_line_stats = line_stats


def _clean_in_process(index: int, path: Path, source: str, max_bytes: int) -> tuple[int, list[Article]]:
    return _indexed_clean(index, path, source, max_bytes, _process_line_stats)


def _init_extract_process(nlp_or_model: Any) -> None:
    """Pool initializer: a forked process inherits the parent's loaded model (shared pages, no
    load); a spawned one loads it by name."""
    global _process_nlp
    _process_nlp = load_nlp(nlp_or_model) if isinstance(nlp_or_model, (str, Path)) else nlp_or_model


def _extract_in_process(articles: Sequence[Article], batch_size: int) -> list[ArticleAnalysis]:
    return extract_chunk(articles, _process_nlp, batch_size)


def _pool_context() -> multiprocessing.context.BaseContext:
    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


class LocalEngine:
    """This machine: `workers` processes (forked, sharing the parent's model), or this process alone."""

    def __init__(self, settings: StageSettings, workers: int):
        self.settings = settings
        self.workers = max(1, workers)
        self._nlp: Any = None

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = load_nlp(self.settings.model)
        return self._nlp

    def _map_files(self, function: Callable, files: Sequence[InputFile], in_process: Callable,
                   **pool_options) -> Iterator[Any]:
        """function(index, path, source, max_bytes) over the files in a pool, or in_process(...)
        here when one process is all there is to use."""
        tasks = ((i, path, source, self.settings.max_bytes) for i, (path, source) in enumerate(files))
        processes = min(self.workers, len(files))
        if processes <= 1:
            yield from (in_process(*task) for task in tasks)
            return
        with ProcessPoolExecutor(processes, mp_context=_pool_context(), **pool_options) as pool:
            yield from _bounded(lambda *task: pool.submit(function, *task), tasks,
                                processes * TASKS_IN_FLIGHT_PER_WORKER)

    def line_stats(self, files: Sequence[InputFile]) -> LineStats:
        return merge_line_stats(self._map_files(_indexed_line_stats, files, _indexed_line_stats))

    def clean(self, files: Sequence[InputFile], line_stats: LineStats) -> Iterator[tuple[int, list[Article]]]:
        return self._map_files(_clean_in_process, files,
                               lambda *task: _indexed_clean(*task, line_stats),
                               initializer=_init_clean_process, initargs=(line_stats,))

    def extract(self, chunks: Iterable[Sequence[Article]], plan: ExtractPlan) -> Iterator[list[ArticleAnalysis]]:
        batch_size = self.settings.batch_size
        processes = min(plan.processes, self.workers)
        if processes <= 1:
            yield from (extract_chunk(chunk, self.nlp, batch_size) for chunk in chunks)
            return
        context = _pool_context()
        model = self.nlp if context.get_start_method() == "fork" else self.settings.model
        with ProcessPoolExecutor(processes, mp_context=context, initializer=_init_extract_process,
                                 initargs=(model,)) as pool:
            yield from _bounded(lambda chunk: pool.submit(_extract_in_process, chunk, batch_size),
                                ((chunk,) for chunk in chunks), processes * TASKS_IN_FLIGHT_PER_WORKER)

    def close(self) -> None:
        self._nlp = None


class DaskEngine:
    """A Dask cluster: an existing one at `scheduler`, else a LocalCluster of `workers` processes.

    Workers must see the input paths (a shared file system) and run the same newsclaims version.
    The model is loaded once per worker by a worker plugin, when extraction starts.
    """

    def __init__(self, settings: StageSettings, workers: int, scheduler: str | None = None):
        from distributed import Client, LocalCluster

        self.settings = settings
        self._cluster = None
        if scheduler:
            self._client = Client(scheduler)
        else:
            self._cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                         dashboard_address=None)
            self._client = Client(self._cluster)
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})) or workers)
        self._plugin_name: str | None = None

    def _run(self, function: Callable, tasks: Iterable[tuple]) -> Iterator[Any]:
        from distributed import as_completed

        tasks = iter(tasks)
        window = self.workers * TASKS_IN_FLIGHT_PER_WORKER
        running = as_completed([self._client.submit(function, *task, pure=False) for task in islice(tasks, window)])
        for future in running:
            result = future.result()
            future.release()
            for task in islice(tasks, 1):
                running.add(self._client.submit(function, *task, pure=False))
            yield result

    def line_stats(self, files: Sequence[InputFile]) -> LineStats:
        return merge_line_stats(self._run(_indexed_line_stats, ((i, path, source, self.settings.max_bytes)
                                                                for i, (path, source) in enumerate(files))))

    def clean(self, files: Sequence[InputFile], line_stats: LineStats) -> Iterator[tuple[int, list[Article]]]:
        [shared_stats] = self._client.scatter([line_stats], broadcast=True)  # sent once per worker, not per task
        return self._run(_indexed_clean, ((i, path, source, self.settings.max_bytes, shared_stats)
                                          for i, (path, source) in enumerate(files)))

    def extract(self, chunks: Iterable[Sequence[Article]], plan: ExtractPlan) -> Iterator[list[ArticleAnalysis]]:
        if self._plugin_name is None:
            plugin = SpacyModelPlugin(self.settings.model)
            self._client.register_plugin(plugin)
            self._plugin_name = plugin.name
        return self._run(_extract_on_dask_worker,
                         ((list(chunk), self._plugin_name, self.settings.batch_size) for chunk in chunks))

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def _dask_worker_plugin_base() -> type:
    try:
        from distributed.diagnostics.plugin import WorkerPlugin
    except ImportError:  # dask not installed: the local engine still works
        return object
    return WorkerPlugin


class SpacyModelPlugin(_dask_worker_plugin_base()):
    """Loads the spaCy model once on every Dask worker (and on workers that join later)."""

    def __init__(self, model: str):
        self.model = model
        self.name = f"newsclaims-nlp-{model}"
        self.nlp: Any = None

    def setup(self, worker: Any) -> None:
        self.nlp = load_nlp(self.model)

    def teardown(self, worker: Any) -> None:
        self.nlp = None


def _extract_on_dask_worker(articles: list[Article], plugin_name: str, batch_size: int) -> list[ArticleAnalysis]:
    from distributed import get_worker

    return extract_chunk(articles, get_worker().plugins[plugin_name].nlp, batch_size)


@contextmanager
def open_engine(name: EngineName, settings: StageSettings, workers: int,
                scheduler: str | None = None) -> Iterator[LocalEngine | DaskEngine]:
    if name == "local":
        engine: LocalEngine | DaskEngine = LocalEngine(settings, workers)
    elif name == "dask":
        engine = DaskEngine(settings, workers, scheduler)
    else:
        raise ValueError(f"unknown engine {name!r}: expected 'local' or 'dask'")
    try:
        yield engine
    finally:
        engine.close()
