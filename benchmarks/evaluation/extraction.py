"""The article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark).

Text is tokenised with `\\w+`; each page's truth and prediction become multisets of 4-token
shingles; precision and recall are computed per page, averaged over pages, and F1 is taken of
the two averages. Shared by benchmarks/extraction.py and the quality-floor tests so both report
the same number.
"""
from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

_TOKEN = re.compile(r"\w+")
SHINGLE_SIZE = 4


@dataclass(frozen=True)
class ExtractionScore:
    precision: float
    recall: float
    pages: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + size]) for i in range(max(0, len(tokens) - size + 1)))


def page_precision_recall(truth: str, prediction: str) -> tuple[float, float]:
    """Per-page precision and recall; an empty side counts as a perfect match only if both are empty."""
    true, pred = shingles(truth), shingles(prediction)
    tp = sum((true & pred).values())
    fp = sum(pred.values()) - tp
    fn = sum(true.values()) - tp
    if tp + fp + fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def score_extraction(truths: Mapping[str, str], predictions: Mapping[str, str],
                     ids: Iterable[str] | None = None) -> ExtractionScore:
    """Macro-averaged precision and recall over the given page ids (default: every truth id)."""
    ids = sorted(truths) if ids is None else list(ids)
    pairs = [page_precision_recall(truths[i], predictions.get(i, "")) for i in ids]
    n = len(pairs) or 1
    return ExtractionScore(sum(p for p, _ in pairs) / n, sum(r for _, r in pairs) / n, len(pairs))


class ExtractionBenchmark:
    """Read access to a copy of article-extraction-benchmark (html/, text/, ground-truth.json)."""

    def __init__(self, root: Path):
        self.root = Path(root)
        truth = json.loads((self.root / "ground-truth.json").read_text(encoding="utf-8"))
        self.truths = {key: value.get("articleBody") or "" for key, value in sorted(truth.items())}
        self.urls = {key: value.get("url") for key, value in sorted(truth.items())}

    @property
    def ids(self) -> list[str]:
        return list(self.truths)

    def html(self, item_id: str) -> str:
        with gzip.open(self.root / "html" / f"{item_id}.html.gz") as handle:
            return handle.read().decode("utf-8", errors="replace")

    def text(self, item_id: str) -> str:
        return (self.root / "text" / f"{item_id}.txt").read_text(encoding="utf-8", errors="replace")

    def reference_output(self, system: str) -> dict[str, str]:
        data = json.loads((self.root / "output" / f"{system}.json").read_text(encoding="utf-8"))
        data = data.get("output", data)  # the benchmark wraps outputs as {"output": {id: {...}}}
        return {key: value.get("articleBody") or "" for key, value in data.items()}
