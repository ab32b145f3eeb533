"""Options are checked before any work: each problem is exit 2 with one line, and --out is not created.

Before: --batch-size 0 ran and exited 0 with no entities, -1 gave a traceback; --max-bytes 0 and
-1 were accepted (every file an error); an alias file with a wrong header, an empty one, JSON
Lines of numbers or an empty name had no effect and no complaint (or "'list' object has no
attribute 'strip'"); an unknown --model and --workers 0 were refused after --out was created.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.cli import main
from support.reliability import run_cli

BAD_NUMBERS = [
    (["--batch-size", "0"], "--batch-size must be at least 1"),
    (["--batch-size", "-1"], "--batch-size must be at least 1"),
    (["--max-bytes", "0"], "--max-bytes must be at least 1"),
    (["--max-bytes", "-1"], "--max-bytes must be at least 1"),
    (["--workers", "0"], "--workers must be at least 1"),
    (["--model", "no_such_model"], "no_such_model"),
]

BAD_ALIAS_FILES = [
    ("wrong-header.csv", "Barack Obama,PERSON,Obama\nAngela Merkel,PERSON,Merkel\n", "line 1: the CSV header"),
    ("typo-header.csv", "name,type,alias\nBarack Obama,PERSON,Obama\n", "line 1: the CSV header"),
    ("empty.csv", "", "the file is empty"),
    ("blank.jsonl", "\n  \n", "the file is empty"),
    ("numbers.jsonl", "1\n2\n3\n", "line 1: expected an entity object, found a number"),
    ("late-number.jsonl", '{"name": "NATO", "type": "ORG"}\n42\n', "line 2: expected an entity object"),
    ("empty-name.csv", "name,type,aliases\nNATO,ORG,North Atlantic Treaty Organization\n,ORG,UN\n",
     "line 3: empty name"),
    ("empty-name.jsonl", '{"name": "NATO", "type": "ORG"}\n{"name": " ", "type": "ORG"}\n', "line 2: empty name"),
    ("no-name.json", '[{"type": "ORG", "aliases": ["UN"]}]', "item 1: entity without a name"),
    ("list-aliases.csv", "name,type,aliases\nNATO,ORG,NATO|OTAN,extra\n", "line 2: 4 fields"),
    ("bad-json.json", '[\n{"name": "NATO"},\n{"name": "UN",}\n]', "line 3: invalid JSON"),
    ("aliases-number.jsonl", '{"name": "NATO", "aliases": 5}\n', "line 1: aliases must be a list"),
    ("open-quote.csv", 'name,type,aliases\nNATO,ORG\n"Foo Corp,ORG\n', "line 3: malformed CSV"),
]


@pytest.fixture
def one_input(tmp_path):
    path = tmp_path / "in.txt"
    path.write_text("The council of Northport approved a harbour plan on Tuesday.\n", encoding="utf-8")
    return path


def _run(capsys, *args: str) -> tuple[int, str]:
    """`newsclaims run ...` in this process (the checks come before any work, so this is quick)."""
    code = main(["run", *args])
    return code, capsys.readouterr().err


def _assert_usage_error(code, stderr, out, message):
    assert code == 2, stderr
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert message in stderr
    assert not out.exists(), "a usage error created the output folder"


@pytest.mark.parametrize("options, message", BAD_NUMBERS, ids=[" ".join(o) for o, _ in BAD_NUMBERS])
def test_bad_option_is_exit_2_and_creates_nothing(tmp_path, capsys, one_input, options, message):
    out = tmp_path / "out"
    _assert_usage_error(*_run(capsys, str(one_input), "--out", str(out), *options), out, message)


@pytest.mark.parametrize("name, content, message", BAD_ALIAS_FILES, ids=[case[0] for case in BAD_ALIAS_FILES])
def test_bad_alias_file_names_the_line_and_the_problem(tmp_path, capsys, one_input, name, content, message):
    aliases = tmp_path / name
    aliases.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    code, stderr = _run(capsys, str(one_input), "--out", str(out), "--aliases", str(aliases))
    _assert_usage_error(code, stderr, out, message)
    assert str(aliases) in stderr


def test_unreadable_alias_file_is_a_usage_error(tmp_path, capsys, one_input):
    out = tmp_path / "out"
    code, stderr = _run(capsys, str(one_input), "--out", str(out), "--aliases", str(tmp_path / "missing.csv"))
    _assert_usage_error(code, stderr, out, "cannot read it")


def test_out_under_a_file_is_a_usage_error(tmp_path, capsys, one_input):
    (tmp_path / "a-file").write_text("x")
    code, stderr = _run(capsys, str(one_input), "--out", str(tmp_path / "a-file" / "deeper" / "out"))
    assert code == 2 and "not writable" in stderr and "is not a folder" in stderr
    assert (tmp_path / "a-file").read_text() == "x"


def test_the_command_exits_2_and_creates_nothing(tmp_path, one_input):
    """The same through the real command line: the exit status a shell sees."""
    out = tmp_path / "out"
    result = run_cli("run", str(one_input), "--out", str(out), "--batch-size", "0")
    _assert_usage_error(result.returncode, result.stderr, out, "--batch-size must be at least 1")


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_out_where_no_folder_can_be_made_is_a_usage_error(tmp_path, capsys, one_input):
    """access() says yes to root everywhere; /proc takes no new folder from anyone."""
    code, stderr = _run(capsys, str(one_input), "--out", "/proc/newsclaims-out")
    assert code == 2 and "not writable" in stderr and "cannot make a folder in /proc" in stderr, stderr
    assert len(stderr.strip().splitlines()) == 1


def test_an_unknown_option_is_reported_with_its_commands_usage(tmp_path, capsys, one_input):
    with pytest.raises(SystemExit) as stop:
        main(["run", str(one_input), "--out", str(tmp_path / "out"), "--bogus"])
    stderr = capsys.readouterr().err
    assert stop.value.code == 2
    assert stderr.startswith("usage: newsclaims run") and "unrecognized arguments: --bogus" in stderr
