"""User alias files: entities that override the automatic decisions, and pairs never to merge.

Accepted formats (chosen by content, not by file name alone):
- CSV with a header: `name,type,aliases[,entity_id]`; aliases separated by `|` or `;`.
  A row whose `type` is `!never` lists names (name plus aliases) that must never share an entity.
- JSON: a list of entity objects, or `{"entities": [...], "never_merge": [[a, b], ...]}`.
- JSON Lines: one entity object a line (an `entities.jsonl` from an earlier run is such a file),
  plus optional lines `{"never_merge": [a, b]}`.
An entity object has `name`, `type`, optional `aliases` and `entity_id` (reused when given).
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from pipeline.ids import entity_id as derive_entity_id
from pipeline.resolve.normalize import clean_name, name_key

NEVER_TYPE = "!never"


@dataclass(frozen=True)
class UserEntity:
    entity_id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()

    def keys(self) -> set[str]:
        return {name_key(clean_name(n)) for n in (self.name, *self.aliases)} - {""}


@dataclass
class AliasBook:
    """User entities by id, the key -> entity id index, and never-merge key pairs."""

    entities: dict[str, UserEntity] = field(default_factory=dict)
    by_key: dict[str, str] = field(default_factory=dict)
    never_merge: list[tuple[str, str]] = field(default_factory=list)

    def add_entity(self, name: str, type_: str, aliases: list[str] | tuple[str, ...] = (),
                   entity_id: str | None = None) -> None:
        name = clean_name(name)
        if not name:
            raise ValueError("alias entry without a name")
        entity = UserEntity(entity_id or derive_entity_id(type_, name), name, type_,
                            tuple(sorted({clean_name(a) for a in aliases} - {"", name})))
        self.entities[entity.entity_id] = entity
        for key in sorted(entity.keys()):
            # The first entity listed for a key keeps it: a file states one answer per name.
            self.by_key.setdefault(key, entity.entity_id)

    def add_never_merge(self, names: list[str]) -> None:
        keys = sorted({name_key(clean_name(n)) for n in names} - {""})
        self.never_merge.extend(combinations(keys, 2))

    def pin_of(self, key: str) -> str | None:
        return self.by_key.get(key)


def _entity_from_object(book: AliasBook, obj: dict) -> None:
    if "never_merge" in obj and "name" not in obj:
        book.add_never_merge(list(obj["never_merge"]))
        return
    aliases = obj.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a.strip() for a in aliases.replace(";", "|").split("|")]
    book.add_entity(obj["name"], obj.get("type") or "", aliases, obj.get("entity_id"))


def parse_aliases(text: str) -> AliasBook:
    """Parse the content of an alias file (CSV, JSON or JSON Lines)."""
    book = AliasBook()
    stripped = text.lstrip("\ufeff").strip()
    if not stripped:
        return book
    if stripped[0] in "[{":
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError:
            data = [json.loads(line) for line in stripped.splitlines() if line.strip()]
        if isinstance(data, dict) and ("entities" in data or "never_merge" in data):
            for obj in data.get("entities", []):
                _entity_from_object(book, obj)
            pairs = data.get("never_merge", [])
            if pairs and all(isinstance(name, str) for name in pairs):  # one JSONL line: a single pair
                pairs = [pairs]
            for pair in pairs:
                book.add_never_merge(list(pair))
        else:
            for obj in data if isinstance(data, list) else [data]:
                _entity_from_object(book, obj)
        return book
    for row in csv.DictReader(io.StringIO(stripped)):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        aliases = [a.strip() for a in row.get("aliases", "").replace(";", "|").split("|") if a.strip()]
        if row.get("type") == NEVER_TYPE:
            book.add_never_merge([row.get("name", ""), *aliases])
        elif row.get("name"):
            book.add_entity(row["name"], row.get("type", ""), aliases, row.get("entity_id") or None)
    return book


def load_aliases(path: str | Path) -> AliasBook:
    return parse_aliases(Path(path).read_text(encoding="utf-8"))
