"""Memory flat in the number of claims: the streaming formats' peak allocation over a run ten
times larger stays about the same (tracemalloc, batch sizes made small so that a batch is a
small part of either run). The graph formats hold their graph by design and are not here."""
from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from pipeline.export import columnar, export, rdf, sqlite

STREAMING = ["csv", "parquet", "sqlite", "neo4j", "turtle", "jsonld"]
TARGETS = {"csv": "csv", "parquet": "parquet", "sqlite": "x.db", "neo4j": "neo4j", "turtle": "x.ttl",
           "jsonld": "x.jsonld"}


def synthetic_run(folder: Path, claims: int) -> Path:
    folder.mkdir(parents=True)
    sentence = "Entity {0} partnered with entity {1} on a long programme, officials said. " * 3
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as fh:
        for a in range(claims // 10):
            fh.write(json.dumps({"article_id": f"a_{a}", "source": f"{a}.txt", "status": "kept",
                                 "text": sentence.format(a, a + 1) * 10}) + "\n")
    with (folder / "entities.jsonl").open("w", encoding="utf-8") as fh:
        for e in range(claims // 5):
            fh.write(json.dumps({"entity_id": f"e_{e}", "name": f"Entity {e}", "type": "ORG",
                                 "aliases": [f"Entity {e}", f"E{e}"], "mentions": 3}) + "\n")
    with (folder / "claims.jsonl").open("w", encoding="utf-8") as fh:
        for c in range(claims):
            s, o = c % (claims // 5), (c + 1) % (claims // 5)
            text = sentence.format(s, o)
            fh.write(json.dumps({
                "claim_id": f"c_{c}", "subject": {"entity_id": f"e_{s}", "name": f"Entity {s}"},
                "predicate": "partnered_with", "object": {"entity_id": f"e_{o}", "name": f"Entity {o}"},
                "confidence": 0.7, "support": 2, "qualifiers": {"date": "2020"},
                "evidence": [{"article_id": f"a_{(c + i) % (claims // 10)}", "sentence": text, "start": 0,
                              "end": len(text), "subject_span": [7, 9], "object_span": [30, 33]}
                             for i in range(2)]}) + "\n")
    return folder


def peak_bytes(run: Path, fmt: str, target: Path) -> int:
    tracemalloc.start()
    try:
        export(run, fmt, target)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.fixture(scope="module")
def small_and_large(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("streaming")
    return synthetic_run(root / "small", 60), synthetic_run(root / "large", 600)


@pytest.mark.parametrize("fmt", STREAMING)
def test_peak_memory_does_not_grow_with_the_claims(fmt, small_and_large, tmp_path, monkeypatch):
    monkeypatch.setattr(columnar, "ROW_GROUP", 5)
    monkeypatch.setattr(sqlite, "BATCH", 5)
    monkeypatch.setattr(rdf, "CHUNK", 5)
    small, large = small_and_large
    # imports and bounded caches (pydantic's JSON string cache fills with ids) out of the measurement
    export(large, fmt, tmp_path / "warm" / TARGETS[fmt])
    small_peak = peak_bytes(small, fmt, tmp_path / "s" / TARGETS[fmt])
    large_peak = peak_bytes(large, fmt, tmp_path / "l" / TARGETS[fmt])
    assert large_peak < 1.25 * small_peak + 64 * 1024, (small_peak, large_peak)
