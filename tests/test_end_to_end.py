"""End to end: the CLI over corpus/, scored by the shared acceptance check, and determinism."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from support import CORPUS, SHARED
from pipeline.cli import main

OUTPUT_FILES = ("articles.jsonl", "entities.jsonl", "claims.jsonl")
# Every check of the shared acceptance file passes; any drop is a regression.
SEEDS_FLOOR = 56


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus-run")
    assert main(["run", str(CORPUS), "--out", str(out)]) == 0
    return out


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_writes_every_contract_file(corpus_run):
    for name in OUTPUT_FILES + ("run.json",):
        assert (corpus_run / name).is_file(), name
    run_info = json.loads((corpus_run / "run.json").read_text())
    assert {"counts", "seconds", "options", "versions"} <= set(run_info)
    assert not list(corpus_run.glob(".*.tmp")), "a temporary file was left behind"


def test_records_have_contract_fields(corpus_run):
    articles = read_jsonl(corpus_run / "articles.jsonl")
    assert articles and all(
        set(a) >= {"article_id", "source", "status", "duplicate_of", "title", "published", "url", "text", "error"}
        for a in articles)
    entities = read_jsonl(corpus_run / "entities.jsonl")
    assert entities and all(set(e) >= {"entity_id", "name", "type", "aliases", "mentions"} for e in entities)
    kept = {a["article_id"]: a["text"] for a in articles if a["status"] == "kept"}
    for claim in read_jsonl(corpus_run / "claims.jsonl"):
        assert claim["support"] == len({ev["article_id"] for ev in claim["evidence"]})
        for ev in claim["evidence"]:
            text = kept[ev["article_id"]]
            assert text[ev["start"]:ev["end"]] == ev["sentence"]
            for span in (ev["subject_span"], ev["object_span"]):
                if span is not None:
                    assert ev["start"] <= span[0] < span[1] <= len(text)


def test_seed_checks_reach_the_floor(corpus_run):
    checker = SHARED / "tools" / "check_seeds.py"
    result = subprocess.run([sys.executable, str(checker), str(corpus_run)], capture_output=True, text=True)
    passed, total = map(int, re.search(r"seeds: (\d+)/(\d+)", result.stdout).groups())
    assert passed >= SEEDS_FLOOR, result.stdout


def test_same_input_gives_byte_identical_output(corpus_run, tmp_path):
    assert main(["run", str(CORPUS), "--out", str(tmp_path)]) == 0
    for name in OUTPUT_FILES:
        assert (tmp_path / name).read_bytes() == (corpus_run / name).read_bytes(), name


def test_run_output_is_ordered_for_reading(corpus_run):
    entities = [json.loads(line) for line in (corpus_run / "entities.jsonl").open(encoding="utf-8")]
    names = [e["name"].casefold() for e in entities]
    assert names == sorted(names)
    claims = [json.loads(line) for line in (corpus_run / "claims.jsonl").open(encoding="utf-8")]
    keys = [(c["subject"]["name"].casefold(), c["subject"]["entity_id"], c["predicate"]) for c in claims]
    assert keys == sorted(keys)
    sentences = [e["sentence"] for c in claims for e in c["evidence"]]
    assert sentences and not any(s != s.strip() for s in sentences)
