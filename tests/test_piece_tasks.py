"""A long article's pieces as tasks of their own (tasks.PieceTask), spread over the processes and
joined in order in the parent: the same analysis as pieces parsed one after another in one
process (pieces.analyse_in_pieces), and the same output bytes at one worker and at two."""
from __future__ import annotations

import json


from models import Article
from pipeline import tasks
from pipeline.extract import analyse_doc, analyse_piece
from pipeline.extract.pieces import analyse_in_pieces, merge_pieces
from support.reliability import long_article, small_dump
from support.scale import output_bytes, run_into

PIECE = 6_000


def test_pieces_analysed_apart_join_to_the_analysis_of_pieces_in_one_process(nlp, shared_data, monkeypatch):
    text = long_article(shared_data, 20_000)
    article = Article(article_id="a_long", source="long.txt", status="kept", text=text)
    monkeypatch.setattr(nlp, "max_length", PIECE)  # analyse_in_pieces cuts at min(PIECE_CHARS, max_length)
    monkeypatch.setattr(tasks, "PIECE_CHARS", PIECE)
    pieces = tasks.piece_tasks(7, article)
    assert len(pieces) >= 3 and {p.count for p in pieces} == {len(pieces)}
    assert "".join(p.piece.text for p in pieces) == text
    assert all(text[p.start:p.start + len(p.piece.text)] == p.piece.text for p in pieces)
    in_one = analyse_in_pieces(nlp, article, analyse_doc)
    # analysed in reverse order, as other processes may finish them: joined by index all the same
    found = {p.index: (p.start, analyse_piece(nlp, p.piece)) for p in reversed(pieces)}
    joined = merge_pieces(article, (found[i] for i in range(len(pieces))))
    assert len(in_one.relations) > 10
    assert joined.model_dump_json() == in_one.model_dump_json()


def test_plan_gives_pieces_a_process_each_up_to_the_workers():
    assert tasks.plan_extraction(3, 2, 64).processes == 1
    assert tasks.plan_extraction(3, 2, 64, pieces=5).processes == 2
    assert tasks.plan_extraction(0, 4, 64, pieces=1).processes == 1
    assert tasks.plan_extraction(0, 4, 64, pieces=60).processes == 4


def test_a_long_article_in_piece_tasks_writes_the_same_bytes_at_one_and_two_workers(shared_data, tmp_path,
                                                                                       monkeypatch):
    dump = small_dump(shared_data, tmp_path / "dump", 3)
    (dump / "zz-long.txt").write_text(long_article(shared_data, 15_000), encoding="utf-8")
    monkeypatch.setattr(tasks, "MAX_WHOLE_CHARS", 8_000)
    monkeypatch.setattr(tasks, "PIECE_CHARS", 4_000)
    one = run_into(tmp_path / "one", dump, workers=1)
    two = run_into(tmp_path / "two", dump, workers=2)
    assert one.articles["kept"] == two.articles["kept"] == 4
    assert output_bytes(tmp_path / "two") == output_bytes(tmp_path / "one")
    articles = [json.loads(line) for line in (tmp_path / "two" / "articles.jsonl").read_text().splitlines()]
    [long_id] = [a["article_id"] for a in articles if a["source"] == "zz-long.txt"]
    starts = [e["start"] for line in (tmp_path / "two" / "claims.jsonl").read_text().splitlines()
              for e in json.loads(line)["evidence"] if e["article_id"] == long_id]
    assert max(starts) > 8_000  # claims from the later pieces, with offsets into the whole text
