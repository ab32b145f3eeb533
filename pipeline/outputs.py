"""The output folder: one run at a time, and a run's files switched in together or not at all.

    with exclusive_run(out) as taken_over, output_set(out) as staged:
        write_jsonl(staged.path("articles.jsonl"), ...)   # ... every output file of the run
    # here OUT/articles.jsonl, OUT/claims.jsonl, ... all show this run's files

**Lock.** OUT/.newsclaims/lock holds a POSIX record lock (fcntl.lockf) while a run works on
OUT, and says which run holds it (pid, host, start time). A second run finds it held and stops
with OutputInUse. The kernel drops the lock when its process ends however it ends, so a lock
left by a killed run is never in the way: the next run takes it and sees from the file's content
that the run before it did not finish. POSIX locks rather than flock (which the filelock library
uses) because worker processes forked from the run do not inherit them: a stray worker cannot
hold the folder after its run died.

**Output set.** A run writes its files into a folder of their own, OUT/.newsclaims/sets/<run>,
and switches them in with one atomic rename of the symlink OUT/.newsclaims/current. The
contract's names (OUT/articles.jsonl, ...) are relative symlinks through `current`, so every
reader that opens them sees one run's files; a reader that needs several files of one run resolves
`current` once and reads from there. A run that fails (full disk, Ctrl-C, an error) leaves the
previous set as it was and its own unfinished folder is removed. Folders written by an earlier
version (regular files in OUT) are first adopted as a set of their own, by hard links, so even that
switch never shows a mix.
"""
from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import socket
import sqlite3
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from pipeline.state import STATE_DIR

LOCK_FILE = "lock"
SETS_DIR = "sets"
CURRENT = "current"
NEW_PREFIX = ".new-"
FULL_DISK_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
HOLDER_WAIT_SECONDS = 1.0  # a run that just took the lock writes who it is right after


class OutputInUse(Exception):
    """Another run holds the output folder."""

    def __init__(self, out: Path, holder: str):
        super().__init__(f"output folder {out} is in use by another run ({holder}); "
                         "wait for it to finish or choose another --out")


class NoSpace(Exception):
    """The disk filled while the run wrote `path`."""

    def __init__(self, path: Path | str):
        super().__init__(f"no space left on device writing {path}")
        self.path = path


# -- one run per folder ---------------------------------------------------------------------------

def _holder_record() -> str:
    started = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "started": started})


def describe_holder(content: str) -> str:
    try:
        holder = json.loads(content)
        return f"pid {holder['pid']} on {holder['host']}, started {holder['started']}"
    except (ValueError, KeyError, TypeError):
        return "a run that did not say who it is"


def _read(fd: int) -> str:
    return os.pread(fd, 4096, 0).decode("utf-8", errors="replace").strip()


@contextmanager
def exclusive_run(out: Path) -> Iterator[str | None]:
    """Hold OUT's lock while the block runs; raise OutputInUse at once if another run holds it.

    Yields the description of a run whose lock was left behind (it was killed), else None.
    """
    folder = out / STATE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EAGAIN):
                raise
            raise OutputInUse(out, describe_holder(_wait_for_holder(fd))) from None
        left_behind = _read(fd)
        os.ftruncate(fd, 0)
        os.pwrite(fd, (_holder_record() + "\n").encode(), 0)
        try:
            yield describe_holder(left_behind) if left_behind else None
        finally:
            os.ftruncate(fd, 0)  # an empty lock file: the last run finished
    finally:
        os.close(fd)  # releases the lock


def _wait_for_holder(fd: int) -> str:
    deadline = time.monotonic() + HOLDER_WAIT_SECONDS
    while not (content := _read(fd)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return content


# -- the output set ---------------------------------------------------------------------------------

def current_set(out: Path) -> Path:
    """The folder of one run's complete files, for a reader that needs several of them (an export):
    OUT/.newsclaims/current resolved once, so a run switching sets meanwhile cannot mix two runs;
    OUT itself for a folder written before output sets."""
    current = out / STATE_DIR / CURRENT
    return current.resolve() if current.is_symlink() else out


class OutputSet:
    """The folder a run writes its output files into, switched in by `publish`."""

    def __init__(self, out: Path):
        self.out = out
        self.root = out / STATE_DIR
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        self.name = f"{stamp}-{os.getpid()}"
        self.folder = self.root / SETS_DIR / f"{NEW_PREFIX}{self.name}"

    def path(self, name: str) -> Path:
        """Where the run writes its output file `name` (readers will find it at OUT/name)."""
        return self.folder / name

    def shown_path(self, path: Path | str) -> Path | str:
        """OUT/name for a path inside the folder being written: what the user knows it by."""
        try:
            return self.out / Path(path).relative_to(self.folder)
        except ValueError:
            return path

    def publish(self) -> None:
        names = sorted(p.name for p in self.folder.iterdir())
        _fsync_dir(self.folder)
        final = self.folder.with_name(self.name)
        os.rename(self.folder, final)
        _fsync_dir(final.parent)
        self._adopt_unlinked_outputs(names)
        # Links first: a name new to this run dangles (is invisible) until `current` switches.
        for name in names:
            _ensure_link(self.out / name, f"{STATE_DIR}/{CURRENT}/{name}")
        _replace_link(self.root / CURRENT, f"{SETS_DIR}/{final.name}")
        _fsync_dir(self.root)
        self._remove_stale(keep=final, names=set(names))

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def _adopt_unlinked_outputs(self, names: list[str]) -> None:
        """Regular output files in OUT (an earlier version's run, or a copied folder) become a set
        of their own first, so that replacing them by links changes nothing a reader sees."""
        current = self.root / CURRENT
        if current.exists() and not current.is_symlink():  # a copy made with links followed
            os.rename(current, self.root / SETS_DIR / f"{NEW_PREFIX}copied-{self.name}")
        regular = [n for n in names if (self.out / n).is_file() and not (self.out / n).is_symlink()]
        if not regular:
            return
        adopted = self.root / SETS_DIR / f"adopted-{self.name}"
        adopted.mkdir()
        for name in regular:
            try:
                os.link(self.out / name, adopted / name)
            except OSError:  # a file system without hard links
                shutil.copy2(self.out / name, adopted / name)
        _fsync_dir(adopted)
        _replace_link(current, f"{SETS_DIR}/{adopted.name}")
        for name in regular:
            _ensure_link(self.out / name, f"{STATE_DIR}/{CURRENT}/{name}")

    def _remove_stale(self, keep: Path, names: set[str]) -> None:
        """Earlier sets, folders of runs that died, and links to files this run no longer writes."""
        for entry in (self.root / SETS_DIR).iterdir():
            if entry != keep:
                shutil.rmtree(entry, ignore_errors=True)
        prefix = f"{STATE_DIR}/{CURRENT}/"
        for entry in self.out.iterdir():
            if entry.is_symlink() and entry.name not in names and os.readlink(entry) == prefix + entry.name:
                entry.unlink()


def _ensure_link(path: Path, target: str) -> None:
    if not (path.is_symlink() and os.readlink(path) == target):
        _replace_link(path, target)


def _replace_link(path: Path, target: str) -> None:
    """Point the symlink `path` at `target` in one step: readers see the old target or the new."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.link")
    temporary.unlink(missing_ok=True)
    os.symlink(target, temporary)
    os.replace(temporary, path)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def output_set(out: Path) -> Iterator[OutputSet]:
    """A new output set for the block to write into, published when the block succeeds and
    removed when it fails; a full disk while writing it raises NoSpace naming the file."""
    staged = OutputSet(out)
    staged.folder.mkdir(parents=True)
    try:
        yield staged
        staged.publish()
    except BaseException as exc:
        staged.discard()
        if isinstance(exc, OSError) and exc.errno in FULL_DISK_ERRNOS:
            raise NoSpace(staged.shown_path(exc.filename or staged.folder)) from exc
        raise


@contextmanager
def full_disk_named(state_file: Path) -> Iterator[None]:
    """A full disk met anywhere in the block (SQLite says SQLITE_FULL, the OS ENOSPC or EDQUOT)
    becomes NoSpace naming the file, so the user gets one line instead of a traceback."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "full" in str(exc):  # "database or disk is full"
            raise NoSpace(state_file) from exc
        raise
    except OSError as exc:
        if exc.errno in FULL_DISK_ERRNOS:
            raise NoSpace(exc.filename or state_file) from exc
        raise
