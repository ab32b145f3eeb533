"""Main-text extraction on article-extraction-benchmark: our CLEAN stage beside public extractors.

usage: python3 benchmarks/extraction.py [--pages N] [--bootstrap 200] [--worst 15]

Scores, with the benchmark's metric (\\w+ tokens, per-page 4-shingle precision/recall averaged
over pages, F1 of the averages), all run in this one script on the same pages:
  - output/trafilatura.json, trafilatura's published output (must give 0.958: checks the scorer);
  - the 181 HTML pages: trafilatura defaults, trafilatura favor_precision, readability-lxml
    (its summary rendered by our block-aware renderer, so it is not penalised for glued words),
    our HTML cleaner;
  - their plain-text rendering (text/): uncleaned, trafilatura fed the text (one <p> a line),
    our line classifier.
For each system: F1 on the tuning half and the check half of the pages (fixed split by a hash of
the page id, `benchmarks.evaluation.extraction.tuning_half`), and the per-page view: how many
pages score below 0.5 and below 0.8. Then the worst pages of our HTML and text cleaners, with
what went wrong (clutter kept, article lost) beside trafilatura's and readability's F1 on them,
and how many pages that state a date got `published`.
Data: ../shared/data relative to the repo root, or $NEWSCLAIMS_SHARED/data.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from html import escape
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import lxml.html  # noqa: E402
import trafilatura  # noqa: E402
from readability import Document as ReadabilityDocument  # noqa: E402

from benchmarks.evaluation.data import shared_dir  # noqa: E402
from benchmarks.evaluation.extraction import (ExtractionBenchmark, page_f1, page_precision_recall,  # noqa: E402
                                              score_extraction, states_a_date, tuning_half)
from pipeline.clean import clean_plain_text, extract_html  # noqa: E402
from pipeline.clean.render import render_text  # noqa: E402
from benchmarks.evaluation.metrics import f1_score  # noqa: E402


def shared_data() -> Path:
    return shared_dir() / "data"


def lines_as_html(text: str) -> str:
    """The text as the simplest page trafilatura can read: one paragraph a line."""
    return "<html><body>" + "".join(f"<p>{escape(line)}</p>" for line in text.splitlines()) + "</body></html>"


def readability_text(html: str) -> str:
    try:
        fragment = ReadabilityDocument(html).summary(html_partial=True)
        return render_text(lxml.html.fragment_fromstring(fragment, create_parent="div"))
    except Exception:  # readability raises on pages it cannot parse: scored as an empty answer
        return ""


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
        f1s.append(f1_score(p, r))
    mean = sum(f1s) / len(f1s)
    return (sum((f - mean) ** 2 for f in f1s) / len(f1s)) ** 0.5


def what_went_wrong(truth: str, prediction: str) -> str:
    precision, recall = page_precision_recall(truth, prediction)
    if not prediction.strip():
        return "nothing extracted"
    if precision < 0.8 and recall < 0.8:
        return "wrong part of the page"
    if precision < recall:
        return f"clutter kept ({len(prediction.split())} words for {len(truth.split())})"
    return f"article lost ({len(prediction.split())} words for {len(truth.split())})"


def print_worst(name: str, bench: ExtractionBenchmark, ids: list[str], ours: dict[str, str],
                others: dict[str, dict[str, str]], notes: dict[str, str], count: int) -> None:
    rows = sorted((page_f1(bench.truths[i], ours[i]), i) for i in ids)[:count]
    header = " ".join(f"{other[:11]:>11}" for other in others)
    print(f"\nworst {count} pages, {name}:   F1 {header}  half   what went wrong")
    for f1, i in rows:
        beside = " ".join(f"{page_f1(bench.truths[i], predictions[i]):11.3f}" for predictions in others.values())
        half = "tune " if tuning_half(i) else "check"
        print(f"  {i[:10]} {f1:5.3f} {beside}  {half}  {what_went_wrong(bench.truths[i], ours[i])}"
              f"{notes.get(i, '')}  {(bench.urls.get(i) or '')[:60]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=0, help="score only the first N pages (sorted ids); 0 = all")
    parser.add_argument("--bootstrap", type=int, default=200, help="bootstrap resamples for the ± figure")
    parser.add_argument("--worst", type=int, default=15, help="how many worst pages to list per cleaner")
    args = parser.parse_args()

    bench = ExtractionBenchmark(shared_data() / "article-extraction-benchmark")
    ids = bench.ids[: args.pages] if args.pages else bench.ids
    htmls = {i: bench.html(i) for i in ids}
    texts = {i: bench.text(i) for i in ids}
    extractions = {}

    def ours_html(i: str) -> str:
        extractions[i] = extract_html(htmls[i], url=bench.urls.get(i))
        return extractions[i].text

    systems: list[tuple[str, Callable[[str], str] | None]] = [
        ("published trafilatura output (scorer check, expect 0.958)", None),
        ("html  trafilatura defaults", lambda i: trafilatura.extract(htmls[i], deduplicate=False) or ""),
        ("html  trafilatura favor_precision", lambda i: trafilatura.extract(htmls[i], deduplicate=False,
                                                                           favor_precision=True) or ""),
        ("html  readability-lxml", lambda i: readability_text(htmls[i])),
        ("html  newsclaims clean", ours_html),
        ("text  uncleaned", lambda i: texts[i]),
        ("text  trafilatura on the text (a <p> a line)", lambda i: trafilatura.extract(
            lines_as_html(texts[i]), deduplicate=False) or ""),
        ("text  newsclaims clean", lambda i: clean_plain_text(texts[i])),
    ]
    tune = [i for i in ids if tuning_half(i)]
    check = [i for i in ids if not tuning_half(i)]
    print(f"{len(ids)} pages from {bench.root}; tuning half {len(tune)}, check half {len(check)}", file=sys.stderr)
    print(f"{'system':50} {'P':>6} {'R':>6} {'F1':>6} {'±':>6} {'tune':>6} {'check':>6} {'<0.5':>5} {'<0.8':>5} {'cpu s':>6}")
    outputs: dict[str, dict[str, str]] = {}
    for name, system in systems:
        started = time.process_time()  # CPU: wall time means little on a shared machine
        if system is None:
            predictions = bench.reference_output("trafilatura")
        else:
            predictions = {i: system(i) for i in ids}
        seconds = time.process_time() - started
        outputs[name] = predictions
        score = score_extraction(bench.truths, predictions, ids)
        std = bootstrap_f1_std(bench.truths, predictions, ids, args.bootstrap)
        halves = [score_extraction(bench.truths, predictions, half).f1 if half else 0.0 for half in (tune, check)]
        f1s = [page_f1(bench.truths[i], predictions.get(i, "")) for i in ids]
        print(f"{name:50} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} {std:6.3f} "
              f"{halves[0]:6.3f} {halves[1]:6.3f} {sum(f < 0.5 for f in f1s):5d} {sum(f < 0.8 for f in f1s):5d} "
              f"{seconds:6.1f}", flush=True)

    html_others = {"trafilatura": outputs["html  trafilatura favor_precision"],
                   "readability": outputs["html  readability-lxml"]}
    notes = {i: f"  [{e.source or e.reason}]" for i, e in extractions.items()}
    print_worst("html newsclaims", bench, ids, outputs["html  newsclaims clean"], html_others, notes, args.worst)
    print_worst("text newsclaims", bench, ids, outputs["text  newsclaims clean"],
                {"trafilatura": outputs["text  trafilatura on the text (a <p> a line)"]}, {}, args.worst)

    dated = [i for i in ids if states_a_date(htmls[i], bench.urls.get(i))]
    filled = [i for i in dated if extractions[i].published]
    with_authors = sum(bool(e.authors) for e in extractions.values())
    with_section = sum(bool(e.section) for e in extractions.values())
    print(f"\npublished: {len(filled)} of {len(dated)} pages that state a date ({len(filled) / max(len(dated), 1):.1%}); "
          f"{sum(bool(e.published) for e in extractions.values())} of {len(ids)} pages in all. "
          f"authors on {with_authors}, section on {with_section} of {len(ids)} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
