"""Ingest of WARC archives: HTML response records become Documents, everything else an error record."""
from __future__ import annotations

import pytest

from pipeline.ingest import read_inputs
from support.ingest import ARTICLES, binary_bytes, gzip_bytes, html_page, read_one_file, warc_responses, write_warc

HARBOUR = ARTICLES["harbour"]




@pytest.mark.parametrize("name, compress", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_html_responses_become_documents(tmp_path, name, compress):
    write_warc(tmp_path / name, warc_responses(), compress=compress)
    documents = list(read_inputs([tmp_path / name]))
    assert [d.source for d in documents] == [f"{name}#urn:uuid:00000000-0000-0000-0000-000000000001",
                                             f"{name}#urn:uuid:00000000-0000-0000-0000-000000000004"]
    harbour, cafe = documents
    assert harbour.kind == "html" and harbour.content == html_page("Harbour", HARBOUR)
    assert harbour.url == "https://news.example/harbour"
    assert harbour.captured == "2017-05-03T10:00:00+00:00"  # WARC-Date
    assert harbour.published == "2017-05-02T08:00:00+00:00"  # Last-Modified, before the capture
    assert cafe.published is None  # Last-Modified postdates the capture; the capture is no publication date
    assert "Le café a ouvert à Paris." in cafe.content
    assert harbour.doc_id == "urn:uuid:00000000-0000-0000-0000-000000000001"


def test_warc_payload_over_the_limit_once_decoded_is_an_error_for_that_record(tmp_path):
    """A gzip Content-Encoding payload is small in the archive but is capped at its decoded size."""
    responses = warc_responses()
    responses[0]["body"] = gzip_bytes(html_page("Long", HARBOUR * 400).encode())
    responses[0]["headers"] = [("Content-Encoding", "gzip")]
    write_warc(tmp_path / "c.warc", responses, compress=False)
    archive_size = (tmp_path / "c.warc").stat().st_size
    documents = list(read_inputs([tmp_path / "c.warc"], max_bytes=archive_size + 1000))
    assert "size limit" in documents[0].error
    assert documents[1].error is None and "café" in documents[1].content


WARC_FAILURES = [
    ("garbage.warc", b"this is not a web archive\n" * 50, "WARC parse error"),
    ("image.warc.gz", gzip_bytes(binary_bytes()), "WARC parse error"),
]


@pytest.mark.parametrize("name, data, reason", WARC_FAILURES, ids=[case[0] for case in WARC_FAILURES])
def test_unparseable_warc_yields_one_error(tmp_path, name, data, reason):
    documents = read_one_file(tmp_path, name, data)
    assert [d.source for d in documents] == [name]
    assert reason in documents[0].error and "\n" not in documents[0].error


def test_truncated_warc_gz_keeps_records_before_the_cut(tmp_path):
    responses = [{"url": f"https://news.example/{n}", "record_id": f"00000000-0000-0000-0000-{n:012d}",
                  "body": html_page(f"Story {n}", f"{ARTICLES['drought']} Story {n}.").encode()} for n in range(30)]
    write_warc(tmp_path / "full.warc.gz", responses)
    data = (tmp_path / "full.warc.gz").read_bytes()
    *kept, last = read_one_file(tmp_path, "cut.warc.gz", data[: len(data) * 2 // 3])
    assert 0 < len(kept) < 30 and all(d.error is None for d in kept)
    assert last.source == "cut.warc.gz" and "truncated gzip stream" in last.error
