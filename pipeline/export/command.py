"""`newsclaims export OUT --format FORMAT [--to PATH]`: the sub-command's parser and handler."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from pipeline.export import FORMATS, ExportError, default_target, export
from pipeline.export.reader import CorruptRunError

EXIT_USAGE = 2


def add_export_parser(commands: argparse._SubParsersAction) -> argparse.ArgumentParser:
    width = max(len(name) for name in FORMATS)
    listing = "\n".join(f"  {f.name:<{width}}  {f.summary}" for f in FORMATS.values())
    parser = commands.add_parser(
        "export", help="convert a run's output folder to CSV, Parquet, SQLite, GraphML, GEXF, Neo4j or RDF",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Read the articles, entities and claims that `newsclaims run` wrote into OUT\n"
                    "(review decisions applied, as in the files) and write them in one format.\n"
                    "The target appears whole or not at all.",
        epilog=f"formats:\n{listing}\n\ndefault target: OUT/exports/<csv|parquet|neo4j>/ for the folder formats,\n"
               "OUT/exports/newsclaims.<db|graphml|gexf|ttl|jsonld> for the others.")
    parser.add_argument("out", metavar="OUT", help="output folder of a run (holds articles.jsonl, entities.jsonl, "
                                                   "claims.jsonl)")
    parser.add_argument("--format", required=True, metavar="FORMAT", help="one of: " + ", ".join(FORMATS))
    parser.add_argument("--to", metavar="PATH", help="file or folder to write (default: see below)")
    parser.add_argument("--base", metavar="IRI",
                        help="turtle/jsonld: prefix of every IRI, ending in ':', '/' or '#' (default: urn:newsclaims:)")
    parser.set_defaults(func=cmd_export)
    return parser


def cmd_export(args: argparse.Namespace) -> int:
    if args.format not in FORMATS:
        return _usage_error(f"unknown format {args.format!r}; choose one of: {', '.join(FORMATS)}")
    if args.base is not None and not FORMATS[args.format].takes_base:
        return _usage_error(f"--base applies to turtle and jsonld, not {args.format}")
    started = time.perf_counter()
    try:
        counts = export(Path(args.out), args.format, Path(args.to) if args.to else None, base=args.base)
    except CorruptRunError as exc:
        print(f"newsclaims: error: {exc}", file=sys.stderr)
        return 1
    except ExportError as exc:
        return _usage_error(str(exc))
    except OSError as exc:  # a full disk midway: nothing was renamed into place
        print(f"newsclaims: error: export failed: {exc}", file=sys.stderr)
        return 1
    written = ", ".join(f"{n} {name}" for name, n in counts.items())
    target = args.to or default_target(Path(args.out), FORMATS[args.format])
    print(f"{args.format}: {written}; {time.perf_counter() - started:.1f} s -> {target}", file=sys.stderr)
    return 0


def _usage_error(message: str) -> int:
    print(f"newsclaims: error: {message}", file=sys.stderr)
    return EXIT_USAGE
