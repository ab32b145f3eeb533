"""The five tables every tabular export shares: articles, entities, aliases, claims, evidence.

One definition of the columns (name and kind) and of how records become rows, so that CSV,
Parquet and SQLite hold the same tables. Ids join them: aliases.entity_id -> entities;
claims.subject_id / object_id / attributed_to_id -> entities; evidence.claim_id -> claims;
evidence.article_id and articles.duplicate_of -> articles. Rows are generated lazily, in the
order of the run's files (which is stable), so the writers stream.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Literal

from pipeline.export.reader import RunFolder, optional_field, other_fields

# str, int, float: scalars (null allowed); list: list of strings; map: string -> string;
# json: any JSON value, kept as JSON text where the format has no richer type.
Kind = Literal["str", "int", "float", "list", "map", "json"]


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind = "str"


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str
    other_column: str


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]
    rows: Callable[[RunFolder], Iterator[dict[str, Any]]]
    full_text: tuple[str, ...] = ()  # columns a full-text index covers, where the format has one

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


ARTICLE_FIELDS = frozenset({"article_id", "source", "status", "duplicate_of", "title", "published", "url", "text",
                            "error", "authors", "section", "language"})
ENTITY_FIELDS = frozenset({"entity_id", "name", "type", "aliases", "mentions"})
CLAIM_FIELDS = frozenset({"claim_id", "subject", "predicate", "object", "value", "qualifiers", "attributed_to",
                          "polarity", "modality", "confidence", "evidence", "support", "review", "reviewed_by"})


def string_list(value: Any) -> list[str] | None:
    """`authors` and the like: a list of strings, whether the file has a list or one string."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return [str(value)]


def scalar_text(value: Any) -> str | None:
    """An optional text field; a non-string value (a newer writer's richer type) as JSON."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _article_rows(run: RunFolder) -> Iterator[dict[str, Any]]:
    for a in run.articles():
        yield {"article_id": a.article_id, "source": a.source, "status": a.status, "duplicate_of": a.duplicate_of,
               "title": a.title, "published": a.published, "url": a.url, "text": a.text, "error": a.error,
               "authors": string_list(optional_field(a, "authors")),
               "section": scalar_text(optional_field(a, "section")),
               "language": scalar_text(optional_field(a, "language")),
               "other": other_fields(a, ARTICLE_FIELDS)}


def _entity_rows(run: RunFolder) -> Iterator[dict[str, Any]]:
    for e in run.entities():
        yield {"entity_id": e.entity_id, "name": e.name, "type": e.type, "mentions": e.mentions,
               "alias_count": len(e.aliases), "other": other_fields(e, ENTITY_FIELDS)}


def _alias_rows(run: RunFolder) -> Iterator[dict[str, Any]]:
    for e in run.entities():
        for index, alias in enumerate(e.aliases):
            yield {"entity_id": e.entity_id, "alias_index": index, "alias": alias}


def _claim_rows(run: RunFolder) -> Iterator[dict[str, Any]]:
    for c in run.claims():
        yield {"claim_id": c.claim_id, "subject_id": c.subject.entity_id, "subject_name": c.subject.name,
               "predicate": c.predicate,
               "object_id": c.object.entity_id if c.object else None,
               "object_name": c.object.name if c.object else None,
               "value": c.value,
               "date": c.qualifiers.get("date"), "role": c.qualifiers.get("role"),
               "qualifiers": dict(sorted(c.qualifiers.items())),
               "attributed_to_id": c.attributed_to.entity_id if c.attributed_to else None,
               "attributed_to_name": c.attributed_to.name if c.attributed_to else None,
               "polarity": c.polarity, "modality": c.modality,
               "confidence": float(c.confidence), "support": c.support, "evidence_count": len(c.evidence),
               "review": scalar_text(optional_field(c, "review")),
               "reviewed_by": scalar_text(optional_field(c, "reviewed_by")),
               "other": other_fields(c, CLAIM_FIELDS)}


def _evidence_rows(run: RunFolder) -> Iterator[dict[str, Any]]:
    for c in run.claims():
        for index, ev in enumerate(c.evidence):
            subject, obj = ev.subject_span or (None, None), ev.object_span or (None, None)
            yield {"claim_id": c.claim_id, "evidence_index": index, "article_id": ev.article_id,
                   "sentence": ev.sentence, "sentence_start": ev.start, "sentence_end": ev.end,
                   "subject_start": subject[0], "subject_end": subject[1],
                   "object_start": obj[0], "object_end": obj[1]}


def _columns(spec: str) -> tuple[Column, ...]:
    """'name name:int ...' -> columns; keeps the table definitions below readable."""
    return tuple(Column(*part.split(":")) if ":" in part else Column(part) for part in spec.split())


TABLES: tuple[Table, ...] = (
    Table("articles",
          _columns("article_id source status duplicate_of title published url text error authors:list "
                   "section language other:json"),
          ("article_id",), (ForeignKey("duplicate_of", "articles", "article_id"),),
          _article_rows, full_text=("title", "text")),
    Table("entities", _columns("entity_id name type mentions:int alias_count:int other:json"),
          ("entity_id",), (), _entity_rows),
    Table("aliases", _columns("entity_id alias_index:int alias"),
          ("entity_id", "alias_index"), (ForeignKey("entity_id", "entities", "entity_id"),), _alias_rows),
    Table("claims",
          _columns("claim_id subject_id subject_name predicate object_id object_name value date role "
                   "qualifiers:map attributed_to_id attributed_to_name polarity modality confidence:float "
                   "support:int evidence_count:int review reviewed_by other:json"),
          ("claim_id",),
          (ForeignKey("subject_id", "entities", "entity_id"), ForeignKey("object_id", "entities", "entity_id"),
           ForeignKey("attributed_to_id", "entities", "entity_id")),
          _claim_rows),
    Table("evidence",
          _columns("claim_id evidence_index:int article_id sentence sentence_start:int sentence_end:int "
                   "subject_start:int subject_end:int object_start:int object_end:int"),
          ("claim_id", "evidence_index"),
          (ForeignKey("claim_id", "claims", "claim_id"), ForeignKey("article_id", "articles", "article_id")),
          _evidence_rows, full_text=("sentence",)),
)
