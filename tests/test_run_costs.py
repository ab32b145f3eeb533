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
