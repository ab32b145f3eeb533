"""Fit pipeline/calibration.json from judged precision sheets (benchmarks/judged/*.csv).

usage: python3 benchmarks/calibrate.py SHEET.csv[:RULE_PREFIX] [...] [--out PATH]

A sheet judged on an earlier version of the pipeline can lend only the constructions that did not
change since: SHEET.csv:quote: takes its rows whose rule starts with "quote:".

Per construction (the evidence's rule, '+chain' folded into its rule): how many claims were
judged, how many were right, and the mean extractor score of those claims (the `score` column;
rows judged before scores were recorded use the claim confidence when the claim had one
reading). pipeline/calibration.py turns these into a scale factor per construction.
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from benchmarks.evaluation.judging import read_sheet
from pipeline.calibration import CALIBRATION_PATH, construction_of


def _score(row: dict) -> float | None:
    if row.get("score"):
        return float(row["score"])
    if str(row.get("support", "")) == "1" and row.get("confidence"):
        return float(row["confidence"])
    return None


def fit(rows: list[dict]) -> dict[str, dict]:
    groups: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for row in rows:
        verdict = (row.get("verdict") or "").strip().lower()
        score = _score(row)
        if verdict not in ("y", "n") or score is None or not row.get("rule"):
            continue
        groups[construction_of(row["rule"])].append((score, verdict == "y"))
    return {rule: {"judged": len(items), "right": sum(ok for _, ok in items),
                   "mean_score": round(sum(s for s, _ in items) / len(items), 4)}
            for rule, items in sorted(groups.items())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fit per-construction calibration from judged sheets.")
    parser.add_argument("sheets", nargs="+", help="judged sheets, each optionally :RULE_PREFIX")
    parser.add_argument("--out", type=Path, default=CALIBRATION_PATH)
    args = parser.parse_args(argv)
    rows, sources = [], []
    for spec in args.sheets:
        path_text, _, prefix = spec.partition(".csv:")
        path = Path(path_text + ".csv" if prefix or spec.endswith(".csv:") else spec)
        rows += [row for row in read_sheet(path) if (row.get("rule") or "").startswith(prefix)]
        sources.append(spec)
    constructions = fit(rows)
    data = {"about": "Written by `python3 benchmarks/calibrate.py " + " ".join(sources) + "`; do not edit by hand.",
            "constructions": constructions}
    args.out.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(constructions)} constructions from {sum(c['judged'] for c in constructions.values())} "
          f"judged claims to {args.out}")
    return 0
