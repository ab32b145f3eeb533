"""Byte streams for ingest: transparent decompression and a hard cap on bytes read.

Every input is read through `CappedReader`, so the size limit holds for what is *decompressed*,
not just for what is on disk: a gzip bomb stops at the limit instead of exhausting memory.
"""
from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zlib
from typing import BinaryIO

# Magic numbers decide the compression, not the file name: a `.gz` that is really plain text
# is read as plain text, and a gzip stream without the suffix is still decompressed.
COMPRESSION_MAGIC = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
)
COMPRESSED_SUFFIXES = {".gz": "gzip", ".gzip": "gzip", ".bz2": "bzip2", ".xz": "xz"}

# What a damaged compressed stream raises while it is read (truncation is an EOFError).
DECOMPRESSION_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error, lzma.LZMAError, OSError)


class InputTooLarge(Exception):
    """More bytes were available than the size limit allows."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"over the size limit of {limit} bytes")
        self.limit = limit


class CappedReader(io.RawIOBase):
    """A raw stream that delivers at most `limit` bytes of `stream` and raises past them.

    Every byte up to the limit is delivered before InputTooLarge is raised, so a line reader
    stacked on top still gets each record that ended before the limit.
    """

    def __init__(self, stream: BinaryIO, limit: int) -> None:
        super().__init__()
        self._stream = stream
        self._limit: int | None = limit
        self._over_limit = False
        self._held_back = b""
        self.bytes_read = 0
        self.stream_error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def lift_limit(self) -> None:
        """Read on without a total cap: containers cap each record instead."""
        self._limit = None

    def check(self) -> None:
        """Raise the decompression error that ended the stream early, if one did."""
        if self.stream_error is not None:
            raise self.stream_error

    def _read(self, size: int) -> bytes:
        """At most `size` bytes, as few reads of the source as possible.

        A damaged compressed stream raises on the read after its last good bytes; a buffered
        reader that gathers several reads into one answer would drop those bytes with the error
        (a small truncated .warc.gz lost every complete record). So the error is held back once:
        that read returns what came before it and then reads as the end; the next read raises,
        and so does `check()`.
        """
        self.check()
        read1 = getattr(self._stream, "read1", None)
        try:
            return read1(size) if read1 is not None else self._stream.read(size)
        except DECOMPRESSION_ERRORS as exc:
            self.stream_error = exc
            return b""

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._limit is None:
            data = self._held_back or self._read(len(buffer))
            self._held_back = b""
            buffer[:len(data)] = data
            self.bytes_read += len(data)
            return len(data)
        if self._over_limit:
            raise InputTooLarge(self._limit)
        room = self._limit - self.bytes_read
        # One byte more than the room tells "exactly at the limit" from "over it".
        data = self._read(min(len(buffer), room + 1))
        if len(data) > room:
            self._over_limit = True
            self._held_back = data[room:]  # delivered after all if the limit is lifted
            if room == 0:
                raise InputTooLarge(self._limit)
            data = data[:room]
        n = len(data)
        buffer[:n] = data
        self.bytes_read += n
        return n


def sniff_compression(stream: io.BufferedReader) -> str | None:
    """The compression of `stream` from its first bytes, without consuming them."""
    head = stream.peek(8)[:8]
    for magic, name in COMPRESSION_MAGIC:
        if head.startswith(magic):
            return name
    return None


def decompressing(stream: io.BufferedReader, compression: str | None) -> BinaryIO:
    """`stream` decompressed on the fly (multi-member gzip included), or as is."""
    if compression == "gzip":
        return gzip.GzipFile(fileobj=stream, mode="rb")
    if compression == "bzip2":
        return bz2.BZ2File(stream, mode="rb")
    if compression == "xz":
        return lzma.LZMAFile(stream, mode="rb")
    return stream


def capped_stream(stream: BinaryIO, limit: int) -> tuple[io.BufferedReader, CappedReader]:
    """A buffered (peekable, line-iterable) view of `stream` that raises InputTooLarge past `limit`,
    and the cap itself, which a container lifts once it caps each record instead."""
    cap = CappedReader(stream, limit)
    return io.BufferedReader(cap), cap


def strip_compressed_suffix(name: str) -> str:
    """`dump.jsonl.gz` -> `dump.jsonl`: the inner name tells the format of the decompressed bytes."""
    lowered = name.lower()
    for suffix in COMPRESSED_SUFFIXES:
        if lowered.endswith(suffix):
            return name[: -len(suffix)]
    return name


def describe_read_error(exc: BaseException, compression: str | None) -> str:
    """One line saying why a stream could not be read to its end."""
    if isinstance(exc, InputTooLarge):
        what = "decompressed stream" if compression else "file"
        return f"{what} is {exc}; raise --max-bytes to read it"
    if compression and isinstance(exc, EOFError):
        return f"truncated {compression} stream: {exc}"
    if compression:
        return f"corrupt {compression} stream: {exc}"
    return f"read error: {getattr(exc, 'strerror', None) or exc}"
