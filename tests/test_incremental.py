"""Incremental runs: the output folder's SQLite state lets a second run redo only what is new,
and its output equals a fresh run's."""
from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from pipeline import tasks
from pipeline.state import open_state, state_path
from support.scale import build_corpus, output_bytes, run_into


@pytest.fixture(scope="module")
def corpus(shared_data: Path, tmp_path_factory) -> tuple[Path, Path]:
    """(all, half): two input roots; half holds the first half of all's files at the same paths."""
    everything = tmp_path_factory.mktemp("all")
    files = build_corpus(shared_data, everything)
    half = tmp_path_factory.mktemp("half")
    for path in files[: len(files) // 2]:
        target = half / path.relative_to(everything)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    return everything, half


@pytest.fixture(scope="module")
def fresh_all(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("fresh")
    run_into(out, corpus[0])
    return out


def test_half_then_all_equals_a_fresh_run_and_reuses_the_half(corpus, fresh_all, tmp_path):
    everything, half = corpus
    run_into(tmp_path, half)
    kept_first = _kept_ids(tmp_path)
    second = run_into(tmp_path, everything)
    # plain-text files are re-cleaned when the dump's line statistics change (they do here); an
    # article kept in both runs is never extracted twice (one kept first may turn duplicate
    # when its copy arrives, and then needs no extraction)
    assert second.reused["articles"] == len(kept_first & _kept_ids(tmp_path)) > 0
    assert output_bytes(tmp_path) == output_bytes(fresh_all)


def _kept_ids(out: Path) -> set[str]:
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["article_id"] for r in map(json.loads, lines) if r["status"] == "kept"}


def test_rerun_of_the_same_dump_extracts_nothing_and_writes_the_same_bytes(corpus, fresh_all, tmp_path):
    shutil.copytree(fresh_all, tmp_path, dirs_exist_ok=True)
    summary = run_into(tmp_path, corpus[0])
    assert summary.reused["files"] == sum(1 for p in corpus[0].rglob("*") if p.is_file())
    assert summary.reused["articles"] == summary.articles["kept"]
    assert output_bytes(tmp_path) == output_bytes(fresh_all)


def test_fresh_discards_the_state(corpus, fresh_all, tmp_path):
    shutil.copytree(fresh_all, tmp_path, dirs_exist_ok=True)
    summary = run_into(tmp_path, corpus[0], fresh=True)
    assert summary.reused == {"files": 0, "articles": 0}
    assert output_bytes(tmp_path) == output_bytes(fresh_all)


def test_a_changed_file_is_redone_and_the_others_reused(corpus, fresh_all, tmp_path):
    changed = tmp_path / "in"
    shutil.copytree(corpus[0], changed)
    out = tmp_path / "out"
    shutil.copytree(fresh_all, out)
    target = sorted((changed / "a").glob("*.txt"))[-1]
    text = target.read_text(encoding="utf-8")
    assert " the " in text
    target.write_text(text.replace(" the ", " a ", 1), encoding="utf-8")  # an edit inside the body
    summary = run_into(out, changed)
    assert summary.reused["articles"] == summary.articles["kept"] - 1
    fresh = tmp_path / "fresh"
    run_into(fresh, changed)
    assert output_bytes(out) == output_bytes(fresh)


def test_a_run_killed_midway_keeps_the_previous_outputs_and_the_next_run_picks_up(
        corpus, fresh_all, tmp_path, monkeypatch):
    everything, half = corpus
    run_into(tmp_path, half)
    before = output_bytes(tmp_path)
    kept_first = _kept_ids(tmp_path)
    real_analyse_chunk = tasks.analyse_chunk
    calls = []

    def dies_on_second_chunk(nlp, articles, batch_size, costs=None):
        calls.append(len(articles))
        if len(calls) == 2:
            raise KeyboardInterrupt("killed")
        return real_analyse_chunk(nlp, articles, batch_size, costs)

    monkeypatch.setattr(tasks, "analyse_chunk", dies_on_second_chunk)
    with pytest.raises(KeyboardInterrupt):
        run_into(tmp_path, everything, batch_size=1)  # one process, a commit per article
    assert output_bytes(tmp_path) == before
    monkeypatch.undo()

    with open_state(tmp_path) as store:
        stored = store._db.execute("SELECT COUNT(*) FROM analyses").fetchone()[0]
    assert stored == len(kept_first) + calls[0]

    summary = run_into(tmp_path, everything)
    assert summary.reused["articles"] == len(kept_first & _kept_ids(tmp_path)) + calls[0]
    assert output_bytes(tmp_path) == output_bytes(fresh_all)


def test_state_lives_in_the_output_folder(fresh_all):
    assert state_path(fresh_all) == fresh_all / ".newsclaims" / "state.sqlite"
    assert state_path(fresh_all).is_file()


def test_html_files_cleaned_before_are_not_cleaned_again_when_the_dump_grows(shared_data, tmp_path):
    pages = sorted((shared_data / "article-extraction-benchmark" / "html").glob("*.html.gz"),
                   key=lambda p: (p.stat().st_size, p.name))[:4]
    everything, half = tmp_path / "all", tmp_path / "half"
    for i, page in enumerate(pages):
        for root in (everything, half) if i < 2 else (everything,):
            root.mkdir(exist_ok=True)
            (root / page.name.removesuffix(".gz")).write_bytes(gzip.decompress(page.read_bytes()))
    out = tmp_path / "out"
    run_into(out, half)
    summary = run_into(out, everything)
    assert summary.reused["files"] == 2
    fresh = tmp_path / "fresh"
    run_into(fresh, everything)
    assert output_bytes(out) == output_bytes(fresh)
