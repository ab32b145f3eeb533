"""The one F1 every scorer reports."""
from __future__ import annotations


def f1_score(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall; 0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
