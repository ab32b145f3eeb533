"""Where the per-article tasks run: in this process, in a pool of local processes, or on Dask.

An engine knows nothing of the stages: it maps a task function over tasks and yields the results
as they complete. The task functions and the order results are stored in live beside the chain,
in `pipeline/run.py`; every result is keyed (by file index, by article) and stored before the
global steps read it back in input order, so completion order never reaches the output and the
local and Dask engines write byte-identical files.

    with open_engine("local", workers=2) as engine:
        for result in engine.map(count_words, [(0, path_a), (1, path_b)], shared=stats): ...
        for result in engine.map_model(analyse_chunk, chunks, processes=2): ...

`map(function, tasks, shared)` calls function(shared, *task); `shared` reaches each process once
(inherited by a forked pool process, broadcast once per Dask worker). `map_model` calls
function(nlp, *task) with the spaCy pipeline loaded once per process.
"""
from __future__ import annotations

import multiprocessing
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, wait
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Literal, Protocol, Sequence

from pipeline.defaults import DEFAULT_MODEL
from pipeline.workers import worker_pool

EngineName = Literal["local", "dask"]
Task = Sequence[Any]

# Tasks in flight per worker: keeps workers busy while bounding what waits in memory.
TASKS_IN_FLIGHT_PER_WORKER = 4



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


class Engine(Protocol):
    workers: int

    def map(self, function: Callable, tasks: Iterable[Task], shared: Any = None) -> Iterator[Any]:
        """function(shared, *task) for every task; results as they complete, in any order."""

    def map_model(self, function: Callable, tasks: Iterable[Task], processes: int) -> Iterator[Any]:
        """function(nlp, *task) for every task on at most `processes` processes; any order."""

    def prepare_model(self) -> None:
        """Load the spaCy pipeline where it can be loaded ahead of the first model task."""

    def preload_model(self, also: dict[str, Callable[[], object]] | None = None) -> None:
        """Start loading the model (and `also`'s other loads, by stage) in the background while
        other processes work, if that gains time."""

    def preloaded(self) -> dict[str, float]:
        """Once the background loads are over: their CPU seconds by stage."""


# Per pool process, set once by the pool's initializer: a forked process inherits these from the
# parent without pickling, so a large model or a dump's line statistics cost nothing per task.
_process_shared: Any = None


def _load_nlp(model: str | Path) -> Any:
    """The spaCy pipeline `model` names. spaCy is imported here, when a model is first wanted, not
    with this module: a run's process forks its clean workers first and imports spaCy (0.4 s) in
    the thread that preloads the model beside them, off the run's serial part."""
    from pipeline.extract import load_nlp

    return load_nlp(model)


def _init_process(shared: Any) -> None:
    global _process_shared
    _process_shared = shared


def _init_model_process(nlp_or_model: Any) -> None:
    """A forked process inherits the parent's loaded model (shared pages, no load); a spawned
    one loads it by name."""
    _init_process(_load_nlp(nlp_or_model) if isinstance(nlp_or_model, (str, Path)) else nlp_or_model)


def _call_with_process_shared(function: Callable, *task: Any) -> Any:
    return function(_process_shared, *task)


def _pool_context() -> multiprocessing.context.BaseContext:
    return multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


class LocalEngine:
    """This machine: `workers` processes (forked, sharing the parent's model), or this process alone."""

    def __init__(self, model: str = DEFAULT_MODEL, workers: int = 1):
        self.model = model
        self.workers = max(1, workers)
        self._nlp: Any = None
        self._loader: threading.Thread | None = None
        self._load_error: BaseException | None = None
        self.preloaded_cpu: dict[str, float] = {}

    @property
    def nlp(self) -> Any:
        self._join_loader()
        if self._nlp is None:
            self._nlp = _load_nlp(self.model)
        return self._nlp

    def prepare_model(self) -> None:
        """Load the model now (in this process; forked workers share it), so its cost shows apart."""
        _ = self.nlp

    def preload_model(self, also: dict[str, Callable[[], object]] | None = None) -> None:
        """With a pool of workers busy (cleaning), load the model in a thread of this process, which
        would otherwise wait for their results: its load then shares the cores with their work
        instead of running alone between the stages (the run's serial part, which caps what a
        second worker gains). Only while no process is forked: `nlp`, which every model pool goes
        through before it forks, waits for the thread to end. With one worker there is nothing
        to overlap, and loading it in a thread would only contend with this process's own work.
        `also` names other loads a later serial step would make (resolve's word lists), by the
        stage that would pay for them."""
        if self.workers <= 1 or self._nlp is not None or self._loader is not None:
            return
        self._loader = threading.Thread(target=self._load_in_background, args=(dict(also or {}),),
                                        name="model-preload", daemon=True)
        self._loader.start()

    def _load_in_background(self, also: dict[str, Callable[[], object]]) -> None:
        loads = {"model_load": lambda: setattr(self, "_nlp", _load_nlp(self.model)), **also}
        for stage, load in loads.items():
            started = time.thread_time()
            try:
                load()
            except BaseException as error:  # raised where the model is first wanted, as without preloading
                self._load_error = error
                return
            finally:
                self.preloaded_cpu[stage] = self.preloaded_cpu.get(stage, 0.0) + time.thread_time() - started

    def preloaded(self) -> dict[str, float]:
        self._join_loader()
        return dict(self.preloaded_cpu)

    def _join_loader(self) -> None:
        if self._loader is None:
            return
        self._loader.join()
        self._loader = None
        if self._load_error is not None:
            error, self._load_error = self._load_error, None
            raise error

    def _pool_map(self, function: Callable, tasks: Iterable[Task], processes: int, initializer: Callable,
                  initarg: Any) -> Iterator[Any]:
        with worker_pool(processes, _pool_context(), initializer=initializer, initargs=(initarg,)) as pool:
            yield from _bounded(lambda *task: pool.submit(_call_with_process_shared, function, *task),
                                tasks, processes * TASKS_IN_FLIGHT_PER_WORKER)

    def map(self, function: Callable, tasks: Iterable[Task], shared: Any = None) -> Iterator[Any]:
        tasks = list(tasks)  # file tasks: small, and their number sets the pool size
        processes = min(self.workers, len(tasks))
        if processes <= 1:
            return (function(shared, *task) for task in tasks)
        return self._pool_map(function, tasks, processes, _init_process, shared)

    def map_model(self, function: Callable, tasks: Iterable[Task], processes: int) -> Iterator[Any]:
        processes = min(processes, self.workers)
        if processes <= 1:
            return (function(self.nlp, *task) for task in tasks)
        fork = _pool_context().get_start_method() == "fork"
        return self._pool_map(function, tasks, processes, _init_model_process, self.nlp if fork else self.model)

    def close(self) -> None:
        if self._loader is not None:  # a run stopped while the model loads: no thread outlives it
            self._loader.join()
            self._loader = self._load_error = None
        self._nlp = None


@contextmanager
def open_engine(name: EngineName, model: str = DEFAULT_MODEL, workers: int = 1,
                scheduler: str | None = None) -> Iterator[Engine]:
    if name == "local":
        engine: Engine = LocalEngine(model, workers)
    elif name == "dask":
        from pipeline.dask_engine import DaskEngine  # Dask's import costs a second: only when asked for

        engine = DaskEngine(model, workers, scheduler)
    else:
        raise ValueError(f"unknown engine {name!r}: expected 'local' or 'dask'")
    try:
        yield engine
    finally:
        engine.close()
