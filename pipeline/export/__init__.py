"""Export a run's output folder to the formats analysts' tools read.

`export(run_folder, format, target)` streams the run's JSON Lines (reader.py) into one format;
the formats share one table definition (tables.py) where they are tabular. Each format module
imports its library (pyarrow, sqlite-utils, networkx, rdflib) only when used. The command line
part (`newsclaims export`) is in command.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from pipeline.export.reader import ExportError, RunFolder


@dataclass(frozen=True)
class Format:
    name: str
    summary: str  # one line for --help
    default_target: str  # under the run folder's exports/
    folder: bool  # writes a folder of files rather than one file
    writer: str  # "module:function" in this package
    takes_base: bool = False  # RDF: accepts --base


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("csv", "one CSV per table (articles, entities, aliases, claims, evidence); spreadsheet-safe",
           "csv", True, "spreadsheet:export_csv"),
    Format("parquet", "the same tables as typed Parquet files, for DuckDB, pandas, Spark",
           "parquet", True, "columnar:export_parquet"),
    Format("sqlite", "the same tables in one SQLite database with keys and full-text search, for datasette",
           "newsclaims.db", False, "sqlite:export_sqlite"),
    Format("graphml", "entities as nodes, claims as edges, for Gephi, Cytoscape, yEd, networkx",
           "newsclaims.graphml", False, "graph:export_graphml"),
    Format("gexf", "the same graph as GEXF 1.2, Gephi's own format",
           "newsclaims.gexf", False, "graph:export_gexf"),
    Format("neo4j", "CSV files for neo4j-admin database import, with a README holding the command",
           "neo4j", True, "neo4j:export_neo4j"),
    Format("turtle", "RDF Turtle: claims as reified statements with confidence, evidence, attribution",
           "newsclaims.ttl", False, "rdf:export_turtle", takes_base=True),
    Format("jsonld", "the same RDF as JSON-LD",
           "newsclaims.jsonld", False, "rdf:export_jsonld", takes_base=True),
)}

__all__ = ["FORMATS", "Format", "ExportError", "RunFolder", "export", "default_target"]


def default_target(run_folder: Path, fmt: Format) -> Path:
    return Path(run_folder) / "exports" / fmt.default_target


def export(run_folder: Path, format_name: str, target: Path | None = None, base: str | None = None) -> dict:
    """Write the run in `run_folder` as `format_name` to `target`; returns what was written
    (counts per file or table). Raises ExportError for a bad format, folder or target."""
    fmt = FORMATS.get(format_name)
    if fmt is None:
        raise ExportError(f"unknown format {format_name!r}; choose one of: {', '.join(FORMATS)}")
    from pipeline.export.atomic import atomic_file, atomic_folder, check_target

    run = RunFolder(Path(run_folder))
    target = Path(target) if target is not None else default_target(run_folder, fmt)
    check_target(target, fmt.folder)
    module_name, function_name = fmt.writer.split(":")
    write = getattr(import_module(f"pipeline.export.{module_name}"), function_name)
    options = {"base": base} if fmt.takes_base and base is not None else {}
    if fmt.takes_base:
        from pipeline.export.rdf import Scheme

        Scheme(**options)  # a bad --base is a usage error before any work
    if fmt.folder:
        from pipeline import __version__

        manifest = {"format": fmt.name, "newsclaims": __version__}
        with atomic_folder(target, manifest) as folder:
            counts = write(run, folder, **options)
            manifest["counts"] = counts  # atomic_folder writes the manifest after this block
    else:
        with atomic_file(target) as path:
            counts = write(run, path, **options)
    return counts
