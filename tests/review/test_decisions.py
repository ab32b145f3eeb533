"""review.jsonl parsing: every line judged on its own, malformed ones reported with their number."""
from __future__ import annotations

import json

import pytest

from pipeline.review.decisions import Malformed, parse_decisions, validate

VALID = [
    {"decision": "accept", "claim_id": "c_1"},
    {"decision": "reject", "claim_id": "c_1", "note": "wrong person", "reviewer": "ana"},
    {"decision": "correct", "claim_id": "c_1", "set": {"predicate": "founded", "object": {"name": "Acme"}}},
    {"decision": "add", "claim": {"subject": {"entity_id": "e_1"}, "predicate": "said", "value": "Hi",
                                  "evidence": {"article_id": "a_1", "start": 0, "end": 10}}},
    {"decision": "merge", "entity_ids": ["e_1", "e_2"]},
    {"decision": "split", "entity_id": "e_1", "aliases": ["Acme"]},
    {"decision": "rename", "entity_id": "e_1", "name": "Acme Corporation"},
    {"decision": "not_entity", "entity_id": "e_1"},
]

MALFORMED = [
    ("not json at all", "not JSON"),
    ("[1, 2]", "not a JSON object"),
    ('{"decision": "approve", "claim_id": "c_1"}', "unknown decision"),
    ('{"decision": "accept"}', "claim_id"),
    ('{"decision": "correct", "claim_id": "c_1", "set": {"confidence": 1}}', "cannot change confidence"),
    ('{"decision": "correct", "claim_id": "c_1", "set": {"polarity": "maybe"}}', "polarity"),
    ('{"decision": "merge", "entity_ids": ["e_1"]}', "two or more"),
    ('{"decision": "split", "entity_id": "e_1", "aliases": []}', "aliases"),
    ('{"decision": "rename", "entity_id": "e_1"}', "name"),
    ('{"decision": "add", "claim": {"subject": {"name": "A"}, "predicate": "said", "value": "x",'
     ' "evidence": {"article_id": "a", "start": 5, "end": 2}}}', "start < end"),
    ('{"decision": "add", "claim": {"subject": {"name": "A"}, "predicate": "visited",'
     ' "evidence": {"article_id": "a", "start": 0, "end": 2}}}', "object or a value"),
    ('{"decision": "accept", "claim_id": "c_1", "reviewer": 7}', "reviewer"),
    ('{"decision": "undo", "line": 9}', "earlier line"),
]


@pytest.mark.parametrize("data", VALID, ids=lambda d: d["decision"])
def test_contract_decisions_are_valid(data):
    assert validate(data, 1).kind == data["decision"]


@pytest.mark.parametrize("line, reason", MALFORMED)
def test_malformed_lines_are_reported_with_number_and_reason(line, reason):
    log = parse_decisions(['{"decision": "accept", "claim_id": "c_0"}', "", line])
    assert [d.line for d in log.decisions] == [1]
    assert len(log.malformed) == 1 and log.malformed[0]["line"] == 3
    assert reason in log.malformed[0]["reason"]


def test_later_line_wins_for_the_same_claim():
    log = parse_decisions(json.dumps(d) for d in [
        {"decision": "accept", "claim_id": "c_1"}, {"decision": "reject", "claim_id": "c_2"},
        {"decision": "reject", "claim_id": "c_1"}])
    in_force = log.in_force()
    assert [(d.line, d.kind) for d in in_force.decisions] == [(2, "reject"), (3, "reject")]
    assert in_force.superseded == 1


def test_undo_withdraws_a_line_and_the_earlier_decision_returns():
    log = parse_decisions(json.dumps(d) for d in [
        {"decision": "accept", "claim_id": "c_1"}, {"decision": "reject", "claim_id": "c_1"},
        {"decision": "undo", "line": 2}])
    assert [(d.line, d.kind) for d in log.in_force().decisions] == [(1, "accept")]


def test_an_undone_undo_restores_its_line():
    log = parse_decisions(json.dumps(d) for d in [
        {"decision": "reject", "claim_id": "c_1"}, {"decision": "undo", "line": 1}, {"decision": "undo", "line": 2}])
    assert [(d.line, d.kind) for d in log.in_force().decisions] == [(1, "reject")]


def test_validate_raises_malformed():
    with pytest.raises(Malformed):
        validate({"decision": "merge", "entity_ids": ["e_1", "e_1"]}, 1)


from hypothesis import given, strategies as st  # noqa: E402

claim_decisions = st.lists(st.tuples(st.sampled_from(["accept", "reject"]), st.sampled_from(["c_1", "c_2", "c_3"])),
                           max_size=12)


def _lines(pairs) -> list[str]:
    return [json.dumps({"decision": kind, "claim_id": claim}) for kind, claim in pairs]


@given(claim_decisions)
def test_the_last_line_on_each_claim_is_the_one_in_force(pairs):
    last = {claim: kind for kind, claim in pairs}
    in_force = parse_decisions(_lines(pairs)).in_force().decisions
    assert {d.claim_id: d.kind for d in in_force} == last
    assert len(in_force) == len(last)


@given(claim_decisions.filter(bool))
def test_undoing_the_last_line_is_as_if_it_was_never_written(pairs):
    lines = _lines(pairs)
    undone = lines + [json.dumps({"decision": "undo", "line": len(lines)})]
    assert [(d.line, d.kind) for d in parse_decisions(undone).in_force().decisions] == \
        [(d.line, d.kind) for d in parse_decisions(lines[:-1]).in_force().decisions]
