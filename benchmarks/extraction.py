"""Main-text extraction on article-extraction-benchmark: our CLEAN stage beside trafilatura alone.

usage: python3 benchmarks/extraction.py [--pages N] [--bootstrap 1000]

Scores, with the benchmark's metric (\\w+ tokens, per-page 4-shingle precision/recall averaged
over pages, F1 of the averages):
  - output/trafilatura.json, trafilatura's published output (must give 0.958: checks the scorer);
  - the 181 HTML pages: trafilatura defaults, trafilatura favor_precision, our HTML cleaner;
  - their plain-text rendering (text/): uncleaned, trafilatura fed the text (one <p> a line: 0.661),
    our line classifier.
Data: ../shared/data relative to the repo root, or $NEWSCLAIMS_SHARED/data.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from html import escape
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import trafilatura  # noqa: E402

from pipeline.clean import clean_plain_text, extract_html  # noqa: E402
from benchmarks.evaluation.data import shared_dir  # noqa: E402
from benchmarks.evaluation.extraction import ExtractionBenchmark, page_precision_recall, score_extraction  # noqa: E402


def shared_data() -> Path:
    shared = shared_dir()
    return shared / "data"


def lines_as_html(text: str) -> str:
    """The text as the simplest page trafilatura can read: one paragraph a line."""
    return "<html><body>" + "".join(f"<p>{escape(line)}</p>" for line in text.splitlines()) + "</body></html>"


def bootstrap_f1_std(truths: dict[str, str], predictions: dict[str, str], ids: list[str], rounds: int) -> float:
    """Standard deviation of F1 over resamples of pages, as the benchmark reports it."""
    if rounds <= 0:
        return 0.0
    pairs = {i: page_precision_recall(truths[i], predictions.get(i, "")) for i in ids}
    rng = random.Random(0)
    f1s = []
    for _ in range(rounds):
        sample = [pairs[rng.choice(ids)] for _ in ids]
        p = sum(x for x, _ in sample) / len(sample)
        r = sum(y for _, y in sample) / len(sample)
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    mean = sum(f1s) / len(f1s)
    return (sum((f - mean) ** 2 for f in f1s) / len(f1s)) ** 0.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=0, help="score only the first N pages (sorted ids); 0 = all")
    parser.add_argument("--bootstrap", type=int, default=200, help="bootstrap resamples for the ± figure")
    args = parser.parse_args()

    bench = ExtractionBenchmark(shared_data() / "article-extraction-benchmark")
    ids = bench.ids[: args.pages] if args.pages else bench.ids
    htmls = {i: bench.html(i) for i in ids}
    texts = {i: bench.text(i) for i in ids}

    systems: list[tuple[str, Callable[[str], str]]] = [
        ("published trafilatura output (scorer check, expect 0.958)", None),
        ("html  trafilatura defaults", lambda i: trafilatura.extract(htmls[i], deduplicate=False) or ""),
        ("html  trafilatura favor_precision", lambda i: trafilatura.extract(htmls[i], deduplicate=False,
                                                                           favor_precision=True) or ""),
        ("html  newsclaims clean", lambda i: extract_html(htmls[i]).text),
        ("text  uncleaned", lambda i: texts[i]),
        ("text  trafilatura on the text (a <p> a line)", lambda i: trafilatura.extract(
            lines_as_html(texts[i]), deduplicate=False) or ""),
        ("text  newsclaims clean", lambda i: clean_plain_text(texts[i])),
    ]
    print(f"{len(ids)} pages from {bench.root}")
    print(f"{'system':58} {'P':>6} {'R':>6} {'F1':>6} {'±':>6} {'sec':>6}")
    for name, system in systems:
        started = time.perf_counter()
        if system is None:
            predictions = bench.reference_output("trafilatura")
        else:
            predictions = {i: system(i) for i in ids}
        seconds = time.perf_counter() - started
        score = score_extraction(bench.truths, predictions, ids)
        std = bootstrap_f1_std(bench.truths, predictions, ids, args.bootstrap)
        print(f"{name:58} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} {std:6.3f} {seconds:6.1f}",
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
