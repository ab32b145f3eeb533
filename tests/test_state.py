"""The state's cache keys cover everything a stored result depends on."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pipeline.extract
from pipeline import state
from pipeline.state import code_fingerprint, fingerprinted_files


def test_extraction_key_covers_the_pair_scorer_weights():
    files = {f.name for f in fingerprinted_files(pipeline.extract.__file__)}
    assert {"pair_scorer_weights.json", "typed.py", "mentions.py"} <= files


def test_a_changed_data_file_changes_the_key(tmp_path, monkeypatch):
    package = tmp_path / "fingerprinted_pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    weights = package / "sub" / "weights.json"
    weights.write_text('{"w": 1}')
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("fingerprinted_pkg")
    try:
        before = code_fingerprint(module)
        weights.write_text('{"w": 2}')
        assert code_fingerprint(module) == before, "read once per process: one run sees one version"
        state._source_digest.cache_clear()  # a new process
        assert code_fingerprint(module) != before
    finally:
        sys.modules.pop("fingerprinted_pkg", None)
        state._source_digest.cache_clear()


def test_changed_weights_make_the_next_run_re_extract(tmp_path):
    """End to end: the same dump, a retrained scorer (simulated by a changed weights file) -> no
    stored analysis is reused."""
    from pipeline.run import RunOptions, run
    from support import CORPUS

    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted(CORPUS.glob("*.txt"))[:3]:
        (inputs / path.name).write_bytes(path.read_bytes())
    options = RunOptions(inputs=(inputs,), out=tmp_path / "out", workers=1)
    run(options)
    assert run(options).reused["articles"] > 0
    weights = Path(pipeline.extract.__file__).parent / "relations" / "pair_scorer_weights.json"
    original = weights.read_bytes()
    state._source_digest.cache_clear()
    try:
        weights.write_bytes(original + b"\n")  # same weights, other bytes: what a retraining changes
        assert run(options).reused["articles"] == 0
    finally:
        weights.write_bytes(original)
        state._source_digest.cache_clear()
