"""The Dask engine: per-article tasks on a Dask cluster (an existing one, or a LocalCluster).

Imported only when `--engine dask` is chosen: importing Dask costs about a second of start-up,
which a local run should not pay.
"""
from __future__ import annotations

from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from distributed.diagnostics.plugin import WorkerPlugin

from pipeline.engines import TASKS_IN_FLIGHT_PER_WORKER, Task
from pipeline.extract import DEFAULT_MODEL, load_nlp


class DaskEngine:
    """A Dask cluster: an existing one at `scheduler`, else a LocalCluster of `workers` processes.

    Workers must see the input paths (a shared file system) and run the same newsclaims version.
    The model is loaded once per worker by a worker plugin, when the first model task starts.
    """

    def __init__(self, model: str = DEFAULT_MODEL, workers: int = 1, scheduler: str | None = None):
        from distributed import Client, LocalCluster

        self.model = model
        self._cluster = None
        if scheduler:
            self._client = Client(scheduler)
        else:
            self._cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                         dashboard_address=None)
            self._client = Client(self._cluster)
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})) or workers)
        self._plugin_name: str | None = None

    def _run(self, function: Callable, tasks: Iterable[Task]) -> Iterator[Any]:
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

    def map(self, function: Callable, tasks: Iterable[Task], shared: Any = None) -> Iterator[Any]:
        [shared_future] = self._client.scatter([shared], broadcast=True)  # sent once per worker, not per task
        return self._run(function, ((shared_future, *task) for task in tasks))

    def prepare_model(self) -> None:
        """Nothing here: each worker loads the model when its first model task starts."""

    def preloaded(self) -> dict[str, float]:
        return {}

    def preload_model(self, also: dict | None = None) -> None:
        """Nothing here either: the model is loaded on the workers, not in this process."""

    def map_model(self, function: Callable, tasks: Iterable[Task], processes: int) -> Iterator[Any]:
        if self._plugin_name is None:
            plugin = SpacyModelPlugin(self.model)
            self._client.register_plugin(plugin)
            self._plugin_name = plugin.name
        return self._run(_call_with_worker_model, ((function, self._plugin_name, *task) for task in tasks))

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


class SpacyModelPlugin(WorkerPlugin):
    """Loads the spaCy model once on every Dask worker (and on workers that join later)."""

    def __init__(self, model: str):
        self.model = model
        self.name = f"newsclaims-nlp-{model}"
        self.nlp: Any = None

    def setup(self, worker: Any) -> None:
        self.nlp = load_nlp(self.model)

    def teardown(self, worker: Any) -> None:
        self.nlp = None


def _call_with_worker_model(function: Callable, plugin_name: str, *task: Any) -> Any:
    from distributed import get_worker

    return function(get_worker().plugins[plugin_name].nlp, *task)
