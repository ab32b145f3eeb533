"""Targets that appear whole or not at all: build beside the target, then rename over it.

A file target is written to a temp file in the same folder and renamed (os.replace). A folder
target (csv, parquet, neo4j) is built in a temp folder beside it; an earlier export in its place
(recognised by its MANIFEST) is swapped out and removed only after the new one is in place. A
folder that holds anything else is never replaced: that is a usage error, not data to delete.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from pipeline.export.reader import ExportError

MANIFEST = "MANIFEST.json"
_UMASK = os.umask(0)
os.umask(_UMASK)


def check_target(target: Path, is_folder: bool) -> None:
    """Raise ExportError (a usage error) for a target that cannot be written, before any work."""
    parent = target.parent
    if is_folder and target.exists():
        if not target.is_dir():
            raise ExportError(f"--to {target} is a file; this format writes a folder")
        if any(target.iterdir()) and not (target / MANIFEST).is_file():
            raise ExportError(f"--to {target} is a folder that holds other files; choose a new or empty folder")
    if not is_folder and target.is_dir():
        raise ExportError(f"--to {target} is a folder; this format writes one file")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=parent):
            pass
    except OSError as exc:
        raise ExportError(f"cannot write to {parent}: {exc.strerror or exc}") from None


@contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """A temp path beside `target`; renamed to `target` when the block succeeds, removed if not."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; exports are meant to be shared
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except BaseException:
        _remove(Path(tmp))
        raise


@contextmanager
def atomic_folder(target: Path, manifest: dict) -> Iterator[Path]:
    """A temp folder beside `target` to fill; with MANIFEST.json added (`manifest` as it is when the
    block ends), it becomes `target`."""
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    os.chmod(tmp, 0o777 & ~_UMASK)
    try:
        yield tmp
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
            os.replace(target, old / "previous")
        os.replace(tmp, target)
        if old is not None:
            shutil.rmtree(old)
    except BaseException:
        _remove(tmp)
        raise


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
