"""JSON Lines (and JSON) dumps -> one Document per record, read a line at a time.

A record carries `text` or `html` and optionally `id`, `url`, `title`, `published`; a few
common synonyms from news crawlers (news-please's `maintext`, `date_publish`, ...) are read too.
A bad line becomes an error Document for that line and the rest of the file is still read.
"""
from __future__ import annotations

import json
import re
from typing import BinaryIO, Iterator

from models import Document
from pipeline.ingest.dates import normalise_published
from pipeline.ingest.decode import BinaryContent, decode_bytes, looks_like_html

TEXT_FIELDS = ("text", "maintext", "body", "content", "article")
HTML_FIELDS = ("html", "raw_html", "content_html")
ID_FIELDS = ("id", "doc_id", "_id", "uuid")
URL_FIELDS = ("url", "link", "source_url")
TITLE_FIELDS = ("title", "headline")
PUBLISHED_FIELDS = ("published", "date_publish", "published_at", "publish_date", "date_published", "date")
POSITION_FRAGMENT = re.compile(r"[LR]\d+")  # L12: line 12 of a .jsonl; R3: item 3 of a .json array


class SourceNames:
    """Unique, stable `file#fragment` sources within one container file.

    A record is named by its own id when it has one not used before in the file, else by its
    position (`L12` for line 12); an id that looks like a position name is not used, so it
    cannot take the name of a later record without an id.
    """

    def __init__(self, container: str) -> None:
        self.container = container
        self._used: set[str] = set()

    def name(self, record_id: str | None, position: str) -> str:
        if record_id and record_id not in self._used and not POSITION_FRAGMENT.fullmatch(record_id):
            self._used.add(record_id)
            return f"{self.container}#{record_id}"
        if position not in self._used:
            self._used.add(position)
            return f"{self.container}#{position}"
        suffix = 2
        while f"{position}.{suffix}" in self._used:
            suffix += 1
        self._used.add(f"{position}.{suffix}")
        return f"{self.container}#{position}.{suffix}"


# An oversized JSONL line is skipped up to this many times --max-bytes to reach the next record;
# a line longer than that (a decompression bomb has no line end) ends the file instead.
SKIPPED_LINE_LIMIT_FACTOR = 8
_SKIP_CHUNK = 1 << 20


class _Oversized:
    """A line over the size limit; `ended_file` when it also ran past what is skipped to find its end."""

    def __init__(self, ended_file: bool) -> None:
        self.ended_file = ended_file


def _skip_rest_of_line(stream: BinaryIO, budget: int) -> bool:
    """Read past the current line's end without keeping it; False if `budget` bytes held no end."""
    while budget > 0:
        chunk = stream.readline(min(_SKIP_CHUNK, budget))
        if not chunk or chunk.endswith(b"\n"):
            return True
        budget -= len(chunk)
    return False


def _bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | _Oversized]:
    """The stream's lines, an _Oversized for each line over `max_bytes`.

    The rest of an oversized line is skipped, not kept, so the records after it are read; a line
    with no end within SKIPPED_LINE_LIMIT_FACTOR times the limit ends the file (a decompression
    bomb would otherwise be decompressed whole).
    """
    while line := stream.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            found_end = _skip_rest_of_line(stream, SKIPPED_LINE_LIMIT_FACTOR * max_bytes)
            yield _Oversized(ended_file=not found_end)
            if not found_end:
                return
            continue
        if not line.endswith(b"\n"):
            stream.read(1)  # the end of the stream, or its error: a line cut off by truncation is no record
        yield line


def iter_jsonl_documents(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Document]:
    """One Document per non-blank line of a JSON Lines stream, read lazily line by line.

    A line over `max_bytes` becomes an error Document and reading goes on after it (unless the line
    has no end in sight: see _bounded_lines). Errors of the stream itself (truncation) propagate to
    the caller, after every record complete before them was yielded.
    """
    names = SourceNames(source)
    for line_number, raw_line in enumerate(_bounded_lines(stream, max_bytes), start=1):
        if isinstance(raw_line, _Oversized):
            ending = (f", and no line end within {SKIPPED_LINE_LIMIT_FACTOR * max_bytes} bytes: reading of the "
                      "file stopped there" if raw_line.ended_file else "")
            yield Document(source=names.name(None, f"L{line_number}"),
                           error=f"line {line_number} is over the size limit of {max_bytes} bytes{ending}; "
                                 "raise --max-bytes to read it")
            continue
        if line_number == 1:
            raw_line = raw_line.removeprefix(b"\xef\xbb\xbf")
        if not raw_line.strip():
            continue
        position = f"L{line_number}"
        try:
            line = raw_line.decode("utf-8")
        except UnicodeDecodeError:
            try:
                line = decode_bytes(raw_line).text
            except BinaryContent as exc:
                yield Document(source=names.name(None, position), error=f"line {line_number}: {exc}")
                continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Document(source=names.name(None, position),
                           error=f"line {line_number}: malformed JSON ({_json_error(exc, line)})")
            continue
        yield record_document(record, names, position, f"line {line_number}")


def _json_error(exc: json.JSONDecodeError, line: str) -> str:
    """The decoder's message with its column, and whether the line ends before the record does."""
    where = f"{exc.msg} column {exc.colno}" if exc.msg.endswith(" at") else f"{exc.msg} at column {exc.colno}"
    cut_off = exc.pos >= len(line.rstrip()) or exc.msg.startswith("Unterminated string")
    return f"{where}; the line ends before the record does" if cut_off else where


def iter_json_documents(data: bytes, source: str) -> Iterator[Document]:
    """A `.json` file: one record object, or an array of them (`file.json#R3` for item 3, from 1)."""
    names = SourceNames(source)
    try:
        value = json.loads(decode_bytes(data).text)
    except json.JSONDecodeError as exc:
        yield Document(source=source, error=f"malformed JSON ({exc.msg.removesuffix(' at')} at line {exc.lineno} column {exc.colno})")
        return
    if isinstance(value, list):
        for index, record in enumerate(value, start=1):
            yield record_document(record, names, f"R{index}", f"item {index}")
    elif isinstance(value, dict) and not any(key in value for key in TEXT_FIELDS + HTML_FIELDS):
        yield Document(source=source, error="JSON object has no 'text' or 'html' field")
    else:
        document = record_document(value, names, "R1", "record")
        yield document.model_copy(update={"source": source})


def record_document(record: object, names: SourceNames, position: str, where: str) -> Document:
    """The Document for one decoded JSON record; `where` names it in error messages."""
    if not isinstance(record, dict):
        return Document(source=names.name(None, position),
                        error=f"{where}: expected a JSON object, got {type(record).__name__}")
    record_id = _first_scalar(record, ID_FIELDS)
    source = names.name(record_id, position)
    meta = dict(
        doc_id=record_id,
        url=_first_scalar(record, URL_FIELDS),
        title=_first_scalar(record, TITLE_FIELDS),
        published=normalise_published(_first_present(record, PUBLISHED_FIELDS)),
    )
    text_field, text = _first_field(record, TEXT_FIELDS)
    html_field, html = _first_field(record, HTML_FIELDS)
    if text is None and html is None:
        present = text_field or html_field
        if present is not None:
            return Document(source=source, error=f"{where}: field '{present}' is not a string", **meta)
        return Document(source=source, error=f"{where}: record has no 'text' or 'html' field", **meta)
    # Prefer the dump's own article text; HTML goes through the cleaner's boilerplate removal.
    if text is not None and text.strip():
        kind = "html" if looks_like_html(text) else "text"
        return Document(source=source, kind=kind, content=text, **meta)
    if html is not None:
        return Document(source=source, kind="html", content=html, **meta)
    return Document(source=source, kind="text", content=text, **meta)


def _first_field(record: dict, names: tuple[str, ...]) -> tuple[str | None, str | None]:
    """(field name, string value) of the first field present; value None when it is not a string."""
    for name in names:
        if name in record and record[name] is not None:
            value = record[name]
            return name, value if isinstance(value, str) else None
    return None, None


def _first_present(record: dict, names: tuple[str, ...]) -> object:
    for name in names:
        if record.get(name) not in (None, ""):
            return record[name]
    return None


def _first_scalar(record: dict, names: tuple[str, ...]) -> str | None:
    """The first of `names` holding a string or number, as a one-line string."""
    value = _first_present(record, names)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    text = " ".join(str(value).split())
    return text or None
