"""Fit pipeline/calibration.json from judged precision sheets (benchmarks/judged/*.csv).

usage: python3 benchmarks/calibrate.py SHEET.csv[:RULE_PREFIX] [...] [--out PATH]
       python3 benchmarks/calibrate.py SHEET.csv[:RULE_PREFIX] [...] --loso
       python3 benchmarks/calibrate.py SHEET.csv[:RULE_PREFIX] [...] --held-out OTHER.csv [...]

`--held-out` writes nothing: it fits on the sheets and prints the reliability on the held-out
sheets (judged on articles no fitted sheet drew from) of that fit, of the confidence the judged run
gave (the calibration shipped then) and of the raw extractor scores. `--loso` writes nothing either: it scores the calibration leave-one-sheet-out (each sheet's claims given
the confidence a table fitted on the other sheets would give them) and prints the reliability
table, Brier score, log-loss and expected calibration error, beside the same figures for the
confidence the judged runs gave ("as run") and for the extractor's scores before calibration.
A claim read in k articles is given k readings of its sampled evidence's construction (the sheet
keeps one evidence per claim).

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

import math

from benchmarks.evaluation.judging import read_sheet, reliability
from pipeline.calibration import CALIBRATION_PATH, ConstructionFit, calibrated, combine, construction_of


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


def _judged(rows: list[dict]) -> list[dict]:
    return [r for r in rows if (r.get("verdict") or "").strip().lower() in ("y", "n")
            and _score(r) is not None and r.get("rule")]


def _three_ways(row: dict, table: dict[str, ConstructionFit], corpus: str) -> tuple[dict, dict, dict]:
    """A judged row's confidence as its run gave it, as the raw extractor score, and calibrated by
    `table` (combined over the articles that read the claim), each with its verdict and corpus."""
    verdict = row["verdict"].strip().lower()
    value = calibrated(row["rule"], _score(row), table)
    readings = range(int(row.get("support") or 1))
    return ({"confidence": float(row["confidence"]), "verdict": verdict, "corpus": corpus},
            {"confidence": _score(row), "verdict": verdict, "corpus": corpus},
            {"confidence": combine([(str(k), value) for k in readings]), "verdict": verdict, "corpus": corpus})


def leave_one_sheet_out(sheets: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """(confidence, verdict) rows per way of setting confidence: as run, raw score, calibrated
    on the other sheets."""
    results: dict[str, list[dict]] = {"as run": [], "extractor score": [], "calibrated, leave-one-sheet-out": []}
    for name, rows in sheets.items():
        others = [row for other, other_rows in sheets.items() if other != name for row in other_rows]
        table = {rule: ConstructionFit(**values) for rule, values in fit(others).items()}
        for row in _judged(rows):
            for found, way in zip(_three_ways(row, table, corpus_of(name)), results.values()):
                way.append(found)
    return results


def held_out(fitted: dict[str, list[dict]], judged: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """(confidence, verdict) rows of the `judged` sheets per way of setting confidence: as run (the
    calibration the judged run shipped with), raw score, and calibrated by a table fitted on the
    `fitted` sheets alone, which must not include them."""
    table = {rule: ConstructionFit(**values)
             for rule, values in fit([row for rows in fitted.values() for row in rows]).items()}
    results: dict[str, list[dict]] = {"as run": [], "extractor score": [], "calibrated by the fitted sheets": []}
    for name, rows in judged.items():
        for row in _judged(rows):
            for found, way in zip(_three_ways(row, table, corpus_of(name)), results.values()):
                way.append(found)
    return results


def corpus_of(sheet_spec: str) -> str:
    """The corpus a judged sheet drew from: its file name up to the first hyphen
    ("ecbplus-dev-session10-seed23-b.csv" -> "ecbplus")."""
    return Path(sheet_spec.partition(".csv:")[0]).name.split("-")[0]


def calibration_report(rows: list[dict]) -> str:
    n = len(rows)
    right = [1.0 if r["verdict"] == "y" else 0.0 for r in rows]
    conf = [min(0.999, max(0.001, float(r["confidence"]))) for r in rows]
    brier = sum((c - y) ** 2 for c, y in zip(conf, right)) / n
    log_loss = -sum(math.log(c if y else 1 - c) for c, y in zip(conf, right)) / n
    table = reliability(rows)
    ece = sum(k * abs(mean - precision) for _, k, mean, precision in table) / n
    lines = [f"  claims {n}, precision {sum(right) / n:.3f}; Brier {brier:.4f}, log-loss {log_loss:.4f}, "
             f"expected calibration error {ece:.4f}",
             "  | confidence bin | claims | mean confidence | precision |", "  | --- | --- | --- | --- |"]
    lines += [f"  | {b} | {k} | {mean:.2f} | {precision:.2f} |" for b, k, mean, precision in table]
    return "\n".join(lines)


def _read_specs(specs: list[str]) -> dict[str, list[dict]]:
    sheets = {}
    for spec in specs:
        path_text, _, prefix = spec.partition(".csv:")
        path = Path(path_text + ".csv" if prefix or spec.endswith(".csv:") else spec)
        sheets[spec] = [row for row in read_sheet(path) if (row.get("rule") or "").startswith(prefix)]
    return sheets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fit per-construction calibration from judged sheets.")
    parser.add_argument("sheets", nargs="+", help="judged sheets, each optionally :RULE_PREFIX")
    parser.add_argument("--out", type=Path, default=CALIBRATION_PATH)
    parser.add_argument("--loso", action="store_true",
                        help="print the leave-one-sheet-out reliability of the calibration; write nothing")
    parser.add_argument("--held-out", nargs="+", metavar="SHEET",
                        help="print the reliability, on these judged sheets, of a calibration fitted on the "
                             "others (and of the confidence their run gave); write nothing")
    args = parser.parse_args(argv)
    if args.held_out and set(args.held_out) & set(args.sheets):
        parser.error("a held-out sheet is among the fitted ones")
    sheets = _read_specs(args.sheets)
    if args.held_out:
        judged = _read_specs(args.held_out)
        for way, rows in held_out(sheets, judged).items():
            print(f"{way}:\n{calibration_report(rows)}")
        return 0
    if args.loso:
        for way, rows in leave_one_sheet_out(sheets).items():
            print(f"{way}:\n{calibration_report(rows)}")
            # A pooled table can hide a corpus the fit serves badly (news of another kind than
            # most sheets): each corpus's own reliability beside it.
            for corpus in sorted({row["corpus"] for row in rows}):
                print(f"{way}, {corpus} sheets only:\n"
                      f"{calibration_report([row for row in rows if row['corpus'] == corpus])}")
        return 0
    rows = [row for sheet_rows in sheets.values() for row in sheet_rows]
    sources = list(sheets)
    constructions = fit(rows)
    data = {"about": "Written by `python3 benchmarks/calibrate.py " + " ".join(sources) + "`; do not edit by hand.",
            "constructions": constructions}
    args.out.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(constructions)} constructions from {sum(c['judged'] for c in constructions.values())} "
          f"judged claims to {args.out}")
    return 0
