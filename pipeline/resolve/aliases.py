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
from pipeline.resolve.normalize import clean_name
from pipeline.name_strings import name_key

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


class AliasFileError(ValueError):
    """What is wrong with an alias file and where, in one line ("line 3: empty name")."""


FORMATS = "expected CSV with the header name,type,aliases[,entity_id], JSON or JSON Lines"
CSV_COLUMNS = ("name", "type", "aliases", "entity_id")


def _kind(value: object) -> str:
    return {bool: "true/false", int: "a number", float: "a number", str: "a string", list: "a list",
            type(None): "null"}.get(type(value), type(value).__name__)


def _names(value: object, where: str, what: str) -> list[str]:
    if isinstance(value, str):
        return [a.strip() for a in value.replace(";", "|").split("|")]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    raise AliasFileError(f"{where}: {what} must be a list of names or a '|'-separated string, not {_kind(value)}")


def _entity_from_object(book: AliasBook, obj: object, where: str) -> None:
    if not isinstance(obj, dict):
        raise AliasFileError(f"{where}: expected an entity object such as "
                             f'{{"name": "...", "type": "ORG"}}, found {_kind(obj)}')
    if "never_merge" in obj and "name" not in obj:
        book.add_never_merge(_names(obj["never_merge"], where, "never_merge"))
        return
    name, type_, entity_id = obj.get("name"), obj.get("type") or "", obj.get("entity_id")
    if not isinstance(name, str) or not clean_name(name):
        raise AliasFileError(f"{where}: entity without a name" if name is None else f"{where}: empty name"
                             if isinstance(name, str) else f"{where}: name must be a string, not {_kind(name)}")
    if not isinstance(type_, str) or not (entity_id is None or isinstance(entity_id, str)):
        raise AliasFileError(f"{where}: type and entity_id must be strings")
    book.add_entity(name, type_, _names(obj.get("aliases") or [], where, "aliases"), entity_id)


def _parse_json(text: str, book: AliasBook) -> None:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as whole_error:
        first = text.splitlines()[0]
        try:
            json.loads(first)
        except json.JSONDecodeError:  # not JSON Lines either: say where the JSON broke
            raise AliasFileError(f"line {whole_error.lineno}: invalid JSON: {whole_error.msg}") from None
        _parse_json_lines(text, book)
        return
    if isinstance(data, dict) and ("entities" in data or "never_merge" in data):
        entities, pairs = data.get("entities", []), data.get("never_merge", [])
        if not isinstance(entities, list) or not isinstance(pairs, list):
            raise AliasFileError('"entities" and "never_merge" must be lists')
        for number, obj in enumerate(entities, start=1):
            _entity_from_object(book, obj, f"entities item {number}")
        if pairs and all(isinstance(name, str) for name in pairs):  # one JSONL line: a single pair
            pairs = [pairs]
        for number, pair in enumerate(pairs, start=1):
            book.add_never_merge(_names(pair, f"never_merge item {number}", "a never_merge pair"))
    elif isinstance(data, list):
        for number, obj in enumerate(data, start=1):
            _entity_from_object(book, obj, f"item {number}")
    else:
        _entity_from_object(book, data, "line 1")


def _parse_json_lines(text: str, book: AliasBook) -> None:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise AliasFileError(f"line {number}: invalid JSON: {exc.msg}") from None
        _entity_from_object(book, obj, f"line {number}")


def _parse_csv(text: str, book: AliasBook) -> None:
    reader = csv.reader(io.StringIO(text), strict=True)  # strict: an unclosed quote is an error, not a long name
    try:
        _read_csv_rows(reader, book)
    except csv.Error as exc:
        raise AliasFileError(f"line {reader.line_num}: malformed CSV ({exc})") from None


def _read_csv_rows(reader, book: AliasBook) -> None:
    given = next(reader)
    header = [h.strip().lower() for h in given]
    unknown = [h for h in header if h not in CSV_COLUMNS]
    if "name" not in header or unknown:
        raise AliasFileError(f"line 1: the CSV header must name the columns name,type,aliases[,entity_id], "
                             f"not {','.join(given)!r}")
    for fields in reader:
        number = reader.line_num
        if not any(f.strip() for f in fields):
            continue
        if len(fields) > len(header):
            raise AliasFileError(f"line {number}: {len(fields)} fields, but the header names {len(header)}")
        row = dict(zip(header, (f.strip() for f in fields)))
        aliases = [a.strip() for a in row.get("aliases", "").replace(";", "|").split("|") if a.strip()]
        if row.get("type") == NEVER_TYPE:
            book.add_never_merge([row.get("name", ""), *aliases])
        elif not clean_name(row.get("name", "")):
            raise AliasFileError(f"line {number}: empty name")
        else:
            book.add_entity(row["name"], row.get("type", ""), aliases, row.get("entity_id") or None)


def parse_aliases(text: str) -> AliasBook:
    """Parse the content of an alias file (CSV, JSON or JSON Lines); AliasFileError says what is
    wrong, and where, with a file that would otherwise do nothing or something unintended."""
    book = AliasBook()
    stripped = text.lstrip("\ufeff").strip()
    if not stripped:
        raise AliasFileError(f"the file is empty; {FORMATS}")
    if stripped[0] in "[{":
        _parse_json(stripped, book)
    elif (scalar := _json_scalar(stripped.splitlines()[0])) is not None:  # JSON Lines of numbers or strings
        raise AliasFileError(f"line 1: expected an entity object, found {_kind(scalar[0])}; {FORMATS}")
    else:
        _parse_csv(stripped, book)
    return book


def _json_scalar(line: str) -> tuple[object] | None:
    try:
        return (json.loads(line),)
    except json.JSONDecodeError:
        return None


def load_aliases(path: str | Path) -> AliasBook:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise AliasFileError(f"not UTF-8 text (byte {exc.start})") from None
    return parse_aliases(text)
