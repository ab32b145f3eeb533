"""Ingest throughput: documents and decompressed MB per second, and the process's peak memory, per input kind.

Usage: python3 benchmarks/bench_ingest.py [--records N]
Reads the 181 real pages of shared/data/article-extraction-benchmark (NEWSCLAIMS_SHARED overrides
the shared folder) and a JSONL.gz and a WARC.gz it builds in a temporary folder from them.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import tempfile
import time
import resource
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from pipeline.ingest import read_inputs  # noqa: E402

from benchmarks.evaluation.data import SHARED  # noqa: E402
PAGES = SHARED / "data" / "article-extraction-benchmark" / "html"


def measure(label: str, path: Path) -> None:
    started = time.perf_counter()
    documents = errors = chars = 0
    for document in read_inputs([path]):
        documents += 1
        errors += document.error is not None
        chars += len(document.content or "")
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports KiB
    print(f"{label:<22} {documents:>7} docs {errors:>3} errors {chars / 1e6:>8.1f} M chars "
          f"{seconds:>6.2f} s {documents / seconds:>8.0f} docs/s {chars / 1e6 / seconds:>6.1f} M chars/s "
          f"max RSS so far {peak / 1e6:>6.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20000, help="records in the built JSONL and WARC")
    args = parser.parse_args()
    pages = [gzip.decompress(p.read_bytes()) for p in sorted(PAGES.glob("*.html.gz"))]
    measure("181 real .html.gz", PAGES)
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "dump.jsonl.gz"
        with gzip.open(dump, "wt", encoding="utf-8") as out:
            for n in range(args.records):
                out.write(json.dumps({"id": n, "html": pages[n % len(pages)].decode("utf-8", "replace")}) + "\n")
        measure(f"jsonl.gz x{args.records}", dump)
        archive = Path(tmp) / "crawl.warc.gz"
        with archive.open("wb") as handle:
            writer = WARCWriter(handle, gzip=True)
            for n in range(args.records // 4):
                http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    f"https://news.example/{n}", "response", payload=io.BytesIO(pages[n % len(pages)]),
                    http_headers=http))
        measure(f"warc.gz x{args.records // 4}", archive)


if __name__ == "__main__":
    main()
