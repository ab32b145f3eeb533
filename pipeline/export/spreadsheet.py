"""`csv`: one UTF-8 CSV file per table, with a header, safe to open in a spreadsheet.

Formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that starts with `=`, `+`,
`-` or `@` (and some with a leading tab or carriage return) as a formula, and news text can
start that way ("-- the minister said", "=cmd|..." planted in a page). Every text cell that
starts with one of those characters, or with `'`, gets one `'` in front: spreadsheets show the
text instead of running it, and the rule is exactly reversible (`unguard`: drop one leading `'`
from any text cell that has one). Numbers are written as numbers and never guarded.
Lists and maps (authors, qualifiers) and the `other` column are JSON text.
Files use RFC 4180 quoting with CRLF row ends; newlines inside a cell stay `\n`.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from pipeline.export.reader import RunFolder
from pipeline.export.tables import TABLES, Table

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"


def guard(text: str) -> str:
    """Make a text cell inert in spreadsheets; reversible by `unguard`."""
    return GUARD + text if text.startswith(FORMULA_STARTS + (GUARD,)) else text


def unguard(cell: str) -> str:
    return cell[1:] if cell.startswith(GUARD) else cell


def cell(value: Any, kind: str) -> Any:
    if value is None:
        return ""
    if kind in ("int", "float"):
        return repr(value) if kind == "float" else str(value)
    if kind in ("list", "map", "json"):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return guard(value)


def write_table(table: Table, run: RunFolder, path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(table.column_names)
        for row in table.rows(run):
            writer.writerow([cell(row[c.name], c.kind) for c in table.columns])
            count += 1
    return count


def export_csv(run: RunFolder, folder: Path) -> dict[str, int]:
    return {f"{table.name}.csv": write_table(table, run, folder / f"{table.name}.csv") for table in TABLES}
