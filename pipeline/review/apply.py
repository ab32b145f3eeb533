"""The run's hook: read the decisions in force and apply them to entities and claims.

    review = RunReview.load(path)
    resolution = review.resolve(resolution, analyses)         # entity decisions
    claims = review.claims(build_claims(...), articles)       # claim decisions
    review.entities, review.report()                          # what to write

With no decision file everything passes through unchanged.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Callable, Iterable

from models import Article, ArticleAnalysis, Claim, Entity, Resolution
from pipeline.review.claim_decisions import apply_claim_decisions
from pipeline.review.decisions import CLAIM_DECISIONS, ENTITY_DECISIONS, DecisionLog
from pipeline.review.entity_decisions import EntityEdits, apply_entity_decisions
from pipeline.review.journal import REVIEW_FILE, read_decisions

__all__ = ["RunReview", "REVIEW_FILE", "review_file_of"]


def review_file_of(out: Path, given: Path | None) -> Path:
    """`--review FILE` when given, else the output folder's own review.jsonl."""
    return given if given is not None else out / REVIEW_FILE


class RunReview:
    def __init__(self, log: DecisionLog, path: Path | None = None):
        self.path = path
        self.log = log
        self.in_force = log.in_force()
        self.edits = EntityEdits()
        self.entities: list[Entity] = []
        self.applied: Counter = Counter()
        self.rejected = 0
        self.stale: list[dict] = []

    @classmethod
    def load(cls, path: Path) -> "RunReview":
        return cls(read_decisions(path), path)

    def resolve(self, resolution: Resolution, analyses: Callable[[], Iterable[ArticleAnalysis]]) -> Resolution:
        resolution, self.edits = apply_entity_decisions(resolution, self.in_force.of_kind(*ENTITY_DECISIONS),
                                                        analyses)
        self.applied.update(self.edits.applied)
        self.stale.extend(self.edits.stale)
        self.entities = resolution.entities
        return resolution

    def claims(self, claims: Iterable[Claim], articles: Iterable[Article]) -> list[Claim]:
        outcome = apply_claim_decisions(claims, self.in_force.of_kind(*CLAIM_DECISIONS, "add"), self.edits,
                                        self.entities, articles)
        self.entities = outcome.entities  # with the entities that only reviewers named
        self.applied.update(outcome.applied)
        self.rejected = outcome.rejected
        self.stale.extend(outcome.stale)
        return outcome.claims

    def report(self) -> dict:
        """run.json's `review`: what was applied, and every line that was not, with its number."""
        return {
            "file": str(self.path) if self.path is not None and self.path.exists() else None,
            "decisions": len(self.log.decisions),
            "applied": dict(sorted(self.applied.items())),
            "claims_rejected": self.rejected,
            "undone": self.in_force.undone,
            "superseded": self.in_force.superseded,
            "malformed": self.log.malformed,
            "stale": sorted(self.stale, key=lambda s: s["line"]),
        }


def summary_line(report: dict) -> str | None:
    """One line for stderr, or None when there was nothing to review."""
    if not report.get("decisions") and not report.get("malformed"):
        return None
    applied = sum(report["applied"].values())
    line = (f"review: {applied} decisions applied ({report['claims_rejected']} claims rejected), "
            f"{len(report['stale'])} stale, {len(report['malformed'])} malformed lines")
    problems = [f"line {p['line']}: {p['reason']}" for p in report["malformed"] + report["stale"]]
    return "\n".join([line, *("  " + p for p in problems[:20])])
