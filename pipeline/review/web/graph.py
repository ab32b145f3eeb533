"""The overview's picture: the entities with the most claims between them, laid out server-side.

A force-directed layout (Fruchterman-Reingold) from a fixed start on a circle: no randomness,
so the same run gives the same picture. The template draws it as inline SVG, each node and
edge a link into the queue.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

WIDTH, HEIGHT, MARGIN = 960, 560, 110
MAX_NODES = 16
ITERATIONS = 300


@dataclass
class Node:
    entity_id: str
    name: str
    type: str
    claims: int
    x: float = 0.0
    y: float = 0.0
    r: float = 8.0


@dataclass
class Edge:
    a: Node
    b: Node
    predicates: list[tuple[str, int]]
    count: int

    @property
    def label(self) -> str:
        return ", ".join(p if n == 1 else f"{p} ×{n}" for p, n in self.predicates)


def build_graph(claims: list[dict], entities: dict[str, dict]) -> tuple[list[Node], list[Edge]]:
    """The entities of the most claims with an entity object, and the claims among them."""
    pairs: dict[tuple[str, str], Counter] = defaultdict(Counter)
    degree: Counter = Counter()
    for claim in claims:
        if not claim.get("object"):
            continue
        a, b = sorted((claim["subject"]["entity_id"], claim["object"]["entity_id"]))
        if a == b or a not in entities or b not in entities:
            continue
        pairs[(a, b)][claim["predicate"]] += 1
        degree[a] += 1
        degree[b] += 1
    # Strongest pairs first, both ends at once: every entity drawn has a line to another one.
    chosen: list[str] = []
    for a, b in sorted(pairs, key=lambda ab: (-sum(pairs[ab].values()), -degree[ab[0]] - degree[ab[1]], ab)):
        for eid in (a, b):
            if eid not in chosen and len(chosen) < MAX_NODES:
                chosen.append(eid)
    nodes = {eid: Node(eid, entities[eid]["name"], entities[eid]["type"], degree[eid]) for eid in chosen}
    edges = [Edge(nodes[a], nodes[b], sorted(preds.items(), key=lambda kv: (-kv[1], kv[0])), sum(preds.values()))
             for (a, b), preds in sorted(pairs.items()) if a in nodes and b in nodes]
    _layout(list(nodes.values()), edges)
    return list(nodes.values()), edges


def _layout(nodes: list[Node], edges: list[Edge]) -> None:
    if not nodes:
        return
    n = len(nodes)
    for i, node in enumerate(nodes):
        angle = 2 * math.pi * i / n
        node.x, node.y = math.cos(angle), math.sin(angle)
        node.r = 7 + 3 * math.sqrt(node.claims)
    k = math.sqrt(4.0 / n)  # ideal distance in a 2 x 2 square
    temperature = 0.2
    for _ in range(ITERATIONS):
        moves = {id(v): [0.0, 0.0] for v in nodes}
        for i, v in enumerate(nodes):
            for u in nodes[i + 1:]:
                dx, dy = v.x - u.x, v.y - u.y
                dist = max(math.hypot(dx, dy), 1e-3)
                push = k * k / dist
                moves[id(v)][0] += dx / dist * push
                moves[id(v)][1] += dy / dist * push
                moves[id(u)][0] -= dx / dist * push
                moves[id(u)][1] -= dy / dist * push
        for edge in edges:
            dx, dy = edge.a.x - edge.b.x, edge.a.y - edge.b.y
            dist = max(math.hypot(dx, dy), 1e-3)
            pull = dist * dist / k
            moves[id(edge.a)][0] -= dx / dist * pull
            moves[id(edge.a)][1] -= dy / dist * pull
            moves[id(edge.b)][0] += dx / dist * pull
            moves[id(edge.b)][1] += dy / dist * pull
        for v in nodes:
            mx, my = moves[id(v)]
            length = max(math.hypot(mx, my), 1e-9)
            step = min(length, temperature)
            v.x += mx / length * step - 0.01 * v.x  # a little gravity keeps unlinked nodes in view
            v.y += my / length * step - 0.01 * v.y
        temperature = max(temperature * 0.985, 0.002)
    xs, ys = [v.x for v in nodes], [v.y for v in nodes]
    span_x, span_y = max(max(xs) - min(xs), 1e-6), max(max(ys) - min(ys), 1e-6)
    for v in nodes:
        v.x = round(MARGIN + (v.x - min(xs)) / span_x * (WIDTH - 2 * MARGIN), 1)
        v.y = round(40 + (v.y - min(ys)) / span_y * (HEIGHT - 90), 1)
