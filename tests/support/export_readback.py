"""Read an export back with the format's own library and return the view that
`support.export.expected_view` gives for the run: articles' text, entity names, aliases,
claims (predicate, confidence, support, literal value) and evidence sentences. A key is absent
where the format does not carry that part (the graph formats have no article text)."""
from __future__ import annotations

import csv
import json
import re
import sqlite3
from pathlib import Path

import networkx as nx
import pyarrow.parquet as pq
import rdflib
from rdflib import RDF, RDFS, SKOS

from pipeline.export.spreadsheet import unguard


def _view(articles, entities, aliases, claims, evidence) -> dict:
    view = {"articles": articles, "entities": entities, "aliases": sorted(aliases) if aliases is not None else None,
            "claims": claims, "evidence": evidence}
    return {k: v for k, v in view.items() if v is not None}


def _from_rows(tables: dict[str, list[dict]]) -> dict:
    return _view(
        {r["article_id"]: r["text"] for r in tables["articles"]},
        {r["entity_id"]: r["name"] for r in tables["entities"]},
        [(r["entity_id"], r["alias"]) for r in tables["aliases"]],
        {r["claim_id"]: (r["predicate"], r["confidence"], r["support"], r["value"]) for r in tables["claims"]},
        {(r["claim_id"], r["evidence_index"]): r["sentence"] for r in tables["evidence"]})


NUMERIC = {"confidence": float, "support": int, "evidence_index": int}


def read_csv(folder: Path) -> dict:
    tables = {}
    for name in ("articles", "entities", "aliases", "claims", "evidence"):
        with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            rows = []
            for row in csv.DictReader(fh):
                rows.append({k: (NUMERIC[k](v) if k in NUMERIC else unguard(v) if v != "" else None)
                             for k, v in row.items()})
            tables[name] = rows
    return _from_rows(tables)


def read_parquet(folder: Path) -> dict:
    return _from_rows({name: pq.read_table(folder / f"{name}.parquet").to_pylist()
                       for name in ("articles", "entities", "aliases", "claims", "evidence")})


def read_sqlite(path: Path) -> dict:
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    try:
        return _from_rows({name: [dict(r) for r in db.execute(f"select * from {name}")]
                           for name in ("articles", "entities", "aliases", "claims", "evidence")})
    finally:
        db.close()


def _from_graph(graph: nx.MultiDiGraph) -> dict:
    entities = {n: d["label"] for n, d in graph.nodes(data=True) if d.get("kind") == "entity"}
    aliases = [(n, a) for n, d in graph.nodes(data=True) if d.get("kind") == "entity"
               for a in json.loads(d.get("aliases", "[]"))]
    claims, evidence = {}, {}
    for source, target, data in graph.edges(data=True):
        value = graph.nodes[target]["value"] if graph.nodes[target].get("kind") == "value" else data.get("value")
        claims[data["claim_id"]] = (data["predicate"], data["confidence"], data["support"], value)
        for i, ev in enumerate(json.loads(data["evidence"])):
            evidence[(data["claim_id"], i)] = ev["sentence"]
    return _view(None, entities, aliases, claims, evidence)


def read_graphml(path: Path) -> dict:
    return _from_graph(nx.read_graphml(path, force_multigraph=True))


def read_gexf(path: Path) -> dict:
    return _from_graph(nx.read_gexf(path))


def neo4j_array_delimiter(folder: Path) -> str:
    code = re.search(r'--array-delimiter="U\+([0-9A-F]{4})"', (folder / "README.md").read_text(encoding="utf-8"))
    return chr(int(code.group(1), 16))


def _neo4j_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_neo4j(folder: Path) -> dict:
    delimiter = neo4j_array_delimiter(folder)
    articles = {r["article_id:ID(Article)"]: r["text"] or None for r in _neo4j_rows(folder / "articles.csv")}
    entity_rows = _neo4j_rows(folder / "entities.csv")
    entities = {r["entity_id:ID(Entity)"]: r["name"] for r in entity_rows}
    aliases = [(r["entity_id:ID(Entity)"], a) for r in entity_rows
               for a in (r["aliases:string[]"].split(delimiter) if r["aliases:string[]"] else [])]
    claims = {r["claim_id:ID(Claim)"]: (r["predicate"], float(r["confidence:float"]), int(r["support:int"]),
                                        r["value"] or None) for r in _neo4j_rows(folder / "claims.csv")}
    evidence = {(r[":START_ID(Claim)"], int(r["evidence_index:int"])): r["sentence"]
                for r in _neo4j_rows(folder / "evidence.csv")}
    return _view(articles, entities, aliases, claims, evidence)


def _from_rdf(graph: rdflib.Graph) -> dict:
    nc = rdflib.Namespace(next(str(ns) for prefix, ns in graph.namespaces() if prefix == "nc"))
    one = graph.value
    articles = {str(one(a, nc.articleId)): (str(one(a, nc.text)) if one(a, nc.text) is not None else None)
                for a in graph.subjects(RDF.type, nc.Article)}
    entity_nodes = list(graph.subjects(RDF.type, nc.Entity))
    entities = {str(one(e, nc.entityId)): str(one(e, RDFS.label)) for e in entity_nodes}
    aliases = [(str(one(e, nc.entityId)), str(a)) for e in entity_nodes for a in graph.objects(e, SKOS.altLabel)]
    claims, evidence = {}, {}
    for c in graph.subjects(RDF.type, RDF.Statement):
        claim_id = str(one(c, nc.claimId))
        obj = one(c, RDF.object)
        value = str(obj) if isinstance(obj, rdflib.Literal) else (str(one(c, nc.value)) if one(c, nc.value) else None)
        claims[claim_id] = (str(one(c, nc.predicateName)), float(one(c, nc.confidence).toPython()),
                            one(c, nc.support).toPython(), value)
        for ev in graph.objects(c, nc.evidence):
            evidence[(claim_id, one(ev, nc.evidenceIndex).toPython())] = str(one(ev, nc.sentence))
    return _view(articles, entities, aliases, claims, evidence)


def read_turtle(path: Path) -> dict:
    return _from_rdf(rdflib.Graph().parse(path, format="turtle"))


def read_jsonld(path: Path) -> dict:
    return _from_rdf(rdflib.Graph().parse(path, format="json-ld"))


READERS = {"csv": read_csv, "parquet": read_parquet, "sqlite": read_sqlite, "graphml": read_graphml,
           "gexf": read_gexf, "neo4j": read_neo4j, "turtle": read_turtle, "jsonld": read_jsonld}
