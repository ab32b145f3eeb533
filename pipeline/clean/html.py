"""HTML pages: several candidate extractions, chosen and merged per page, then a line post-filter.

`extract_html` runs the candidates of `pipeline.clean.candidates` (trafilatura tuned for
precision, readability-lxml, the JSON-LD `articleBody`) on one parsed tree with invisible
elements removed, lets `pipeline.clean.choose` pick the backbone (never a stub) and fill in the
runs of prose it lacks, and reads title, date, authors and section with
`pipeline.clean.metadata`.

trafilatura options, measured on the 181 pages of article-extraction-benchmark (F1 of the
benchmark's metric, `python3 benchmarks/extraction.py`): defaults 0.953, favor_precision 0.959,
favor_precision + include_comments=False 0.964 (readers' comments are not the article).
`deduplicate` stays off: trafilatura's duplicate filter is a process-global cache, so the same
page would be cleaned differently depending on what was cleaned before it.

Extractors still leave some furniture around the body: the headline repeated as the first
line, "Related: ..." and "READ MORE: ..." links, agency credits, newsletter and follow-us
calls, comment counters and trailing lists of related headlines. `filter_extracted_lines`
removes those with the same line features the plain-text classifier uses: 0.964 -> 0.968
(precision 0.958 -> 0.967, recall 0.971 -> 0.968).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional, Sequence

from pipeline.clean.candidates import (Candidate, json_ld_candidate, json_ld_objects, load_page, precision_candidate,
                                       readability_candidate)
from pipeline.clean.choose import PageLines, choose
from pipeline.clean.lines import STOPWORDS, LineFeatures, LineKind, detect_language, first_pass_kind, line_features
from pipeline.clean.metadata import page_metadata
from pipeline.clean.units import count_words


@dataclass(frozen=True)
class HtmlExtraction:
    text: str
    title: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    authors: tuple[str, ...] = ()
    section: Optional[str] = None
    reason: str = ""   # why `text` is empty
    source: str = ""   # the candidate the text is built on, and the ones that filled it ("precision+readability")


def _normalised(text: str) -> str:
    return " ".join("".join(c for c in text.casefold() if c.isalnum() or c.isspace()).split())


def _is_headline(line: str, titles: Sequence[str]) -> bool:
    """The line is one of the page's titles, or one with the site name cut off ("Headline | Site")."""
    key = _normalised(line)
    return bool(key) and any(key == t or (len(key) >= 20 and t.startswith(key)) for t in map(_normalised, titles) if t)


def filter_extracted_lines(text: str, title: str | Sequence[str] | None = None,
                           features_of: Callable[[str], LineFeatures] | None = None) -> str:
    """Drop the furniture extractors keep: leading headline, UI lines, credits, trailing link lists.

    `features_of` gives a line's features when the caller has them already (`PageLines`)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    if features_of is None:
        lang = detect_language(lines)
        features = [line_features(line, STOPWORDS.get(lang) if lang else None) for line in lines]
    else:
        features = [features_of(line) for line in lines]
    kinds = [first_pass_kind(f) for f in features]
    keep = [kind is not LineKind.BOILERPLATE for kind in kinds]

    # The headline belongs in `title`, not in the body the claims point into.
    titles = [title] if isinstance(title, str) else list(title or ())
    if titles and _is_headline(lines[0], titles):
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


# readability-lxml costs as much CPU as trafilatura and changes the text of few pages: of the 181
# benchmark pages it was the backbone of one (trafilatura kept only a reprint notice) and filled
# runs into three. It runs only where trafilatura's text may be short or split: when trafilatura
# kept under SECOND_OPINION_SHARE of the words of the page's prose paragraphs (<p> of 20+ words),
# or when the page has too little such prose to tell (text in <div>s or a layout table).
SECOND_OPINION_SHARE = 0.6
PROSE_PARAGRAPH_WORDS = 20
MIN_PAGE_PROSE_WORDS = 150


def page_prose_words(tree) -> int:
    """Words in the page's prose paragraphs: <p> elements of PROSE_PARAGRAPH_WORDS words or more."""
    total = 0
    for paragraph in tree.iter("p"):
        words = count_words(" ".join(paragraph.itertext()))
        if words >= PROSE_PARAGRAPH_WORDS:
            total += words
    return total


def needs_second_opinion(tree, backbone: Candidate, prose: int | None = None) -> bool:
    """Whether trafilatura's text may be short or split, so readability-lxml should be asked too.

    `prose` is the page's `page_prose_words` when the caller has counted them already."""
    prose = page_prose_words(tree) if prose is None else prose
    return prose < MIN_PAGE_PROSE_WORDS or backbone.words < SECOND_OPINION_SHARE * prose


def extract_html(html: str, url: str | None = None, captured: str | None = None) -> HtmlExtraction:
    """Main text and metadata of one HTML page; empty text (with `reason`) when no candidate is an article.

    `captured` (ISO 8601, when a crawler fetched the page) bounds the page's date from above.
    """
    tree = load_page(html)
    if tree is None:
        return HtmlExtraction(text="", reason="not an HTML page")
    json_ld = json_ld_objects(tree)
    meta = page_metadata(tree, json_ld, url=url, captured=captured)
    prose = page_prose_words(tree)
    precision = precision_candidate(tree, url, may_be_short=lambda candidate: needs_second_opinion(tree, candidate, prose))
    candidates = [precision, json_ld_candidate(json_ld)]
    if needs_second_opinion(tree, precision, prose):
        candidates.insert(1, readability_candidate(tree, url))
    page_lines = PageLines(candidates)
    chosen = choose(candidates, kinds=page_lines)
    text = filter_extracted_lines("\n".join(chosen.paragraphs), meta.headlines, page_lines.features)
    return HtmlExtraction(
        text=text,
        title=meta.title,
        published=meta.published,
        url=meta.url,
        authors=meta.authors,
        section=meta.section,
        reason="" if text else (chosen.reason or "no article text left after removing page furniture"),
        source="+".join((chosen.source,) + chosen.filled_from) if chosen.source else "",
    )
