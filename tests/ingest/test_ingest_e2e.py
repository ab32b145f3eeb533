"""End to end: a folder of good and bad inputs through `python3 -m pipeline run`.

The run must succeed, keep every good article and record every bad input as an `error` or
`empty` article with a one-line reason, instead of crashing or silently dropping it.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from support import REPO
from support.ingest import (
    ARTICLES,
    binary_bytes,
    gzip_bomb,
    gzip_bytes,
    html_page,
    jsonl_bytes,
    write_warc,
)

MAX_BYTES = 20_000
# English (a French text is `skipped` with the English model) with the accents Latin-1 must carry.
LATIN1_ARTICLE = (
    "The mayor of Montréal, Frédéric Bélanger, opened the new district library on Thursday.\n\n"
    "According to the publisher Éditions Côté, the building will hold more than one hundred thousand "
    "books by next summer. The works cost twelve million dollars."
)

GOOD = {  # source -> what makes it good
    "good/harbour.txt": "plain text",
    "good/vaccine.html": "html page",
    "good/rail.txt.gz": "gzip text",
    "good/latin1.txt": "Latin-1 text",
    "dump.jsonl#d1": "jsonl record",
    "dump.jsonl#d2": "jsonl html record",
    "crawl.warc.gz#urn:uuid:00000000-0000-0000-0000-0000000000aa": "warc response",
}
BAD = {  # source -> (status, words in the reason)
    "bad/binary.txt": ("error", "binary"),
    "bad/empty.txt": ("empty", ""),
    "bad/truncated.txt.gz": ("error", "truncated gzip"),
    "bad/big.txt": ("error", "size limit"),
    "bad/bomb.txt.gz": ("error", "size limit"),
    "bad/broken.warc": ("error", "WARC parse error"),
    "bad/scripts_only.html": ("empty", ""),
    "dump.jsonl#L3": ("error", "malformed JSON"),
    "dump.jsonl#d4": ("error", "no 'text' or 'html'"),
}


def build_inputs(root: Path) -> None:
    for folder in ("good", "bad"):
        (root / folder).mkdir(parents=True)
    (root / "good/harbour.txt").write_text(ARTICLES["harbour"])
    (root / "good/vaccine.html").write_text(html_page("Malaria vaccine trial", ARTICLES["vaccine"]))
    (root / "good/rail.txt.gz").write_bytes(gzip_bytes(ARTICLES["rail"].encode()))
    (root / "good/latin1.txt").write_bytes(LATIN1_ARTICLE.encode("latin-1"))
    (root / "dump.jsonl").write_bytes(
        jsonl_bytes([{"id": "d1", "text": ARTICLES["drought"], "published": "March 2, 2018"},
                     {"id": "d2", "html": html_page("Museum", ARTICLES["museum"])}])
        + b'{"id": "d3", "text": "cut off\n'
        + jsonl_bytes([{"id": "d4", "title": "a record without a body"}]))
    write_warc(root / "crawl.warc.gz", [
        {"url": "https://news.example/telescope", "record_id": "00000000-0000-0000-0000-0000000000aa",
         "body": html_page("Water vapour", ARTICLES["telescope"]).encode()},
        {"url": "https://news.example/logo.png", "record_id": "00000000-0000-0000-0000-0000000000bb",
         "body": binary_bytes(), "content_type": "image/png"},
    ])
    (root / "bad/binary.txt").write_bytes(binary_bytes())
    (root / "bad/empty.txt").write_bytes(b"")
    (root / "bad/truncated.txt.gz").write_bytes(gzip_bytes(ARTICLES["harbour"].encode() * 30)[:150])
    (root / "bad/big.txt").write_text("A very long wire story. " * (MAX_BYTES // 20))
    (root / "bad/bomb.txt.gz").write_bytes(gzip_bomb(8 << 20))
    (root / "bad/broken.warc").write_bytes(b"<html>this is a page saved under the wrong name</html>\n")
    (root / "bad/scripts_only.html").write_text(
        "<html><head><script>var tracker = 1;</script></head><body><script>render()</script></body></html>")


def run_pipeline(inputs: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "run", str(inputs), "--out", str(out),
                           "--max-bytes", str(MAX_BYTES)],
                          cwd=REPO, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(REPO)})


def articles_by_source(out: Path) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for line in (out / "articles.jsonl").read_text().splitlines():
        article = json.loads(line)
        found.setdefault(article["source"], []).append(article)
    return found


def articles_of(found: dict[str, list[dict]], source: str) -> list[dict]:
    """The articles from one input; clean may split a page into stories named `source` plus a suffix."""
    return [a for name, articles in found.items() if name == source or name.startswith(source + "#")
            for a in articles]


def test_bad_inputs_are_recorded_and_good_ones_kept(tmp_path):
    build_inputs(tmp_path / "in")
    result = run_pipeline(tmp_path / "in", tmp_path / "out")
    assert result.returncode == 0, result.stderr[-2000:]
    found = articles_by_source(tmp_path / "out")

    for source, what in GOOD.items():
        statuses = [a["status"] for a in articles_of(found, source)]
        assert "kept" in statuses, f"{what} {source} not kept: {statuses}"

    for source, (status, reason) in BAD.items():
        articles = found.get(source)
        assert articles, f"{source} missing from articles.jsonl"
        for article in articles:
            assert article["status"] == status, (source, article)
            assert article["error"] and reason in article["error"] and "\n" not in article["error"], (source, article)
            assert article["text"] is None

    latin1 = articles_of(found, "good/latin1.txt")[0]
    assert "Montréal" in latin1["text"] and "Bélanger" in latin1["text"]
    assert articles_of(found, "dump.jsonl#d1")[0]["published"] == "2018-03-02"
    telescope = articles_of(found, "crawl.warc.gz#urn:uuid:00000000-0000-0000-0000-0000000000aa")[0]
    assert telescope["url"] == "https://news.example/telescope"
    assert not any("0000000000bb" in source for source in found)  # the image record is not an article

    expected = set(GOOD) | set(BAD)
    unexpected = [s for s in found if not any(s == e or s.startswith(e + "#") for e in expected)]
    assert unexpected == []
