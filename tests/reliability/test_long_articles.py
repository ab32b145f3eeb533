"""Articles of any length: a text beyond what one spaCy Doc takes is analysed in pieces, with
offsets into the whole text, unique mention ids and bounded memory.

Before: one article over spaCy's max_length (1,000,000 characters) ended the whole run with
`[E088] Text of length ... exceeds maximum`, no output at all, every good file lost, and 3.6 GB
of memory on the way.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from models import Article, ArticleAnalysis, Mention, RelationMention
from pipeline.extract import extract_articles
from support.reliability import long_article, peak_tree_memory, small_dump, start_cli

MEMORY_LIMIT = 1.5 * 2**30


@given(text=st.text(alphabet=st.sampled_from("ab .!?\n\u201d"), max_size=400), limit=st.integers(1, 60))
@settings(max_examples=200, deadline=None)
def test_pieces_cover_the_text_in_order_each_within_the_limit(text, limit):
    from pipeline.extract import pieces

    bounds = pieces.piece_bounds(text, limit)
    assert "".join(text[start:end] for start, end in bounds) == text
    assert all(0 < end - start <= limit for start, end in bounds) or text == ""
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))


def test_pieces_end_at_paragraph_breaks_else_sentence_ends_else_spaces():
    from pipeline.extract import pieces

    paragraphs = "First paragraph here.\nSecond one, a little longer.\nThird.\n"
    assert [paragraphs[s:e] for s, e in pieces.piece_bounds(paragraphs, 40)] == [
        "First paragraph here.\n", "Second one, a little longer.\nThird.\n"]
    one_line = "He said so. She did not. They left “at once.” Nobody stayed behind at all"
    cut = [one_line[s:e] for s, e in pieces.piece_bounds(one_line, 30)]
    assert cut[0] == "He said so. She did not. " and cut[1].startswith("They left “at once.” ")
    assert [len(p) for p in pieces.piece_bounds("x" * 25, 10)] == [2, 2, 2]  # no break at all: hard cuts


def test_every_field_of_the_extraction_records_is_shifted_or_deliberately_not():
    """A field added to Mention or RelationMention must be classified in pieces.py, or an article
    analysed in pieces would carry offsets or ids into the wrong piece."""
    from pipeline.extract import pieces

    assert set(Mention.model_fields) == {*pieces.MENTION_OFFSETS, *pieces.MENTION_INDEXES, *pieces.MENTION_UNSHIFTED}
    assert set(RelationMention.model_fields) == {*pieces.RELATION_OFFSETS, *pieces.RELATION_SPANS,
                                                 *pieces.RELATION_INDEXES, *pieces.RELATION_UNSHIFTED}
    assert set(ArticleAnalysis.model_fields) == set(pieces.ANALYSIS_MERGED)


def _assert_consistent(analysis: ArticleAnalysis, text: str) -> None:
    indexes = [m.index for m in analysis.mentions]
    assert len(indexes) == len(set(indexes)), "mention ids repeat across pieces"
    assert all(text[m.start:m.end] == m.text for m in analysis.mentions)
    known = set(indexes)
    assert all(m.refers_to is None or m.refers_to in known for m in analysis.mentions)
    by_index = {m.index: m for m in analysis.mentions}
    for relation in analysis.relations:
        assert 0 <= relation.sentence_start < relation.sentence_end <= len(text)
        for index in (relation.subject, relation.object, relation.attributed_to):
            if index is not None:
                mention = by_index[index]
                assert relation.sentence_start <= mention.start < mention.end <= relation.sentence_end
        if relation.value_span is not None:
            assert 0 <= relation.value_span[0] < relation.value_span[1] <= len(text)


def test_a_text_beyond_max_length_is_analysed_in_pieces_with_offsets_into_the_whole(nlp, shared_data, monkeypatch):
    text = long_article(shared_data, 20_000)
    monkeypatch.setattr(nlp, "max_length", 6_000)  # the same limit spaCy enforces at 1,000,000
    articles = [Article(article_id="a_short", source="short.txt", status="kept", text=text[:3_000]),
                Article(article_id="a_long", source="long.txt", status="kept", text=text),
                Article(article_id="a_empty", source="empty.txt", status="empty")]
    short, whole, empty = extract_articles(articles, nlp=nlp)
    assert [a.article.article_id for a in (short, whole, empty)] == ["a_short", "a_long", "a_empty"]
    assert whole.article.text == text and len(whole.relations) > 10
    _assert_consistent(whole, text)
    assert max(m.start for m in whole.mentions) > len(text) - 6_000  # the last piece is there too
    # the first piece starts as the short article does: what is found there is found the same way
    def early(analysis):
        return [(m.text, m.start, m.end, m.label) for m in analysis.mentions if m.end < 2_000]
    assert early(short) and early(whole) == early(short)


@pytest.mark.quality  # slow: a 3 MB article is minutes of parsing
def test_a_3mb_article_beside_good_files_keeps_every_file_within_the_memory_bound(shared_data, tmp_path):
    dump = small_dump(shared_data, tmp_path / "dump")
    good = sorted(p.name for p in dump.iterdir())
    text = long_article(shared_data)
    assert len(text.encode("utf-8")) >= 3_000_000
    (dump / "zz-long.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run = start_cli("run", str(dump), "--out", str(out), "--workers", "2")
    peak = peak_tree_memory(run)
    _, stderr = run.communicate()
    assert run.returncode == 0, stderr
    articles = {r["source"]: r for r in map(json.loads, (out / "articles.jsonl").read_text().splitlines())}
    assert all(articles[name]["status"] == "kept" for name in good)
    long = articles["zz-long.txt"]
    assert long["status"] == "kept" and len(long["text"]) > 2_500_000  # clean drops a few repeated lines
    evidence = [e for c in map(json.loads, (out / "claims.jsonl").read_text().splitlines())
                for e in c["evidence"] if e["article_id"] == long["article_id"]]
    assert len(evidence) > 100
    assert all(long["text"][e["start"]:e["end"]] == e["sentence"] for e in evidence)
    assert max(e["start"] for e in evidence) > 2_500_000  # claims from the end of the article too
    assert peak < MEMORY_LIMIT, f"peak memory {peak / 2**30:.2f} GB"
