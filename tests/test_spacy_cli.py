"""pipeline.spacy_cli: spaCy imported without its command line, which still works when asked for.

Each case runs in a fresh interpreter: the deferral only acts before spaCy's first import."""
import subprocess
import sys

import pytest


def run_fresh(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    return done.stdout.strip()


def test_importing_the_pipeline_and_spacy_leaves_the_command_line_out():
    assert run_fresh("import sys, pipeline, spacy; print('typer' in sys.modules, 'spacy.cli.download' in sys.modules)") \
        == "False False"


@pytest.mark.parametrize("code, expected", [
    ("import pipeline, spacy; print(spacy.info()['spacy_version'] == spacy.__version__)", "True"),
    ("import pipeline, spacy.cli; print(type(spacy.cli.download).__name__, callable(spacy.cli.setup_cli))",
     "function True"),
    ("import pipeline; from spacy.cli import app; print(type(app).__name__)", "Typer"),
    ("import pipeline, spacy, spacy.cli.info as m; import spacy.cli; print(callable(spacy.cli.info))", "True"),
])
def test_the_command_line_loads_when_read(code, expected):
    assert run_fresh(code) == expected


def test_spacy_imported_first_is_left_alone():
    assert run_fresh("import sys, spacy, pipeline; print('typer' in sys.modules, spacy.cli.info.__module__)") \
        == "True spacy.cli.info"
