"""Write stage: the output contract's files, each atomically (temp file, fsync, rename), in an
order a person can read top to bottom: articles in the natural order of their sources
("#L2" before "#L10"), entities by name, claims grouped by subject, then predicate."""
from __future__ import annotations

import json
import os
import re
import secrets
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

from pydantic import BaseModel

from models import Claim, Entity

_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple:
    """"page2.html#L10" sorts after "page2.html#L9": digit runs compare as numbers."""
    return tuple((0, int(part), part) if part.isdecimal() else (1, 0, part.casefold(), part)
                 for part in _DIGITS.split(text))


def article_order(source: str, article_id: str) -> tuple:
    return natural_key(source), article_id


def entity_order(entity: Entity) -> tuple:
    return entity.name.casefold(), entity.name, entity.type, entity.entity_id


def claim_order(claim: Claim) -> tuple:
    obj = claim.object.name.casefold() if claim.object else ""
    return (claim.subject.name.casefold(), claim.subject.entity_id, claim.predicate, obj,
            claim.value or "", claim.claim_id)


@contextmanager
def atomic_writer(path: Path) -> Iterator[IO[str]]:
    """Open a temp file beside `path`; on success it replaces `path`, on error it is removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{secrets.token_hex(8)}.tmp"
    # 0o666 less the umask, like any file a tool writes (mkstemp's 0600 would hide outputs
    # meant to be shared); O_EXCL: never another writer's temp file
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        if isinstance(exc, OSError) and exc.filename is None:  # a full disk says so without a file name
            exc.filename = str(path)
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
