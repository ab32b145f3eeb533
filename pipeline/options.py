"""`newsclaims run` options, checked before any work: a usage error creates nothing, not even --out.

Each check says in one line what is wrong. Numbers: --workers and --batch-size of at least 1
(a batch of 0 articles extracted nothing and still exited 0), --max-bytes of at least 1 (0 bytes
would make every input an error). The model must be installed, the alias file must parse
(resolve.aliases names the line and the problem), and --out must be creatable.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import tempfile
from pathlib import Path

from pipeline.ingest import iter_input_files


class UsageError(Exception):
    """An option or argument that cannot work; the message is the one line the user sees."""


def check_run_options(args: argparse.Namespace) -> None:
    """Raise UsageError for the first option of `newsclaims run` that cannot work."""
    for flag, value in (("--workers", args.workers), ("--batch-size", args.batch_size),
                        ("--max-bytes", args.max_bytes)):
        if value < 1:
            raise UsageError(f"{flag} must be at least 1, not {value}")
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    inputs = [Path(p) for p in args.inputs]
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise UsageError(f"input not found: {', '.join(missing)}")
    if next(iter_input_files(inputs, Path(args.out)), None) is None:
        raise UsageError("no input files found in " + ", ".join(map(str, inputs)))
    check_output_folder(Path(args.out))
    if not model_installed(args.model):
        raise UsageError(f"spaCy model {args.model!r} is neither an installed package nor a folder; "
                         "install it or pass --model NAME")
    if getattr(args, "review", None) and not Path(args.review).is_file():
        raise UsageError(f"--review {args.review}: no such file")
    if args.aliases:
        check_alias_file(Path(args.aliases))


def check_output_folder(out: Path) -> None:
    """--out is a writable folder, or one that can be made (without making it)."""
    existing = out
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise UsageError(f"output folder {out} is not writable: {existing} is not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise UsageError(f"output folder {out} is not writable: permission denied on {existing}")
    try:  # what access() cannot see: a read-only mount, /proc, a full quota, root on a guarded folder
        os.rmdir(tempfile.mkdtemp(prefix=".newsclaims-check-", dir=existing))
    except OSError as exc:
        raise UsageError(f"output folder {out} is not writable: cannot make a folder in {existing} "
                         f"({exc.strerror or exc})") from None


def check_alias_file(path: Path) -> None:
    from pipeline.resolve.aliases import AliasFileError, load_aliases

    try:
        load_aliases(path)
    except AliasFileError as exc:
        raise UsageError(f"--aliases {path}: {exc}") from None
    except OSError as exc:
        raise UsageError(f"--aliases {path}: cannot read it: {exc.strerror or exc}") from None


def model_folder(model: str) -> Path | None:
    """The folder of a spaCy model given by path or by package name (an installed package with a
    meta.json); None if there is none. The package is found, not imported: importing it imports spaCy, which a run at several workers
    imports beside its clean workers, not before them (engines.preload_model)."""
    if Path(model).is_dir():
        return Path(model)
    if not all(part.isidentifier() for part in model.split(".")):
        return None
    try:
        spec = importlib.util.find_spec(model)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin or not (Path(spec.origin).parent / "meta.json").is_file():
        return None
    return Path(spec.origin).parent


def model_installed(model: str) -> bool:
    """Checked before any work, so a typo in --model does not surface after the clean stage."""
    return model_folder(model) is not None


def model_language(model: str) -> str | None:
    """The language a spaCy model reads (its meta.json `lang`), without loading the model."""
    folder = model_folder(model)
    try:
        return json.loads((folder / "meta.json").read_text(encoding="utf-8")).get("lang") if folder else None
    except (OSError, ValueError):
        return None
