"""The article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark).

Text is tokenised with `\\w+`; each page's truth and prediction become multisets of 4-token
shingles; precision and recall are computed per page, averaged over pages, and F1 is taken of
the two averages. Shared by benchmarks/extraction.py and the quality-floor tests so both report
the same number.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping
from benchmarks.evaluation.metrics import f1_score

_TOKEN = re.compile(r"\w+")
SHINGLE_SIZE = 4


@dataclass(frozen=True)
class ExtractionScore:
    precision: float
    recall: float
    pages: int

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)


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


def page_f1(truth: str, prediction: str) -> float:
    precision, recall = page_precision_recall(truth, prediction)
    return f1_score(precision, recall)


def tuning_half(item_id: str) -> bool:
    """The fixed split of the benchmark's pages: rules are developed on the tuning half (102 of
    181 pages) and the check half only reports. A hash of the id, so the split cannot follow sites."""
    return int(hashlib.sha256(item_id.encode()).hexdigest(), 16) % 2 == 0


_URL_DATE = re.compile(r"/(19|20)\d\d[/-](0?[1-9]|1[0-2])([/-](0?[1-9]|[12]\d|3[01]))?(/|-|$)|[-_/](19|20)\d{6}\b")
_TEXT_DATE = re.compile(
    r"\b(\d{1,2}[./]\d{1,2}[./](19|20)\d\d|(19|20)\d\d-\d\d-\d\d|"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(19|20)\d\d|"
    r"\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(19|20)\d\d)\b", re.IGNORECASE)


def states_a_date(html: str, url: str | None) -> bool:
    """Whether a page states when it was published, by any marker a reader or a crawler could use:
    a JSON-LD date, a meta tag named like a date, a <time> element, a date in the URL, or a
    written date in the first 5,000 characters of visible text. Deliberately broad, so that
    `published` coverage is measured against every page that gives a date somewhere."""
    import lxml.html  # local: only the benchmark needs it
    if url and _URL_DATE.search(url):
        return True
    tree = lxml.html.fromstring(html.encode("utf-8", errors="replace"))
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        if re.search(r'"date(Published|Created|Modified)"', script.text_content() or ""):
            return True
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").casefold()
        if ("date" in key or "published" in key or "pubdate" in key) and meta.get("content"):
            return True
    if tree.find(".//time") is not None:
        return True
    body = tree.find("body")
    text = " ".join((body if body is not None else tree).itertext())
    return bool(_TEXT_DATE.search(" ".join(text.split())[:5000]))
