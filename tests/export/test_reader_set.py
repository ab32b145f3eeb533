"""The export reads one run's complete output set, resolved once."""
from __future__ import annotations

import os

from pipeline.export.reader import RunFolder


def test_export_reads_the_current_set_resolved_once(tmp_path):
    sets = tmp_path / "out" / ".newsclaims" / "sets"
    for run in ("run-1", "run-2"):
        (sets / run).mkdir(parents=True)
        for name in ("articles.jsonl", "entities.jsonl", "claims.jsonl"):
            (sets / run / name).write_text("")
    root = tmp_path / "out" / ".newsclaims"
    os.symlink("sets/run-1", root / "current")
    for name in ("articles.jsonl", "entities.jsonl", "claims.jsonl"):
        os.symlink(f".newsclaims/current/{name}", tmp_path / "out" / name)
    folder = RunFolder(tmp_path / "out")
    os.remove(root / "current")
    os.symlink("sets/run-2", root / "current")  # a run switches sets while the export reads
    assert folder.path == (sets / "run-1").resolve()
