"""Wall and CPU seconds per stage of a run, so every stage's cost shows in run.json.

A `Costs` adds up (wall, CPU) seconds under stage names. Measurements nest: a stage measured
inside another (state reads inside resolve, spaCy inside extract) is taken out of the outer
one, so the stages add up to the whole without double counting. A task running in another
process measures into its own `Costs` and returns it; the parent merges it.

    costs = Costs()
    with costs.measure("resolve"):
        resolve(costs.iterate("state_read", store.iter_analyses()))

Each measurement reads two clocks (well under a microsecond each), and measurements are taken
per stage, per task and per article, never per token, so timing a run costs nothing measurable.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")


def clocks() -> tuple[float, float]:
    """(wall, CPU) now: CPU is this process's, all threads."""
    return time.perf_counter(), time.process_time()


@dataclass
class Costs:
    wall: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    # open measurements, innermost last: [wall inside nested ones, CPU inside nested ones]
    _open: list[list[float]] = field(default_factory=list, repr=False, compare=False)

    def add(self, stage: str, wall: float, cpu: float) -> None:
        self.wall[stage] = self.wall.get(stage, 0.0) + wall
        self.cpu[stage] = self.cpu.get(stage, 0.0) + cpu

    def merge(self, other: "Costs") -> None:
        """Add another process's measurements (its CPU is not in this process's clock)."""
        for stage in other.wall:
            self.add(stage, other.wall[stage], other.cpu.get(stage, 0.0))

    @contextmanager
    def measure(self, stage: str) -> Iterator[None]:
        """Time the block under `stage`, less whatever nested measurements took."""
        inner = [0.0, 0.0]
        self._open.append(inner)
        wall, cpu = clocks()
        try:
            yield
        finally:
            wall_end, cpu_end = clocks()
            self._open.pop()
            elapsed_wall, elapsed_cpu = wall_end - wall, cpu_end - cpu
            self.add(stage, elapsed_wall - inner[0], elapsed_cpu - inner[1])
            if self._open:
                self._open[-1][0] += elapsed_wall
                self._open[-1][1] += elapsed_cpu

    def iterate(self, stage: str, items: Iterable[T]) -> Iterator[T]:
        """`items`, with the time spent producing each one (a state read, a parse) under `stage`."""
        iterator = iter(items)
        while True:
            with self.measure(stage):
                try:
                    item = next(iterator)
                except StopIteration:
                    return
            yield item

    def rounded(self, digits: int = 3) -> dict[str, dict[str, float]]:
        """{stage: {"wall": s, "cpu": s}}, stages in name order (run.json's `seconds.stages`)."""
        return {stage: {"wall": round(self.wall[stage], digits), "cpu": round(self.cpu.get(stage, 0.0), digits)}
                for stage in sorted(self.wall)}
