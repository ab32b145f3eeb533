"""Workers end with their run: kill -9 of the main process leaves no worker, Ctrl-C and SIGTERM
stop the run cleanly with one line.

Before: after kill -9 (or SIGTERM) of the main process the two worker processes lived on,
reparented, 215 MB each; Ctrl-C printed a 33-line KeyboardInterrupt traceback.
"""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from support.reliability import alive, benchmark_pages, messages, start_cli, wait_for_children

GRACE_SECONDS = 5


def _as_a_foreground_job() -> None:
    """SIGINT as a terminal's foreground job has it. A shell starts background jobs with SIGINT
    ignored and children inherit that, so a suite run from a script (`cmd &`) would otherwise
    test a run that cannot see Ctrl-C at all."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_with_workers(shared_data: Path, out: Path):
    """A run over the benchmark pages with two workers, once both workers are up."""
    run = start_cli("run", str(benchmark_pages(shared_data)), "--out", str(out), "--workers", "2",
                    start_new_session=True,  # its own process group, as a shell job has
                    preexec_fn=_as_a_foreground_job)
    return run, wait_for_children(run, 2)


def _none_alive_after_grace(workers) -> bool:
    deadline = time.monotonic() + GRACE_SECONDS
    while time.monotonic() < deadline and any(alive(w) for w in workers):
        time.sleep(0.1)
    return not any(alive(w) for w in workers)


def test_kill_9_of_the_main_process_leaves_no_worker(shared_data, tmp_path):
    run, workers = _start_with_workers(shared_data, tmp_path / "out")
    try:
        run.send_signal(signal.SIGKILL)
        run.wait()
        assert _none_alive_after_grace(workers), [w.pid for w in workers if alive(w)]
    finally:
        for worker in workers:  # never leave them to the rest of the suite
            if alive(worker):
                worker.kill()


@pytest.mark.parametrize("deliver, code, name", [
    (lambda run: os.killpg(run.pid, signal.SIGINT), 130, "Ctrl-C"),  # a terminal signals the whole group
    (lambda run: run.send_signal(signal.SIGTERM), 143, "SIGTERM"),
], ids=["ctrl-c", "sigterm"])
def test_interrupt_stops_cleanly_with_one_line(shared_data, tmp_path, deliver, code, name):
    run, workers = _start_with_workers(shared_data, tmp_path / "out")
    try:
        deliver(run)
        _, stderr = run.communicate(timeout=60)
        assert run.returncode == code, stderr
        lines = messages(stderr)
        assert len(lines) == 1 and "Traceback" not in stderr, stderr
        assert lines[0].startswith(f"newsclaims: stopped by {name}")
        assert _none_alive_after_grace(workers)
        assert not (tmp_path / "out" / "articles.jsonl").exists()  # nothing half-written shown
    finally:
        for worker in workers:
            if alive(worker):
                worker.kill()
