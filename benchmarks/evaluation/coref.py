"""Coreference scores over mention clusterings: MUC, B-cubed, CEAF-e and their mean (CoNLL F1).

Both sides are dicts item -> cluster label. The key (gold) and the response (system) may hold
different items, as with predicted mentions: the definitions follow the reference scorer of
Pradhan et al. (2014, "Scoring Coreference Partitions of Predicted Mentions"): a key item the
response lacks counts against recall, a response item the key lacks against precision.
Singletons are kept on both sides (ECB+ annotates them).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Hashable, Mapping

import numpy as np
from scipy.optimize import linear_sum_assignment
from benchmarks.evaluation.metrics import f1_score


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)


def clusters(labels: Mapping[Hashable, Hashable]) -> list[frozenset]:
    members: dict[Hashable, set] = defaultdict(set)
    for item, label in labels.items():
        members[label].add(item)
    return [frozenset(m) for m in members.values()]


def _muc_recall(key: list[frozenset], response_of: Mapping[Hashable, Hashable]) -> float:
    """Sum over key clusters of |K| - |partitions of K by the response| over sum of |K| - 1.

    An item missing from the response is a partition of its own."""
    num = den = 0
    for cluster in key:
        parts = {response_of.get(item, ("missing", item)) for item in cluster}
        num += len(cluster) - len(parts)
        den += len(cluster) - 1
    return num / den if den else 0.0


def muc(key: Mapping, response: Mapping) -> PRF:
    return PRF(_muc_recall(clusters(response), key), _muc_recall(clusters(key), response))


def _b3_recall(key: list[frozenset], response: list[frozenset]) -> float:
    cluster_of = {item: c for c in response for item in c}
    total = n = 0.0
    for cluster in key:
        for item in cluster:
            n += 1
            other = cluster_of.get(item)
            if other is not None:
                total += len(cluster & other) / len(cluster)
    return total / n if n else 0.0


def bcubed(key: Mapping, response: Mapping) -> PRF:
    k, r = clusters(key), clusters(response)
    return PRF(_b3_recall(r, k), _b3_recall(k, r))


def ceafe(key: Mapping, response: Mapping) -> PRF:
    """Entity-based CEAF: the best one-to-one alignment of clusters under phi4 = 2|K&R| / (|K|+|R|)."""
    k, r = clusters(key), clusters(response)
    if not k or not r:
        return PRF(0.0, 0.0)
    index_of = {item: j for j, c in enumerate(r) for item in c}
    similarity = np.zeros((len(k), len(r)))
    for i, cluster in enumerate(k):
        overlap: dict[int, int] = defaultdict(int)
        for item in cluster:
            if item in index_of:
                overlap[index_of[item]] += 1
        for j, common in overlap.items():
            similarity[i, j] = 2 * common / (len(cluster) + len(r[j]))
    rows, cols = linear_sum_assignment(similarity, maximize=True)
    best = similarity[rows, cols].sum()
    return PRF(best / len(r), best / len(k))


@dataclass(frozen=True)
class CorefScores:
    muc: PRF
    bcubed: PRF
    ceafe: PRF

    @property
    def conll_f1(self) -> float:
        return (self.muc.f1 + self.bcubed.f1 + self.ceafe.f1) / 3


def coref_scores(key: Mapping, response: Mapping) -> CorefScores:
    return CorefScores(muc(key, response), bcubed(key, response), ceafe(key, response))
