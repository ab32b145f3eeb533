"""Story splitting and the clean_documents stage contract."""
from __future__ import annotations

import pytest

from pipeline.clean import classify_lines, clean_documents, split_stories
from pipeline.ids import article_id
from models import Document

FIRST = [
    "The regional parliament approved a law on Monday that limits the number of short-term rentals in the old town.",
    "Supporters of the law said it would bring families back to streets where most flats are now let to tourists.",
    "Landlords said they would challenge the law in court, arguing that it breaches their rights as property owners.",
    "The new rules take effect in January and will be reviewed by an independent commission after two years.",
]
SECOND = [
    "Farmers in the north of the country are bracing for a third dry summer in a row, the weather service warned.",
    "Reservoirs are at less than half of their usual level for the season, and some villages already ration water.",
    "The agriculture ministry said it was preparing an aid package for growers who lose more than a third of a crop.",
    "Scientists say that the region will have to adapt to hotter summers whatever happens to emissions elsewhere.",
]
# Stories need MIN_STORY_WORDS (120) of text on each side of a boundary: give each paragraph
# a second sentence.
FIRST = [p + " It was the main topic of the debate, which lasted late into the evening." for p in FIRST]
SECOND = [p + " Local officials have called for calm and asked residents to save water." for p in SECOND]
CAPTION_1 = "Tourists walk through the narrow streets of the old town on a busy afternoon in August last year."
CAPTION_2 = "A farmer inspects the dry soil of his field near the river on Wednesday morning, after weeks without rain."


def page(*blocks: list[str]) -> str:
    return "\n\n".join(line for block in blocks for line in block)


def test_doubled_caption_between_two_stories_splits_them():
    text = page(["Home", "News"], [CAPTION_1 + "\n" + CAPTION_1], FIRST, [CAPTION_2 + "\n" + CAPTION_2], SECOND,
                ["Load more"])
    stories = split_stories(classify_lines(text.splitlines()))
    assert len(stories) == 2
    assert list(stories[0].paragraphs) == FIRST + [CAPTION_1]  # lead caption moved after the body
    assert list(stories[1].paragraphs) == SECOND + [CAPTION_2]


def test_doubled_caption_inside_a_short_story_does_not_split():
    text = page(FIRST[:2], [CAPTION_1 + "\n" + CAPTION_1], FIRST[2:])
    stories = split_stories(classify_lines(text.splitlines()))
    assert len(stories) == 1
    assert stories[0].paragraphs.count(CAPTION_1) == 1


def test_clean_documents_gives_one_article_per_story_with_its_own_source_and_id():
    text = page([CAPTION_1 + "\n" + CAPTION_1], FIRST, [CAPTION_2 + "\n" + CAPTION_2], SECOND)
    articles = list(clean_documents([Document(source="dump/page.txt", content=text, title="T")]))
    assert [a.source for a in articles] == ["dump/page.txt#story-1", "dump/page.txt#story-2"]
    assert all(a.status == "kept" and a.title == "T" for a in articles)
    assert articles[0].text.startswith(FIRST[0]) and articles[1].text.startswith(SECOND[0])
    assert [a.article_id for a in articles] == [article_id(a.source, a.text) for a in articles]


def test_single_story_keeps_plain_source():
    articles = list(clean_documents([Document(source="a.txt", content=page(FIRST))]))
    assert [(a.source, a.status, a.text) for a in articles] == [("a.txt", "kept", "\n\n".join(FIRST))]


def test_jsonl_record_text_without_blank_lines_is_cleaned_too():
    content = "\n".join(["Share", *SECOND, "Sign in"])
    (article,) = clean_documents([Document(source="dump.jsonl#3", content=content)])
    assert article.text.split("\n\n") == SECOND


def test_error_and_empty_documents():
    error, empty = clean_documents([
        Document(source="bad.txt", error="unreadable: permission denied"),
        Document(source="menu.txt", content="Home\nWorld\nSign in\nXS\nSM"),
    ])
    assert (error.status, error.error, error.text) == ("error", "unreadable: permission denied", None)
    assert (empty.status, empty.text) == ("empty", None) and empty.error


def test_html_document_gets_text_and_metadata():
    body = "".join(f"<p>{p}</p>" for p in FIRST + SECOND)
    html = (
        "<html><head><title>Rental law passes</title>"
        '<meta property="article:published_time" content="2024-05-06T10:00:00Z"></head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>Rental law passes</h1>{body}"
        "<p>Related: More on housing</p></article><footer>All rights reserved</footer></body></html>"
    )
    (article,) = clean_documents([Document(source="page.html", kind="html", content=html, url="https://x.test/a")])
    assert article.status == "kept"
    assert article.text.split("\n") == FIRST + SECOND
    assert article.title == "Rental law passes"
    assert article.published == "2024-05-06T10:00:00+00:00"
    assert article.url == "https://x.test/a"



def _title_of(text: str) -> str | None:
    doc = Document(source="story.txt", kind="text", content=text)
    (article,) = clean_documents([doc])
    return article.title


@pytest.mark.parametrize("first_line, title", [
    ("Ad sales boost Time Warner profit", "Ad sales boost Time Warner profit"),
    ("  Farmers   brace for a third dry summer ", "Farmers brace for a third dry summer"),
    # A sentence, a label or a long line is no headline: nothing is taken.
    ("The council met on Monday.", None),
    ("Updated:", None),
    (" ".join(["word"] * 25), None),
])
def test_a_plain_text_headline_becomes_the_title(first_line, title):
    assert _title_of(page([first_line], FIRST)) == title


def test_a_page_without_a_headline_has_no_title():
    assert _title_of(page(FIRST)) is None


def test_the_headline_never_enters_the_text():
    doc = Document(source="story.txt", kind="text", content=page(["Ad sales boost Time Warner profit"], FIRST))
    (article,) = clean_documents([doc])
    assert "Time Warner" not in article.text
