"""run.json shows every stage's cost, and the stages account for the run's CPU time."""
from __future__ import annotations

import json

import pytest

from pipeline.cli import main
from support import CORPUS

STAGES = {"startup", "model_load", "ingest", "clean", "dedup", "spacy", "rules", "resolve", "review", "claims", "write",
          "state_read", "state_write", "other"}


@pytest.fixture(scope="module")
def run_info(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("costs-run")
    assert main(["run", str(CORPUS), "--out", str(out), "--workers", "1"]) == 0
    return json.loads((out / "run.json").read_text())


def test_every_stage_has_wall_and_cpu_seconds(run_info):
    stages = run_info["seconds"]["stages"]
    assert set(stages) == STAGES
    assert all(set(cost) == {"wall", "cpu"} for cost in stages.values())
    assert stages["spacy"]["cpu"] > 0 and stages["rules"]["cpu"] > 0


def test_the_stages_add_up_to_the_run(run_info):
    seconds = run_info["seconds"]
    in_run = sum(cost["cpu"] for stage, cost in seconds["stages"].items() if stage != "startup")
    assert in_run == pytest.approx(seconds["cpu_total"], abs=0.01)
    assert seconds["stages"]["other"]["cpu"] < 0.25 * seconds["cpu_total"], "a stage is not measured"


def test_a_run_hands_every_object_back_to_the_garbage_collector(tmp_path, monkeypatch):
    """run() freezes the long-lived objects (modules, then the model) out of the collector's full
    passes while it works, and unfreezes them when it ends, so a process running many runs leaks
    no reference cycle; a run that fails unfreezes too."""
    import gc

    from pipeline import run as run_module

    frozen_during: list[int] = []
    thresholds_during: list[tuple[int, int, int]] = []
    thresholds_before = gc.get_threshold()
    real_resolve = run_module.resolve.resolve_entities

    def resolve_and_look(*args, **kwargs):
        frozen_during.append(gc.get_freeze_count())
        thresholds_during.append(gc.get_threshold())
        return real_resolve(*args, **kwargs)

    monkeypatch.setattr(run_module.resolve, "resolve_entities", resolve_and_look)
    (tmp_path / "in.txt").write_text("Mayor Jane Doe of Springfield said on Monday that the bridge would reopen. " * 3)
    assert main(["run", str(tmp_path / "in.txt"), "--out", str(tmp_path / "out"), "--workers", "1"]) == 0
    assert frozen_during and frozen_during[0] > 0
    assert gc.get_freeze_count() == 0
    # the collector runs less often while the run works, as often as before once it ends
    assert thresholds_during[0] == run_module.RUN_GC_THRESHOLDS != thresholds_before
    assert gc.get_threshold() == thresholds_before

    def fail(*args, **kwargs):
        raise OSError("disk gone")

    monkeypatch.setattr(run_module.resolve, "resolve_entities", fail)
    assert main(["run", str(tmp_path / "in.txt"), "--out", str(tmp_path / "out2"), "--workers", "1"]) == 1
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == thresholds_before
