"""`turtle` and `jsonld`: RDF (rdflib), claims as reified statements.

IRI scheme, with BASE `urn:newsclaims:` unless --base says otherwise (it must end in `:`, `/`
or `#`): an entity is `BASE entity:<entity_id>`, an article `BASE article:<article_id>`, a claim
`BASE claim:<claim_id>`, its n-th evidence `BASE evidence:<claim_id>-<n>`, a relation
`BASE relation:<predicate>` (percent-encoded, so `open:take part` is `relation:open:take%20part`),
a qualifier key `BASE qualifier:<key>`, and the vocabulary `BASE vocab:<term>`.

A claim is an `rdf:Statement` (and `nc:Claim`) with `rdf:subject`, `rdf:predicate`, and
`rdf:object` an entity or, for `said` and other literal claims, the literal words; it carries
`nc:confidence` (xsd:decimal: the float's shortest repr, so float() gives it back),
`nc:support`, `nc:polarity`, `nc:modality`, `nc:attributedTo`, one triple per qualifier,
`nc:review`/`nc:reviewedBy` when reviewed, and `nc:evidence` nodes (`nc:article`,
`nc:sentence`, offsets). Claims are reified and not asserted: a reported, hedged or negated
claim is not a fact, so the triple subject-predicate-object itself is not in the graph.

Written in chunks of records, each serialised by rdflib and appended, so memory stays flat;
subjects never span chunks (an entity, article or claim and its evidence are one chunk's).
"""
from __future__ import annotations

import gc
import json
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, SKOS

from pipeline.export.reader import (ArticleRecord, ClaimRecord, EntityRecord, ExportError, RunFolder, optional_field,
                                    other_fields)
from pipeline.export.tables import ARTICLE_FIELDS, CLAIM_FIELDS, ENTITY_FIELDS, scalar_text, string_list

DEFAULT_BASE = "urn:newsclaims:"
CHUNK = 500


class Scheme:
    """The IRIs of one export."""

    def __init__(self, base: str = DEFAULT_BASE):
        if ":" not in base or not base.endswith((":", "/", "#")) or any(c in base for c in ' <>"{}|\\^`'):
            raise ExportError(f"--base {base!r} is not an absolute IRI ending in ':', '/' or '#'")
        self.base = base
        self.vocab = Namespace(base + "vocab:")
        self.prefixes = {"nc": self.vocab, "ent": Namespace(base + "entity:"), "art": Namespace(base + "article:"),
                         "claim": Namespace(base + "claim:"), "ev": Namespace(base + "evidence:"),
                         "rel": Namespace(base + "relation:"), "qual": Namespace(base + "qualifier:"),
                         "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "dcterms": DCTERMS, "skos": SKOS}

    def iri(self, kind: str, local: str) -> URIRef:
        return URIRef(f"{self.base}{kind}:{quote(local, safe=':-_.~')}")

    def graph(self) -> Graph:
        graph = Graph(bind_namespaces="none")
        for prefix, namespace in self.prefixes.items():
            graph.bind(prefix, namespace)
        return graph


def _text(graph: Graph, subject: URIRef, predicate: URIRef, value: Any) -> None:
    if value is not None:
        graph.add((subject, predicate, Literal(value)))


def add_entity(graph: Graph, s: Scheme, e: EntityRecord) -> None:
    node, nc = s.iri("entity", e.entity_id), s.vocab
    graph.add((node, RDF.type, nc.Entity))
    graph.add((node, nc.entityId, Literal(e.entity_id)))
    graph.add((node, RDFS.label, Literal(e.name)))
    graph.add((node, nc.entityType, Literal(e.type)))
    graph.add((node, nc.mentions, Literal(e.mentions)))
    for alias in e.aliases:
        graph.add((node, SKOS.altLabel, Literal(alias)))
    _other(graph, node, nc, other_fields(e, ENTITY_FIELDS))


def add_article(graph: Graph, s: Scheme, a: ArticleRecord) -> None:
    node, nc = s.iri("article", a.article_id), s.vocab
    graph.add((node, RDF.type, nc.Article))
    graph.add((node, nc.articleId, Literal(a.article_id)))
    graph.add((node, nc.source, Literal(a.source)))
    graph.add((node, nc.status, Literal(a.status)))
    if a.duplicate_of:
        graph.add((node, nc.duplicateOf, s.iri("article", a.duplicate_of)))
    _text(graph, node, DCTERMS.title, a.title)
    _text(graph, node, DCTERMS.date, a.published)
    if a.url:
        graph.add((node, nc.url, Literal(a.url, datatype=XSD.anyURI)))
    _text(graph, node, nc.text, a.text)
    _text(graph, node, nc.error, a.error)
    for author in string_list(optional_field(a, "authors")) or ():
        graph.add((node, DCTERMS.creator, Literal(author)))
    _text(graph, node, nc.section, scalar_text(optional_field(a, "section")))
    _text(graph, node, DCTERMS.language, scalar_text(optional_field(a, "language")))
    _other(graph, node, nc, other_fields(a, ARTICLE_FIELDS))


def add_claim(graph: Graph, s: Scheme, c: ClaimRecord) -> None:
    node, nc = s.iri("claim", c.claim_id), s.vocab
    graph.add((node, RDF.type, RDF.Statement))
    graph.add((node, RDF.type, nc.Claim))
    graph.add((node, nc.claimId, Literal(c.claim_id)))
    graph.add((node, RDF.subject, s.iri("entity", c.subject.entity_id)))
    graph.add((node, RDF.predicate, s.iri("relation", c.predicate)))
    graph.add((node, nc.predicateName, Literal(c.predicate)))
    if c.object is not None:
        graph.add((node, RDF.object, s.iri("entity", c.object.entity_id)))
    elif c.value is not None:
        graph.add((node, RDF.object, Literal(c.value)))
    if c.object is not None and c.value is not None:  # both: the entity is the object, the words kept too
        graph.add((node, nc.value, Literal(c.value)))
    # xsd:decimal from the float's shortest repr: rdflib writes an xsd:double in Turtle with 7
    # digits (0.3333333), which would not read back as the same confidence.
    graph.add((node, nc.confidence, Literal(Decimal(repr(float(c.confidence))), datatype=XSD.decimal)))
    graph.add((node, nc.support, Literal(int(c.support))))
    graph.add((node, nc.polarity, Literal(c.polarity)))
    graph.add((node, nc.modality, Literal(c.modality)))
    if c.attributed_to is not None:
        graph.add((node, nc.attributedTo, s.iri("entity", c.attributed_to.entity_id)))
    for key, value in sorted(c.qualifiers.items()):
        graph.add((node, s.iri("qualifier", key), Literal(value)))
    _text(graph, node, nc.review, scalar_text(optional_field(c, "review")))
    _text(graph, node, nc.reviewedBy, scalar_text(optional_field(c, "reviewed_by")))
    _other(graph, node, nc, other_fields(c, CLAIM_FIELDS))
    for index, ev in enumerate(c.evidence):
        evidence = s.iri("evidence", f"{c.claim_id}-{index}")
        graph.add((node, nc.evidence, evidence))
        graph.add((evidence, RDF.type, nc.Evidence))
        graph.add((evidence, nc.evidenceIndex, Literal(index)))
        graph.add((evidence, nc.article, s.iri("article", ev.article_id)))
        graph.add((evidence, nc.sentence, Literal(ev.sentence)))
        graph.add((evidence, nc.sentenceStart, Literal(ev.start)))
        graph.add((evidence, nc.sentenceEnd, Literal(ev.end)))
        for name, span in (("subject", ev.subject_span), ("object", ev.object_span)):
            if span is not None:
                graph.add((evidence, nc[f"{name}Start"], Literal(span[0])))
                graph.add((evidence, nc[f"{name}End"], Literal(span[1])))


def _other(graph: Graph, node: URIRef, nc: Namespace, other: dict | None) -> None:
    if other:
        graph.add((node, nc.other, Literal(json.dumps(other, ensure_ascii=False, sort_keys=True),
                                           datatype=RDF.JSON)))


def chunks(run: RunFolder, scheme: Scheme) -> Iterator[Graph]:
    """Graphs of up to CHUNK records each: entities, then articles, then claims.

    An rdflib Graph and its store refer to each other, so a used chunk is freed only by the
    cycle collector, which runs rarely on old objects: without a collection per chunk the peak
    memory grew with the run (tests/export/test_streaming.py)."""
    sources: list[tuple[Iterable, Callable]] = [(run.entities(), add_entity), (run.articles(), add_article),
                                                (run.claims(), add_claim)]
    gc.freeze()
    try:
        for records, add in sources:
            while batch := list(islice(records, CHUNK)):
                graph = scheme.graph()
                for record in batch:
                    add(graph, scheme, record)
                yield graph
                del graph
                gc.collect()  # cheap: what existed before the export is frozen out of the scan
    finally:
        gc.unfreeze()


def export_turtle(run: RunFolder, path: Path, base: str = DEFAULT_BASE) -> dict[str, int]:
    scheme, triples = Scheme(base), 0
    with path.open("w", encoding="utf-8") as fh:
        for prefix, namespace in scheme.prefixes.items():
            fh.write(f"@prefix {prefix}: <{namespace}> .\n")
        for graph in chunks(run, scheme):
            triples += len(graph)
            fh.write("\n")
            fh.write(_drop_prefix_lines(graph.serialize(format="turtle")))
    return {"triples": triples}


def _drop_prefix_lines(turtle: str) -> str:
    """The chunk's own @prefix block (always at its top) repeats the file's header."""
    lines = turtle.splitlines(keepends=True)
    start = 0
    while start < len(lines) and (lines[start].startswith("@prefix") or not lines[start].strip()):
        start += 1
    return "".join(lines[start:])


def export_jsonld(run: RunFolder, path: Path, base: str = DEFAULT_BASE) -> dict[str, int]:
    scheme, triples, first = Scheme(base), 0, True
    context = {prefix: str(namespace) for prefix, namespace in scheme.prefixes.items()}
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"@context": ' + json.dumps(context, sort_keys=True) + ',\n "@graph": [\n')
        for graph in chunks(run, scheme):
            triples += len(graph)
            for node in _nodes(graph, context):
                fh.write(("" if first else ",\n") + json.dumps(node, ensure_ascii=False, sort_keys=True))
                first = False
        fh.write("\n]}\n")
    return {"triples": triples}


def _nodes(graph: Graph, context: dict[str, str]) -> list[dict]:
    """The chunk's node objects, compacted with the file's context, in a stable order."""
    document = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    nodes = document.get("@graph", [document] if "@id" in document else [])
    for node in nodes:
        node.pop("@context", None)
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return sorted(nodes, key=lambda n: n["@id"])
