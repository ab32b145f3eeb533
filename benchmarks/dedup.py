"""Dedup quality, throughput and peak memory on third-party text.

usage: python3 benchmarks/dedup.py [--replicas N] [--seed S]

- copies: the 181 human-written bodies of the article-extraction benchmark, each with five
  perturbed copies (pipeline/dedup/evaluation.py), replicated N times with different seeds;
  prints, per perturbation kind, the share of copies that land in their original's cluster,
  and the number of false merges.
- rewrites: the ECB+ dev documents (several outlets per event). Other outlets' rewrites must
  stay apart, but ECB+ also holds republished copies of one report (the same AP story on two
  sites); merges within a topic are those, merges across topics are certainly false.
Throughput is articles per CPU second of find_duplicates (fingerprinting included; CPU time
because the machine is shared, wall time is printed too); peak memory
is the tracemalloc peak of a second, traced run (Python allocations, numpy included).
Data is read from ../shared/data (env NEWSCLAIMS_SHARED overrides the shared folder).
"""
from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.dedup import find_duplicates  # noqa: E402
from benchmarks.evaluation.dedup import (  # noqa: E402
    benchmark_bodies, copies_corpus, ecbplus_documents, rewrites_corpus, score)

from benchmarks.evaluation.data import SHARED  # noqa: E402


def measure(name: str, items: list, group_of=None) -> None:
    """Run find_duplicates over the items and print quality, throughput and memory.

    `group_of(origin)` names the group an item may legitimately merge within (an ECB+ topic);
    merges across groups are then reported separately as certainly false."""
    articles = [item.article for item in items]
    started, started_cpu = time.perf_counter(), time.process_time()
    verdicts = find_duplicates(articles)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - started_cpu
    tracemalloc.start()
    find_duplicates(articles)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    result = score(items, verdicts)
    found = ", ".join(f"{kind} {share:.3f}" for kind, share in result.copies_found.items())
    duplicates = sum(v is not None for v in verdicts)
    if group_of is None:
        print(f"{name}: {result.items} articles, {duplicates} marked duplicate, false merges {result.false_merges}")
    else:
        across = sum(v is not None and group_of(items[v.duplicate_of].origin) != group_of(item.origin)
                     for item, v in zip(items, verdicts))
        print(f"{name}: {result.items} articles, {duplicates} marked duplicate "
              f"({duplicates - across} within one group, {across} across groups)")
    if found:
        print(f"  copies found: {found}")
    text_mib = sum(len(a.text or "") for a in articles) / 2**20
    print(f"  {len(articles) / cpu_seconds:.0f} articles per CPU second ({cpu_seconds:.2f} s CPU, {seconds:.2f} s wall); "
          f"peak traced memory {peak / 2**20:.1f} MiB for {text_mib:.1f} MiB of text")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--replicas", type=int, default=1, help="copies corpus built N times with different seeds")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    data = SHARED / "data"
    bodies = benchmark_bodies(data)
    items = []
    for replica in range(args.replicas):
        items += copies_corpus(bodies, seed=args.seed + replica, source_prefix=f"r{replica}/" if replica else "")
    measure("copies", items)
    measure("rewrites (ECB+ dev, groups = topics)", rewrites_corpus(ecbplus_documents(data)),
            group_of=lambda doc: doc.split("/")[0])


if __name__ == "__main__":
    main()
