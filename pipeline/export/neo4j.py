"""`neo4j`: CSV files in the header format of `neo4j-admin database import full`, and a README.

Nodes: `:Entity` (plus its type as a second label, e.g. `:Entity:PERSON`), `:Article`, and
`:Claim` (every field of the claim; qualifiers and unknown fields as JSON text).
Relationships:
- `(:Claim)-[:SUBJECT|OBJECT|ATTRIBUTED_TO]->(:Entity)`: a claim's arguments (claim_roles.csv);
- `(:Claim)-[:EVIDENCE]->(:Article)` with the sentence, its offsets and the argument spans;
- `(:Entity)-[:PREDICATE]->(:Entity)`: a shortcut for browsing, one per claim whose object is an
  entity, typed by the predicate in upper case (`PARTNERED_WITH`; untyped `open:...` claims
  are `OPEN`, the phrase in `predicate`), carrying claim_id, confidence, support, polarity
  and modality. Literal claims (`said`) have no shortcut: their words are the Claim's `value`.
- `(:Article)-[:DUPLICATE_OF]->(:Article)`.
Arrays (aliases, authors, spans) are joined by one delimiter character: `;` unless an alias or
author holds one, then the first of `|`, `¦` that none holds (a streaming pass over the two
files decides); the README's command passes it as --array-delimiter.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any, Iterable, Iterator

from pipeline.export.reader import RunFolder, optional_field, other_fields
from pipeline.export.tables import ARTICLE_FIELDS, CLAIM_FIELDS, ENTITY_FIELDS, scalar_text, string_list

DELIMITER_CHOICES = (";", "|", "¦")
FILES = {  # file -> (kind, header)
    "entities.csv": ("nodes", ["entity_id:ID(Entity)", "name", "type", "aliases:string[]", "mentions:int",
                               "other", ":LABEL"]),
    "articles.csv": ("nodes", ["article_id:ID(Article)", "source", "status", "title", "published", "url", "text",
                               "error", "authors:string[]", "section", "language", "other", ":LABEL"]),
    "claims.csv": ("nodes", ["claim_id:ID(Claim)", "predicate", "value", "date", "role", "qualifiers",
                             "polarity", "modality", "confidence:float", "support:int", "evidence_count:int",
                             "review", "reviewed_by", "other", ":LABEL"]),
    "claim_roles.csv": ("relationships", [":START_ID(Claim)", ":END_ID(Entity)", ":TYPE"]),
    "evidence.csv": ("relationships", [":START_ID(Claim)", ":END_ID(Article)", ":TYPE", "evidence_index:int",
                                       "sentence", "sentence_start:int", "sentence_end:int",
                                       "subject_span:int[]", "object_span:int[]"]),
    "relations.csv": ("relationships", [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "claim_id", "predicate",
                                        "confidence:float", "support:int", "polarity", "modality"]),
    "duplicates.csv": ("relationships", [":START_ID(Article)", ":END_ID(Article)", ":TYPE"]),
}


def relationship_type(predicate: str) -> str:
    if predicate.startswith("open:"):
        return "OPEN"
    return re.sub(r"[^A-Za-z0-9_]", "_", predicate).upper() or "RELATED"


def label(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", text)


def choose_array_delimiter(run: RunFolder) -> str:
    in_use: set[str] = set()
    for texts in _array_texts(run):
        in_use.update(d for d in DELIMITER_CHOICES if any(d in t for t in texts))
        if len(in_use) == len(DELIMITER_CHOICES):
            break
    free = [d for d in DELIMITER_CHOICES if d not in in_use]
    if not free:
        from pipeline.export.reader import ExportError
        raise ExportError("every array delimiter (; | ¦) occurs in an alias or author; cannot write neo4j arrays")
    return free[0]


def _array_texts(run: RunFolder) -> Iterator[list[str]]:
    for e in run.entities():
        yield e.aliases
    for a in run.articles():
        yield string_list(optional_field(a, "authors")) or []


def _json(value: Any) -> str | None:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else None


class _Rows:
    """The rows of every file, from one pass over each JSONL file."""

    def __init__(self, run: RunFolder, delimiter: str):
        self.run, self.join = run, delimiter.join

    def array(self, values: Iterable[Any] | None) -> str | None:
        return self.join(str(v) for v in values) if values else None

    def entities(self) -> Iterator[list]:
        for e in self.run.entities():
            yield [e.entity_id, e.name, e.type, self.array(e.aliases), e.mentions,
                   _json(other_fields(e, ENTITY_FIELDS)), self.join(["Entity", label(e.type)] if label(e.type)
                                                                    else ["Entity"])]

    def articles(self) -> Iterator[list]:
        for a in self.run.articles():
            yield [a.article_id, a.source, a.status, a.title, a.published, a.url, a.text, a.error,
                   self.array(string_list(optional_field(a, "authors"))),
                   scalar_text(optional_field(a, "section")), scalar_text(optional_field(a, "language")),
                   _json(other_fields(a, ARTICLE_FIELDS)), "Article"]

    def duplicates(self) -> Iterator[list]:
        for a in self.run.articles():
            if a.duplicate_of:
                yield [a.article_id, a.duplicate_of, "DUPLICATE_OF"]

    def claims(self) -> Iterator[list]:
        for c in self.run.claims():
            yield [c.claim_id, c.predicate, c.value, c.qualifiers.get("date"), c.qualifiers.get("role"),
                   _json(dict(sorted(c.qualifiers.items()))), c.polarity, c.modality, repr(float(c.confidence)),
                   c.support, len(c.evidence), scalar_text(optional_field(c, "review")),
                   scalar_text(optional_field(c, "reviewed_by")), _json(other_fields(c, CLAIM_FIELDS)), "Claim"]

    def claim_roles(self) -> Iterator[list]:
        for c in self.run.claims():
            for role, ref in (("SUBJECT", c.subject), ("OBJECT", c.object), ("ATTRIBUTED_TO", c.attributed_to)):
                if ref is not None:
                    yield [c.claim_id, ref.entity_id, role]

    def evidence(self) -> Iterator[list]:
        for c in self.run.claims():
            for index, ev in enumerate(c.evidence):
                yield [c.claim_id, ev.article_id, "EVIDENCE", index, ev.sentence, ev.start, ev.end,
                       self.array(ev.subject_span), self.array(ev.object_span)]

    def relations(self) -> Iterator[list]:
        for c in self.run.claims():
            if c.object is not None:
                yield [c.subject.entity_id, c.object.entity_id, relationship_type(c.predicate), c.claim_id,
                       c.predicate, repr(float(c.confidence)), c.support, c.polarity, c.modality]


def import_command(delimiter: str, database: str = "neo4j") -> str:
    nodes = " ".join(f"--nodes={name}" for name, (kind, _) in FILES.items() if kind == "nodes")
    relationships = " ".join(f"--relationships={name}" for name, (kind, _) in FILES.items()
                             if kind == "relationships")
    return (f"neo4j-admin database import full {database} --array-delimiter=\"U+{ord(delimiter):04X}\" "
            f"--multiline-fields=true {nodes} {relationships}")


def export_neo4j(run: RunFolder, folder: Path) -> dict[str, int]:
    delimiter = choose_array_delimiter(run)
    rows = _Rows(run, delimiter)
    counts = {}
    for name, (_, header) in FILES.items():
        with (folder / name).open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(header)
            count = 0
            for row in getattr(rows, name.removesuffix(".csv"))():
                writer.writerow(row)
                count += 1
        counts[name] = count
    (folder / "README.md").write_text(_readme(delimiter), encoding="utf-8")
    return counts


def _readme(delimiter: str) -> str:
    return f"""# newsclaims export for Neo4j

CSV files in the header format of `neo4j-admin database import` (Neo4j 5). With Neo4j stopped,
copy this folder's files into Neo4j's `import/` folder (or run from this folder) and run:

```bash
{import_command(delimiter)}
```

then start Neo4j and `CREATE DATABASE neo4j` if it does not exist yet (Neo4j 5 Enterprise) or
restart it (Community: the default database). The array delimiter of this export is
`{delimiter}` (U+{ord(delimiter):04X}); text fields may span lines, hence `--multiline-fields=true`.

Graph model: `(:Claim)-[:SUBJECT|OBJECT|ATTRIBUTED_TO]->(:Entity)`,
`(:Claim)-[:EVIDENCE {{sentence, sentence_start, sentence_end, subject_span, object_span}}]->(:Article)`,
`(:Article)-[:DUPLICATE_OF]->(:Article)`, and a shortcut `(:Entity)-[:PARTNERED_WITH|VISITED|...|OPEN]->(:Entity)`
per claim whose object is an entity (properties claim_id, predicate, confidence, support,
polarity, modality). Quotes (`said`) are the `value` of their `:Claim`.

    MATCH (c:Claim)-[:SUBJECT]->(s:Entity {{name: "Bethany Allen"}}), (c)-[e:EVIDENCE]->(a:Article)
    RETURN c.predicate, c.value, c.confidence, e.sentence, a.title
"""
