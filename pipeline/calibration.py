"""Confidence that means something: each construction's scores mapped to the precision hand
judgement found for it, so that claims at 0.8 are right about 80% of the time.

Extraction scores each relation mention (`RelationMention.confidence`): a rule's prior precision,
or the pair scorer's probability. Those scores rank readings within a construction but were set
on other data (CoNLL04, a few hand checks), so their level is off on real news. The table in
calibration.json, written by `python3 benchmarks/calibrate.py` from the judged sheets under
benchmarks/judged/, holds per construction (the rule, e.g. "appos_role", "quote:embedded") the
judged precision and the mean score of the judged claims; a score is rescaled by their ratio,
shrunk towards no change when few claims of the construction were judged.

A claim read in several articles is more likely right, but not as much as independent readings
would make it: the same construction misreads the same way, and an entity error repeats. Scores
from distinct articles combine by a damped noisy-OR (ARTICLE_DAMPING); within one article only
the best reading counts.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

CALIBRATION_PATH = Path(__file__).with_name("calibration.json")
# Pseudo-claims at "the score is right": with n judged claims the correction is n / (n + PRIOR_WEIGHT)
# of the way from the raw score to the judged level.
PRIOR_WEIGHT = 6.0
# Each further article counts as this fraction of an independent reading.
ARTICLE_DAMPING = 0.5
FLOOR, CEILING = 0.02, 0.99


@dataclass(frozen=True)
class ConstructionFit:
    judged: int
    right: int
    mean_score: float

    def factor(self) -> float:
        """How much to scale a score: judged precision over mean score, shrunk towards 1."""
        if self.judged == 0 or self.mean_score <= 0:
            return 1.0
        smoothed = (self.right + PRIOR_WEIGHT * self.mean_score) / (self.judged + PRIOR_WEIGHT)
        return smoothed / self.mean_score


def load_calibration(path: Path = CALIBRATION_PATH) -> dict[str, ConstructionFit]:
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {rule: ConstructionFit(**fit) for rule, fit in data["constructions"].items()}


CALIBRATION = load_calibration()


def construction_of(rule: str) -> str:
    """The calibration unit of a rule name: a chained reading ("verb_prep+chain") is its rule's."""
    return rule.removesuffix("+chain")


def calibrated(rule: str, score: float, table: Mapping[str, ConstructionFit] = CALIBRATION) -> float:
    fit = table.get(construction_of(rule))
    value = score * fit.factor() if fit is not None else score
    return round(min(CEILING, max(FLOOR, value)), 4)


def combine(readings: Iterable[tuple[str, float]]) -> float:
    """A claim's confidence from (article id, calibrated confidence) of its readings."""
    best: dict[str, float] = {}
    for article, confidence in readings:
        best[article] = max(confidence, best.get(article, 0.0))
    if not best:
        return 0.0
    ordered = sorted(best.values(), reverse=True)
    miss = 1.0 - ordered[0]
    for confidence in ordered[1:]:
        miss *= (1.0 - confidence) ** ARTICLE_DAMPING
    return round(1.0 - miss, 4)
