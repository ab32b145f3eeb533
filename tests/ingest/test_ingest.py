"""Ingest: every kind of input -> Documents; every unreadable input -> one error Document."""
from __future__ import annotations

import bz2
import hashlib
import inspect
import io
import json
import lzma
import os
from pathlib import Path

import pytest

from pipeline.ingest import DEFAULT_MAX_BYTES, iter_input_files, read_file, read_inputs, read_stream
from pipeline.ingest.records import iter_jsonl_documents
from support.ingest import (
    ARTICLES,
    binary_bytes,
    gzip_bomb,
    gzip_bytes,
    html_page,
    jsonl_bytes,
    read_one_file,
    warc_responses,
    write_warc,
)

HARBOUR = ARTICLES["harbour"]


# ---------------------------------------------------------------- single documents

GOOD_SINGLE = [
    # (file name, bytes, expected kind, expected content)
    ("a.txt", HARBOUR.encode(), "text", HARBOUR),
    ("a.html", html_page("T", HARBOUR).encode(), "html", html_page("T", HARBOUR)),
    ("a.htm", b"<p>x</p>", "html", "<p>x</p>"),
    ("sniffed.txt", html_page("T", HARBOUR).encode(), "html", html_page("T", HARBOUR)),
    ("no_suffix", b"<html><body><p>Hi</p></body></html>", "html", "<html><body><p>Hi</p></body></html>"),
    ("a.txt.gz", gzip_bytes(HARBOUR.encode()), "text", HARBOUR),
    ("a.html.gz", gzip_bytes(b"<p>gz</p>"), "html", "<p>gz</p>"),
    ("a.txt.bz2", bz2.compress(HARBOUR.encode()), "text", HARBOUR),
    ("a.txt.xz", lzma.compress(HARBOUR.encode()), "text", HARBOUR),
    ("plain_named.gz", HARBOUR.encode(), "text", HARBOUR),  # the name lies; the bytes are not gzip
    ("latin1.txt", "Café au lait à Paris, déjà vu.".encode("latin-1"), "text", "Café au lait à Paris, déjà vu."),
    ("cp1252.txt", "Müller said the €5m deal – signed in Zürich – was “final”.".encode("cp1252"), "text",
     "Müller said the €5m deal – signed in Zürich – was “final”."),
    ("bom.txt", "\ufeffZoë".encode("utf-8"), "text", "Zoë"),
    ("utf16.txt", "\ufeffZoë says hi".encode("utf-16-le"), "text", "Zoë says hi"),
    ("meta.html", '<html><head><meta charset="windows-1251"></head><body>Москва</body></html>'.encode("cp1251"),
     "html", '<html><head><meta charset="windows-1251"></head><body>Москва</body></html>'),
    ("empty.txt", b"", "text", ""),
    ("empty.html", b"", "html", ""),
    ("scripts_only.html", b"<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>",
     "html", "<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>"),
]


@pytest.mark.parametrize("name, data, kind, content", GOOD_SINGLE, ids=[case[0] for case in GOOD_SINGLE])
def test_single_document_is_read_and_decoded(tmp_path, name, data, kind, content):
    [document] = read_one_file(tmp_path, name, data)
    assert document.error is None
    assert (document.source, document.kind, document.content) == (name, kind, content)


BAD_SINGLE = [
    # (file name, bytes, max_bytes, words the one-line error must contain)
    ("image.txt", binary_bytes(), DEFAULT_MAX_BYTES, "binary"),
    ("controls.txt", bytes(range(1, 32)) * 200, DEFAULT_MAX_BYTES, "binary"),
    ("image.txt.gz", gzip_bytes(binary_bytes()), DEFAULT_MAX_BYTES, "binary"),
    ("truncated.txt.gz", gzip_bytes(HARBOUR.encode() * 20)[:200], DEFAULT_MAX_BYTES, "truncated gzip"),
    ("corrupt.txt.gz", b"\x1f\x8b\x08\x00" + b"\xff" * 300, DEFAULT_MAX_BYTES, "gzip"),
    ("big.txt", HARBOUR.encode() * 10, 1000, "size limit of 1000"),
    ("big.txt.gz", gzip_bytes(HARBOUR.encode() * 10), 1000, "size limit of 1000"),
    ("bomb.txt.gz", gzip_bomb(32 << 20), 1 << 20, "size limit"),
    ("bomb.html.gz", gzip_bomb(8 << 20), 1 << 20, "size limit"),
    ("bad.json", b'{"text": "unterminated', DEFAULT_MAX_BYTES, "malformed JSON"),
    ("notext.json", b'{"title": "x"}', DEFAULT_MAX_BYTES, "no 'text' or 'html'"),
]


@pytest.mark.parametrize("name, data, max_bytes, reason", BAD_SINGLE, ids=[case[0] for case in BAD_SINGLE])
def test_unreadable_single_document_yields_one_error(tmp_path, name, data, max_bytes, reason):
    [document] = read_one_file(tmp_path, name, data, max_bytes=max_bytes)
    assert document.content is None
    assert reason in document.error
    assert "\n" not in document.error
    assert document.source == name


def test_size_limit_is_inclusive(tmp_path):
    data = b"x" * 1000
    assert read_one_file(tmp_path, "exact.txt", data, max_bytes=1000)[0].content == "x" * 1000
    assert read_one_file(tmp_path, "exact.txt.gz", gzip_bytes(data), max_bytes=1000)[0].content == "x" * 1000
    assert read_one_file(tmp_path, "over.txt.gz", gzip_bytes(data + b"x"), max_bytes=1000)[0].error


def test_gzip_bomb_stops_at_the_limit_without_reading_on():
    """Only about max_bytes are decompressed: most of the bomb's compressed bytes are never read."""
    bomb = gzip_bomb(128 << 20)
    raw = CountingReader(bomb)
    [document] = read_stream(io.BufferedReader(raw), "bomb.txt.gz", "bomb.txt.gz", max_bytes=1 << 20)
    assert "size limit" in document.error
    assert raw.bytes_read < len(bomb) / 4


def test_missing_file_yields_error(tmp_path):
    [document] = read_inputs([tmp_path / "vanished.txt"])
    assert document.source == "vanished.txt"
    assert document.error.startswith("unreadable file: No such file")


def test_permission_denied_yields_error(tmp_path, monkeypatch):
    """Root ignores file modes, so the denial is simulated at open(); the real chmod case runs as a user."""
    path = tmp_path / "secret.txt"
    path.write_text(HARBOUR)
    real_open = Path.open

    def denying_open(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denying_open)
    [document] = read_inputs([tmp_path])
    assert document.error == "unreadable file: Permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a file whatever its mode")
def test_chmod_000_file_yields_error(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(HARBOUR)
    path.chmod(0)
    try:
        [document] = read_inputs([tmp_path])
    finally:
        path.chmod(0o644)
    assert document.error == "unreadable file: Permission denied"


# ---------------------------------------------------------------- JSON Lines

def test_jsonl_records_become_documents_with_metadata(tmp_path):
    records = [
        {"id": "n-1", "text": HARBOUR, "url": "https://example.org/1", "title": "Harbour",
         "published": "Tue, 03 May 2016 14:00:00 GMT"},
        {"html": html_page("Vaccine", ARTICLES["vaccine"]), "published": "May 4, 2016"},
        {"id": 7, "text": ARTICLES["rail"], "published": "not a date"},
    ]
    documents = read_one_file(tmp_path, "dump.jsonl", jsonl_bytes(records))
    assert [d.source for d in documents] == ["dump.jsonl#n-1", "dump.jsonl#L2", "dump.jsonl#7"]
    assert [d.kind for d in documents] == ["text", "html", "text"]
    assert [d.published for d in documents] == ["2016-05-03T14:00:00+00:00", "2016-05-04", None]
    assert (documents[0].url, documents[0].title, documents[0].doc_id) == ("https://example.org/1", "Harbour", "n-1")
    assert documents[2].doc_id == "7"
    assert documents[0].content == HARBOUR


def test_jsonl_bad_lines_are_errors_and_other_lines_are_read(tmp_path):
    lines = [
        json.dumps({"text": ARTICLES["harbour"]}),
        '{"text": "broken',
        "",
        json.dumps({"title": "no body"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": 42}),
        json.dumps({"text": ARTICLES["rail"]}),
    ]
    documents = read_one_file(tmp_path, "mixed.jsonl", "\n".join(lines).encode() + b"\n")
    by_source = {d.source: d for d in documents}
    assert list(by_source) == [f"mixed.jsonl#L{n}" for n in (1, 2, 4, 5, 6, 7)]
    assert by_source["mixed.jsonl#L1"].content == ARTICLES["harbour"]
    assert by_source["mixed.jsonl#L7"].content == ARTICLES["rail"]
    assert "malformed JSON" in by_source["mixed.jsonl#L2"].error
    assert "no 'text' or 'html'" in by_source["mixed.jsonl#L4"].error
    assert "expected a JSON object" in by_source["mixed.jsonl#L5"].error
    assert "not a string" in by_source["mixed.jsonl#L6"].error


def test_jsonl_sources_stay_unique_with_repeated_or_positional_ids(tmp_path):
    records = [{"id": "a", "text": "one"}, {"id": "a", "text": "two"}, {"id": "L4", "text": "three"},
               {"text": "four"}, {"id": "L4", "text": "five"}]
    sources = [d.source for d in read_one_file(tmp_path, "d.jsonl", jsonl_bytes(records))]
    assert sources == ["d.jsonl#a", "d.jsonl#L2", "d.jsonl#L3", "d.jsonl#L4", "d.jsonl#L5"]


def test_latin1_jsonl_line_is_decoded_not_dropped(tmp_path):
    line = '{"text": "Le café de la gare a fermé."}\n'.encode("latin-1")
    [document] = read_one_file(tmp_path, "legacy.jsonl", line)
    assert document.content == "Le café de la gare a fermé."


def test_truncated_jsonl_gz_keeps_records_before_the_cut(tmp_path):
    records = [{"id": f"r{n}", "text": f"{ARTICLES['museum']} Record {n}."} for n in range(200)]
    compressed = gzip_bytes(jsonl_bytes(records))
    documents = read_one_file(tmp_path, "cut.jsonl.gz", compressed[: len(compressed) // 2])
    *kept, last = documents
    assert 0 < len(kept) < 200
    assert [d.source for d in kept] == [f"cut.jsonl.gz#r{n}" for n in range(len(kept))]
    assert all(d.error is None for d in kept)
    assert last.source == "cut.jsonl.gz" and "truncated gzip stream" in last.error


def test_jsonl_dump_larger_than_the_limit_is_read_whole(tmp_path):
    """The limit caps each record of a container, not the dump: dumps are routinely gigabytes."""
    records = [{"text": f"record {n:03d} " + "x" * 80} for n in range(100)]
    data = jsonl_bytes(records)
    documents = read_one_file(tmp_path, "big.jsonl", data, max_bytes=len(data) // 10)
    assert [d.content[:10] for d in documents] == [f"record {n:03d}"[:10] for n in range(100)]


def test_jsonl_line_over_the_limit_is_an_error_and_reading_goes_on(tmp_path):
    records = [{"text": "short one"}, {"text": "y" * 5000}, {"text": "after it"}]
    documents = read_one_file(tmp_path, "big.jsonl", jsonl_bytes(records), max_bytes=1000)
    assert documents[0].content == "short one"
    assert documents[1].source == "big.jsonl#L2" and "line 2 is over the size limit" in documents[1].error
    assert "stopped" not in documents[1].error
    assert [d.source for d in documents[2:]] == ["big.jsonl#L3"] and documents[2].content == "after it"


def test_jsonl_line_with_no_end_in_sight_ends_the_file(tmp_path):
    data = jsonl_bytes([{"text": "short one"}]) + b'{"text": "' + b"z" * 20_000 + b'"}\n' + jsonl_bytes([{"text": "x"}])
    documents = read_one_file(tmp_path, "huge-line.jsonl", data, max_bytes=1000)
    assert [d.source for d in documents] == ["huge-line.jsonl#L1", "huge-line.jsonl#L2"]
    assert "reading of the file stopped there" in documents[1].error


@pytest.mark.parametrize("line, says", [
    (b'{"text": "cut off here\n', "the line ends before the record does"),
    (b'{"text": "cut off', "the line ends before the record does"),
    (b'{"text": "a" "b"}\n', "Expecting ',' delimiter at column"),
])
def test_jsonl_malformed_line_says_where_and_whether_it_is_cut(tmp_path, line, says):
    [document] = read_one_file(tmp_path, "bad.jsonl", line, max_bytes=1000)
    assert says in document.error and " at at " not in document.error


def test_jsonl_gzip_bomb_stops_at_the_limit_without_reading_on():
    bomb = gzip_bomb(128 << 20)
    raw = CountingReader(bomb)
    [document] = read_stream(io.BufferedReader(raw), "bomb.jsonl.gz", "bomb.jsonl.gz", max_bytes=1 << 20)
    assert "over the size limit" in document.error
    assert raw.bytes_read < len(bomb) / 4


def test_empty_containers_are_reported_empty(tmp_path):
    for name, data in [("empty.jsonl", b""), ("blank.jsonl", b"\n\n  \n"), ("empty.jsonl.gz", gzip_bytes(b""))]:
        [document] = read_one_file(tmp_path, name, data)
        assert (document.source, document.content, document.error) == (name, "", None)


def test_json_array_file(tmp_path):
    data = json.dumps([{"text": "one"}, {"id": "x", "html": "<p>two</p>"}, 3]).encode()
    documents = read_one_file(tmp_path, "list.json", data)
    assert [(d.source, d.content, d.kind) for d in documents[:2]] == [("list.json#R1", "one", "text"),
                                                                      ("list.json#x", "<p>two</p>", "html")]
    assert documents[2].source == "list.json#R3" and "expected a JSON object" in documents[2].error


# ---------------------------------------------------------------- streaming

class CountingReader(io.RawIOBase):
    """A raw stream over bytes (or an endless generator of them) that counts what was read."""

    def __init__(self, data: bytes | None = None, chunks=None) -> None:
        self._data = io.BytesIO(data) if data is not None else None
        self._chunks = chunks
        self._pending = b""
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._data is not None:
            piece = self._data.read(len(buffer))
        else:
            while len(self._pending) < len(buffer):
                self._pending += next(self._chunks)
            piece, self._pending = self._pending[: len(buffer)], self._pending[len(buffer):]
        buffer[: len(piece)] = piece
        self.bytes_read += len(piece)
        return len(piece)


def test_read_inputs_is_a_lazy_generator(tmp_path):
    (tmp_path / "a.txt").write_text(HARBOUR)
    documents = read_inputs([tmp_path])
    assert inspect.isgenerator(documents)


def test_jsonl_is_consumed_lazily(tmp_path):
    """The first Document arrives after reading a sliver of a compressed dump."""
    # Hashes keep the dump from compressing to a few blocks, which would be read at once.
    records = [{"id": n, "text": hashlib.sha256(str(n).encode()).hexdigest() * 4} for n in range(5000)]
    compressed = gzip_bytes(jsonl_bytes(records))
    raw = CountingReader(compressed)
    documents = read_stream(io.BufferedReader(raw), "dump.jsonl.gz", "dump.jsonl.gz")
    first = next(documents)
    assert first.source == "dump.jsonl.gz#0"
    assert raw.bytes_read < len(compressed) / 10
    assert sum(1 for _ in documents) == 4999


def test_endless_jsonl_stream_is_read_record_by_record():
    """An endless dump cannot be loaded whole; records arrive one by one as they are read."""
    def endless_lines():
        n = 0
        while True:
            n += 1
            yield (json.dumps({"id": f"e{n}", "text": "endless"}) + "\n").encode()

    documents = read_stream(io.BufferedReader(CountingReader(chunks=endless_lines())), "live.jsonl", "live.jsonl",
                            max_bytes=1000)
    assert [next(documents).source for _ in range(50)] == [f"live.jsonl#e{n}" for n in range(1, 51)]


def test_jsonl_reader_pulls_lines_on_demand():
    stream = io.BufferedReader(CountingReader(jsonl_bytes([{"text": "x" * 100}] * 1000)), buffer_size=1024)
    documents = iter_jsonl_documents(stream, "d.jsonl", DEFAULT_MAX_BYTES)
    next(documents)
    assert stream.raw.bytes_read <= 2048


# ---------------------------------------------------------------- walking inputs

def test_folders_are_walked_sorted_with_sources_relative_to_the_root(tmp_path):
    for relative in ["b/z.txt", "a.txt", "b/a.txt", "c/d/e.html"]:
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(HARBOUR)
    extra = tmp_path / "b" / "a.txt"
    assert [p.relative_to(tmp_path).as_posix() for p, _ in iter_input_files([tmp_path])] == \
        ["a.txt", "b/a.txt", "b/z.txt", "c/d/e.html"]
    sources = [d.source for d in read_inputs([extra, tmp_path])]
    # b/a.txt, given alone first, is "a.txt"; the folder's own a.txt then takes its path as given
    assert sources == ["a.txt", (tmp_path / "a.txt").as_posix(), "b/z.txt", "c/d/e.html"]


def test_overlapping_inputs_read_each_file_once(tmp_path):
    (tmp_path / "dump").mkdir()
    (tmp_path / "dump" / "a.txt").write_text(HARBOUR)
    (tmp_path / "dump" / "b.txt").write_text(HARBOUR + " Again.")
    files = [path.name for path, _ in iter_input_files([tmp_path / "dump", tmp_path / "dump" / "a.txt"])]
    assert files == ["a.txt", "b.txt"]


def test_the_output_folder_inside_an_input_folder_is_never_read(tmp_path):
    (tmp_path / "dump" / "out" / ".newsclaims").mkdir(parents=True)
    (tmp_path / "dump" / "a.txt").write_text(HARBOUR)
    (tmp_path / "dump" / "out" / "claims.jsonl").write_text('{"text": "not an article"}\n')
    (tmp_path / "dump" / "out" / ".newsclaims" / "state.sqlite").write_bytes(b"SQLite format 3\0")
    dump = tmp_path / "dump"
    assert [p.name for p, _ in iter_input_files([dump], outside=dump / "out")] == ["a.txt"]
    # named through another path to the same folder
    assert [p.name for p, _ in iter_input_files([dump], outside=dump / "." / "out")] == ["a.txt"]
    assert len(list(iter_input_files([dump]))) == 3


def test_reading_twice_gives_identical_documents(tmp_path):
    (tmp_path / "d.jsonl").write_bytes(jsonl_bytes([{"text": t} for t in ARTICLES.values()]))
    write_warc(tmp_path / "w.warc.gz", warc_responses())
    (tmp_path / "x.txt").write_bytes("Déjà".encode("latin-1"))
    first = [d.model_dump() for d in read_inputs([tmp_path])]
    assert first == [d.model_dump() for d in read_inputs([tmp_path])]


def test_read_file_names_documents_after_the_given_source(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(jsonl_bytes([{"text": "a"}]))
    assert [d.source for d in read_file(path, "dumps/x.jsonl")] == ["dumps/x.jsonl#L1"]
