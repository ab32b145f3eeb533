"""Compact, order-free fingerprints of an article's text: what dedup compares instead of the text.

Each article is reduced once to:
- a digest of its normalised word stream (exact copies),
- a MinHash over word shingles (near copies, found with LSH),
- hashes of its passages (sentences) with their sizes (containment in a bigger page).
The text itself is not kept, so memory grows with the number of articles, not their length.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

import numpy as np
from pipeline.dedup.minhash import Signature, signature

# 4-word shingles: long enough that two outlets' rewrites of one event share few of them
# (names and set phrases only), short enough that changing one word in a short article
# removes few shingles (see NEAR_DUPLICATE_JACCARD in matching.py for the measured scores).
SHINGLE_WORDS = 4
# 128 permutations: the Jaccard estimate's standard error is sqrt(J(1-J)/128), 0.04 at the
# near-copy threshold 0.7; 0.5 KiB of 32-bit values per article.
NUM_PERM = 128
# Fixed so every process and every run draws the same permutations (byte-identical output).
MINHASH_SEED = 1
# A passage shorter than this is a caption, a button ("Load more"), a dateline or a byline:
# text that many unrelated pages share, so it never counts as evidence of containment.
MIN_PASSAGE_WORDS = 8

# Chinese and Japanese are written without spaces, so each ideograph or kana is one word;
# otherwise a whole sentence would be a single "word" and shingles would mean nothing.
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(f"[{_UNSPACED}]|[^\\W{_UNSPACED}]+")
# Sentence ends: terminal punctuation, optional closing quotes/brackets, then whitespace
# (none needed after the ideographic full stop). Abbreviations ("U.S. officials") split
# wrongly but identically in every copy of a text, which is all hashing needs.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+|(?<=[\u3002\uff01\uff1f])[\u300d\u300f)\]]*\s*")
_LINE_BREAK = re.compile(r"\s*\n\s*")
_SHINGLE_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # odd, bits well spread (golden ratio)


@dataclass(frozen=True, eq=False)
class Fingerprint:
    """What dedup remembers of one article.

    `size` is the length of the normalised text: the measure of completeness that picks which
    copy is kept. `passages` holds the sorted hashes of the distinct long passages and
    `passage_sizes` their sizes; `short_passages` and `short_sizes` the same for passages under
    MIN_PASSAGE_WORDS; `passage_total` is the size of all of them. Only long passages find
    containers; short ones count as found only in a container already found, so captions and
    buttons neither create containment nor, when the container shows the same ones, hold it
    back. numpy arrays: 12 bytes a passage instead of ~70 in a dict.
    """

    exact: bytes
    size: int
    minhash: Signature
    passages: np.ndarray  # uint64, sorted
    passage_sizes: np.ndarray  # uint32
    short_passages: np.ndarray  # uint64, sorted
    short_sizes: np.ndarray  # uint32
    passage_total: int

    def holds(self, hashes: np.ndarray) -> np.ndarray:
        """Mask of `hashes` that are passages (long or short) of this article."""
        return (np.isin(hashes, self.passages, assume_unique=True)
                | np.isin(hashes, self.short_passages, assume_unique=True))


def normalised_words(text: str) -> list[str]:
    """Casefolded word tokens after NFKC: punctuation, quote styles and spacing do not count.

    >>> normalised_words("The “Seven Sons”   of\\nDefense")
    ['the', 'seven', 'sons', 'of', 'defense']
    """
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def split_passages(text: str) -> list[str]:
    """Paragraphs (any line break) cut into sentences; empty pieces dropped."""
    pieces: list[str] = []
    for paragraph in _LINE_BREAK.split(text):
        pieces.extend(p for p in _SENTENCE_END.split(paragraph) if p.strip())
    return pieces


def _digest(words: list[str], size: int) -> bytes:
    return hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=size).digest()


def shingle_hashes(words: list[str], width: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes of the overlapping `width`-word shingles of `words`, the same in every
    process; a text shorter than `width` words is one shingle of itself.

    Each distinct word is hashed once (blake2b) and a shingle's hash is a polynomial of its
    words' hashes computed with numpy, instead of one SHA-1 per shingle string: hashing was
    two thirds of fingerprinting time.
    """
    if len(words) <= width:
        combined = np.array([_word_hash(" ".join(words))], dtype=np.uint64)
    else:
        word_hash = {word: _word_hash(word) for word in set(words)}
        hashes = np.array([word_hash[word] for word in words], dtype=np.uint64)
        count = len(words) - width + 1
        combined = np.zeros(count, dtype=np.uint64)
        with np.errstate(over="ignore"):  # arithmetic modulo 2**64 is the point
            for offset in range(width):
                combined = combined * _SHINGLE_MULTIPLIER + hashes[offset:offset + count]
    return (combined >> np.uint64(32)) ^ (combined & np.uint64(0xFFFFFFFF))


def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def minhash_of(words: list[str]) -> Signature:
    return signature(shingle_hashes(words).tolist(), NUM_PERM, MINHASH_SEED)


def fingerprint(text: str) -> Fingerprint:
    words = normalised_words(text)
    passages: dict[int, int] = {}
    short_passages: dict[int, int] = {}
    passage_total = 0
    seen: set[bytes] = set()
    for passage in split_passages(text):
        passage_words = normalised_words(passage)
        if not passage_words:
            continue
        key = _digest(passage_words, 8)
        if key in seen:
            continue
        seen.add(key)
        passage_size = len(" ".join(passage_words))
        passage_total += passage_size
        long_enough = len(passage_words) >= MIN_PASSAGE_WORDS
        (passages if long_enough else short_passages)[int.from_bytes(key, "big")] = passage_size
    long_hashes, long_sizes = _sorted_arrays(passages)
    short_hashes, short_sizes = _sorted_arrays(short_passages)
    return Fingerprint(
        exact=_digest(words, 16),
        size=len(" ".join(words)),
        minhash=minhash_of(words),
        passages=long_hashes,
        passage_sizes=long_sizes,
        short_passages=short_hashes,
        short_sizes=short_sizes,
        passage_total=passage_total,
    )


def _sorted_arrays(sizes: dict[int, int]) -> tuple[np.ndarray, np.ndarray]:
    hashes = sorted(sizes)
    return np.array(hashes, dtype=np.uint64), np.array([sizes[h] for h in hashes], dtype=np.uint32)
