"""HTML pages: trafilatura with the options that measure best, then our own line post-filter.

Options, measured on the 181 pages of article-extraction-benchmark (F1 of the benchmark's
metric, `python3 benchmarks/extraction.py`): defaults 0.953, favor_precision 0.959,
favor_precision + include_comments=False 0.964 (readers' comments are not the article).
`deduplicate` stays off: trafilatura's duplicate filter is a process-global cache, so the same
page would be cleaned differently depending on what was cleaned before it.

trafilatura still leaves some furniture around the body: the headline repeated as the first
line, "Related: ..." and "READ MORE: ..." links, agency credits, newsletter and follow-us
calls, comment counters and trailing lists of related headlines. `filter_extracted_lines`
removes those with the same line features the plain-text classifier uses: 0.964 -> 0.968
(precision 0.958 -> 0.967, recall 0.971 -> 0.968).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import trafilatura

from pipeline.clean.lines import STOPWORDS, LineKind, detect_language, first_pass_kind, line_features

TRAFILATURA_OPTIONS = dict(favor_precision=True, include_comments=False, include_tables=True, deduplicate=False)
# htmldate's default upper bound for a page's date is today, so the same page could get another
# `published` on another day; a fixed bound keeps output byte-identical from day to day.
DATE_EXTRACTION_PARAMS = {"original_date": True, "extensive_search": True, "max_date": "2099-12-31"}


@dataclass(frozen=True)
class HtmlExtraction:
    text: str
    title: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None


def _normalised(text: str) -> str:
    return " ".join("".join(c for c in text.casefold() if c.isalnum() or c.isspace()).split())


def filter_extracted_lines(text: str, title: str | None = None) -> str:
    """Drop the furniture trafilatura kept: leading headline, UI lines, credits, trailing link lists."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    lang = detect_language(lines)
    features = [line_features(line, STOPWORDS.get(lang) if lang else None) for line in lines]
    kinds = [first_pass_kind(f) for f in features]
    keep = [kind is not LineKind.BOILERPLATE for kind in kinds]

    # The headline belongs in `title`, not in the body the claims point into.
    if title and _normalised(lines[0]) == _normalised(title):
        keep[0] = False
    # A comment section (counter, "Leave a reply") ends the article.
    for i, f in enumerate(features):
        if i > 0 and f.article_end and any(k is LineKind.GOOD for k in kinds[:i]):
            keep[i:] = [False] * (len(lines) - i)
            break
    # After the last prose line, a boilerplate line followed only by short lines is a rail of
    # related headlines ("You may also like:", "- Photos: ...").
    last_good = max((i for i, k in enumerate(kinds) if k is LineKind.GOOD), default=-1)
    for i in range(last_good + 1, len(lines)):
        if kinds[i] is LineKind.BOILERPLATE:
            keep[i:] = [False] * (len(lines) - i)
            break
    return "\n".join(line for line, kept in zip(lines, keep) if kept)


def extract_html(html: str, url: str | None = None, captured: str | None = None) -> HtmlExtraction:
    """Main text and metadata of one HTML page; empty text when trafilatura finds no article.

    `captured` (ISO 8601, when a crawler fetched the page) bounds the page's date from above.
    """
    date_params = dict(DATE_EXTRACTION_PARAMS, max_date=captured[:10]) if captured else DATE_EXTRACTION_PARAMS
    result = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                         date_extraction_params=date_params, **TRAFILATURA_OPTIONS)
    if result is None:
        return HtmlExtraction(text="")
    title = result.title or None
    return HtmlExtraction(
        text=filter_extracted_lines(result.text or "", title),
        title=title,
        published=result.date or None,
        url=result.url or url,
    )
