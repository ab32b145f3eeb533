"""Which `published` an HTML article gets: a dump record's own field, else the page's date; a crawl's headers only as a fallback."""
from __future__ import annotations

import pytest

from models import Document
from pipeline.clean import clean_documents

BODY = " ".join(["The harbour authority approved the new breakwater after a two-year review of storm damage."] * 6)
PAGE = f"""<html><head><title>Harbour breakwater approved</title>
<meta property="article:published_time" content="2017-04-28T09:00:00+00:00"></head>
<body><article><h1>Harbour breakwater approved</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>"""


@pytest.mark.parametrize("document_dates, expected", [
    (dict(), "2017-04-28"),                                                    # the page's own date
    (dict(published="2018-03-02"), "2018-03-02"),                              # a JSONL record's field wins
    (dict(captured="2017-05-03T10:00:00+00:00", published="2017-05-02T08:00:00+00:00"), "2017-04-28"),  # crawl
])
def test_published_precedence(document_dates, expected):
    [article] = clean_documents([Document(source="p.html", kind="html", content=PAGE, **document_dates)])
    assert article.status == "kept"
    assert article.published.startswith(expected)


def test_page_dates_after_the_capture_are_not_taken():
    [article] = clean_documents([Document(source="p.html", kind="html", content=PAGE, captured="2016-01-01T00:00:00")])
    assert article.published is None or article.published < "2016-01-02"
