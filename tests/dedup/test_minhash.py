"""Our MinHash and LSH bands give what datasketch 2.0 (the library they replace) gives."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dedup.fingerprints import MINHASH_SEED, NUM_PERM, minhash_of, shingle_hashes
from pipeline.dedup.matching import LSH_BANDS, LSH_ROWS, LSH_THRESHOLD
from pipeline.dedup.minhash import BandIndex, signature

datasketch = pytest.importorskip("datasketch", minversion="2.0")

hash_sets = st.lists(st.integers(min_value=0, max_value=2**32 - 1), max_size=60)


def _theirs(hashes: list[int]):
    reference = datasketch.MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, hashfunc=lambda value: value)
    reference.update_batch(hashes)
    return reference


@settings(max_examples=60, deadline=None)
@given(hash_sets)
def test_signature_is_datasketchs(hashes):
    assert np.array_equal(signature(hashes, NUM_PERM, MINHASH_SEED).hashvalues, _theirs(hashes).hashvalues)


@settings(max_examples=40, deadline=None)
@given(hash_sets, hash_sets)
def test_jaccard_estimate_is_datasketchs(first, second):
    ours = signature(first, NUM_PERM, MINHASH_SEED).jaccard(signature(second, NUM_PERM, MINHASH_SEED))
    assert ours == _theirs(first).jaccard(_theirs(second))


def test_bands_are_datasketchs_for_the_threshold():
    from datasketch.lsh import _optimal_param

    assert _optimal_param(LSH_THRESHOLD, NUM_PERM, 0.5, 0.5) == (LSH_BANDS, LSH_ROWS)


def test_band_index_finds_what_datasketchs_lsh_finds():
    rng = np.random.default_rng(7)
    base = [f"word{i}" for i in rng.integers(0, 400, 300)]
    texts = [list(base)]
    for changed in (5, 20, 60, 120, 200, 300):
        words = list(base)
        for i in rng.choice(len(words), changed, replace=False):
            words[i] = f"other{i}"
        texts.append(words)
    ours = BandIndex(LSH_BANDS, LSH_ROWS)
    theirs = datasketch.MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    for key, words in enumerate(texts):
        ours.insert(key, minhash_of(words))
        theirs.insert(key, _theirs(shingle_hashes(words).tolist()))
    for words in texts:
        found = ours.query(minhash_of(words))
        assert found == set(theirs.query(_theirs(shingle_hashes(words).tolist())))
    assert len(ours.query(minhash_of(texts[0]))) > 1  # near copies are found, not only the text itself
