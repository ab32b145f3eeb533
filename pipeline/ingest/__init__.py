"""Ingest stage: input paths -> Documents, one per readable unit, streamed.

A unit is a plain-text or HTML file, a JSON Lines / JSON record, or an HTML response record of a
WARC archive; any of them may be gzip (bzip2, xz) compressed. Containers are read a record at a
time: `max_bytes` caps each record of a container and the whole of any other file, measured on
the decompressed bytes, so a gzip bomb stops at the limit.

Rejections are data: whatever cannot be read yields a Document whose one-line `error` says why
(clean turns it into an `error` article), and an empty input yields `content=""` (clean reports
it `empty`). Every input file therefore yields at least one Document.
"""
from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Iterable, Iterator

from models import Document
from pipeline.ingest.decode import BinaryContent, decode_bytes, looks_like_html
from pipeline.ingest.records import iter_json_documents, iter_jsonl_documents
from pipeline.ingest.streams import (
    DECOMPRESSION_ERRORS,
    CappedReader,
    InputTooLarge,
    capped_stream,
    decompressing,
    describe_read_error,
    sniff_compression,
    strip_compressed_suffix,
)
from pipeline.ingest.warc import MalformedArchive, iter_warc_documents

__all__ = ["DEFAULT_MAX_BYTES", "iter_input_files", "iter_input_sources", "read_inputs", "read_file", "read_stream"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jl"}
JSON_SUFFIXES = {".json"}
WARC_SUFFIXES = {".warc"}
WARC_MAGIC = b"WARC/"


def iter_input_files(inputs: Iterable[Path], outside: Path | None = None) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs: files as given, folders walked recursively in sorted order.

    A file reached twice (overlapping inputs such as `dump dump/a.txt`) is read once. Files under
    `outside` (the run's output folder, which a user may place inside the dump: `--out dump/out`)
    are never inputs: a second run would otherwise read the first one's claims and state as articles.
    """
    seen: set[Path] = set()
    skipped = outside.resolve() if outside is not None else None
    for given in inputs:
        found = sorted(p for p in given.rglob("*") if p.is_file()) if given.is_dir() else [given]
        root = given if given.is_dir() else given.parent
        for path in found:
            resolved = path.resolve()
            if skipped is not None and resolved.is_relative_to(skipped):
                continue
            if resolved not in seen:
                seen.add(resolved)
                yield path, root


def iter_input_sources(inputs: Iterable[Path], outside: Path | None = None) -> Iterator[tuple[Path, str]]:
    """(file, source) pairs: the source is the path relative to its input folder, or the file's
    name; where two inputs would give one source, the later file is named by its path as given.
    Files under `outside` are left out, as iter_input_files says."""
    taken: set[str] = set()
    for path, root in iter_input_files(inputs, outside):
        source = path.relative_to(root).as_posix()
        if source in taken:
            source = path.as_posix()
        taken.add(source)
        yield path, source


def read_inputs(inputs: Iterable[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """Documents of every input file, in input order, named as iter_input_sources says."""
    for path, source in iter_input_sources(inputs):
        yield from read_file(path, source, max_bytes)


def read_file(path: Path, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """Documents of one file (several for a JSONL or WARC container), named from `source`."""
    try:
        handle = path.open("rb")
        size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        yield Document(source=source, error=f"unreadable file: {exc.strerror or exc}")
        return
    with handle:
        yield from read_stream(handle, source, path.name, max_bytes, size)


def read_stream(handle: io.BufferedReader, source: str, name: str, max_bytes: int = DEFAULT_MAX_BYTES,
                size: int | None = None) -> Iterator[Document]:
    """Documents of one open binary stream whose file name is `name` (it tells the format).

    `size`, the stream's size on disk when known, lets an oversized plain document be refused
    without reading it.
    """
    compression = None
    try:
        compression = sniff_compression(handle)
        stream, cap = capped_stream(decompressing(handle, compression), max_bytes)
        head = stream.peek(len(WARC_MAGIC))
        cap.check()
    except (InputTooLarge, *DECOMPRESSION_ERRORS) as exc:
        yield Document(source=source, error=describe_read_error(exc, compression))
        return
    inner_compression = sniff_compression(stream) if compression else None
    if inner_compression is not None:
        yield Document(source=source, error=f"{inner_compression} inside {compression} (nested compression): "
                                            "not read; decompress the outer layer first")
        return
    inner_suffix = Path(strip_compressed_suffix(name) if compression else name).suffix.lower()
    if inner_suffix in WARC_SUFFIXES and head and not head.startswith(WARC_MAGIC):
        # warcio skips what it cannot parse with warnings; a non-archive must be an error instead.
        yield Document(source=source, error=f"WARC parse error: starts with {head[:len(WARC_MAGIC)]!r}, not b'WARC/'")
    elif inner_suffix in WARC_SUFFIXES or head.startswith(WARC_MAGIC):
        # A dump may hold any number of records: the limit applies to each record, not the file.
        cap.lift_limit()
        yield from _read_container(iter_warc_documents(stream, source, max_bytes), source, compression, cap)
    elif inner_suffix in JSONL_SUFFIXES:
        cap.lift_limit()
        yield from _read_container(iter_jsonl_documents(stream, source, max_bytes), source, compression, cap)
    else:
        if compression is None and size is not None and size > max_bytes:
            yield Document(source=source, error=f"file is {size} bytes, over the size limit of {max_bytes} bytes; "
                                                "raise --max-bytes to read it")
            return
        try:
            data = stream.read()
            cap.check()
        except (InputTooLarge, *DECOMPRESSION_ERRORS) as exc:
            yield Document(source=source, error=describe_read_error(exc, compression))
            return
        if inner_suffix in JSON_SUFFIXES:
            yield from iter_json_documents(data, source)
        else:
            yield _single_document(data, source, is_html_name=inner_suffix in HTML_SUFFIXES)


def _single_document(data: bytes, source: str, is_html_name: bool) -> Document:
    """A whole file as one Document: HTML by its name or by its content, else plain text."""
    if not data:
        return Document(source=source, kind="html" if is_html_name else "text", content="")
    try:
        text = decode_bytes(data).text
    except BinaryContent as exc:
        return Document(source=source, error=str(exc))
    kind = "html" if is_html_name or looks_like_html(text) else "text"
    return Document(source=source, kind=kind, content=text)


def _read_container(documents: Iterator[Document], source: str, compression: str | None,
                    cap: CappedReader) -> Iterator[Document]:
    """Pass a container's Documents on; end with one error Document if the container broke off.

    Records complete before a truncation or the size limit are kept. A container without a
    single record yields `content=""` so that it is reported as empty rather than vanishing.
    A damaged compressed stream reads as ended (see CappedReader): the parser may see a cut
    record and complain, but the damage is the reason given.
    """
    count = 0
    try:
        try:
            for document in documents:
                count += 1
                yield document
        except MalformedArchive:
            cap.check()
            raise
        cap.check()
    except (InputTooLarge, *DECOMPRESSION_ERRORS) as exc:
        yield Document(source=source, error=f"{describe_read_error(exc, compression)} (stopped after {count} records)")
        return
    except MalformedArchive as exc:
        yield Document(source=source, error=str(exc))
        return
    if count == 0:
        yield Document(source=source, content="")
