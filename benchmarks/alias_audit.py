"""Alias audit: a sample of multi-alias entities from a large real run, written out for judging by reading.

usage: python3 benchmarks/alias_audit.py sample --seed N [--size 60] [--work DIR] [--from-run OUT] [--out FILE]
       python3 benchmarks/alias_audit.py score FILE...

`sample` runs the pipeline once over every real article of the shared data (the 181 benchmark
pages, the 840 PolNeAR train texts and the ECB+ dev documents: 1,700+ articles of unrelated
stories, as one dump), draws `--size` entities that have two or more aliases with `--seed`, and
writes a sheet: for each entity its name, type and, for every alias, one evidence sentence (the
mention in [[ ]]). Evidence is drawn where an error would show: an article in which the entity
is known by that alias alone, when there is one. Each entity has a `verdict:` line to fill in:
`ok`, `wrong: <which member, why>` when any alias or evidence mention stands for a different
real thing than the entity's name, or `junk: <why>` when the entity is no name at all but its
members agree (counted apart from wrong members).

`score` reads judged sheets and prints the wrong-member rate (entities with a wrong member over
entities judged). The judged sheets live in benchmarks/judged/.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.evaluation.data import DATA  # noqa: E402
from benchmarks.evaluation.ecbplus_e2e import load_documents, write_documents  # noqa: E402
from pipeline.resolve import resolve_entities  # noqa: E402
from pipeline.run import RunOptions, run  # noqa: E402
from pipeline.state import open_state  # noqa: E402
from benchmarks.evaluation.sheets import sentence_around, tally_verdicts, write_sheet  # noqa: E402

def build_dump(work: Path) -> Path:
    """Links to the benchmark pages and PolNeAR train texts, and the ECB+ documents as text files."""
    dump = work / "dump"
    for name, source in (("pages", DATA / "article-extraction-benchmark" / "html"),
                         ("polnear", DATA / "polnear" / "train" / "text")):
        folder = dump / name
        folder.mkdir(parents=True, exist_ok=True)
        for path in sorted(source.iterdir()):
            link = folder / path.name
            if not link.exists():
                link.symlink_to(path)
    documents, _ = load_documents(DATA)
    write_documents(documents, dump / "ecbplus")
    return dump


def sample_sheet(work: Path, seed: int, size: int, workers: int, from_run: Path | None = None) -> str:
    """The sheet of a fresh run over the audit dump, or (`from_run`) of an earlier run's output folder
    over any inputs, its articles re-resolved with this checkout's code."""
    if from_run is None:
        dump = build_dump(work)
        started = time.perf_counter()
        run(RunOptions(inputs=(dump,), out=work / "out", workers=workers))
        print(f"pipeline run: {time.perf_counter() - started:.0f} s", file=sys.stderr)
    with open_state(from_run or work / "out") as store:
        analyses = list(store.iter_analyses())
    inputs = f"the articles of {from_run}" if from_run else "benchmark pages, PolNeAR train, ECB+ dev"
    return sheet_of(analyses, seed, size, inputs)


def sheet_of(analyses: list, seed: int, size: int,
             inputs: str = "benchmark pages, PolNeAR train, ECB+ dev") -> str:
    """The sheet for a seed over analysed articles (resolved here, with the code of this checkout)."""
    resolution = resolve_entities(analyses)
    # entity -> alias form -> [(article, mention)]
    uses: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    forms_in_article: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_id = {e.entity_id: e for e in resolution.entities}
    from pipeline.resolve.normalize import clean_name

    for analysis in analyses:
        assigned = resolution.entity_of.get(analysis.article.article_id, {})
        for m in analysis.mentions:
            eid = assigned.get(m.index)
            if eid is None or m.refers_to is not None:
                continue
            form = clean_name(m.text, m.label)
            uses[eid][form].append((analysis, m))
            forms_in_article[(eid, analysis.article.article_id)].add(form)
    candidates = sorted(e.entity_id for e in resolution.entities if len(e.aliases) >= 2)
    rng = random.Random(seed)
    chosen = sorted(rng.sample(candidates, min(size, len(candidates))))
    n_articles = len(analyses)
    lines = [f"# Alias audit, seed {seed}: {len(chosen)} of {len(candidates)} entities with 2+ aliases",
             "", f"Run: {n_articles} articles ({inputs}) in one dump, "
             f"{len(resolution.entities)} entities. Command: `python3 benchmarks/alias_audit.py sample --seed {seed}`.",
             "A verdict is `wrong` when any alias or evidence mention stands for another real thing than the name.", ""]
    for n, eid in enumerate(chosen, 1):
        entity = by_id[eid]
        articles = {a.article.article_id for form in uses[eid].values() for a, _ in form}
        lines.append(f"## {n}. {entity.name} [{entity.type}] `{eid}` ({entity.mentions} mentions, "
                     f"{len(articles)} articles)")
        for form in sorted(uses[eid]):
            found = uses[eid][form]
            alone = [(a, m) for a, m in found if forms_in_article[(eid, a.article.article_id)] == {form}]
            analysis, m = rng.choice(alone or found)
            where = Path(analysis.article.source).name[:48]
            lines.append(f"- **{form}** ({len(found)}x, {len({a.article.article_id for a, _ in found})} art.) "
                         f"`{where}`: {sentence_around(analysis.article.text or '', m.start, m.end)}")
        lines += ["", "verdict: ", ""]
    return "\n".join(lines) + "\n"


def score_text(text: str) -> dict[str, int]:
    return tally_verdicts(text, ("wrong", "junk"))


def score(paths: list[Path]) -> None:
    for path in paths:
        c = score_text(path.read_text(encoding="utf-8"))
        rate = c["wrong"] / c["judged"] if c["judged"] else 0.0
        print(f"{path}: {c['judged']} judged of {c['items']}, {c['wrong']} with a wrong member: {rate:.1%}; "
              f"{c['junk']} not a name at all (junk)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample", help="run the pipeline and write a sheet to judge")
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--size", type=int, default=60)
    s.add_argument("--work", type=Path, default=Path("/tmp/newsclaims-alias-audit"))
    s.add_argument("--workers", type=int, default=1)
    s.add_argument("--out", type=Path, help="sheet path (default: stdout)")
    s.add_argument("--from-run", type=Path, help="sample an earlier run's output folder (any inputs) instead of "
                   "running the pipeline over the audit dump; its articles are re-resolved with this checkout")
    c = sub.add_parser("score", help="wrong-member rate of judged sheets")
    c.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "score":
        score(args.files)
        return 0
    sheet = sample_sheet(args.work, args.seed, args.size, args.workers, args.from_run)
    write_sheet(sheet, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
