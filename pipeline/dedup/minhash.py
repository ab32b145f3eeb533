"""MinHash signatures of shingle hashes and the LSH band index that finds near copies.

Written here instead of imported from datasketch: that package's import pulls in scipy.integrate
(0.36 s CPU of every run's serial start-up) for an LSH parameter search that, with one fixed
threshold, has one answer. The values are datasketch 2.0's "affine32" scheme, so signatures,
estimates and candidates are what datasketch gave (tests/dedup/test_minhash.py compares them):
- each 32-bit input hash is pre-mixed with MurmurHash3's 32-bit finaliser, then mapped by
  `num_perm` affine permutations h -> a * h + b (mod 2**32, odd a), drawn from
  numpy.random.RandomState(seed); a signature keeps each permutation's minimum;
- the LSH index cuts a signature into `bands` bands of `rows` values; two signatures that agree on
  a whole band are candidates.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Hashable, Iterable

import numpy as np

_MAX_HASH = np.uint32(0xFFFFFFFF)
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's finaliser: an avalanching bijection of 32-bit values (weak or structured
    input hashes become safe for affine permutations)."""
    s1, m1, s2, m2, s3 = _FMIX32
    values = values ^ (values >> s1)
    values = values * m1
    values = values ^ (values >> s2)
    values = values * m2
    return values ^ (values >> s3)


@lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    generator = np.random.RandomState(seed)
    a = generator.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


class Signature:
    """The `num_perm` minima of one set of hashes."""

    __slots__ = ("hashvalues",)

    def __init__(self, hashvalues: np.ndarray):
        self.hashvalues = hashvalues

    def __len__(self) -> int:
        return len(self.hashvalues)

    def jaccard(self, other: "Signature") -> float:
        """The estimated Jaccard similarity of the two sets: the share of equal minima."""
        if len(self) != len(other):
            raise ValueError("signatures of different lengths")
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / float(len(self))


def signature(hashes: Iterable[int], num_perm: int, seed: int) -> Signature:
    """The MinHash signature of a set of 32-bit hashes (none: every minimum at the maximum)."""
    values = np.array(list(hashes), dtype=np.uint32).reshape(-1, 1)
    minima = np.full(num_perm, _MAX_HASH, dtype=np.uint32)
    if len(values):
        a, b = _permutations(num_perm, seed)
        with np.errstate(over="ignore"):  # arithmetic modulo 2**32 is the point
            minima = np.minimum(minima, (_fmix32(values) * a + b).min(axis=0))
    return Signature(minima)


class BandIndex:
    """Signatures cut into bands; `query` gives every key that shares a whole band."""

    def __init__(self, bands: int, rows: int):
        self.ranges = [(i * rows, (i + 1) * rows) for i in range(bands)]
        self.tables: list[dict[bytes, list[Hashable]]] = [{} for _ in range(bands)]

    def insert(self, key: Hashable, sig: Signature) -> None:
        for (start, end), table in zip(self.ranges, self.tables):
            table.setdefault(sig.hashvalues[start:end].tobytes(), []).append(key)

    def query(self, sig: Signature) -> set[Hashable]:
        found: set[Hashable] = set()
        for (start, end), table in zip(self.ranges, self.tables):
            found.update(table.get(sig.hashvalues[start:end].tobytes(), ()))
        return found
