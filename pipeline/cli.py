"""Command line: `newsclaims run`, `newsclaims review` and `newsclaims schema`."""
from __future__ import annotations

import argparse
import atexit
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Iterable, Iterator, NoReturn, Sequence, TypeVar

from pipeline import __version__
from pipeline.defaults import DEFAULT_MODEL, default_workers
from pipeline.export.command import add_export_parser
from pipeline.ingest import DEFAULT_MAX_BYTES
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
    from pipeline.options import UsageError, check_run_options
    from pipeline.outputs import NoSpace, OutputInUse
    from pipeline.run import RunOptions, run

    try:
        check_run_options(args)
    except UsageError as exc:
        return _usage_error(str(exc))
    inputs, out = tuple(Path(p) for p in args.inputs), Path(args.out)
    options = RunOptions(inputs=inputs, out=out, model=args.model, workers=args.workers,
                         batch_size=args.batch_size, max_bytes=args.max_bytes,
                         engine=args.engine, scheduler=args.scheduler, fresh=args.fresh,
                         aliases=Path(args.aliases) if args.aliases else None,
                         review=Path(args.review) if args.review else None,
                         learned_pairs=args.learned_pairs)
    costs = Costs()
    costs.add("startup", _seconds_since_start(), time.process_time())  # interpreter, imports, checks
    try:
        summary = run(options, progress=_progress, costs=costs)
    except OutputInUse as exc:
        return _usage_error(str(exc))
    except (NoSpace, OSError) as exc:  # a full disk; an unreadable model
        print(f"newsclaims: error: {exc}", file=sys.stderr)
        return 1
    if summary.taken_over:
        print(f"newsclaims: note: the run before ({summary.taken_over}) ended without finishing; "
              "its lock was taken over", file=sys.stderr)
    counts = ", ".join(f"{n} {status}" for status, n in summary.articles.items())
    print(f"articles: {counts} (a page holding several stories counts once per story); "
          f"entities: {summary.entities}; claims: {summary.claims}; "
          f"{_seconds_since_start():.1f} s (start-up included) -> {out}", file=sys.stderr)
    if review_summary_line(summary.review):
        print(review_summary_line(summary.review), file=sys.stderr)
    return 0


def _seconds_since_start() -> float:
    """Wall time since this process started: interpreter, imports and model load included.

    On Linux from the kernel's start time in clock ticks since boot (10 ms): psutil's create_time
    adds the boot time, which the kernel gives in whole seconds, and read 0.3-0.5 s too much."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            ticks = int(stat.read().rsplit(")", 1)[1].split()[19])  # field 22, after the command name
        return time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):  # not Linux
        import psutil

        return time.time() - psutil.Process().create_time()


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
    run.add_argument("--learned-pairs", action="store_true",
                     help="also claim relations only the learned pair scorer read (two names of the right types "
                          "in one sentence that no rule reads; about a third right on hand-judged news)")
    run.set_defaults(func=cmd_run)

    add_review_parser(commands)
    schema = commands.add_parser("schema", help="print the JSON Schema of the output records",
                                 description="Print the JSON Schema of article, entity and claim records.")
    schema.set_defaults(func=cmd_schema)
    add_export_parser(commands)
    for command_parser in commands.choices.values():  # an unknown option is reported with its command's usage
        command_parser.set_defaults(command_parser=command_parser)
    return parser


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """argparse hands options no command knows to the top parser, whose usage line says nothing of
    the command's options: `newsclaims run in --bogus` is reported with `run`'s usage instead."""
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        args.command_parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    return args


class Terminated(KeyboardInterrupt):
    """SIGTERM, stopping the run as Ctrl-C does."""


EXIT_CTRL_C, EXIT_SIGTERM = 130, 143  # 128 + the signal's number, as a shell reports them
# After a stop, how long the exit handlers may take before the process ends without them.
STOPPED_EXIT_HANDLER_SECONDS = 5.0


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated()


def main(argv: Sequence[str] | None = None) -> int:
    """Exit codes: 0 done, 1 failed (e.g. a full disk), 2 usage error, 130 Ctrl-C, 143 SIGTERM."""
    in_main_thread = threading.current_thread() is threading.main_thread()  # where signals can be handled
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if in_main_thread else None
    try:
        args = parse_arguments(argv)
        return args.func(args)
    except KeyboardInterrupt as exc:
        name, code = ("SIGTERM", EXIT_SIGTERM) if isinstance(exc, Terminated) else ("Ctrl-C", EXIT_CTRL_C)
        fresh_line = "\n" if sys.stderr.isatty() else ""  # below a progress bar, not after it
        print(f"{fresh_line}newsclaims: stopped by {name}; finished work is kept in the output folder's state "
              "and the next run picks it up", file=sys.stderr)
        return code
    finally:
        if in_main_thread:
            signal.signal(signal.SIGTERM, previous)


def exit_without_teardown(code: int) -> NoReturn:
    """End the process with `code`, skipping the interpreter's teardown once the command is done.

    A finished run still holds the spaCy model, the resolver's tables and their caches; freeing
    them object by object at exit cost 0.4-0.5 s CPU per run (26 dev-cluster pages: 7.05 s CPU at
    the end of main, 7.52 s for the whole process), which the operating system does at once when
    the process ends. What exit does that matters still happens first: the atexit handlers
    (logging's flush, weakref finalizers such as temporary folders, multiprocessing's cleanup)
    and the flush of stdout and stderr. Every output file is closed before main returns (the
    output set is renamed into place). With another non-daemon thread still running, the
    interpreter would wait for it, so the ordinary exit is taken.

    A run stopped by Ctrl-C or SIGTERM waits for nothing: its workers were killed mid-task, and
    what the ordinary exit joins can wait on them for ever (a process pool's manager thread, or
    multiprocessing's exit handler joining a queue's feeder thread blocked on a pipe that only the
    killed workers read: once in a full test suite the one line was printed and the process
    never ended). The exit handlers get STOPPED_EXIT_HANDLER_SECONDS, then the process ends."""
    stopped = code in (EXIT_CTRL_C, EXIT_SIGTERM)
    if not stopped and any(thread is not threading.main_thread() and not thread.daemon and thread.is_alive()
                           for thread in threading.enumerate()):
        sys.exit(code)
    if stopped:
        handlers = threading.Thread(target=atexit._run_exitfuncs, name="exit-handlers", daemon=True)  # noqa: SLF001
        handlers.start()
        handlers.join(STOPPED_EXIT_HANDLER_SECONDS)
    else:
        atexit._run_exitfuncs()  # noqa: SLF001 - the handlers a normal exit runs, then no teardown
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`| head`) or stream: nothing more to say there
            pass
    os._exit(code)


def console_main() -> NoReturn:
    """The `newsclaims` program (and `python3 -m pipeline`): main, then exit_without_teardown."""
    exit_without_teardown(main())


if __name__ == "__main__":
    console_main()
