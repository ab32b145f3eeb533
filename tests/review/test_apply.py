"""Decisions applied as a run applies them, on a small hand-built article (support/review.py)."""
from __future__ import annotations

from support.review import TEXT, baseline, run_records, run_with_decisions

ENTITIES, CLAIMS = baseline()
ACME, GLOBEX, PARIS = (ENTITIES[n].entity_id for n in ("Acme Corp", "Globex", "Paris"))
VISIT = CLAIMS[("Acme Corp", "visited", "Paris")]
WORKS = CLAIMS[("Jane Doe", "affiliated_with", "Acme Corp")]


def test_reject_leaves_the_claim_out_and_counts_it():
    _, claims, report = run_with_decisions([{"decision": "reject", "claim_id": VISIT.claim_id}])
    assert ("Acme Corp", "visited", "Paris") not in claims and len(claims) == len(CLAIMS) - 1
    assert report["claims_rejected"] == 1 and report["applied"] == {"reject": 1}


def test_accept_marks_the_claim_and_its_reviewer():
    _, claims, _ = run_with_decisions([{"decision": "accept", "claim_id": VISIT.claim_id, "reviewer": "ana"}])
    claim = claims[("Acme Corp", "visited", "Paris")]
    assert (claim.review, claim.reviewed_by, claim.claim_id) == ("accepted", "ana", VISIT.claim_id)
    assert all(c.review is None for key, c in claims.items() if key != ("Acme Corp", "visited", "Paris"))


def test_correct_rewrites_the_claim_with_a_new_id():
    _, claims, _ = run_with_decisions([{"decision": "correct", "claim_id": WORKS.claim_id, "reviewer": "ana",
                                        "set": {"predicate": "founded", "qualifiers": {"date": "2001"}}}])
    assert ("Jane Doe", "affiliated_with", "Acme Corp") not in claims
    fixed = claims[("Jane Doe", "founded", "Acme Corp")]
    assert fixed.review == "corrected" and fixed.qualifiers == {"date": "2001"}
    assert fixed.claim_id != WORKS.claim_id and fixed.evidence == WORKS.evidence


def test_correct_direction_swaps_the_spans_too():
    _, claims, _ = run_with_decisions([{"decision": "correct", "claim_id": VISIT.claim_id,
                                        "set": {"subject": {"entity_id": PARIS}, "object": {"entity_id": ACME}}}])
    fixed = claims[("Paris", "visited", "Acme Corp")]
    assert fixed.evidence[0].subject_span == VISIT.evidence[0].object_span
    assert fixed.evidence[0].object_span == VISIT.evidence[0].subject_span


def test_add_writes_the_claim_with_its_evidence_sentence():
    start = TEXT.index("Jane Doe")
    end = TEXT.index(".", start) + 1
    entities, claims, _ = run_with_decisions([{"decision": "add", "reviewer": "ana", "claim": {
        "subject": {"name": "Jane Doe"}, "predicate": "lives_in", "object": {"name": "Lyon", "type": "GPE"},
        "evidence": {"article_id": "a_sample", "start": start, "end": end, "subject_span": [start, start + 8]}}}])
    added = claims[("Jane Doe", "lives_in", "Lyon")]
    assert (added.review, added.reviewed_by, added.support) == ("added", "ana", 1)
    evidence = added.evidence[0]
    assert (evidence.sentence, evidence.start, evidence.end) == (TEXT[start:end], start, end)
    assert evidence.subject_span == (start, start + 8)
    assert added.subject.entity_id == ENTITIES["Jane Doe"].entity_id
    assert entities["Lyon"].type == "GPE" and entities["Lyon"].entity_id == added.object.entity_id


def test_merge_keeps_the_first_id_and_moves_the_claims():
    entities, claims, _ = run_with_decisions([{"decision": "merge", "entity_ids": [GLOBEX, PARIS]}])
    assert "Paris" not in entities and entities["Globex"].entity_id == GLOBEX
    assert set(entities["Globex"].aliases) == {"Globex", "Paris"}
    assert entities["Globex"].mentions == ENTITIES["Globex"].mentions + ENTITIES["Paris"].mentions
    assert claims[("Acme Corp", "visited", "Globex")].object.entity_id == GLOBEX


def test_a_claim_decision_made_before_a_merge_still_finds_its_claim():
    _, claims, report = run_with_decisions([{"decision": "accept", "claim_id": VISIT.claim_id},
                                            {"decision": "merge", "entity_ids": [GLOBEX, PARIS]}])
    assert claims[("Acme Corp", "visited", "Globex")].review == "accepted" and not report["stale"]


def test_split_moves_the_mentions_of_the_aliases_to_a_new_entity():
    entities, claims, _ = run_with_decisions([{"decision": "split", "entity_id": ACME, "aliases": ["Acme"]}])
    assert entities["Acme Corp"].entity_id == ACME and entities["Acme Corp"].aliases == ["Acme Corp"]
    assert entities["Acme"].aliases == ["Acme"] and entities["Acme"].entity_id != ACME
    assert entities["Acme Corp"].mentions + entities["Acme"].mentions == ENTITIES["Acme Corp"].mentions
    assert ("Acme", "visited", "Paris") in claims and ("Jane Doe", "affiliated_with", "Acme Corp") in claims


def test_rename_changes_the_name_and_keeps_the_id():
    entities, claims, _ = run_with_decisions([{"decision": "rename", "entity_id": ACME, "name": "Acme Corporation"}])
    assert entities["Acme Corporation"].entity_id == ACME
    assert claims[("Acme Corporation", "visited", "Paris")].claim_id == VISIT.claim_id


def test_not_entity_drops_the_entity_and_its_claims():
    entities, claims, _ = run_with_decisions([{"decision": "not_entity", "entity_id": PARIS}])
    assert "Paris" not in entities and not any(PARIS in (c.subject.entity_id, getattr(c.object, "entity_id", None))
                                               for c in claims.values())
    assert len(claims) == len(CLAIMS) - 1


def test_stale_decisions_are_listed_with_their_lines():
    _, claims, report = run_with_decisions([
        {"decision": "accept", "claim_id": VISIT.claim_id},
        {"decision": "reject", "claim_id": "c_gone"},
        {"decision": "not_entity", "entity_id": PARIS},
        {"decision": "rename", "entity_id": PARIS, "name": "Paname"},
        {"decision": "add", "claim": {"subject": {"name": "X"}, "predicate": "said", "value": "y",
                                      "evidence": {"article_id": "a_gone", "start": 0, "end": 4}}}])
    stale = {s["line"]: s for s in report["stale"]}
    assert sorted(stale) == [1, 2, 4, 5]  # line 1: its claim went with Paris
    assert "c_gone" in stale[2]["reason"] and "not an entity (line 3)" in stale[4]["reason"]
    assert "a_gone" in stale[5]["reason"]


def test_malformed_lines_are_in_the_report_and_the_rest_applies():
    _, claims, report = run_with_decisions(["{oops", {"decision": "reject", "claim_id": VISIT.claim_id}])
    assert report["malformed"] == [{"line": 1, "reason": report["malformed"][0]["reason"]}]
    assert report["malformed"][0]["reason"].startswith("not JSON")
    assert ("Acme Corp", "visited", "Paris") not in claims


def test_same_decisions_give_the_same_records():
    decisions = [{"decision": "merge", "entity_ids": [GLOBEX, PARIS]},
                 {"decision": "split", "entity_id": ACME, "aliases": ["Acme"]},
                 {"decision": "accept", "claim_id": WORKS.claim_id}]
    first, second = run_records(decisions), run_records(decisions)
    assert [e.model_dump_json() for e in first[0]] == [e.model_dump_json() for e in second[0]]
    assert [c.model_dump_json() for c in first[1]] == [c.model_dump_json() for c in second[1]]
