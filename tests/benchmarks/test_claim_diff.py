"""benchmarks/claim_diff.py: what a reader judges differs, ids alone do not."""
from __future__ import annotations

import json

from benchmarks.claim_diff import read_claims


def _claim(entity_id: str, modality: str) -> dict:
    return {"subject": {"entity_id": entity_id, "name": "Jane Roe"}, "predicate": "affiliated_with",
            "object": {"entity_id": "e_2", "name": "Acme"}, "value": None, "qualifiers": {"role": "CEO"},
            "modality": modality, "attributed_to": None,
            "evidence": [{"sentence": "Jane Roe, the CEO of Acme, said so."}]}


def _run(folder, *claims):
    folder.mkdir()
    (folder / "claims.jsonl").write_text("".join(json.dumps(c) + "\n" for c in claims), encoding="utf-8")
    return read_claims(folder)


def test_a_new_entity_id_is_the_same_claim_and_a_new_modality_is_not(tmp_path):
    before = _run(tmp_path / "before", _claim("e_1", "asserted"))
    same = _run(tmp_path / "same", _claim("e_9", "asserted"))
    hedged = _run(tmp_path / "hedged", _claim("e_1", "hedged"))
    assert set(before) == set(same)
    assert set(before) != set(hedged)
    assert list(before.values()) == ["Jane Roe, the CEO of Acme, said so."]
