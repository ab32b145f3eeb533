"""Atomic writes: a failure midway leaves the previous file intact and no temp file behind."""
from __future__ import annotations

import json

import pytest

from pipeline.write import write_jsonl


def test_writes_one_json_object_per_line(tmp_path):
    path = tmp_path / "x.jsonl"
    assert write_jsonl(path, [{"a": 1}, {"b": "é"}]) == 2
    assert [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines()] == [{"a": 1}, {"b": "é"}]


def test_failure_keeps_previous_file(tmp_path):
    path = tmp_path / "x.jsonl"
    write_jsonl(path, [{"old": True}])

    def broken():
        yield {"new": True}
        raise RuntimeError("crash midway")

    with pytest.raises(RuntimeError):
        write_jsonl(path, broken())
    assert path.read_text() == '{"old":true}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["x.jsonl"]
