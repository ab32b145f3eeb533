"""Calibration: scores rescaled per construction by judged precision; readings combined over articles."""
from __future__ import annotations

from hypothesis import given, strategies as st

from pipeline.calibration import ConstructionFit, calibrated, combine

TABLE = {"appos_role": ConstructionFit(judged=40, right=38, mean_score=0.8),
         "learned_pair": ConstructionFit(judged=20, right=6, mean_score=0.7),
         "rare": ConstructionFit(judged=1, right=0, mean_score=0.8)}


def test_construction_scaled_towards_judged_precision():
    assert calibrated("appos_role", 0.8, TABLE) > 0.85
    assert calibrated("learned_pair", 0.7, TABLE) < 0.45
    assert calibrated("learned_pair", 0.9, TABLE) > calibrated("learned_pair", 0.5, TABLE)  # ranking kept
    assert calibrated("learned_pair+chain", 0.7, TABLE) == calibrated("learned_pair", 0.7, TABLE)


def test_few_judgements_move_little_and_unknown_constructions_keep_their_score():
    assert 0.6 < calibrated("rare", 0.8, TABLE) < 0.8
    assert calibrated("never_judged", 0.63, TABLE) == 0.63


def test_one_article_counts_once_and_more_articles_raise_confidence():
    assert combine([("a", 0.6), ("a", 0.7)]) == 0.7
    two = combine([("a", 0.7), ("b", 0.7)])
    assert 0.7 < two < 1 - 0.3 * 0.3  # less than two independent readings would give


@given(st.lists(st.tuples(st.sampled_from("abc"), st.floats(0.02, 0.99)), min_size=1, max_size=6))
def test_combined_confidence_is_a_probability_at_least_the_best_reading(readings):
    value = combine(readings)
    assert max(c for _, c in readings) - 1e-4 <= value <= 1.0
