"""Ingest stage: input paths -> Documents, one per readable unit, streaming.

Every file yields at least one Document; a file that cannot be read yields one with `error`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from models import Document

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
HTML_SUFFIXES = {".html", ".htm"}


def iter_input_files(inputs: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs: files as given, folders walked recursively in sorted order."""
    for given in inputs:
        if given.is_dir():
            for path in sorted(p for p in given.rglob("*") if p.is_file()):
                yield path, given
        else:
            yield given, given.parent


def read_inputs(inputs: Iterable[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    for path, root in iter_input_files(inputs):
        source = path.relative_to(root).as_posix()
        try:
            raw = path.read_bytes()
        except OSError as exc:
            yield Document(source=source, error=f"unreadable: {exc.strerror or exc}")
            continue
        kind = "html" if path.suffix.lower() in HTML_SUFFIXES else "text"
        yield Document(source=source, kind=kind, content=raw.decode("utf-8", errors="replace"))
