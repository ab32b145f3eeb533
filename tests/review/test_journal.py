"""review.jsonl under concurrent writers: no decision lost, none written twice."""
from __future__ import annotations

import json
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

from pipeline.review.journal import append_decision, read_decisions


def _append_many(path: str, writer: int, count: int) -> list[int]:
    return [append_decision(Path(path), {"decision": "accept", "claim_id": f"c_{writer}_{i}",
                                         "id": f"{writer}-{i}"}).line for i in range(count)]


def test_processes_and_threads_appending_at_once_lose_nothing(tmp_path):
    path = tmp_path / "review.jsonl"
    with ProcessPoolExecutor(max_workers=3) as processes, ThreadPoolExecutor(max_workers=3) as threads:
        jobs = [processes.submit(_append_many, str(path), w, 40) for w in range(3)]
        jobs += [threads.submit(_append_many, str(path), w, 40) for w in range(3, 6)]
        lines = [n for job in jobs for n in job.result()]
    log = read_decisions(path)
    assert not log.malformed and len(log.decisions) == 240
    assert sorted(lines) == list(range(1, 241)), "each append got its own line number"
    assert len({d.claim_id for d in log.decisions}) == 240


def test_the_same_decision_id_is_written_once_even_when_sent_concurrently(tmp_path):
    path = tmp_path / "review.jsonl"
    decision = {"decision": "reject", "claim_id": "c_1", "id": "same"}
    with ThreadPoolExecutor(max_workers=6) as threads:
        lines = list(threads.map(lambda _: append_decision(path, dict(decision)).line, range(12)))
    assert set(lines) == {1} and len(path.read_text().splitlines()) == 1


def test_a_file_without_its_final_newline_still_gets_whole_lines(tmp_path):
    path = tmp_path / "review.jsonl"
    path.write_text(json.dumps({"decision": "accept", "claim_id": "c_1"}))
    assert append_decision(path, {"decision": "reject", "claim_id": "c_2"}).line == 2
    assert [d.claim_id for d in read_decisions(path).decisions] == ["c_1", "c_2"]
