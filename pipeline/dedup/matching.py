"""Which pairs of fingerprints are duplicates, found without comparing all pairs.

Every function here takes fingerprints keyed by an int and yields pairs (lower key first, or
contained article first) with a score. A pair's verdict depends only on the two fingerprints,
never on the order they arrived in: candidates come from LSH bands and a passage index, both
symmetric, and are visited in sorted key order.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterator, Mapping

from datasketch import MinHashLSH

from pipeline.dedup.fingerprint import NUM_PERM, Fingerprint

# Estimated Jaccard of 4-word shingles above which two texts are one article with edits.
# A copy with a few words changed or a different header scores > 0.75 on the dev texts;
# independent rewrites of one event (ECB+ topics) score < 0.2, so 0.6 sits well clear of both.
NEAR_DUPLICATE_JACCARD = 0.6
# LSH bands are tuned for a lower threshold than the verdict so that pairs just above
# NEAR_DUPLICATE_JACCARD are not lost to banding; the verdict re-checks the estimate.
LSH_THRESHOLD = 0.5
# An article is contained in another when that other holds this share of its text, counted in
# characters of distinct passages. "Most paragraphs" (the issue): a copy of a story embedded
# in a bigger page with a different intro or a trimmed last line still passes; two reports
# sharing a quote or two do not come near it.
CONTAINMENT_THRESHOLD = 0.8
# Below this many shared characters (about two sentences) containment is not claimed at all:
# a tiny text made of one common sentence is not "a copy of" every page that repeats it.
MIN_CONTAINED_CHARS = 200
# A passage found in more articles than this is boilerplate (a footer, a licence line) of a
# big dump; using it as a candidate key would make the index quadratic. Articles sharing only
# such passages are copies of a large cluster that exact or near matching already links.
MAX_PASSAGE_HOLDERS = 100


def near_pairs(prints: Mapping[int, Fingerprint]) -> Iterator[tuple[int, int, float]]:
    """(i, j, estimated Jaccard) with i < j for every pair of near copies."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
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
    holders: dict[int, list[int]] = defaultdict(list)
    keys = sorted(prints)
    for key in keys:
        for passage in prints[key].passages:
            holders[passage].append(key)
    for key in keys:
        print_ = prints[key]
        if print_.passage_total == 0:
            continue
        shared: Counter[int] = Counter()
        for passage, size in print_.passages.items():
            found_in = holders[passage]
            if len(found_in) > MAX_PASSAGE_HOLDERS:
                continue
            for other in found_in:
                if other != key:
                    shared[other] += size
        for other, chars in sorted(shared.items()):
            coverage = chars / print_.passage_total
            if coverage >= CONTAINMENT_THRESHOLD and chars >= MIN_CONTAINED_CHARS:
                yield key, other, coverage
