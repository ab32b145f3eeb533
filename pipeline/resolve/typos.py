"""Misspellings of names, found without comparing all pairs: rapidfuzz inside blocks of names
equal but for one word (typo_pairs), and one-letter deletions shared by two words one edit apart
(deletions). Used by linking.py; guards.typo_variant decides each pair.
"""
from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz, process

from pipeline.resolve.guards import typo_variant

MAX_BLOCK = 5000  # bounds the cost of one block (MAX_BLOCK**2 scores); larger ones are skipped
TYPO_CUTOFF = 80.0  # rapidfuzz ratio prefilter; typo_variant decides


def block_keys(head_key: str, kind: str) -> set[tuple[str, str]]:
    """Blocks a name falls in, one per word that may hold the misspelling.

    typo_variant allows one differing word with the same first letter, so a name is filed
    under each of its words masked to that first letter ('xi j*' for 'xi jinping'): two
    variants always share a block, and a block holds only names equal elsewhere.
    """
    words = head_key.split()
    return {(kind, " ".join(words[:i] + [w[0] + "*"] + words[i + 1:])) for i, w in enumerate(words) if len(w) >= 5}


def typo_pairs(heads: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """Pairs of distinct head keys (with their kinds) that are misspellings of each other."""
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, kind in sorted(set(heads)):
        if len(key) >= 4:
            for block in block_keys(key, kind):
                blocks[block].append(key)
    pairs: set[tuple[str, str]] = set()
    for block in sorted(blocks):
        members = sorted(set(blocks[block]))
        plural_last = block[0] != "person"
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        scores = process.cdist(members, members, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF, dtype="uint8")
        for i, j in zip(*scores.nonzero()):
            if i < j and typo_variant(members[i], members[j], plural_last):
                pairs.add((members[i], members[j]))
    return pairs


def deletions(word: str) -> set[str]:
    """The word and every form of it less one letter: two words one edit apart share one of them."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}
