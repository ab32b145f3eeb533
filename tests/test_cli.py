"""The command line: help, usage errors (exit 2, one line, no traceback), schema."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True)


@pytest.mark.parametrize("command", [[], ["run"], ["schema"]])
def test_every_command_has_help(command):
    result = run_cli(*command, "--help")
    assert result.returncode == 0
    assert "usage:" in result.stdout


@pytest.mark.parametrize("make_args, message", [
    (lambda tmp: [str(tmp / "missing"), "--out", str(tmp / "out")], "input not found"),
    (lambda tmp: [str(tmp / "empty-dir"), "--out", str(tmp / "out")], "no input files"),
    (lambda tmp: [str(tmp / "empty-dir"), "--out", str(tmp / "a-file")], ""),
])
def test_usage_errors_exit_2_with_one_line(tmp_path, make_args, message):
    (tmp_path / "empty-dir").mkdir()
    (tmp_path / "a-file").write_text("x")
    result = run_cli("run", *make_args(tmp_path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unwritable_output_is_a_usage_error(tmp_path):
    (tmp_path / "in.txt").write_text("Some text.")
    (tmp_path / "a-file").write_text("x")
    result = run_cli("run", str(tmp_path / "in.txt"), "--out", str(tmp_path / "a-file" / "out"))
    assert result.returncode == 2
    assert "not writable" in result.stderr and "Traceback" not in result.stderr


def test_unknown_model_is_a_usage_error(tmp_path):
    (tmp_path / "in.txt").write_text("Some text.")
    result = run_cli("run", str(tmp_path / "in.txt"), "--out", str(tmp_path / "out"), "--model", "no_such_model")
    assert result.returncode == 2
    assert "no_such_model" in result.stderr and "Traceback" not in result.stderr


def test_schema_describes_the_three_record_types(capsys):
    assert main(["schema"]) == 0
    schemas = json.loads(capsys.readouterr().out)
    assert set(schemas) == {"article", "entity", "claim"}
    assert {"article_id", "status", "duplicate_of", "text"} <= set(schemas["article"]["properties"])
    assert {"claim_id", "subject", "predicate", "object", "evidence", "support"} <= set(schemas["claim"]["properties"])


def test_learned_pairs_is_off_unless_asked():
    from pipeline.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(["run", "in", "--out", "o"]).learned_pairs is False
    assert parser.parse_args(["run", "in", "--out", "o", "--learned-pairs"]).learned_pairs is True
    assert "--learned-pairs" in run_cli("run", "--help").stdout


def test_the_program_skips_teardown_but_not_what_exit_must_do(tmp_path):
    """`python3 -m pipeline` ends with os._exit after main (exit_without_teardown): the exit code
    passes through, atexit handlers still run and buffered output still arrives."""
    script = tmp_path / "prog.py"
    marker = tmp_path / "atexit-ran"
    script.write_text(
        "import atexit, sys\n"
        f"atexit.register(lambda: open({str(marker)!r}, 'w').close())\n"
        "from pipeline.cli import exit_without_teardown\n"
        "sys.stdout.write('x' * 100000)\n"
        "exit_without_teardown(3)\n")
    repo = Path(__file__).resolve().parents[1]  # this checkout's pipeline, not the installed one
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(repo)})
    assert result.returncode == 3
    assert len(result.stdout) == 100000
    assert marker.exists()
    schema = run_cli("schema")
    assert schema.returncode == 0 and json.loads(schema.stdout)["claim"]


@pytest.mark.parametrize("code", [130, 143], ids=["ctrl-c", "sigterm"])
def test_a_stopped_run_exits_even_when_exit_would_wait_for_ever(tmp_path, code):
    """After Ctrl-C or SIGTERM the workers are dead, and what an ordinary exit waits for may wait
    on them for ever: here a non-daemon thread that never ends and an exit handler that never
    returns. The stopped process still ends, with its code and its output."""
    script = tmp_path / "prog.py"
    script.write_text(
        "import atexit, sys, threading, time\n"
        "atexit.register(time.sleep, 10_000)\n"
        "threading.Thread(target=threading.Event().wait).start()\n"
        "from pipeline.cli import exit_without_teardown\n"
        "sys.stderr.write('stopped')\n"
        f"exit_without_teardown({code})\n")
    repo = Path(__file__).resolve().parents[1]
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(repo)})
    assert result.returncode == code
    assert result.stderr == "stopped"
