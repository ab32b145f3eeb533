"""WARC archives -> one Document per HTML response record, read a record at a time with warcio.

The caller hands over the archive already decompressed (and size-capped), so a `.warc.gz` whose
gzip members are not one per record, as the WARC spec wants, is still read.
"""
from __future__ import annotations

from typing import BinaryIO, Iterator

from models import Document
from pipeline.ingest.dates import format_date, is_plausible_publication, parse_datetime
from pipeline.ingest.decode import BinaryContent, charset_from_content_type, decode_bytes, looks_like_html
from pipeline.ingest.records import SourceNames
from pipeline.ingest.streams import DECOMPRESSION_ERRORS, InputTooLarge

HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")


class MalformedArchive(Exception):
    """The archive stopped parsing; records before the failure were yielded."""


def iter_warc_documents(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Document]:
    """One Document per successful (2xx) HTML response record, in archive order.

    Other records (requests, metadata, images, redirects) are skipped. A payload over
    `max_bytes` after content decoding gives an error Document for that record only.
    Raises MalformedArchive when warcio cannot parse on; stream errors propagate unchanged.
    """
    # warcio (and the fsspec and asyncio it imports) loads with the first WARC input, not with every run
    from warcio.archiveiterator import ArchiveIterator

    names = SourceNames(source)
    read = 0
    try:
        archive = ArchiveIterator(stream)
        for position, record in enumerate(archive, start=1):
            document = _response_document(record, names, f"R{position}", max_bytes)
            archive.read_to_end(record)
            missing = _missing_bytes(record)
            if missing:
                raise MalformedArchive(f"WARC record {position} is cut off {missing} bytes before its end "
                                       f"(truncated archive; stopped after {read} records)")
            read = position
            if document is not None:
                yield document
    except (InputTooLarge, MalformedArchive, *DECOMPRESSION_ERRORS):
        raise
    except Exception as exc:  # warcio signals malformed input with many types (ValueError, its own, ...)
        detail = " ".join(str(exc).split()) or type(exc).__name__
        raise MalformedArchive(f"WARC parse error after {read} records: {detail}") from exc


def _missing_bytes(record) -> int:
    """Bytes of the record's Content-Length that the archive did not hold: an archive cut off in
    the middle of a record still parses, and warcio hands the partial record over as whole."""
    from warcio.limitreader import LimitReader

    body = record.raw_stream
    return body.limit if isinstance(body, LimitReader) else 0


def _response_document(record, names: SourceNames, position: str, max_bytes: int) -> Document | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    http = record.http_headers
    if not (http.get_statuscode() or "").startswith("2"):
        return None
    content_type = (http.get_header("Content-Type") or "").lower()
    if content_type and not content_type.startswith(HTML_CONTENT_TYPES):
        return None
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<> ") or None
    source = names.name(record_id, position)
    # The capture date bounds the publication date but is not it: the page's own date (found by
    # clean) is `published`, and HTTP Last-Modified only counts when the page states none.
    captured = parse_datetime(record.rec_headers.get_header("WARC-Date"))
    meta = dict(doc_id=record_id, url=record.rec_headers.get_header("WARC-Target-URI"),
                captured=format_date(captured),
                published=_last_modified(http.get_header("Last-Modified"), captured))
    # content_stream() undoes chunking and Content-Encoding, so a compressed payload is capped decompressed.
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return Document(source=source, error=f"WARC record payload over the size limit of {max_bytes} bytes", **meta)
    try:
        text = decode_bytes(payload, declared=charset_from_content_type(content_type)).text
    except BinaryContent as exc:
        return Document(source=source, error=f"WARC record: {exc}", **meta)
    if not content_type and text.strip() and not looks_like_html(text):
        return None
    return Document(source=source, kind="html", content=text, **meta)


def _last_modified(last_modified: str | None, captured) -> str | None:
    """HTTP Last-Modified when it is a plausible publication date (not after the capture), else None."""
    modified = parse_datetime(last_modified)
    return format_date(modified) if modified is not None and is_plausible_publication(modified, captured) else None
