"""Helpers for tests/reliability (no tests here): the CLI in a subprocess, small dumps, tmpfs
mounts, worker processes, a 3 MB article and peak memory of a process tree."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import psutil
import pytest

from support import REPO
from support.scale import output_bytes, smallest_texts

__all__ = ["output_bytes"]  # with the helpers below


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "pipeline", *args]


def cli_env() -> dict[str, str]:
    """The environment for a CLI subprocess: this worktree's code, no progress bars."""
    return {**os.environ, "TQDM_DISABLE": "1", "PYTHONPATH": str(REPO)}


def run_cli(*args: str, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run(cli_command(*args), cwd=REPO, env=cli_env(), capture_output=True, text=True,
                          timeout=timeout)


def start_cli(*args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen(cli_command(*args), cwd=REPO, env=cli_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, **popen)


PROGRESS_LINE = re.compile(r"newsclaims: [\w-]+: \d+ \w+ in [\d.]+ s")


def messages(stderr: str) -> list[str]:
    """The lines of a run's stderr that say something, less the progress lines (one per finished
    stage when stderr is not a terminal)."""
    return [line for line in stderr.strip().splitlines() if line and not PROGRESS_LINE.fullmatch(line)]


def small_dump(shared_data: Path, root: Path, count: int = 6) -> Path:
    """`count` short real news texts (PolNeAR dev), one file each."""
    root.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(smallest_texts(shared_data, count)):
        shutil.copy(text, root / f"{i:02d}.txt")
    return root


def benchmark_pages(shared_data: Path) -> Path:
    return shared_data / "article-extraction-benchmark" / "html"


def long_article(shared_data: Path, size: int = 3_000_000) -> str:
    """About `size` bytes of real news prose in paragraphs: PolNeAR train articles, one after another."""
    parts, total = [], 0
    for path in sorted((shared_data / "polnear" / "train" / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip()
        parts.append(text)
        total += len(text.encode("utf-8")) + 2
        if total >= size:
            break
    return "\n\n".join(parts)


def whole_set_bytes(out: Path) -> dict[str, bytes]:
    """Every file a reader finds in OUT (links followed), run.json included."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


# -- processes --------------------------------------------------------------------------------------

def children_of(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def wait_for_children(process: subprocess.Popen, count: int, timeout: float = 300) -> list[psutil.Process]:
    """The process's descendants once there are `count` of them (its pool workers)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        found = children_of(process.pid)
        if len(found) >= count:
            return found
        time.sleep(0.1)
    raise AssertionError(f"the run never had {count} worker processes (exit code {process.poll()})")


def alive(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def peak_tree_memory(process: subprocess.Popen) -> int:
    """Peak over the run of the process tree's memory (PSS where Linux tells it, else RSS), sampled
    every 50 ms: forked workers share the model's pages, and PSS counts those once."""
    root = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        total = 0
        try:
            for member in [root, *root.children(recursive=True)]:
                try:
                    total += member.memory_full_info().pss
                except (psutil.AccessDenied, AttributeError):
                    total += member.memory_info().rss
                except psutil.NoSuchProcess:
                    pass
        except psutil.NoSuchProcess:
            break
        peak = max(peak, total)
        time.sleep(0.05)
    return peak


# -- tmpfs ------------------------------------------------------------------------------------------

@contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of `size` mounted on `folder`; the test is skipped, with the reason, where mounting
    is not allowed (it needs root)."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip() or mounted.returncode}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
