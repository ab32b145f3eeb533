"""Read a run's output folder as typed records, one line at a time.

The records are the contract's models (models/) widened for reading files written by other
versions: unknown fields are kept (`extra="allow"`) instead of dropped, and an article status
this version does not know still reads. Nothing is held beyond the current line, so the
exporters' memory does not grow with the number of claims.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from models import Article, Claim, Entity
from pipeline.outputs import current_set

RUN_FILES = ("articles.jsonl", "entities.jsonl", "claims.jsonl")


class ExportError(Exception):
    """A run folder, format or target that cannot be used (a usage error); the message is one line."""


class CorruptRunError(ExportError):
    """A line of the run's files that does not parse or fit the contract; the message is one line."""


class ArticleRecord(Article):
    model_config = ConfigDict(extra="allow")
    status: str  # a newer run may write a status this version does not know (e.g. `skipped`)


class EntityRecord(Entity):
    model_config = ConfigDict(extra="allow")


class ClaimRecord(Claim):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


R = TypeVar("R", bound=BaseModel)


def optional_field(record: BaseModel, name: str) -> Any:
    """A field the contract marks optional (`authors`, `review`, ...): declared by a newer model
    or carried as an extra field, else None."""
    return getattr(record, name, None)


def other_fields(record: BaseModel, handled: frozenset[str]) -> dict[str, Any] | None:
    """Fields no exporter column knows, so that a field added to the contract later is carried
    along (as JSON) rather than lost; None when there are none."""
    declared = {name: getattr(record, name) for name in type(record).model_fields if name not in handled}
    extra = {k: v for k, v in (record.model_extra or {}).items() if k not in handled}
    found = {k: v for k, v in {**declared, **extra}.items() if v is not None}
    if not found:
        return None
    return json.loads(json.dumps({k: _plain(v) for k, v in sorted(found.items())}))


def _plain(value: Any) -> Any:
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


class RunFolder:
    """The output folder of `newsclaims run`: articles, entities and claims, streamed."""

    def __init__(self, path: Path):
        self.path = Path(path)
        if not self.path.is_dir():
            raise ExportError(f"run folder not found: {self.path}")
        # one run's complete set, resolved once: a run switching sets meanwhile cannot mix two runs
        self.path = current_set(self.path)
        missing = [name for name in RUN_FILES if not (self.path / name).is_file()]
        if missing:
            raise ExportError(f"{self.path} is not a run's output folder: no {', '.join(missing)}")

    def articles(self) -> Iterator[ArticleRecord]:
        return self._records("articles.jsonl", ArticleRecord)

    def entities(self) -> Iterator[EntityRecord]:
        return self._records("entities.jsonl", EntityRecord)

    def claims(self) -> Iterator[ClaimRecord]:
        return self._records("claims.jsonl", ClaimRecord)

    def _records(self, name: str, model: type[R]) -> Iterator[R]:
        path = self.path / name
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    yield model.model_validate_json(line)
                except ValidationError as exc:
                    first = exc.errors()[0]
                    where = ".".join(str(part) for part in first["loc"]) or "line"
                    raise CorruptRunError(f"{path} line {number}: {where}: {first['msg']}") from None
