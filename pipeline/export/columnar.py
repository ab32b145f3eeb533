"""`parquet`: one Parquet file per table with typed columns (pyarrow), for DuckDB, pandas, Spark.

Text is `string`, counts and offsets `int64`, confidence `double`, authors `list<string>`,
qualifiers `map<string, string>`, the `other` column JSON text. Rows go out in row groups of a
fixed size, so memory stays flat and the same input gives the same bytes.
"""
from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.export.reader import RunFolder
from pipeline.export.tables import TABLES, Column, Table

ROW_GROUP = 2000
_TYPES = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "list": pa.list_(pa.string()),
          "map": pa.map_(pa.string(), pa.string()), "json": pa.string()}


def schema(table: Table) -> pa.Schema:
    return pa.schema([pa.field(c.name, _TYPES[c.kind], nullable=c.name not in table.primary_key)
                      for c in table.columns])


def _value(value, column: Column):
    if column.kind == "json" and value is not None:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if column.kind == "map" and value is not None:
        return list(value.items())
    return value


def write_table(table: Table, run: RunFolder, path: Path) -> int:
    table_schema = schema(table)
    rows = table.rows(run)
    count = 0
    with pq.ParquetWriter(path, table_schema, compression="zstd") as writer:
        while batch := list(islice(rows, ROW_GROUP)):
            columns = {c.name: [_value(row[c.name], c) for row in batch] for c in table.columns}
            writer.write_table(pa.Table.from_pydict(columns, schema=table_schema))
            count += len(batch)
    return count


def export_parquet(run: RunFolder, folder: Path) -> dict[str, int]:
    return {f"{table.name}.parquet": write_table(table, run, folder / f"{table.name}.parquet") for table in TABLES}
