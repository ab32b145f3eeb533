"""review.jsonl on disk: read and append under an advisory lock on the file itself.

The page (any number of tabs, each request a thread) appends while a `newsclaims run` may be
reading: an exclusive flock around "read, check, append, fsync" means no decision is lost or
half-read, and the `id` a page gives each decision is checked under that lock so a retried
request is not written twice. flock is the standard library's and needs no lock file in OUT.
"""
from __future__ import annotations

import fcntl
import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator

from pipeline.review.decisions import Decision, DecisionLog, parse_decisions, validate

REVIEW_FILE = "review.jsonl"


@contextmanager
def _locked(path: Path, mode: str, lock: int) -> Iterator[IO[str]]:
    with open(path, mode, encoding="utf-8", newline="\n") as fh:
        fcntl.flock(fh.fileno(), lock)
        try:
            yield fh
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def read_decisions(path: Path) -> DecisionLog:
    """Every line of the file, parsed; an absent file holds no decisions."""
    if not path.exists():
        return DecisionLog()
    with _locked(path, "r", fcntl.LOCK_SH) as fh:
        return parse_decisions(fh.read().splitlines())


def append_decision(path: Path, data: dict) -> Decision:
    """Validate and append one decision; returns it with its line number.

    A decision whose `id` is already in the file is not written again: the existing line is
    returned, so a request the browser repeats records one decision. Raises Malformed.
    """
    validate(data, 1 << 62)  # refuse a malformed decision before the file is even created
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path, "a+", fcntl.LOCK_EX) as fh:
        fh.seek(0)
        content = fh.read()
        lines = content.splitlines()
        if data.get("id"):
            for number, line in enumerate(lines, start=1):
                earlier = _json_or_none(line) if data["id"] in line else None
                if isinstance(earlier, dict) and earlier.get("id") == data["id"]:
                    return validate(earlier, number)
        decision = validate(data, len(lines) + 1)
        # A hand-edited file may lack its final newline: ours must still start a line of its own.
        separator = "\n" if content and not content.endswith("\n") else ""
        fh.write(separator + json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
        return decision


def _json_or_none(line: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError:
        return None
