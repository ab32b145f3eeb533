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
