"""Command line: `newsclaims run`, `newsclaims review` and `newsclaims schema`."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Iterable, Iterator, Sequence, TypeVar

from pipeline import __version__
from pipeline.engines import default_workers
from pipeline.export.command import add_export_parser
from pipeline.extract import DEFAULT_MODEL
from pipeline.ingest import DEFAULT_MAX_BYTES, iter_input_files
from pipeline.review.cli import add_review_parser, review_summary_line

T = TypeVar("T")
EXIT_USAGE = 2


def _progress(items: Iterable[T], stage: str, total: int | None, unit: str) -> Iterator[T]:
    """A bar with a count, a total and an ETA on a terminal; elsewhere (a log, CI) one line per stage."""
    if sys.stderr.isatty():
        from tqdm import tqdm

        yield from tqdm(items, desc=f"{stage:<8}", total=total, unit=f" {unit}", file=sys.stderr,
                        dynamic_ncols=True, leave=True)
        return
    started, count = time.perf_counter(), 0
    for count, item in enumerate(items, 1):
        yield item
    print(f"newsclaims: {stage}: {count} {unit} in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def _usage_error(message: str) -> int:
    print(f"newsclaims: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def cmd_run(args: argparse.Namespace) -> int:
    from pipeline.costs import Costs
    from pipeline.run import RunOptions, run

    inputs = tuple(Path(p) for p in args.inputs)
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        return _usage_error(f"input not found: {', '.join(missing)}")
    if next(iter_input_files(inputs), None) is None:
        return _usage_error("no input files found in " + ", ".join(map(str, inputs)))
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".newsclaims-write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        return _usage_error(f"output folder {out} is not writable: {exc.strerror or exc}")
    if args.workers < 1:
        return _usage_error("--workers must be at least 1")
    if not _model_installed(args.model):
        return _usage_error(f"spaCy model {args.model!r} is neither an installed package nor a folder; "
                            "install it or pass --model NAME")
    if args.scheduler and args.engine != "dask":
        return _usage_error("--scheduler needs --engine dask")
    if args.review and not Path(args.review).is_file():
        return _usage_error(f"--review {args.review}: no such file")
    if args.aliases:
        from pipeline.resolve import load_aliases

        try:
            load_aliases(args.aliases)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            return _usage_error(f"cannot read --aliases {args.aliases}: {exc}")
    options = RunOptions(inputs=inputs, out=out, model=args.model, workers=args.workers,
                         batch_size=args.batch_size, max_bytes=args.max_bytes,
                         engine=args.engine, scheduler=args.scheduler, fresh=args.fresh,
                         aliases=Path(args.aliases) if args.aliases else None,
                         review=Path(args.review) if args.review else None)
    costs = Costs()
    costs.add("startup", _seconds_since_start(), time.process_time())  # interpreter, imports, checks
    try:
        summary = run(options, progress=_progress, costs=costs)
    except OSError as exc:  # a model that is not installed, a full disk
        print(f"newsclaims: error: {exc}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{n} {status}" for status, n in summary.articles.items())
    print(f"articles: {counts} (a page holding several stories counts once per story); "
          f"entities: {summary.entities}; claims: {summary.claims}; "
          f"{_seconds_since_start():.1f} s (start-up included) -> {out}", file=sys.stderr)
    if review_summary_line(summary.review):
        print(review_summary_line(summary.review), file=sys.stderr)
    return 0


def _seconds_since_start() -> float:
    """Wall time since this process started: interpreter, imports and model load included."""
    import psutil

    return time.time() - psutil.Process().create_time()


def _model_installed(model: str) -> bool:
    """Checked before any work, so a typo in --model does not surface after the clean stage."""
    import spacy.util

    return spacy.util.is_package(model) or Path(model).is_dir()


def cmd_schema(args: argparse.Namespace) -> int:
    from models import Article, Claim, Entity

    schemas = {name: model.model_json_schema() for name, model in
               (("article", Article), ("entity", Entity), ("claim", Claim))}
    try:
        json.dump(schemas, sys.stdout, indent=2, sort_keys=True)
        sys.stdout.write("\n")
        sys.stdout.flush()
    except BrokenPipeError:  # `newsclaims schema | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclaims", description="Turn dumps of news articles into a canonical, reviewable set of claims.")
    parser.add_argument("--version", action="version", version=f"newsclaims {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser(
        "run", help="process article dumps and write articles, entities and claims as JSON Lines",
        description="Read every INPUT (files or folders of .txt, .html, .jsonl, .warc and their .gz), "
                    "clean, deduplicate, extract and resolve, and write articles.jsonl, entities.jsonl, "
                    "claims.jsonl and run.json into --out.")
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders (walked recursively, sorted)")
    run.add_argument("--out", default="outputs", help="output folder (default: %(default)s)")
    run.add_argument("--model", default=os.environ.get("NEWSCLAIMS_MODEL", DEFAULT_MODEL),
                     help="spaCy pipeline: package name or path (default: $NEWSCLAIMS_MODEL or %(default)s)")
    run.add_argument("--workers", type=int, default=default_workers(),
                     help="processes for the per-article stages (default: all cores, %(default)s)")
    run.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="where the per-article stages run: this machine, or a Dask cluster (default: %(default)s)")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="with --engine dask: an existing scheduler, e.g. tcp://scheduler-host:8786 "
                          "(default: start a LocalCluster of --workers processes)")
    run.add_argument("--fresh", action="store_true",
                     help="forget what earlier runs into --out stored (OUT/.newsclaims/) and redo everything")
    run.add_argument("--aliases", metavar="FILE",
                     help="entities that override automatic resolution: CSV (name,type,aliases[,entity_id]), "
                          "JSON, or an entities.jsonl of an earlier run (its entity ids are kept)")
    run.add_argument("--review", metavar="FILE",
                     help="reviewers' decisions to apply (default: OUT/review.jsonl when it exists)")
    run.add_argument("--batch-size", type=int, default=64, help="spaCy batch size (default: %(default)s)")
    run.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                     help="largest document accepted: a whole file, or one record of a JSONL or WARC dump, counted in decompressed bytes (default: %(default)s)")
    run.set_defaults(func=cmd_run)

    add_review_parser(commands)
    schema = commands.add_parser("schema", help="print the JSON Schema of the output records",
                                 description="Print the JSON Schema of article, entity and claim records.")
    schema.set_defaults(func=cmd_schema)
    add_export_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
