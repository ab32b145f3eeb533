"""`sqlite`: the five tables in one SQLite database, ready for `datasette FILE.db`.

Built with sqlite-utils: primary keys, foreign keys (Datasette links claims to entities and
evidence to articles and claims, showing names), indexes on every join column and on predicate,
and FTS5 full-text indexes over article titles and text (`articles_fts`) and evidence sentences
(`evidence_fts`), which Datasette offers as a search box. Lists and maps are JSON text.
"""
from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from pipeline.export.reader import RunFolder
from pipeline.export.tables import TABLES, Table

BATCH = 1000
_TYPES = {"str": str, "int": int, "float": float, "list": str, "map": str, "json": str}
INDEXED = {"claims": (("predicate",),), "entities": (("type",), ("name",))}


def _rows(table: Table, run: RunFolder):
    encoded = [c.name for c in table.columns if c.kind in ("list", "map", "json")]
    for row in table.rows(run):
        for name in encoded:
            if row[name] is not None:
                row[name] = json.dumps(row[name], ensure_ascii=False, sort_keys=True)
        yield row


def write_table(db: sqlite_utils.Database, table: Table, run: RunFolder) -> int:
    created = db[table.name].create(
        {c.name: _TYPES[c.kind] for c in table.columns}, pk=table.primary_key,
        foreign_keys=[(fk.column, fk.table, fk.other_column) for fk in table.foreign_keys],
        not_null=table.primary_key)
    created.insert_all(_rows(table, run), batch_size=BATCH)
    for fk in table.foreign_keys:
        created.create_index([fk.column])
    for columns in INDEXED.get(table.name, ()):
        created.create_index(columns)
    if table.full_text:
        created.enable_fts(table.full_text, fts_version="FTS5", create_triggers=False)
    return created.count


def export_sqlite(run: RunFolder, path: Path) -> dict[str, int]:
    db = sqlite_utils.Database(path, recreate=True)
    # The file is a temp file, renamed into place only when complete, so a crash midway can
    # lose nothing worth a journal or an fsync per batch.
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    try:
        counts = {table.name: write_table(db, table, run) for table in TABLES}
    finally:
        db.close()
    return counts
