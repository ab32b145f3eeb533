"""Clutter audit: a seeded sample of entities from a run over web pages, written out for judging by reading.

usage: python3 benchmarks/clutter_audit.py sample OUT --seed N [--size 30] [--truth FILE] [--out SHEET]
       python3 benchmarks/clutter_audit.py score SHEET...
       python3 benchmarks/clutter_audit.py outside OUT [--list N]   (a machine hint over the whole run)

`sample` reads a finished run's folder OUT (e.g. `python3 -m pipeline run
../shared/data/article-extraction-benchmark/html --out OUT`), sorts the entities of
OUT/entities.jsonl by id, draws `--size` of them with random.Random(seed), and writes a sheet: for
each entity its name, type, aliases and every mention (up to `--per-entity`) with the sentence
it stands in (the mention in [[ ]]) and the page it comes from; mentions whose sentence is
outside the page's hand-marked body (below) are always shown first. With `--truth` (default: the
benchmark's ground-truth.json) each mention also shows which share of its sentence's 4-word
shingles the page's hand-marked article body holds: a hint for the judge, not the verdict (the
ground truth leaves out titles and captions, and its whitespace differs from ours).

The judge reads the page (the sentence, and the HTML where needed) and fills in each `verdict:`
line with one of
  `article`          every mention stands in the article text;
  `clutter: <kind>`  the entity exists only through page clutter (navigation, teaser list,
                     byline, photo credit, footer, ad, related-stories box, page title, ...);
  `mixed: <kind>`    the entity is in the article, but some mentions come from clutter.
`score` counts them: the clutter rate is `clutter` entities over entities judged; `mixed` is
counted apart. Judged sheets live in benchmarks/judged/.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Mapping, NamedTuple

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.evaluation.data import DATA  # noqa: E402
from benchmarks.evaluation.sheets import sentence_around, sentence_span, tally_verdicts, write_sheet  # noqa: E402

DEFAULT_TRUTH = DATA / "article-extraction-benchmark" / "ground-truth.json"
_WORD = re.compile(r"\w+")


class Use(NamedTuple):
    """One mention of an entity: the page it is on, the article text, and its character span."""
    source: str
    text: str
    start: int
    end: int


def page_id(source: str) -> str:
    """The benchmark's id of a page from an article's source path ('<id>.html.gz' -> '<id>')."""
    return Path(source.split("#")[0]).name.split(".")[0]


def marked(use: Use, width: int = 320) -> str:
    return sentence_around(use.text, use.start, use.end, width)


def shingles(text: str, size: int = 4) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def share_in_truth(use: Use, truth: str | None) -> float | None:
    """Share of the mention sentence's 4-word shingles that the page's ground-truth body holds."""
    if truth is None:
        return None
    left, right = sentence_span(use.text, use.start, use.end)
    mine = shingles(use.text[left:right])
    if not mine:
        return None
    body = shingles(truth)
    return len(mine & body) / len(mine)


def sheet_of(entities: list[dict], uses: Mapping[str, list[Use]], truths: Mapping[str, str] | None,
             seed: int, size: int, per_entity: int = 6, header: str = "") -> str:
    """The sheet: `size` entities drawn with random.Random(seed) from `entities` sorted by id."""
    ordered = sorted(entities, key=lambda e: e["entity_id"])
    rng = random.Random(seed)
    chosen = sorted(rng.sample(ordered, min(size, len(ordered))), key=lambda e: e["entity_id"])
    lines = [f"# Clutter audit, seed {seed}: {len(chosen)} of {len(ordered)} entities", ""]
    if header:
        lines += [header, ""]
    lines += ["Verdicts: `article` (every mention in the article text), `clutter: <kind>` (the entity exists "
              "only through page clutter), `mixed: <kind>` (in the article, some mentions from clutter).",
              "`truth` = share of the sentence's 4-word shingles in the page's hand-marked article body (a hint).", ""]
    for n, entity in enumerate(chosen, 1):
        found = sorted(uses.get(entity["entity_id"], []), key=lambda u: (u.source, u.start))
        pages = sorted({page_id(u.source) for u in found})
        shares = {u: share_in_truth(u, truths.get(page_id(u.source))) if truths is not None else None for u in found}
        # Mentions outside the hand-marked body are where clutter would show: all of them are shown
        # first (up to per_entity), the rest of the room goes to a seeded sample of the others.
        outside = [u for u in found if shares[u] is not None and shares[u] < 0.5]
        others = [u for u in found if u not in outside]
        room = max(0, per_entity - len(outside))
        shown = outside[:per_entity] + (others if len(others) <= room else rng.sample(others, room))
        outside_note = f", {len(outside)} outside the truth body" if truths is not None else ""
        lines.append(f"## {n}. {entity['name']} [{entity['type']}] `{entity['entity_id']}` "
                     f"({entity.get('mentions', len(found))} mentions, {len(found)} named, {len(pages)} pages"
                     f"{outside_note})")
        lines.append(f"aliases: {', '.join(entity.get('aliases') or [])}")
        for use in sorted(shown, key=lambda u: (u.source, u.start)):
            pid = page_id(use.source)
            hint = "" if shares[use] is None else f" truth {shares[use]:.0%}"
            lines.append(f"- `{pid[:16]}` @{use.start}{hint}: {marked(use)}")
        if len(found) > len(shown):
            lines.append(f"- ({len(found) - len(shown)} more mentions not shown)")
        lines += ["", "verdict: ", ""]
    return "\n".join(lines) + "\n"


def score_text(text: str) -> dict[str, int]:
    return tally_verdicts(text, ("article", "clutter", "mixed"))


def score(paths: Iterable[Path]) -> None:
    for path in paths:
        c = score_text(path.read_text(encoding="utf-8"))
        rate = c["clutter"] / c["judged"] if c["judged"] else 0.0
        print(f"{path}: {c['judged']} judged of {c['items']}, {c['clutter']} from clutter only: {rate:.1%}; "
              f"{c['mixed']} in the article with some mentions from clutter (mixed); {c['article']} article only")


def outside_report(entities: list[dict], uses: Mapping[str, list[Use]], truths: Mapping[str, str],
                   listed: int = 0, seed: int = 0) -> str:
    """A machine hint over the whole run: entities whose every named mention stands outside the hand-marked
    article body. An upper bound on clutter entities, not a verdict: the ground truth also leaves out
    sub-headings, datelines and captions that belong to the article."""
    all_out, some_out, n_uses, n_out = [], 0, 0, 0
    for entity in sorted(entities, key=lambda e: e["entity_id"]):
        found = uses.get(entity["entity_id"], [])
        out = [u for u in found if (share := share_in_truth(u, truths.get(page_id(u.source)))) is not None
               and share < 0.5]
        n_uses, n_out = n_uses + len(found), n_out + len(out)
        if found and len(out) == len(found):
            all_out.append((entity, out[0]))
        elif out:
            some_out += 1
    lines = [f"{len(entities)} entities: {len(all_out)} with every named mention outside the truth body, "
             f"{some_out} with some; {n_out} of {n_uses} named mentions outside"]
    for entity, use in random.Random(seed).sample(all_out, min(listed, len(all_out))):
        lines.append(f"- {entity['name']} [{entity['type']}] `{page_id(use.source)[:16]}`: {marked(use)[:200]}")
    return "\n".join(lines) + "\n"


def load_uses(out: Path) -> tuple[list[dict], dict[str, list[Use]]]:
    """Entities of OUT/entities.jsonl and every named mention of each, re-resolved from the run's state.

    Resolution is deterministic, so re-resolving the stored analyses gives the run's entity ids; an
    id of entities.jsonl that does not come back (a user alias file or review changed it) stops the
    audit rather than showing an entity without its mentions."""
    from pipeline.resolve import resolve_entities
    from pipeline.state import open_state

    entities = [json.loads(line) for line in (out / "entities.jsonl").read_text(encoding="utf-8").splitlines() if line]
    with open_state(out) as store:
        analyses = [a for a in store.iter_analyses() if a.article.status == "kept"]
    resolution = resolve_entities(analyses)
    uses: dict[str, list[Use]] = defaultdict(list)
    for analysis in analyses:
        assigned = resolution.entity_of.get(analysis.article.article_id, {})
        text = analysis.article.text or ""
        for m in analysis.mentions:
            eid = assigned.get(m.index)
            if eid is not None and m.refers_to is None:
                uses[eid].append(Use(analysis.article.source, text, m.start, m.end))
    missing = [e["entity_id"] for e in entities if e["entity_id"] not in {x.entity_id for x in resolution.entities}]
    if missing:
        raise SystemExit(f"clutter_audit: {len(missing)} entity ids of entities.jsonl not found by re-resolving "
                         f"the run (e.g. {missing[0]}); run without --aliases/review")
    return entities, uses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample", help="write a sheet of sampled entities of a finished run")
    s.add_argument("run", type=Path, help="the run's output folder (holds entities.jsonl)")
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--size", type=int, default=30)
    s.add_argument("--per-entity", type=int, default=6, help="mentions shown per entity")
    s.add_argument("--truth", type=Path, default=DEFAULT_TRUTH,
                   help="ground-truth.json of the extraction benchmark ('-' for none)")
    s.add_argument("--out", type=Path, help="sheet path (default: stdout)")
    o = sub.add_parser("outside", help="count entities whose every mention is outside the ground-truth body")
    o.add_argument("run", type=Path)
    o.add_argument("--truth", type=Path, default=DEFAULT_TRUTH)
    o.add_argument("--list", type=int, default=0, help="list this many of them (seeded sample)")
    o.add_argument("--seed", type=int, default=0)
    c = sub.add_parser("score", help="clutter rate of judged sheets")
    c.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "score":
        score(args.files)
        return 0
    if not (args.run / "entities.jsonl").exists():
        parser.error(f"{args.run} holds no entities.jsonl")
    truths = None
    if str(args.truth) != "-" and args.truth.exists():
        truths = {k: v.get("articleBody", "") for k, v in json.loads(args.truth.read_text(encoding="utf-8")).items()}
    elif args.command == "outside":
        parser.error(f"outside needs the ground truth ({args.truth} not found)")
    entities, uses = load_uses(args.run)
    if args.command == "outside":
        sys.stdout.write(outside_report(entities, uses, truths, args.list, args.seed))
        return 0
    command = (f"Run: `{args.run}` ({len(entities)} entities). Command: `python3 benchmarks/clutter_audit.py sample "
               f"{args.run} --seed {args.seed} --size {args.size}`.")
    sheet = sheet_of(entities, uses, truths, args.seed, args.size, args.per_entity, header=command)
    write_sheet(sheet, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
