"""The claim-judging protocol: reproducible samples, fresh samples that avoid read articles, and the figures."""
from __future__ import annotations

import json
from pathlib import Path

from benchmarks.evaluation.calibration import fit
from benchmarks.evaluation.judging import (
    main, marked_sentence, read_sheet, reliability, sample_sheet, score_recall, score_sheet, write_sheet, SHEET_FIELDS,
)

TEXT = "Acme Corp. hired Jane Roe. Roe said it was fine."


def make_run(folder: Path, n_articles: int = 6) -> Path:
    articles, claims = [], []
    for a in range(n_articles):
        aid = f"a_{a:02d}"
        articles.append({"article_id": aid, "source": f"{aid}.txt", "status": "kept", "text": TEXT})
        claims.append({"claim_id": f"c_{a:02d}", "subject": {"entity_id": "e1", "name": "Jane Roe"},
                       "predicate": "affiliated_with", "object": {"entity_id": "e2", "name": "Acme Corp."},
                       "value": None, "qualifiers": {"role": "hire"}, "attributed_to": None, "polarity": "affirmed",
                       "modality": "asserted", "confidence": 0.5 + a / 20, "support": 1,
                       "evidence": [{"article_id": aid, "sentence": TEXT[:26], "start": 0, "end": 26,
                                     "subject_span": [17, 25], "object_span": [0, 10], "rule": "verb_active",
                                     "score": 0.5 + a / 20}]})
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles))
    (folder / "claims.jsonl").write_text("".join(json.dumps(c) + "\n" for c in claims))
    return folder


def test_marked_sentence_shows_both_arguments():
    evidence = {"start": 0, "end": 26, "subject_span": [17, 25], "object_span": [0, 10]}
    assert marked_sentence(evidence, TEXT) == "[O: Acme Corp.] hired [S: Jane Roe]."


def test_same_seed_same_sample_and_exclusion_leaves_read_articles_out(tmp_path):
    run = make_run(tmp_path / "run")
    first, again = sample_sheet(run, 3, 7, set()), sample_sheet(run, 3, 7, set())
    assert first == again and len(first) == 3
    read = {row["article_id"] for row in first}
    fresh = sample_sheet(run, 3, 8, read)
    assert not read & {row["article_id"] for row in fresh}


def test_rule_sheet_draws_only_that_constructions_claims(tmp_path):
    run = make_run(tmp_path / "run")
    claims = [json.loads(line) for line in (run / "claims.jsonl").read_text().splitlines()]
    claims[0]["evidence"][0]["rule"] = "open_verb+chain"
    (run / "claims.jsonl").write_text("".join(json.dumps(c) + "\n" for c in claims))
    rows = sample_sheet(run, 5, 3, set(), rule="open_verb")
    assert [row["claim_id"] for row in rows] == ["c_00"]


def test_sheet_round_trip_and_scores(tmp_path):
    run = make_run(tmp_path / "run")
    sheet = tmp_path / "sheet.csv"
    assert main([str(run), "--n", "4", "--seed", "1", "--sheet", str(sheet)]) == 0
    rows = read_sheet(sheet)
    for number, row in enumerate(rows):
        row["verdict"] = "y" if number % 2 == 0 else "n"
        row["error_class"] = "" if number % 2 == 0 else "wrong_role"
    write_sheet(sheet, rows, SHEET_FIELDS)
    report = score_sheet(read_sheet(sheet))
    assert report.startswith("precision 2/4 (50%)") and "wrong_role 2" in report
    assert sum(n for _, n, _, _ in reliability(rows)) == 4
    assert fit(rows)["verb_active"]["judged"] == 4


def test_recall_counts_missed_claims_and_leaves_open_relations_out():
    rows = [{"predicate": "said", "verdict": "y"}, {"predicate": "affiliated_with", "verdict": "missed"},
            {"predicate": "affiliated_with", "verdict": "y"}, {"predicate": "open:sue", "verdict": "y"},
            {"predicate": "lives_in", "verdict": "n"}]
    report = score_recall(rows)
    assert report.startswith("recall 2/3 (67%)")
    assert "typed (not said) recall 1/2 (50%)" in report
    rows.append({"predicate": "located_in", "verdict": "missed", "note": "borderline: a place inside a name"})
    assert "without the 1 missed rows noted 'borderline:': recall 2/3 (67%), typed 1/2 (50%)" in score_recall(rows)


def test_leave_one_sheet_out_scores_each_sheet_on_a_table_fitted_without_it():
    from benchmarks.evaluation.calibration import calibration_report, leave_one_sheet_out

    def sheet(rule: str, right: int, wrong: int) -> list[dict]:
        return [{"rule": rule, "score": "0.8", "confidence": "0.8", "support": "1", "verdict": "y" if k < right else "n"}
                for k in range(right + wrong)]
    sheets = {"a": sheet("open_verb", 2, 8), "b": sheet("open_verb", 5, 5) + sheet("appos_role", 9, 1)}
    results = leave_one_sheet_out(sheets)
    scored = results["calibrated, leave-one-sheet-out"]
    assert len(scored) == 30 and len(results["as run"]) == 30
    # sheet a's claims get the level b judged (50%), shrunk towards the score: between 0.5 and 0.8
    assert all(0.5 < row["confidence"] < 0.8 for row in scored[:10])
    assert "expected calibration error" in calibration_report(scored)


def test_each_scored_claim_names_the_corpus_of_its_sheet():
    from benchmarks.evaluation.calibration import corpus_of, leave_one_sheet_out

    assert corpus_of("benchmarks/judged/ecbplus-dev-session10-seed23-b.csv") == "ecbplus"
    assert corpus_of("benchmarks/judged/polnear-train-baseline-seed1.csv:quote:") == "polnear"
    row = {"rule": "open_verb", "score": "0.8", "confidence": "0.8", "support": "1", "verdict": "y"}
    results = leave_one_sheet_out({"judged/polnear-a.csv": [row], "judged/ecbplus-b.csv": [dict(row, verdict="n")]})
    assert [r["corpus"] for r in results["as run"]] == ["polnear", "ecbplus"]


def test_held_out_sheets_are_scored_on_a_table_fitted_on_the_others_alone():
    from benchmarks.evaluation.calibration import held_out

    def sheet(rule: str, right: int, wrong: int) -> list[dict]:
        return [{"rule": rule, "score": "0.8", "confidence": "0.9", "support": "1", "verdict": "y" if k < right else "n"}
                for k in range(right + wrong)]
    results = held_out({"fitted.csv": sheet("open_verb", 2, 18)}, {"judged/reuters-a.csv": sheet("open_verb", 9, 1)})
    assert [r["confidence"] for r in results["as run"]] == [0.9] * 10  # what the judged run gave
    # the fit knows only the fitted sheet's 10%: the held-out claims fall well below their 0.8 score
    assert all(r["confidence"] < 0.5 and r["corpus"] == "reuters" for r in results["calibrated by the fitted sheets"])
