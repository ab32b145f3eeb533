"""Export a run over the 181 benchmark pages to every format: time and peak memory per format.

Usage: python3 benchmarks/export.py [--run DIR] [--repeat N] [--formats csv sqlite ...]

Without --run, `python3 -m pipeline run PAGES --out TMP --workers 1` makes the run first
(PAGES: shared/data/article-extraction-benchmark/html; NEWSCLAIMS_SHARED overrides the shared
folder). Each export runs in its own child process, which imports only pipeline.export and the
format's library: `seconds` is the export call's wall time (median of --repeat), `peak MB` the
child's maximum resident set (os.wait4's rusage, the largest over the repeats), and `base MB`
the same child's peak when it imports everything but exports nothing, so that peak - base is
what the export itself holds. Wall times swing with whatever else the machine runs.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from benchmarks.evaluation.data import SHARED  # noqa: E402
from pipeline.export import FORMATS  # noqa: E402

PAGES = SHARED / "data" / "article-extraction-benchmark" / "html"

CHILD = """
import json, sys, time
from importlib import import_module
from pathlib import Path
from pipeline.export import FORMATS, export
run, fmt, target, dry = sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4] == "dry"
import_module("pipeline.export." + FORMATS[fmt].writer.split(":")[0])
started = time.perf_counter()
counts = {} if dry else export(Path(run), fmt, target)
print(json.dumps({"seconds": time.perf_counter() - started, "counts": counts}))
"""


def child(run: Path, fmt: str, target: Path, dry: bool) -> dict:
    process = subprocess.Popen([sys.executable, "-c", CHILD, str(run), fmt, str(target), "dry" if dry else "export"],
                               cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # wait4 gives this child's own rusage; reading the pipes after it is safe because the
    # child writes one short line
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    out, err = process.stdout.read().decode(), process.stderr.read().decode(errors="replace")
    process.stdout.close(), process.stderr.close()
    if process.returncode != 0:
        raise RuntimeError(f"export {fmt} failed:\n{err[-2000:]}")
    return {**json.loads(out), "peak_kb": usage.ru_maxrss}


def size_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, help="an existing run folder (default: run the pipeline over the pages)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--formats", nargs="+", default=list(FORMATS), choices=list(FORMATS))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsclaims-export-bench-") as tmp:
        run = args.run
        if run is None:
            run = Path(tmp) / "run"
            print(f"running the pipeline over {PAGES} ...", file=sys.stderr)
            subprocess.run([sys.executable, "-m", "pipeline", "run", str(PAGES), "--out", str(run), "--workers", "1"],
                           cwd=REPO, check=True, env={**os.environ, "TQDM_DISABLE": "1"})
        info = json.loads((run / "run.json").read_text(encoding="utf-8"))["counts"]
        print(f"run: {sum(info['articles'].values())} articles ({info['articles']}), {info['entities']} entities, {info['claims']} claims; "
              f"claims.jsonl {size_bytes(run / 'claims.jsonl') / 1e6:.2f} MB")
        print(f"{'format':<8} {'seconds':>8} {'peak MB':>8} {'base MB':>8} {'size MB':>8}  written")
        for fmt in args.formats:
            target = Path(tmp) / "exports" / FORMATS[fmt].default_target
            base = child(run, fmt, target, dry=True)
            results = [child(run, fmt, target, dry=False) for _ in range(args.repeat)]
            seconds = statistics.median(r["seconds"] for r in results)
            peak = max(r["peak_kb"] for r in results) / 1024
            written = ", ".join(f"{n} {name}" for name, n in results[-1]["counts"].items())
            print(f"{fmt:<8} {seconds:>8.2f} {peak:>8.1f} {base['peak_kb'] / 1024:>8.1f} "
                  f"{size_bytes(target) / 1e6:>8.2f}  {written}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
