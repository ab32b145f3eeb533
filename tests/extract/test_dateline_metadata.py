"""Datelines as article metadata: articles.jsonl's `dateline`, never a claim."""
from __future__ import annotations

import pytest

from models import Article
from pipeline.extract.entities.datelines import article_dateline, with_datelines


@pytest.mark.parametrize("text, expected", [
    ("BEIJING (AP) - China said on Tuesday it would retaliate.", ("BEIJING", None, "AP")),
    ("Man held after standoff\nTROY, Mich. -- A man was arrested.", ("TROY", "Mich.", None)),
    ("NEW YORK, N.Y. (CNN) – Stocks fell.", ("NEW YORK", "N.Y.", "CNN")),
    ("WASHINGTON — Sen. Marco Rubio did not get far.", ("WASHINGTON", None, None)),
    ("MEXICO CITY - The rise of Donald Trump.", ("MEXICO CITY", None, None)),
    ("Trump wins Florida\nMIAMI — Donald Trump won.", ("MIAMI", None, None)),
    ("BUSTED: Emails reveal a deal", None),
    ("SIEGEL--Jerome Arthur, 98, of Mamaroneck, New York", None),
    ("BREAKING — Stocks fell.", None),
    ("The U.S. said - in a statement - that it would act.", None),
    ("NASA is developing a mission called Europa Clipper.", None),
    ("", None),
])
def test_article_dateline(text, expected):
    found = article_dateline(text)
    assert (found.place, found.region, found.agency) == expected if expected else found is None


def test_only_kept_articles_get_a_dateline():
    kept = Article(article_id="a_1", source="x.txt", status="kept", text="SEOUL (Reuters) - Markets rose.")
    duplicate = Article(article_id="a_2", source="y.txt", status="duplicate", duplicate_of="a_1")
    first, second = with_datelines([kept, duplicate])
    assert first.dateline is not None and first.dateline.place == "SEOUL" and first.dateline.agency == "Reuters"
    assert second.dateline is None
    assert "dateline" not in kept.model_dump(exclude_none=True)  # the stored record itself is unchanged


def test_bare_dateline_names_carry_no_relation(nlp):
    from tests.extract.test_relations import relations_of

    text = "BERLIN — Siemens, the German engineering group based in Munich, cut 2,000 jobs.\nMore follows."
    found = relations_of(nlp, text, [("BERLIN", "GPE"), ("Siemens", "ORG"), ("German", "NORP"), ("Munich", "GPE")])
    assert not [(s, p, o) for s, p, o, _ in found if "BERLIN" in (s, o)]
    assert [(s, p, o) for s, p, o, _ in found if (s, p, o) == ("Siemens", "located_in", "Munich")]
