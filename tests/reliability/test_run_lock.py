"""One run per output folder: a second run exits 2 at once naming the first; a lock left by a
killed run is taken over.

Before: two runs into one --out either crashed one of them with `sqlite3.IntegrityError: UNIQUE
constraint failed`, or both exited 0 and the first run's files held the second run's articles
while its run.json named the first run's inputs.
"""
from __future__ import annotations

import json
import signal
import time
from pathlib import Path

import pytest

from pipeline.state import STATE_DIR
from support.reliability import (benchmark_pages, messages, output_bytes, run_cli, small_dump, start_cli,
                                 wait_for_children)

LOCK_FILE = "lock"  # pipeline.outputs.LOCK_FILE, spelled out so that this runs on the code before it too


@pytest.fixture(scope="module")
def dump(shared_data: Path, tmp_path_factory) -> Path:
    return small_dump(shared_data, tmp_path_factory.mktemp("dump"))


@pytest.fixture(scope="module")
def single_run(dump: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("single")
    result = run_cli("run", str(dump), "--out", str(out), "--workers", "1")
    assert result.returncode == 0, result.stderr
    return out


def test_two_runs_started_together_one_completes_the_other_exits_2_naming_it(dump, single_run, tmp_path):
    out = tmp_path / "out"
    runs = [start_cli("run", str(dump), "--out", str(out), "--workers", "1") for _ in range(2)]
    ended = {}
    while len(ended) < 2:
        for process in runs:
            if process.pid not in ended and process.poll() is not None:
                ended[process.pid] = time.monotonic()
        time.sleep(0.05)
    errors = {p.pid: p.stderr.read() for p in runs}
    winner, loser = sorted(runs, key=lambda p: p.returncode)
    assert (winner.returncode, loser.returncode) == (0, 2), errors
    lines = messages(errors[loser.pid])
    assert len(lines) == 1 and f"in use by another run (pid {winner.pid} on " in lines[0], lines
    assert ended[loser.pid] < ended[winner.pid], "the second run waited instead of stopping at once"
    assert output_bytes(out) == output_bytes(single_run)
    assert json.loads((out / "run.json").read_text())["options"]["inputs"] == [str(dump)]


def test_a_lock_left_by_a_killed_run_is_taken_over(shared_data, dump, single_run, tmp_path):
    out = tmp_path / "out"
    killed = start_cli("run", str(benchmark_pages(shared_data)), "--out", str(out), "--workers", "2")
    wait_for_children(killed, 2)  # working, so holding the lock
    assert json.loads((out / STATE_DIR / LOCK_FILE).read_text())["pid"] == killed.pid
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    result = run_cli("run", str(dump), "--out", str(out), "--workers", "1")
    assert result.returncode == 0, result.stderr
    assert f"the run before (pid {killed.pid} on " in result.stderr and "taken over" in result.stderr
    assert output_bytes(out) == output_bytes(single_run)
    assert (out / STATE_DIR / LOCK_FILE).read_text() == ""  # released: the next run will not call it killed
