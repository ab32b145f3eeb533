"""End to end: `newsclaims run` applies OUT/review.jsonl (or --review FILE) and reports what it did."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main
from support import CORPUS


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def first_run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("review-run")
    assert main(["run", str(CORPUS), "--out", str(out)]) == 0
    return out


def decisions_for(out: Path) -> list[dict]:
    claims = read_jsonl(out / "claims.jsonl")
    entities = sorted(read_jsonl(out / "entities.jsonl"), key=lambda e: -e["mentions"])
    return [
        {"decision": "reject", "claim_id": claims[0]["claim_id"], "reviewer": "ana"},
        {"decision": "accept", "claim_id": claims[1]["claim_id"], "reviewer": "ana"},
        "this line is not JSON",
        {"decision": "merge", "entity_ids": [entities[0]["entity_id"], entities[1]["entity_id"]]},
        {"decision": "accept", "claim_id": "c_0000000000000000"},
    ]


def write_decisions(path: Path, decisions: list) -> None:
    path.write_text("".join((d if isinstance(d, str) else json.dumps(d)) + "\n" for d in decisions))


def test_a_run_into_the_folder_applies_its_decisions_and_reports(first_run, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(first_run, out)
    decisions = decisions_for(first_run)
    write_decisions(out / "review.jsonl", decisions)
    assert main(["run", str(CORPUS), "--out", str(out)]) == 0
    claims = {c["claim_id"]: c for c in read_jsonl(out / "claims.jsonl")}
    assert decisions[0]["claim_id"] not in claims
    accepted = [c for c in claims.values() if c.get("review") == "accepted"]
    assert len(accepted) == 1 and accepted[0]["reviewed_by"] == "ana"
    entity_ids = {e["entity_id"] for e in read_jsonl(out / "entities.jsonl")}
    merged = decisions[3]["entity_ids"]
    assert merged[0] in entity_ids and merged[1] not in entity_ids
    report = json.loads((out / "run.json").read_text())["review"]
    assert report["claims_rejected"] == 1
    assert [m["line"] for m in report["malformed"]] == [3]
    assert [s["line"] for s in report["stale"]] == [5]

    before = {name: (out / name).read_bytes() for name in ("claims.jsonl", "entities.jsonl", "articles.jsonl")}
    assert main(["run", str(CORPUS), "--out", str(out)]) == 0
    assert before == {name: (out / name).read_bytes() for name in before}, "same decisions, different bytes"


def test_review_option_applies_another_file(first_run, tmp_path):
    out = tmp_path / "other"
    decisions = tmp_path / "decisions.jsonl"
    write_decisions(decisions, decisions_for(first_run)[:1])
    assert main(["run", str(CORPUS), "--out", str(out), "--review", str(decisions)]) == 0
    assert decisions_for(first_run)[0]["claim_id"] not in {c["claim_id"] for c in read_jsonl(out / "claims.jsonl")}
    assert json.loads((out / "run.json").read_text())["review"]["file"] == str(decisions)


def test_a_missing_review_file_is_a_usage_error(tmp_path):
    assert main(["run", str(CORPUS), "--out", str(tmp_path), "--review", str(tmp_path / "nope")]) == 2


def test_without_decisions_claims_carry_no_review_fields(first_run):
    assert all("review" not in c and "reviewed_by" not in c for c in read_jsonl(first_run / "claims.jsonl"))
