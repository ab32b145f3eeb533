"""A rule's bug on one article does not stop the run: the article is written as `error` with the
failure as its one-line reason, and every other article gets its claims.

Before: "On this date : In 1833 , Benjamin Harrison ..." (a label set off by spaces, as CoNLL04 and
wire digests write it) raised IndexError in the quote rules, and the whole run ended with a
traceback and no output; 8 of the 231 CoNLL04 dev sentences did so."""
from __future__ import annotations

import json

import pytest

import pipeline.extract as extract
from models import Article
from support.scale import run_into

LABELLED = ("On this date : In 1833 , Benjamin Harrison , the 23rd President of the United States , was born in "
            "North Bend , Ohio . He served one term in the White House and lost to Grover Cleveland .")
PLAIN = ("Mayor Anna Berg said on Monday that the city would open two new libraries next year. "
         "\"We want every child to have a library within walking distance,\" Berg said at a news conference.")


def _write_good_and_bad(folder) -> None:
    folder.mkdir()
    (folder / "good.txt").write_text("Libraries for every district\n\n" + PLAIN + "\n", encoding="utf-8")
    (folder / "bad.txt").write_text("Bridge closed for repairs\n\nThe TRIGGER bridge over the river will close for "
                                    "repairs in May, the city council said on Tuesday, and will reopen in the "
                                    "autumn.\n", encoding="utf-8")


def _articles(out) -> dict:
    return {a["source"]: a for a in map(json.loads, (out / "articles.jsonl").read_text().splitlines())}


def test_a_label_set_off_by_spaces_is_read(nlp):
    analysis = extract.analyse_doc(nlp(LABELLED), Article(article_id="a", source="a.txt", status="kept", text=LABELLED))
    assert analysis.failure is None and analysis.mentions


@pytest.mark.parametrize("where, error", [
    # the rules after spaCy (analyse_doc)
    ("rules", "extraction failed: IndexError: a rule's bug"),
    # a component inside spaCy's pipeline (the entity rules): before a515bf1, spaCy's handler raised and the
    # whole run stopped (reut2-010's MITI story, an entity set twice)
    ("component", "extraction failed in org_name_rules: IndexError: a rule's bug"),
])
def test_a_failure_on_one_article_rejects_it_and_the_run_goes_on(tmp_path, monkeypatch, where, error):
    import pipeline.extract.entities.entity_rules as entity_rules

    _write_good_and_bad(tmp_path / "in")
    module, name = (extract, "_analyse") if where == "rules" else (entity_rules, "tag_datelines")
    original = getattr(module, name)

    def failing(doc, *article):
        if "TRIGGER" in doc.text:
            raise IndexError("a rule's bug\non two lines")
        return original(doc, *article)
    monkeypatch.setattr(module, name, failing)
    summary = run_into(tmp_path / "out", tmp_path / "in")
    articles = _articles(tmp_path / "out")
    assert articles["bad.txt"]["status"] == "error"
    assert articles["bad.txt"]["error"] == error
    assert articles["good.txt"]["status"] == "kept"
    claims = [json.loads(line) for line in (tmp_path / "out" / "claims.jsonl").read_text().splitlines()]
    assert any(c["predicate"] == "said" for c in claims)
    assert summary.articles == {"error": 1, "kept": 1}


def test_one_failed_piece_rejects_the_whole_long_article():
    from models import ArticleAnalysis, Mention
    from pipeline.extract.pieces import merge_pieces

    article = Article(article_id="a", source="long.txt", status="kept", text="x" * 10)
    good = ArticleAnalysis(article=article, mentions=[Mention(index=0, text="Anna Berg", label="PERSON", start=0, end=9)])
    failed = ArticleAnalysis(article=article, failure="extraction failed: IndexError: a rule's bug")
    merged = merge_pieces(article, [(0, good), (100, failed)])
    assert merged.failure == failed.failure and not merged.mentions
