"""From pairwise matches to one kept article per story.

Two kinds of relation:
- copies (exact or near): symmetric; copies of copies are one story, so they are merged into
  clusters (union-find) and the best-ranked member of a cluster is its keeper;
- containment: directed, from the contained article to the bigger page. A cluster contained in
  another points at it. Clusters contained in each other (a cycle) hold the same story and are
  merged. A cluster contained in several others points at the best-ranked of them, and chains
  are followed to a cluster that is contained nowhere.
Containment is not merged symmetrically: two pages that both embed the same short story are
different pages and both stay.

Everything here depends on the sets of nodes and pairs only; iteration is always over sorted
keys, so the input order of the articles cannot change the outcome.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Hashable, Iterable

Rank = Callable[[int], Hashable]


class _UnionFind:
    def __init__(self, nodes: Iterable[int]) -> None:
        self.parent = {node: node for node in nodes}

    def find(self, node: int) -> int:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:  # path compression
            self.parent[node], node = root, self.parent[node]
        return root

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def _strongly_connected(graph: dict[int, list[int]]) -> dict[int, int]:
    """node -> id of its strongly connected component (iterative Tarjan, sorted visiting order)."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    component: dict[int, int] = {}
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, 0)]
        while work:
            node, child_position = work.pop()
            if child_position == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            children = graph.get(node, [])
            if child_position < len(children):
                work.append((node, child_position + 1))
                child = children[child_position]
                if child not in index:
                    work.append((child, 0))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            if low[node] == index[node]:
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component[member] = node
                    if member == node:
                        break
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return component


def kept_articles(nodes: Iterable[int], rank: Rank, copies: Iterable[tuple[int, int]],
                  containments: Iterable[tuple[int, int]]) -> dict[int, int]:
    """node -> the node kept in its place, for every node that is a duplicate.

    `rank(node)` orders nodes, lowest first, by how complete they are: of several copies of a
    story the lowest-ranked is kept. `copies` are unordered pairs; `containments` are
    (contained, container) pairs.
    """
    nodes = sorted(nodes)
    clusters = _UnionFind(nodes)
    for a, b in copies:
        clusters.union(a, b)
    members: dict[int, list[int]] = defaultdict(list)
    for node in nodes:
        members[clusters.find(node)].append(node)
    keeper = {}
    for group in members.values():
        best = min(group, key=rank)
        for node in group:
            keeper[node] = best

    # Containment between clusters, named by their keepers.
    successors: dict[int, set[int]] = defaultdict(set)
    for contained, container in containments:
        source, target = keeper[contained], keeper[container]
        if source != target:
            successors[source].add(target)
    graph = {node: sorted(targets) for node, targets in sorted(successors.items())}
    for targets in list(graph.values()):
        for target in targets:
            graph.setdefault(target, [])

    # Clusters contained in each other are one story: merge each cycle, keep its best.
    component = _strongly_connected(graph)
    component_members: dict[int, list[int]] = defaultdict(list)
    for node in sorted(component):
        component_members[component[node]].append(node)
    component_keeper = {cid: min(group, key=rank) for cid, group in component_members.items()}
    component_targets: dict[int, set[int]] = defaultdict(set)
    for node, targets in graph.items():
        for target in targets:
            if component[node] != component[target]:
                component_targets[component[node]].add(component[target])

    # Several containers: follow the best-ranked one; the condensed graph has no cycles.
    final_of_component: dict[int, int] = {}

    def final(cid: int) -> int:
        path = []
        while cid not in final_of_component and component_targets.get(cid):
            path.append(cid)
            cid = min(component_targets[cid], key=lambda c: rank(component_keeper[c]))
        end = final_of_component.get(cid, component_keeper[cid])
        for visited in path + [cid]:
            final_of_component[visited] = end
        return end

    kept = {}
    for node in nodes:
        cluster_keeper = keeper[node]
        end = final(component[cluster_keeper]) if cluster_keeper in component else cluster_keeper
        if end != node:
            kept[node] = end
    return kept
