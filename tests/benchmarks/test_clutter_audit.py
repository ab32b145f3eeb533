"""The clutter audit's sheet: a reproducible seeded sample, mentions marked, the truth hint, the count."""
from __future__ import annotations

from benchmarks.clutter_audit import Use, outside_report, page_id, score_text, share_in_truth, sheet_of

ARTICLE = "Jane Roe runs Acme Corp. in Springfield. She said sales rose.\nMore from Sport\nSearch Sport"


def make(n_entities: int = 12):
    entities = [{"entity_id": f"e_{i:02d}", "name": f"Name {i}", "type": "ORG", "aliases": [f"Name {i}"],
                 "mentions": 1} for i in range(n_entities)]
    uses = {e["entity_id"]: [Use(f"html/p{i:02d}.html.gz", ARTICLE, 0, 8)] for i, e in enumerate(entities)}
    return entities, uses


def test_same_seed_same_sheet_and_input_order_does_not_matter():
    entities, uses = make()
    first = sheet_of(entities, uses, None, seed=13, size=5)
    assert first == sheet_of(list(reversed(entities)), uses, None, seed=13, size=5)
    assert first != sheet_of(entities, uses, None, seed=14, size=5)
    assert first.count("verdict: ") == 5
    assert "[[Jane Roe]] runs Acme Corp." in first


def test_truth_hint_tells_article_sentence_from_clutter_line():
    body = "Jane Roe runs Acme Corp. in Springfield. She said sales rose."
    in_article = Use("p.html.gz", ARTICLE, 0, 8)
    start = ARTICLE.index("Search Sport")
    in_clutter = Use("p.html.gz", ARTICLE, start, start + len("Search Sport"))
    assert share_in_truth(in_article, body) == 1.0
    assert share_in_truth(in_clutter, body) == 0.0
    assert share_in_truth(in_article, None) is None


def test_page_id_is_the_benchmark_key():
    assert page_id("html/042bb7b5.html.gz") == "042bb7b5"
    assert page_id("042bb7b5.html.gz#story-2") == "042bb7b5"


def test_score_counts_each_verdict_kind_and_leaves_blank_ones_unjudged():
    sheet = ("verdict: article\n\nverdict: \n\n## 3. Next entity\n\nverdict: clutter: navigation\n\n"
             "verdict: mixed: byline\n")
    assert score_text(sheet) == {"items": 4, "judged": 3, "article": 1, "clutter": 1, "mixed": 1}


def test_mentions_outside_the_truth_body_are_always_shown_and_counted():
    start = ARTICLE.index("Search Sport")
    in_clutter = Use("html/p00.html.gz", ARTICLE, start, start + len("Search Sport"))
    uses = {"e_00": [Use("html/p00.html.gz", ARTICLE, 0, 8)] * 10 + [in_clutter]}
    entities = [{"entity_id": "e_00", "name": "Jane Roe", "type": "PERSON", "aliases": [], "mentions": 11}]
    sheet = sheet_of(entities, uses, {"p00": ARTICLE.split("\n")[0]}, seed=1, size=1, per_entity=3)
    assert "[[Search Sport]]" in sheet and "truth 0%" in sheet
    assert "1 outside the truth body" in sheet
    assert "(8 more mentions not shown)" in sheet


def test_outside_report_counts_entities_only_in_clutter_apart_from_those_partly_in_it():
    start = ARTICLE.index("Search Sport")
    clutter = Use("html/p00.html.gz", ARTICLE, start, start + len("Search Sport"))
    article = Use("html/p00.html.gz", ARTICLE, 0, 8)
    entities = [{"entity_id": f"e_{i}", "name": f"N{i}", "type": "ORG"} for i in range(3)]
    uses = {"e_0": [clutter], "e_1": [article, clutter], "e_2": [article]}
    report = outside_report(entities, uses, {"p00": ARTICLE.split("\n")[0]}, listed=5)
    assert report.splitlines()[0] == ("3 entities: 1 with every named mention outside the truth body, 1 with some; "
                                      "2 of 4 named mentions outside")
    assert "[[Search Sport]]" in report.splitlines()[1]
