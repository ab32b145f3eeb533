"""Datelines as article metadata: articles.jsonl's `dateline`, never a claim."""
from __future__ import annotations

import pytest

from models import Article
from pipeline.extract.entities.datelines import article_dateline, with_datelines


@pytest.mark.parametrize("text, expected", [
    ("BEIJING (AP) - China said on Tuesday it would retaliate.", ("BEIJING", None, None, "AP")),
    ("Man held after standoff\nTROY, Mich. -- A man was arrested.", ("TROY", "Mich.", None, None)),
    ("NEW YORK, N.Y. (CNN) – Stocks fell.", ("NEW YORK", "N.Y.", None, "CNN")),
    ("WASHINGTON — Sen. Marco Rubio did not get far.", ("WASHINGTON", None, None, None)),
    ("Headline here\nWASHINGTON \u2014\u00a0U.S. candidates reacted.", ("WASHINGTON", None, None, None)),  # no-break space
    ("MEXICO CITY - The rise of Donald Trump.", ("MEXICO CITY", None, None, None)),
    ("Trump wins Florida\nMIAMI — Donald Trump won.", ("MIAMI", None, None, None)),
    # US papers: a state abbreviation as the region, a place with an abbreviation or hyphen
    ("LA CROSSE, Wisc. — Gov. Jane Doe on Thursday blamed the media.", ("LA CROSSE", "Wisc.", None, None)),
    ("ST. PAUL, Minn. (AP) — Gov. John Roe said.", ("ST. PAUL", "Minn.", None, "AP")),
    ("WINSTON-SALEM, N.C. (AP) — A plant closed.", ("WINSTON-SALEM", "N.C.", None, "AP")),
    ("WASHINGTON, D.C. — The vote failed.", ("WASHINGTON", "D.C.", None, None)),
    # Reuters: a date after the place, or the date alone
    ("Dec 29 (Reuters) - U.S. Democratic presidential candidate Ann Doe said.", (None, None, "Dec 29", "Reuters")),
    ("WASHINGTON, Dec 29 (Reuters) - The Senate voted.", ("WASHINGTON", None, "Dec 29", "Reuters")),
    ("PARIS, Aug 31 (Reuters) - The party leader spoke.", ("PARIS", None, "Aug 31", "Reuters")),
    # AFP, Bloomberg, UPI
    ("PARIS (AFP) - France said on Monday.", ("PARIS", None, None, "AFP")),
    ("LAGOS, Nigeria, Dec. 29, 2015 (AFP) - Gunmen attacked.", ("LAGOS", "Nigeria", "Dec. 29, 2015", "AFP")),
    ("New York (AFP) – An actress spoke.", ("New York", None, None, "AFP")),
    ("(Bloomberg) -- Stocks fell as Acme Inc. said.", (None, None, None, "Bloomberg")),
    ("Markets slide\nNEW YORK, Nov. 19 (UPI) — A former secretary said.", ("NEW YORK", None, "Nov. 19", "UPI")),
    ("CAMBRIDGE, Mass., Dec. 11 (UPI) — Young voters spoke.", ("CAMBRIDGE", "Mass.", "Dec. 11", "UPI")),
    # Reuters 1987: a place in mixed case, then the date, opening the story
    ("London, March 3 - Export Credits Guarantee Department has named its head.", ("London", None, "March 3", None)),
    ("New York, Feb 26 - American Express Co remained silent.", ("New York", None, "Feb 26", None)),
    # not datelines
    ("Monday, March 3 - Markets fell.", None),
    ("Chairman John Smith said on Monday - and again on Tuesday - that the deal was off.", None),
    ("BUSTED: Emails reveal a deal", None),
    ("SIEGEL--Jerome Arthur, 98, of Mamaroneck, New York", None),
    ("BREAKING — Stocks fell.", None),
    ("NOTE: the figures are provisional.", None),
    ("Sanders Wins (Again) — What Next", None),
    ("Dec 29 - a date and a dash.", None),
    ("The U.S. said - in a statement - that it would act.", None),
    ("NASA is developing a mission called Europa Clipper.", None),
    ("", None),
])
def test_article_dateline(text, expected):
    found = article_dateline(text)
    assert (found.place, found.region, found.date, found.agency) == expected if expected else found is None


def test_a_dateline_later_in_the_story_needs_more_than_capitals(nlp):
    from pipeline.extract.entities.datelines import dateline_tokens

    text = "Lead line here.\nSecond line here.\nThird line here.\nNASA — the agency — said so.\n(Applause) — He went on."
    assert dateline_tokens(nlp(text)) == set()
    later = nlp("Lead line here.\nSecond line here.\nThird line here.\nDAYTON, Ohio (AP) — A plant closed.")
    assert {later[i].text for i in dateline_tokens(later)} == {"DAYTON", ",", "Ohio", "(", "AP", ")"}


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


def claims_of(nlp, text: str) -> list[tuple[str, str, str]]:
    from pipeline.extract import analyse_doc

    analysis = analyse_doc(nlp(text), Article(article_id="a_1", source="x.txt", status="kept", text=text))
    names = [m.text for m in analysis.mentions]
    return [(names[r.subject], r.predicate, names[r.object] if r.object is not None else (r.value or ""))
            for r in analysis.relations]


@pytest.mark.parametrize("text, dateline_names", [
    ("Dec 29 (Reuters) - U.S. Democratic presidential candidate Ann Doe on Tuesday said the violence was genocide.",
     {"Reuters"}),
    ("WASHINGTON, Dec 29 (Reuters) - Senator Ann Doe of Ohio said the bill would pass.", {"Reuters", "WASHINGTON"}),
    ("LA CROSSE, Wisc. — Gov. John Roe, a Republican, told reporters that Ohio would sue.", {"LA", "LA CROSSE", "Wisc."}),
    ("ST. PAUL, Minn. (AP) — Gov. John Roe said the budget was balanced.", {"ST", "ST. PAUL", "Minn.", "AP"}),
    ("NEW YORK, Nov. 19 (UPI) — Former Secretary of State Ann Doe said the city was safe.", {"NEW YORK", "UPI"}),
])
def test_wire_dateline_names_carry_no_claim(nlp, text, dateline_names):
    found = claims_of(nlp, text)
    assert not [c for c in found if c[0] in dateline_names or c[2] in dateline_names], found


@pytest.mark.parametrize("text, dateline_names, body_name", [
    ("LA CROSSE, Wisc. — Gov. John Roe on Thursday blamed the media.", {"LA", "LA CROSSE", "Wisc", "Wisc."}, "John Roe"),
    ("Dec 29 (Reuters) - U.S. Democratic presidential candidate Ann Doe spoke.", {"Reuters"}, "Ann Doe"),
    ("ST. PAUL, Minn. (AP) — Gov. John Roe said the budget was balanced.", {"ST", "PAUL", "ST. PAUL", "Minn.", "AP"},
     "John Roe"),
])
def test_dateline_names_give_no_mention(nlp, text, dateline_names, body_name):
    from pipeline.extract.entities.mentions import collect_mentions

    names = {m.text for m in collect_mentions(nlp(text))}
    assert body_name in names and not names & dateline_names


def test_a_mixed_case_dateline_gives_no_claim(nlp):
    from pipeline.extract import analyse_doc
    text = "London, March 3 - Export Credits Guarantee Department has named Malcolm Stephens its executive director."
    analysis = analyse_doc(nlp(text), Article(article_id="a", source="a.txt", status="kept", text=text))
    assert not any(m.text == "London" for m in analysis.mentions), analysis.mentions
