"""Clean stage: Documents -> Articles holding only article text.

HTML pages go through trafilatura and a line post-filter (`html.py`); plain text (files, JSONL
records) through the line classifier (`text.py`), which may find several stories on one page
(`stories.py`): each becomes its own article, with `source` ending in `#story-N`. Lines that
recur across the dump are dropped when `LineStats` from a first pass is given (`stats.py`).
"""
from __future__ import annotations

from typing import Iterable, Iterator

from models import Article, Document
from pipeline.clean.html import HtmlExtraction, extract_html, filter_extracted_lines
from pipeline.clean.choose import MIN_ARTICLE_WORDS
from pipeline.clean.encoding import repair_mojibake
from pipeline.clean.stats import LineStats
from pipeline.clean.stories import Story, plain_headline, split_stories
from pipeline.clean.bracketed_names import unbracket_names
from pipeline.clean.text import ClassifierOptions, classify_lines, clean_plain_text
from pipeline.clean.units import count_words
from pipeline.ids import article_id

__all__ = [
    "clean_documents", "clean_plain_text", "classify_lines", "split_stories", "extract_html",
    "filter_extracted_lines", "ClassifierOptions", "HtmlExtraction", "LineStats", "Story",
]


def _story_source(source: str, story: int, stories: int) -> str:
    return source if stories == 1 else f"{source}#story-{story}"


def _article(source: str, text: str, **meta) -> Article:
    text = repair_mojibake(text)
    if meta.get("title"):
        meta["title"] = repair_mojibake(meta["title"])
    return Article(article_id=article_id(source, text), source=source, status="kept", text=text, **meta)


def _not_kept(doc: Document, status: str, reason: str, **meta) -> Article:
    return Article(article_id=article_id(doc.source, None), source=doc.source, status=status, error=reason, **meta)


def clean_document(doc: Document, line_stats: LineStats | None = None) -> Iterator[Article]:
    """The articles of one document: one per story, or one `empty` / `error` record."""
    meta = dict(title=doc.title, url=doc.url, published=doc.published)
    if doc.error is not None or doc.content is None:
        yield _not_kept(doc, "error", doc.error or "no content", **meta)
        return
    if doc.kind == "html":
        extracted = extract_html(doc.content, url=doc.url, captured=doc.captured)
        # What a dump's record says (JSONL fields) wins over what the page says about itself; a
        # crawl's headers do not: there the page's own date beats HTTP Last-Modified.
        published = (extracted.published or doc.published) if doc.captured else (doc.published or extracted.published)
        meta = dict(title=doc.title or extracted.title, url=doc.url or extracted.url, published=published,
                    authors=list(extracted.authors) or None, section=extracted.section)
        if not extracted.text.strip():
            yield _not_kept(doc, "empty", extracted.reason or "no article text found", **meta)
            return
        stories = [Story(1, (extracted.text,))]
    else:
        lines = classify_lines(doc.content.splitlines(), line_stats)
        stories = [Story(s.index, tuple(unbracket_names(p) for p in s.paragraphs)) for s in split_stories(lines)]
        if meta["title"] is None and len(stories) == 1:
            meta["title"] = plain_headline(lines)
        words = sum(count_words(story.text) for story in stories)
        if stories and words < MIN_ARTICLE_WORDS:
            # Never a stub: a caption or a notice line left over from a page is no article.
            yield _not_kept(doc, "empty", f"too little article text ({words} words)", **meta)
            return
    if not stories:
        yield _not_kept(doc, "empty", "no article text found", **meta)
        return
    for story in stories:
        yield _article(_story_source(doc.source, story.index, len(stories)), story.text, **meta)


def clean_documents(docs: Iterable[Document], line_stats: LineStats | None = None) -> Iterator[Article]:
    """Stage entry: every Document yields one Article per story, or one `empty`/`error` Article."""
    for doc in docs:
        yield from clean_document(doc, line_stats)
