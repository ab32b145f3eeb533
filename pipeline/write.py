"""Write stage: the output contract's files, each atomically (temp file, fsync, rename)."""
from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

from pydantic import BaseModel


_UMASK = os.umask(0)
os.umask(_UMASK)


@contextmanager
def atomic_writer(path: Path) -> Iterator[IO[str]]:
    """Open a temp file beside `path`; on success it replaces `path`, on error it is removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=path.parent)
    os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp creates 0600; outputs are meant to be shared
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def to_json_line(record: BaseModel | dict) -> str:
    data = record.model_dump(mode="json") if isinstance(record, BaseModel) else record
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def write_jsonl(path: Path, records: Iterable[BaseModel | dict]) -> int:
    count = 0
    with atomic_writer(path) as fh:
        for record in records:
            fh.write(to_json_line(record))
            count += 1
    return count


def write_json(path: Path, data: dict) -> None:
    with atomic_writer(path) as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
