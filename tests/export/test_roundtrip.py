"""Every format, read back with its own library, carries what the run's files hold: the same
entities, aliases, claims (confidence, support, literal value), evidence sentences and article
text, hostile strings included."""
from __future__ import annotations

import pytest

from pipeline.export import FORMATS, export
from support.export import NASTY_TEXT, expected_view
from support.export_readback import READERS

TARGETS = {"csv": "csv", "parquet": "parquet", "sqlite": "x.db", "graphml": "x.graphml", "gexf": "x.gexf",
           "neo4j": "neo4j", "turtle": "x.ttl", "jsonld": "x.jsonld"}


def test_every_format_has_a_reader():
    assert set(READERS) == set(FORMATS) == set(TARGETS)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_round_trip(fmt, any_run, tmp_path):
    target = tmp_path / TARGETS[fmt]
    export(any_run, fmt, target)
    got, expected = READERS[fmt](target), expected_view(any_run)
    assert got.keys() <= expected.keys()
    assert {"entities", "claims", "evidence"} <= got.keys()
    assert len(got["entities"]) == len(expected["entities"]) and len(got["claims"]) == len(expected["claims"])
    assert len(got["evidence"]) == len(expected["evidence"])
    for key in got:
        assert got[key] == expected[key], f"{fmt}: {key} differ"
    if fmt not in ("graphml", "gexf"):  # the graph formats hold sentences, not article text
        assert "articles" in got


def test_hostile_strings_survive(nasty_run, tmp_path):
    """The hand-built run's text holds “”, \", CR/LF, a tab, 🙂, <script> and a formula."""
    for fmt in ("csv", "parquet", "sqlite", "neo4j", "turtle", "jsonld"):
        target = tmp_path / TARGETS[fmt]
        export(nasty_run, fmt, target)
        assert READERS[fmt](target)["articles"]["a_1"] == NASTY_TEXT, fmt
    quote = expected_view(nasty_run)["claims"]["c_quote"][3]
    assert "\"" in quote and "\n" in quote and "🙂" in quote
