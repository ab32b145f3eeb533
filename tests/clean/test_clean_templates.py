"""Synthetic held-out pages: article bodies put into generic templates the cleaner was not tuned on.

The first tests use a hand-written article; the quality test at the end puts 30 benchmark
ground-truth bodies (seeded sample) into each template, so the page layouts are unlike the
benchmark sites while the prose is real. In both, the article must come out whole and none of
the template's clutter may (tests/support/pages.py lists it).
"""
from __future__ import annotations

import random
import re

import pytest

from benchmarks.evaluation.extraction import ExtractionBenchmark, page_f1
from models import Document
from pipeline.clean import clean_documents, extract_html
from support.pages import CLUTTER, HOVER_CARD, TEMPLATES

ARTICLE = [
    "The harbour authority approved the new breakwater on Tuesday after a two-year review of storm damage "
    "along the northern quay, officials said.",
    "Construction is expected to begin in the spring and to last about eighteen months, according to the "
    "port's chief engineer, Maria Lindqvist.",
    "The project will cost an estimated 42 million euros, most of it paid by the regional government and the "
    "rest by a levy on cargo.",
    "Fishermen have long complained that winter storms damage their boats in the old harbour, and several "
    "vessels sank there in 2017.",
    "Environmental groups said they would study the plans closely, but welcomed a promise to protect the "
    "seagrass beds west of the quay.",
    "The council will hold a public meeting on the plans next month at the town hall, and residents can "
    "comment online until then.",
]
_GLUED = re.compile(r"[a-z]{3}[A-Z][a-z]")


def _leaks(text: str) -> list[str]:
    """Clutter in the text: a short clutter string as a whole line, a longer one anywhere."""
    lines = {line.strip() for line in text.splitlines()}
    return [c for c in CLUTTER if c in lines or (len(c) >= 12 and c in text)]


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_article_comes_out_whole_and_clutter_does_not(template):
    page = TEMPLATES[template]("Harbour breakwater approved", ARTICLE)
    extracted = extract_html(page.html)
    assert extracted.text.split("\n") == list(page.expected), extracted.source
    assert _leaks(extracted.text) == []


def test_no_pipes_no_glued_words_no_blank_lines():
    extracted = extract_html(TEMPLATES["nested-articles"]("Harbour breakwater approved", ARTICLE).html)
    assert "|" not in extracted.text
    assert f"{HOVER_CARD[0]}{HOVER_CARD[0]}" not in extracted.text
    assert not _GLUED.search(extracted.text)
    assert all(line.strip() == line and line for line in extracted.text.split("\n"))


def test_metadata_from_json_ld():
    extracted = extract_html(TEMPLATES["nested-articles"]("Harbour breakwater approved", ARTICLE).html)
    assert extracted.published == "2019-11-19T08:30:00+00:00"
    assert extracted.authors == ("Ada Pennywhistle",)
    assert extracted.section == "Local News"
    assert extracted.title == "Harbour breakwater approved"


NOTICE_PAGE = """<html><head><title>Stocks fall</title></head><body><nav><a href="/">Home</a></nav>
<div class="article"><p>This copy is for your personal, non-commercial use only. To order presentation-ready copies
for distribution to your colleagues, clients or customers visit http://www.djreprints.com.</p></div></body></html>"""
COOKIE_PAGE = """<html><body><div><p>We use cookies to personalise content and ads and to analyse our traffic.
By continuing to browse you agree to our cookie policy.</p><button>Accept all cookies</button></div></body></html>"""


@pytest.mark.parametrize("html", [NOTICE_PAGE, COOKIE_PAGE])
def test_a_notice_alone_is_empty_with_a_reason(html):
    [article] = clean_documents([Document(source="p.html", kind="html", content=html)])
    assert article.status == "empty"
    assert article.text is None
    assert "notice" in article.error or "no article" in article.error


def test_a_notice_beside_the_article_leaves_the_article():
    page = TEMPLATES["semantic"]("Harbour breakwater approved", ARTICLE).html.replace(
        "<main>", "<main><p>This copy is for your personal, non-commercial use only.</p>")
    extracted = extract_html(page)
    assert extracted.text.split("\n") == ARTICLE


@pytest.mark.quality
def test_benchmark_bodies_in_foreign_templates(shared_data):
    bench = ExtractionBenchmark(shared_data / "article-extraction-benchmark")
    bodies = [[p.strip() for p in bench.truths[i].split("\n") if p.strip()] for i in bench.ids]
    sample = random.Random(13).sample([b for b in bodies if len(b) >= 5], 30)
    for name, template in sorted(TEMPLATES.items()):
        f1s, leaks = [], []
        for paragraphs in sample:
            page = template("A headline for this story", paragraphs)
            text = extract_html(page.html).text
            f1s.append(page_f1("\n".join(page.expected), text))
            leaks += _leaks(text)
        # measured: semantic 0.997, table-layout 0.997, nested-articles 0.998, no clutter; lowest
        # page 0.94 (an agency's copyright notice in the body, which the cleaner drops on purpose).
        # trafilatura favor_precision alone: 0.967 / 0.928 / 0.957, lowest 0.79, clutter on every page
        # (comments, related headlines, the hover card, the next posts).
        assert sum(f1s) / len(f1s) >= 0.98, (name, sum(f1s) / len(f1s))
        assert min(f1s) >= 0.9, (name, min(f1s))
        assert leaks == [], (name, sorted(set(leaks)))
