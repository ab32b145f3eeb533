"""What each format promises beyond the round trip: spreadsheet safety, keys and full-text
search, typed columns, graph attributes the writers and Gephi accept, Neo4j headers, the RDF
model, and the same bytes for the same run."""
from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys

import networkx as nx
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import rdflib
from hypothesis import given, strategies as st
from rdflib import RDF

from pipeline.export import FORMATS, export
from pipeline.export.spreadsheet import FORMULA_STARTS, guard, unguard
from support import REPO
from support.export_readback import neo4j_array_delimiter

TARGETS = {"csv": "csv", "parquet": "parquet", "sqlite": "x.db", "graphml": "x.graphml", "gexf": "x.gexf",
           "neo4j": "neo4j", "turtle": "x.ttl", "jsonld": "x.jsonld"}


@given(st.text())
def test_guard_is_inert_and_reversible(text):
    guarded = guard(text)
    assert not guarded.startswith(FORMULA_STARTS)
    assert unguard(guarded) == text


def test_csv_cells_cannot_start_a_formula(nasty_run, tmp_path):
    export(nasty_run, "csv", tmp_path / "csv")
    cells = []
    for path in (tmp_path / "csv").glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as fh:
            cells += [cell for row in csv.reader(fh) for cell in row]
    assert "'=cmd|' /C calc'!A0" in cells and "'=ACME" in cells and "'@zoe" in cells
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)]


def test_csv_joins_by_ids(nasty_run, tmp_path):
    export(nasty_run, "csv", tmp_path / "csv")
    rows = {}
    for name in ("claims", "evidence", "entities", "articles"):
        with (tmp_path / "csv" / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            rows[name] = list(csv.DictReader(fh))
    entity_ids = {r["entity_id"] for r in rows["entities"]}
    article_ids = {r["article_id"] for r in rows["articles"]}
    assert {r["subject_id"] for r in rows["claims"]} <= entity_ids
    assert {r["article_id"] for r in rows["evidence"]} <= article_ids
    partner = next(r for r in rows["claims"] if r["claim_id"] == "c_partner")
    assert partner["date"] == "2019" and unguard(partner["role"]) == "=partner; \"lead\""
    assert partner["attributed_to_id"] == "e_zoe" and partner["evidence_count"] == "2"
    quote = next(r for r in rows["claims"] if r["claim_id"] == "c_quote")
    assert (quote["review"], quote["reviewed_by"]) == ("accepted", "ana")
    article = next(r for r in rows["articles"] if r["article_id"] == "a_1")
    assert json.loads(article["authors"]) == ["Zoë Ångström", "-Dash; Semi"]
    assert json.loads(article["other"]) == {"sentiment": 0.25}
    assert next(r for r in rows["articles"] if r["article_id"] == "a_4")["status"] == "skipped"


def test_parquet_columns_are_typed(nasty_run, tmp_path):
    export(nasty_run, "parquet", tmp_path / "pq")
    claims = pq.read_table(tmp_path / "pq" / "claims.parquet")
    assert claims.schema.field("confidence").type == pa.float64()
    assert claims.schema.field("support").type == pa.int64()
    assert pa.types.is_map(claims.schema.field("qualifiers").type)
    articles = pq.read_table(tmp_path / "pq" / "articles.parquet").to_pylist()
    assert articles[0]["authors"] == ["Zoë Ångström", "-Dash; Semi"]
    evidence = pq.read_table(tmp_path / "pq" / "evidence.parquet")
    assert evidence.schema.field("sentence_start").type == pa.int64()


def test_sqlite_keys_indexes_and_full_text(nasty_run, tmp_path):
    export(nasty_run, "sqlite", tmp_path / "x.db")
    db = sqlite3.connect(tmp_path / "x.db")
    try:
        fks = {(row[3], row[2]) for row in db.execute("pragma foreign_key_list(claims)")}
        assert fks == {("subject_id", "entities"), ("object_id", "entities"), ("attributed_to_id", "entities")}
        assert {(row[3], row[2]) for row in db.execute("pragma foreign_key_list(evidence)")} == {
            ("claim_id", "claims"), ("article_id", "articles")}
        indexed = {row[1] for row in db.execute("pragma index_list(evidence)")}
        assert any("article_id" in name for name in indexed)
        assert db.execute("pragma foreign_key_check").fetchall() == []
        found = db.execute("select e.claim_id from evidence_fts join evidence e on e.rowid = evidence_fts.rowid "
                           "where evidence_fts match 'Zürich'").fetchall()
        assert sorted(found) == [("c_partner",), ("c_visit",)]
        assert db.execute("select rowid from articles_fts where articles_fts match 'ångström'").fetchall()
    finally:
        db.close()


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_literals_are_value_nodes(fmt, nasty_run, tmp_path):
    export(nasty_run, fmt, tmp_path / TARGETS[fmt])
    graph = (nx.read_graphml(tmp_path / TARGETS[fmt], force_multigraph=True) if fmt == "graphml"
             else nx.read_gexf(tmp_path / TARGETS[fmt]))
    assert graph.is_directed()  # read_gexf gives a multigraph only when some pair has two claims
    (source, target, data), = [e for e in graph.edges(data=True) if e[2]["predicate"] == "said"]
    assert source == "e_zoe" and target == "value:c_quote" and graph.nodes[target]["kind"] == "value"
    partner = next(d for _, _, d in graph.edges(data=True) if d["claim_id"] == "c_partner")
    assert (partner["date"], partner["attributed_to"], partner["polarity"]) == ("2019", "e_zoe", "negated")
    assert json.loads(partner["qualifiers"])["role"] == "=partner; \"lead\""
    assert graph.nodes["e_acme"]["type"] == "ORG" and graph.nodes["e_acme"]["mentions"] == 2
    if fmt == "gexf":
        assert "lastmodifieddate" not in (tmp_path / TARGETS[fmt]).read_text(encoding="utf-8")


def test_neo4j_headers_and_command(nasty_run, tmp_path):
    export(nasty_run, "neo4j", tmp_path / "neo4j")
    folder = tmp_path / "neo4j"
    with (folder / "relations.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r[":TYPE"] for r in rows} == {"PARTNERED_WITH", "OPEN", "VISITED"}
    assert next(r for r in rows if r[":TYPE"] == "OPEN")["predicate"] == "open:open the report"
    header = (folder / "claims.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert {"claim_id:ID(Claim)", "confidence:float", "support:int", ":LABEL"} <= set(header)
    # an alias and an author hold ';', so the export picks another delimiter and says so
    assert neo4j_array_delimiter(folder) == "|"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in readme and "--multiline-fields=true" in readme
    for name in ("entities.csv", "articles.csv", "claims.csv", "claim_roles.csv", "evidence.csv", "relations.csv",
                 "duplicates.csv"):
        assert f"={name}" in readme
    with (folder / "entities.csv").open(encoding="utf-8", newline="") as fh:
        acme = next(r for r in csv.DictReader(fh) if r["entity_id:ID(Entity)"] == "e_acme")
    assert acme[":LABEL"] == "Entity|ORG" and acme["aliases:string[]"].split("|")[2] == "Acme; the \"firm\""


def test_rdf_claims_are_reified_not_asserted(nasty_run, tmp_path):
    export(nasty_run, "turtle", tmp_path / "x.ttl", base="https://example.org/nc/")
    graph = rdflib.Graph().parse(tmp_path / "x.ttl", format="turtle")
    nc = rdflib.Namespace("https://example.org/nc/vocab:")
    claim = rdflib.URIRef("https://example.org/nc/claim:c_partner")
    acme, bolt = (rdflib.URIRef(f"https://example.org/nc/entity:{e}") for e in ("e_acme", "e_bolt"))
    assert (claim, RDF.type, RDF.Statement) in graph
    assert graph.value(claim, RDF.subject) == acme and graph.value(claim, RDF.object) == bolt
    assert graph.value(claim, nc.attributedTo) == rdflib.URIRef("https://example.org/nc/entity:e_zoe")
    assert str(graph.value(claim, rdflib.URIRef("https://example.org/nc/qualifier:role"))) == "=partner; \"lead\""
    assert len(list(graph.objects(claim, nc.evidence))) == 2
    assert not list(graph.triples((acme, None, bolt))), "a reported, negated claim must not be asserted"
    quote = graph.value(rdflib.URIRef("https://example.org/nc/claim:c_quote"), RDF.object)
    assert isinstance(quote, rdflib.Literal) and "🙂" in str(quote)


def test_same_run_same_bytes_whatever_the_hash_seed(nasty_run, tmp_path):
    """Python's hash seed orders sets; the exports must not depend on it."""
    for fmt in FORMATS:
        export(nasty_run, fmt, tmp_path / "here" / TARGETS[fmt])
    script = ("import sys; from pathlib import Path; from pipeline.export import FORMATS, export\n"
              f"targets = {TARGETS!r}\n"
              "for fmt in FORMATS: export(Path(sys.argv[1]), fmt, Path(sys.argv[2]) / targets[fmt])\n")
    for seed in ("1", "2"):
        subprocess.run([sys.executable, "-c", script, str(nasty_run), str(tmp_path / seed)], cwd=REPO, check=True,
                       env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}, timeout=300)
    for fmt, name in TARGETS.items():
        here = tmp_path / "here" / name
        files = sorted(p.relative_to(here) for p in here.rglob("*")) if here.is_dir() else [None]
        for relative in files:
            def read(root):
                return (root / name / relative if relative else root / name).read_bytes()
            assert read(tmp_path / "here") == read(tmp_path / "1") == read(tmp_path / "2"), (fmt, relative)


def test_control_characters(nasty_run, tmp_path):
    """NUL and C0 controls: kept exactly where the format can hold them; U+FFFD in the XML
    graph formats, which cannot (and whose writers would crash or write unreadable files)."""
    from support.export import expected_view, read_jsonl
    from support.export_readback import READERS

    run = tmp_path / "run"
    run.mkdir()
    for name in ("articles.jsonl", "entities.jsonl"):
        (run / name).write_bytes((nasty_run / name).read_bytes())
    claims = read_jsonl(nasty_run / "claims.jsonl")
    claims[0]["value"] = "tab\there, vertical\x0btab, nul\x00, escape\x1b."
    claims[0]["evidence"][0]["sentence"] += "\x0c"
    (run / "claims.jsonl").write_text("".join(json.dumps(c) + "\n" for c in claims), encoding="utf-8")
    expected = expected_view(run)
    for fmt in FORMATS:
        target = tmp_path / fmt / TARGETS[fmt]
        export(run, fmt, target)
        got = READERS[fmt](target)
        if fmt in ("graphml", "gexf"):
            assert got["claims"]["c_quote"][3] == "tab\there, vertical\ufffdtab, nul\ufffd, escape\ufffd."
            assert got["evidence"] == expected["evidence"]  # JSON text escapes control characters
        else:
            assert got["claims"] == expected["claims"] and got["evidence"] == expected["evidence"], fmt
