"""`newsclaims run` options, checked before any work: a usage error creates nothing, not even --out.

Each check says in one line what is wrong. Numbers: --workers and --batch-size of at least 1
(a batch of 0 articles extracted nothing and still exited 0), --max-bytes of at least 1 (0 bytes
would make every input an error). The model must be installed, the alias file must parse
(resolve.aliases names the line and the problem), and --out must be creatable.
"""
from __future__ import annotations

import argparse
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


def model_installed(model: str) -> bool:
    """Checked before any work, so a typo in --model does not surface after the clean stage."""
    import spacy.util

    return spacy.util.is_package(model) or Path(model).is_dir()


def model_language(model: str) -> str | None:
    """The language a spaCy model reads (its meta.json `lang`), without loading the model."""
    import spacy.util

    try:
        folder = Path(model) if Path(model).is_dir() else spacy.util.get_package_path(model)
        return spacy.util.load_meta(folder / "meta.json").get("lang")
    except (OSError, ValueError, ImportError):
        return None
