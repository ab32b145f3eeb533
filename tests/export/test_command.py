"""`newsclaims export`: help, usage errors (exit 2, one line), and targets that appear whole or
not at all."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from pipeline.cli import main
from pipeline.export import FORMATS


def error_lines(capsys) -> list[str]:
    return capsys.readouterr().err.strip().splitlines()


def test_help_lists_every_format_on_one_line():
    result = subprocess.run([sys.executable, "-m", "pipeline", "export", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    for name, fmt in FORMATS.items():
        assert sum(1 for line in lines if line.split()[:1] == [name] and fmt.summary in line) == 1, name


@pytest.mark.parametrize("make_args, message", [
    (lambda run, tmp: [str(run), "--format", "xlsx"], "unknown format 'xlsx'"),
    (lambda run, tmp: [str(tmp / "no-run"), "--format", "csv"], "run folder not found"),
    (lambda run, tmp: [str(tmp), "--format", "csv"], "is not a run's output folder"),
    (lambda run, tmp: [str(run), "--format", "sqlite", "--to", str(tmp / "a-file" / "x.db")], "cannot write"),
    (lambda run, tmp: [str(run), "--format", "csv", "--to", str(tmp / "a-file")], "is a file"),
    (lambda run, tmp: [str(run), "--format", "csv", "--to", str(tmp / "busy")], "holds other files"),
    (lambda run, tmp: [str(run), "--format", "gexf", "--to", str(tmp / "busy")], "is a folder"),
    (lambda run, tmp: [str(run), "--format", "csv", "--base", "urn:x:"], "--base applies to"),
    (lambda run, tmp: [str(run), "--format", "turtle", "--base", "no iri"], "not an absolute IRI"),
])
def test_usage_errors_exit_2_with_one_line(nasty_run, tmp_path, capsys, make_args, message):
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine")
    assert main(["export", *make_args(nasty_run, tmp_path)]) == 2
    lines = error_lines(capsys)
    assert len(lines) == 1 and message in lines[0], lines
    assert (tmp_path / "busy" / "notes.txt").read_text() == "mine"


def test_default_target_is_under_the_run_folder(nasty_run, tmp_path, capsys):
    run = tmp_path / "run"
    shutil.copytree(nasty_run, run)
    assert main(["export", str(run), "--format", "sqlite"]) == 0
    assert (run / "exports" / "newsclaims.db").is_file()
    assert main(["export", str(run), "--format", "neo4j"]) == 0
    manifest = json.loads((run / "exports" / "neo4j" / "MANIFEST.json").read_text())
    assert manifest["format"] == "neo4j" and manifest["counts"]["claims.csv"] == 4


def _corrupt_copy(nasty_run, tmp_path):
    run = tmp_path / "run"
    shutil.copytree(nasty_run, run)
    with (run / "claims.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"claim_id": "c_broken", "subject": {"entity_id": "e_acme"}}\n')
    return run


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_failure_midway_leaves_nothing_half_written(fmt, nasty_run, tmp_path, capsys):
    run = _corrupt_copy(nasty_run, tmp_path)
    target = tmp_path / "out" / ("target" if FORMATS[fmt].folder else f"target.{fmt}")
    assert main(["export", str(run), "--format", fmt, "--to", str(target)]) == 1
    lines = error_lines(capsys)
    assert len(lines) == 1 and "claims.jsonl line 5" in lines[0] and "subject.name" in lines[0], lines
    assert list((tmp_path / "out").iterdir()) == []


def test_a_failed_export_keeps_the_previous_one(nasty_run, tmp_path, capsys):
    target = tmp_path / "csv"
    assert main(["export", str(nasty_run), "--format", "csv", "--to", str(target)]) == 0
    before = {p.name: p.read_bytes() for p in target.iterdir()}
    run = _corrupt_copy(nasty_run, tmp_path)
    assert main(["export", str(run), "--format", "csv", "--to", str(target)]) == 1
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["csv", "run"]


def test_an_earlier_export_is_replaced(nasty_run, tmp_path, capsys):
    target = tmp_path / "neo4j"
    assert main(["export", str(nasty_run), "--format", "neo4j", "--to", str(target)]) == 0
    (target / "stale.csv").write_text("from an older version")
    assert main(["export", str(nasty_run), "--format", "neo4j", "--to", str(target)]) == 0
    assert not (target / "stale.csv").exists() and (target / "README.md").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["neo4j"]
