"""Which pairs of fingerprints are duplicates, found without comparing all pairs.

Every function here takes fingerprints keyed by an int and yields pairs (lower key first, or
contained article first) with a score. A pair's verdict depends only on the two fingerprints,
never on the order they arrived in: candidates come from LSH bands and a passage index, both
symmetric, and are visited in sorted key order.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterator, Mapping

import numpy as np
from pipeline.dedup.fingerprints import Fingerprint
from pipeline.dedup.minhash import BandIndex

# Estimated Jaccard of 4-word shingles above which two texts are one article with edits.
# On the benchmark bodies, copies with one word in 60 changed score >= 0.76 and copies with
# the last paragraph cut >= 0.77; other outlets' rewrites of one event (ECB+) spread from
# 0.1 to 0.6 as they borrow more wire text. 0.7 also bounds what a merge can lose: two pages
# sharing one story merge only if each has < 18% text of its own ((1 - J) / (1 + J)).
# A copy wrapped in other boilerplate that falls below this is still caught as contained.
NEAR_DUPLICATE_JACCARD = 0.7
# LSH bands are tuned for a lower threshold than the verdict so that pairs just above
# NEAR_DUPLICATE_JACCARD are not lost to banding; the verdict re-checks the estimate.
LSH_THRESHOLD = 0.5
# The bands for LSH_THRESHOLD with NUM_PERM = 128, false positives and negatives weighted alike:
# 25 bands of 5 rows, what datasketch's MinHashLSH works out by integration (its _optimal_param).
LSH_BANDS, LSH_ROWS = 25, 5
# An article is contained in another when that other holds this share of its text, counted in
# characters of distinct passages (short ones count only once long ones found the container).
# "Most paragraphs" (the issue): a copy of a story embedded in a bigger page with a different
# intro or a trimmed last line still passes; two reports sharing a quote or two do not.
CONTAINMENT_THRESHOLD = 0.8
# Below this many characters of shared long passages (about two sentences) containment is not
# claimed at all: a tiny text made of one common sentence is not "a copy of" every page that
# repeats it.
MIN_CONTAINED_CHARS = 200
# A passage found in more articles than this is boilerplate (a footer, a licence line) of a
# big dump; using it as a candidate key would make the index quadratic. Articles sharing only
# such passages are copies of a large cluster that exact or near matching already links.
MAX_PASSAGE_HOLDERS = 100


def near_pairs(prints: Mapping[int, Fingerprint]) -> Iterator[tuple[int, int, float]]:
    """(i, j, estimated Jaccard) with i < j for every pair of near copies."""
    lsh = BandIndex(LSH_BANDS, LSH_ROWS)
    keys = sorted(prints)
    for key in keys:
        lsh.insert(key, prints[key].minhash)
    for key in keys:
        signature = prints[key].minhash
        for other in sorted(k for k in lsh.query(signature) if k > key):
            score = signature.jaccard(prints[other].minhash)
            if score >= NEAR_DUPLICATE_JACCARD:
                yield key, other, score


def containment_pairs(prints: Mapping[int, Fingerprint]) -> Iterator[tuple[int, int, float]]:
    """(contained, container, share of the contained article's text found in the container)."""
    keys = sorted(prints)
    if not keys:
        return
    # The passage index: every (long passage hash, article) pair sorted by hash, as two arrays
    # (16 bytes a pair); a stable sort keeps each hash's holders in key order.
    passage_hashes = np.concatenate([prints[key].passages for key in keys])
    holders = np.concatenate([np.full(len(prints[key].passages), key, dtype=np.int64) for key in keys])
    order = np.argsort(passage_hashes, kind="stable")
    passage_hashes, holders = passage_hashes[order], holders[order]

    for key in keys:
        print_ = prints[key]
        if print_.passage_total == 0:
            continue
        starts = np.searchsorted(passage_hashes, print_.passages, side="left").tolist()
        stops = np.searchsorted(passage_hashes, print_.passages, side="right").tolist()
        shared: Counter[int] = Counter()
        for size, start, stop in zip(print_.passage_sizes.tolist(), starts, stops):
            if stop - start > MAX_PASSAGE_HOLDERS:
                continue
            for other in holders[start:stop].tolist():
                if other != key:
                    shared[other] += size
        for other, chars in sorted(shared.items()):
            if chars < MIN_CONTAINED_CHARS:
                continue
            found_short = print_.short_sizes[prints[other].holds(print_.short_passages)]
            coverage = (chars + int(found_short.sum())) / print_.passage_total
            if coverage >= CONTAINMENT_THRESHOLD:
                yield key, other, coverage
