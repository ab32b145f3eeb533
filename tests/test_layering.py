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


def test_the_shared_name_functions_are_the_resolvers_own():
    from pipeline import given_names, name_strings
    from pipeline.resolve import guards, normalize, persons

    assert normalize.name_key is name_strings.name_key
    assert guards.known_place is name_strings.known_place
    assert persons.is_given_name is given_names.is_given_name
    assert name_strings.known_place(name_strings.name_key("New York")) and not name_strings.known_place("stadia")
