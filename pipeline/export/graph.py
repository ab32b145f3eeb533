"""`graphml` and `gexf`: entities as nodes, claims as edges, for Gephi, Cytoscape, yEd, networkx.

The graph is a directed multigraph (two entities can carry several claims). Node ids are entity
ids; every attribute is a scalar, since both writers reject lists and dicts: aliases, qualifiers,
evidence and unknown fields are JSON text. `date` and `role` also get their own attributes.

Literal-valued claims (`said` quotes and any claim with `value` but no object entity) point to a
value node, one per claim: id `value:<claim_id>`, `kind` `value`, `label` and `value` the literal
text. Entity nodes have `kind` `entity`. So every claim is exactly one edge, with id (GraphML)
or key (networkx) the claim id.

Unlike the tabular exports these hold the whole graph in memory while writing (the networkx
writers need it); article text is not part of the graph, evidence sentences are.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx

from pipeline.export.reader import RunFolder
from pipeline.export.tables import CLAIM_FIELDS, ENTITY_FIELDS, scalar_text
from pipeline.export.reader import optional_field, other_fields


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


# Characters XML 1.0 cannot hold at all (NUL, most C0 controls, lone surrogates): the GraphML
# writer raises on them and the GEXF writer writes a file no parser reads. Each becomes U+FFFD,
# the one change these two formats make to the text.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _present(attributes: dict[str, Any]) -> dict[str, Any]:
    """Both writers fail on None: an absent value is an absent attribute."""
    return {k: xml_safe(v) if isinstance(v, str) else v for k, v in attributes.items() if v is not None}


def value_node(claim_id: str) -> str:
    return f"value:{claim_id}"


def build_graph(run: RunFolder) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for e in run.entities():
        other = other_fields(e, ENTITY_FIELDS)
        graph.add_node(e.entity_id, **_present({
            "kind": "entity", "label": e.name, "name": e.name, "type": e.type, "mentions": e.mentions,
            "aliases": _json(e.aliases), "other": _json(other) if other else None}))
    for c in run.claims():
        target = c.object.entity_id if c.object else value_node(c.claim_id)
        if c.object is None:
            graph.add_node(target, **_present({"kind": "value", "label": c.value or "", "value": c.value or "",
                                               "type": "VALUE"}))
        for ref in (c.subject, c.object, c.attributed_to):  # a claim's entity missing from entities.jsonl
            if ref is not None and ref.entity_id not in graph:
                graph.add_node(ref.entity_id, **_present({"kind": "entity", "label": ref.name, "name": ref.name}))
        other = other_fields(c, CLAIM_FIELDS)
        graph.add_edge(c.subject.entity_id, target, key=c.claim_id, **_present({
            "id": c.claim_id, "claim_id": c.claim_id, "label": c.predicate, "predicate": c.predicate,
            "value": c.value,
            "confidence": float(c.confidence), "support": int(c.support),
            "polarity": c.polarity, "modality": c.modality,
            "date": c.qualifiers.get("date"), "role": c.qualifiers.get("role"),
            "qualifiers": _json(dict(sorted(c.qualifiers.items()))),
            "attributed_to": c.attributed_to.entity_id if c.attributed_to else None,
            "attributed_to_name": c.attributed_to.name if c.attributed_to else None,
            "evidence_count": len(c.evidence),
            "evidence": _json([ev.model_dump(mode="json") for ev in c.evidence]),
            "review": scalar_text(optional_field(c, "review")),
            "reviewed_by": scalar_text(optional_field(c, "reviewed_by")),
            "other": _json(other) if other else None}))
    return graph


def export_graphml(run: RunFolder, path: Path) -> dict[str, int]:
    graph = build_graph(run)
    nx.write_graphml(graph, path, encoding="utf-8", prettyprint=True)
    return _counts(graph)


# networkx stamps today's date on <meta>; dropped (the attribute is optional) so that the same
# run gives the same bytes on any day.
_META_DATE = re.compile(r'(<meta\b[^>]*?) lastmodifieddate="[^"]*"')


def export_gexf(run: RunFolder, path: Path) -> dict[str, int]:
    graph = build_graph(run)
    with path.open("w", encoding="utf-8") as fh:
        header = True
        for line in nx.generate_gexf(graph, encoding="utf-8", prettyprint=True, version="1.2draft"):
            if header:
                line = _META_DATE.sub(r"\1", line)
                header = "<graph" not in line
            fh.write(line + "\n")
    return _counts(graph)


def _counts(graph: nx.MultiDiGraph) -> dict[str, int]:
    kinds = nx.get_node_attributes(graph, "kind")
    return {"entities": sum(1 for k in kinds.values() if k == "entity"),
            "values": sum(1 for k in kinds.values() if k == "value"),
            "claims": graph.number_of_edges()}
