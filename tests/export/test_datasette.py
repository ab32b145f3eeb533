"""The SQLite export served by Datasette on loopback: its JSON API lists one entity's claims,
and full-text search finds a claim by a word of its evidence sentence. The server is started
on a free port, polled for at most a minute, and always stopped."""
from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from pipeline.export import export
from support.export import read_jsonl

STARTUP_SECONDS = 60


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def datasette(db: Path) -> Iterator[str]:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(db), "--host", "127.0.0.1",
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if server.poll() is not None:
                pytest.fail(f"datasette exited: {server.stderr.read().decode(errors='replace')[-1000:]}")
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"datasette did not answer within {STARTUP_SECONDS} s")
                time.sleep(0.25)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
        server.stderr.close()


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read().decode("utf-8"))


def test_datasette_serves_claims_and_full_text_search(corpus_run, tmp_path):
    db = tmp_path / "newsclaims.db"
    export(corpus_run, "sqlite", db)
    claims = read_jsonl(corpus_run / "claims.jsonl")
    subject = max((c["subject"]["entity_id"] for c in claims), key=lambda e: sum(
        c["subject"]["entity_id"] == e for c in claims))
    expected = sorted(c["claim_id"] for c in claims if c["subject"]["entity_id"] == subject)
    probe = next(c for c in claims if c["predicate"] != "said")
    # a word of the evidence sentence that is not a search-syntax keyword
    word = max(re.findall(r"[A-Za-z]{5,}", probe["evidence"][0]["sentence"]), key=len)
    with datasette(db) as base:
        rows = get_json(f"{base}/newsclaims/claims.json?_shape=array&_size=max&subject_id="
                        + urllib.parse.quote(subject))
        assert sorted(row["claim_id"] for row in rows) == expected
        assert all(row["subject_name"] for row in rows)
        found = get_json(f"{base}/newsclaims/evidence.json?_shape=array&_size=max&_search="
                         + urllib.parse.quote(word))
        assert probe["claim_id"] in {row["claim_id"] for row in found}
        assert all(word.lower() in row["sentence"].lower() for row in found)
        article = get_json(f"{base}/newsclaims/articles.json?_shape=array&_search=" + urllib.parse.quote(word))
        assert probe["evidence"][0]["article_id"] in {row["article_id"] for row in article}
