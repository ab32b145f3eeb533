"""Parallel and streaming execution: worker count never changes the output, work is planned
sensibly, and the state round-trips what extract found."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from models import Article, ArticleAnalysis, Mention, RelationMention
from pipeline import clean, engines, ingest, tasks
from pipeline.engines import open_engine
from pipeline.tasks import MIN_ARTICLES_PER_PROCESS, plan_extraction
from pipeline.state import open_state
from support.scale import build_corpus, output_bytes, run_into


@pytest.fixture(scope="module")
def corpus(shared_data: Path, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    build_corpus(shared_data, root)
    return root


@pytest.mark.parametrize("n_articles, workers, processes", [
    (0, 4, 1),
    (1, 4, 1),
    (MIN_ARTICLES_PER_PROCESS - 1, 2, 1),  # too few to pay for a second process
    (2 * MIN_ARTICLES_PER_PROCESS, 2, 2),
    (2 * MIN_ARTICLES_PER_PROCESS, 8, 2),
    (10_000, 2, 2),
    (10_000, 1, 1),
])
def test_plan_uses_one_process_for_few_articles_and_every_worker_for_many(n_articles, workers, processes):
    plan = plan_extraction(n_articles, workers, batch_size=64)
    assert plan.processes == processes
    assert 1 <= plan.chunk_size <= 64
    if processes > 1:  # several chunks per process, so the processes finish together
        assert n_articles / plan.chunk_size >= processes * 2


@given(window=st.integers(1, 5), n_tasks=st.integers(0, 30))
@settings(max_examples=25, deadline=None)
def test_bounded_keeps_at_most_window_tasks_in_flight_and_returns_every_result(window, n_tasks):
    in_flight, peak = 0, 0
    lock = threading.Lock()

    def task(i: int) -> int:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        time.sleep(0.001)
        with lock:
            in_flight -= 1
        return i * i

    with ThreadPoolExecutor(8) as pool:
        results = list(engines._bounded(lambda i: pool.submit(task, i), ((i,) for i in range(n_tasks)), window))
    assert sorted(results) == [i * i for i in range(n_tasks)]
    assert peak <= window


def test_per_file_tasks_clean_as_a_whole_tree_read_does(corpus):
    documents = list(ingest.read_inputs([corpus]))
    whole = [a.source for a in clean.clean_documents(documents, clean.LineStats.from_documents(documents))]
    file_tasks = tasks.file_tasks(tasks.input_files([corpus]), ingest.DEFAULT_MAX_BYTES)
    with open_engine("local", workers=2) as engine:
        stats = tasks.merge_line_stats(engine.map(tasks.count_lines, file_tasks))
        per_file = [a.source for _, articles in sorted(engine.map(tasks.clean_file, file_tasks, shared=stats))
                    for a in articles]
    assert per_file == whole
    assert stats.digest() == clean.LineStats.from_documents(documents).digest()
    assert any("/" in source for source in per_file)  # nested folders are kept in the source


def test_two_processes_write_the_same_bytes_as_one(corpus, tmp_path, monkeypatch):
    one = tmp_path / "one"
    run_into(one, corpus, workers=1)
    # force the pool on this tiny corpus: two processes, chunks of a few articles
    monkeypatch.setattr(tasks, "MIN_ARTICLES_PER_PROCESS", 1)
    two = tmp_path / "two"
    summary = run_into(two, corpus, workers=2, batch_size=2)
    assert summary.articles["kept"] >= 4
    assert output_bytes(two) == output_bytes(one)


def test_local_pool_runs_every_chunk_in_worker_processes(corpus, monkeypatch):
    monkeypatch.setattr(tasks, "MIN_ARTICLES_PER_PROCESS", 1)
    file_tasks = tasks.file_tasks(tasks.input_files([corpus]), ingest.DEFAULT_MAX_BYTES)
    with open_engine("local", workers=2) as engine:
        stats = tasks.merge_line_stats(engine.map(tasks.count_lines, file_tasks))
        cleaned = dict(engine.map(tasks.clean_file, file_tasks, shared=stats))
        kept = [a for i in sorted(cleaned) for a in cleaned[i] if a.status == "kept"]
        plan = plan_extraction(len(kept), 2, 2)
        chunks = [(kept[i:i + plan.chunk_size], 2) for i in range(0, len(kept), plan.chunk_size)]
        analyses = [a for part in engine.map_model(tasks.analyse_chunk, iter(chunks), plan.processes) for a in part]
    assert plan.processes == 2
    assert sorted(a.article.article_id for a in analyses) == sorted(a.article_id for a in kept)
    assert any(a.mentions for a in analyses)


_offsets = st.tuples(st.integers(0, 50), st.integers(0, 50)).map(sorted)


@st.composite
def analyses(draw) -> ArticleAnalysis:
    text = draw(st.text(min_size=1, max_size=60))
    mentions = [Mention(index=i, text=draw(st.text(max_size=10)), label=draw(st.sampled_from(["PERSON", "ORG"])),
                        start=s, end=e, refers_to=draw(st.none() | st.integers(0, 3)))
                for i, (s, e) in enumerate(draw(st.lists(_offsets, max_size=4)))]
    relations = [RelationMention(predicate=draw(st.sampled_from(["said", "visited", "open:meet"])), subject=0,
                                 object=draw(st.none() | st.integers(0, 3)), value=draw(st.none() | st.text(max_size=8)),
                                 value_span=draw(st.none() | _offsets.map(tuple)),
                                 qualifiers=draw(st.dictionaries(st.sampled_from(["date", "role"]), st.text(max_size=6))),
                                 confidence=draw(st.floats(0, 1)), sentence_start=0, sentence_end=len(text))
                 for _ in range(draw(st.integers(0, 3)))]
    article = Article(article_id="a_" + draw(st.text("0123456789abcdef", min_size=16, max_size=16)),
                      source=draw(st.text(min_size=1, max_size=12)), status="kept", text=text,
                      title=draw(st.none() | st.text(max_size=12)))
    return ArticleAnalysis(article=article, mentions=mentions, relations=relations)


@given(found=st.lists(analyses(), max_size=4, unique_by=lambda a: (a.article.source, a.article.article_id)))
@settings(max_examples=30, deadline=None)
def test_state_returns_analyses_exactly_and_in_input_order(found, tmp_path_factory):
    out = tmp_path_factory.mktemp("state")
    with open_state(out) as store:
        store.begin_run()
        store.add_run_articles((a.article for a in found), "fingerprint")
        assert len(store.pending_extraction()) == len(found)
        store.put_analyses(reversed(found), "fingerprint")  # completion order is not input order
        assert store.pending_extraction() == []
        assert list(store.iter_analyses()) == found
        by_output_order = sorted(found, key=lambda a: (a.article.source, a.article.article_id))
        assert list(store.iter_run_articles()) == [a.article for a in by_output_order]
    with open_state(out) as store:  # another extract version: nothing reused
        store.begin_run()
        store.add_run_articles((a.article for a in found), "another fingerprint")
        assert len(store.pending_extraction()) == len(found)


@given(lengths=st.lists(st.integers(0, 500), max_size=40), max_items=st.integers(1, 8), max_chars=st.integers(1, 1000))
def test_chunks_keep_order_and_bound_both_count_and_text_size(lengths, max_items, max_chars):
    chunks = list(tasks.chunk_by_size(enumerate(lengths), max_items, max_chars))
    assert [key for chunk in chunks for key in chunk] == list(range(len(lengths)))
    for chunk in chunks:
        assert 1 <= len(chunk) <= max_items
        assert len(chunk) == 1 or sum(lengths[k] for k in chunk) <= max_chars


@given(lengths=st.lists(st.integers(0, 500), max_size=40), max_items=st.integers(1, 8), max_chars=st.integers(1, 1000))
def test_chunks_largest_first_are_the_same_chunks_by_falling_size(lengths, max_items, max_chars):
    chunks = list(tasks.chunk_by_size(enumerate(lengths), max_items, max_chars))
    ordered = tasks.largest_first(chunks, dict(enumerate(lengths)))
    assert sorted(ordered) == sorted(chunks)
    sizes = [sum(lengths[k] for k in chunk) for chunk in ordered]
    assert sizes == sorted(sizes, reverse=True)


@given(lengths=st.lists(st.integers(0, 500), max_size=40), max_items=st.integers(1, 8), max_chars=st.integers(1, 1000),
       min_chars=st.integers(1, 300), processes=st.integers(1, 4))
def test_shrinking_chunks_keep_order_and_hold_at_most_the_remaining_text_per_process(
        lengths, max_items, max_chars, min_chars, processes):
    items = list(enumerate(lengths))
    chunks = list(tasks.shrinking_chunks(items, max_items, processes, max_chars, min_chars))
    assert [key for chunk in chunks for key in chunk] == list(range(len(lengths)))
    remaining = sum(lengths)
    for chunk in chunks:
        size = sum(lengths[k] for k in chunk)
        assert 1 <= len(chunk) <= max_items
        assert len(chunk) == 1 or size <= min(max_chars, max(min_chars, remaining // processes))
        remaining -= size
    if processes == 1 and min_chars <= max_chars:  # one process: the chunks chunk_by_size makes
        assert chunks == list(tasks.chunk_by_size(items, max_items, max_chars))


def test_file_tasks_go_out_largest_first_with_ties_in_input_order(tmp_path):
    sizes = [5, 50, 0, 50, 7]
    files = []
    for n, size in enumerate(sizes):
        path = tmp_path / f"page{n}.html"
        path.write_text("x" * size)
        files.append((path, path.name))
    ordered = tasks.largest_files_first(tasks.file_tasks(files, 1000) + [(5, tmp_path / "gone.html", "gone.html", 1000)])
    assert [task[0] for task in ordered] == [1, 3, 4, 0, 2, 5]


@given(n_files=st.integers(0, 400), processes=st.integers(1, 8))
def test_file_groups_keep_every_file_once_in_order_and_end_in_single_files(n_files, processes):
    groups = tasks.file_groups(list(range(n_files)), processes)
    assert [task for group in groups for task in group] == list(range(n_files))
    assert all(1 <= len(group) <= tasks.MAX_FILES_PER_TASK for group in groups)
    assert [len(group) for group in groups] == sorted((len(group) for group in groups), reverse=True)
    tail = groups[-processes * tasks.FILE_GROUPS_PER_PROCESS:]
    assert all(len(group) == 1 for group in tail)  # the last tasks to start are single files
