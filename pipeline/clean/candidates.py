"""Candidate article bodies of one HTML page, each from an independent extractor.

- `trafilatura` with favor_precision: the best single extractor on the 181 benchmark pages;
- `trafilatura` balanced (no precision bias): keeps the paragraphs favor_precision drops on
  sites it does not know (short paragraphs, bodies split by ad slots);
- `readability-lxml`: an older scorer of a different kind (one best-scored container chosen by
  class names, commas and text length, then cleaned by link density), which on held-out Google
  News pages scored 0.926 where trafilatura scored 0.887: it fails on other pages than
  trafilatura does, which is what a vote needs;
- the JSON-LD `articleBody` a publisher embeds for search engines, when it has one.

All are rendered by `pipeline.clean.render`, so they differ in what they chose, never in how
text is spaced.
"""
from __future__ import annotations

import copy
import html
import json
import logging
import re
from dataclasses import dataclass
from typing import Callable, Iterator

import lxml.html
import trafilatura
from lxml import etree
from readability import Document as ReadabilityDocument

from pipeline.clean.parse import parse_page
from pipeline.clean.render import Block, render_blocks
from pipeline.clean.units import count_words

# include_links stays off although link text would be a useful signal: with it, trafilatura
# splits a paragraph at every <strong><a> and drops the space after the link ("Price Guidefor
# the latest", AppleInsider). Link shares come from readability's rendering of the same text.
TRAFILATURA_PRECISION = dict(favor_precision=True, include_comments=False, include_tables=True, deduplicate=False)

# readability-lxml logs every page it finds hard at INFO/WARNING; a batch run has its own report.
logging.getLogger("readability").setLevel(logging.ERROR)
logging.getLogger("readability.readability").setLevel(logging.ERROR)


# Content a reader never sees without hovering or a screen reader: `hidden`, inline
# `display:none`, and the class names sites give hover cards, tooltips and screen-reader-only
# labels. A hover card inside a paragraph ("Rep. Ilhan Omar" followed by a hidden card with her
# name again and three headlines) otherwise glues into the sentence: "Ilhan OmarIlhan OmarHillicon".
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Whole class tokens only: Bootstrap's "hidden-xs" hides an element on phones alone.
_HIDDEN_CLASSES = frozenset({"hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
                             "screen-reader-only", "element-invisible", "tooltip", "popover", "hovercard"})
_CARD_CLASS = re.compile(r"^(hover-?card|tooltip|popover|rollover)[\w-]*[-_](block|card|content|box|popup)$",
                         re.IGNORECASE)


_MAY_BE_HIDDEN = etree.XPath("descendant-or-self::*[@hidden or @style or @class]")


def _hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None or _HIDDEN_STYLE.search(element.get("style") or ""):
        return True
    tokens = (element.get("class") or "").split()
    return any(t.casefold() in _HIDDEN_CLASSES or _CARD_CLASS.match(t) for t in tokens)


# HTML5 semantics: an <article> inside another is content related to it (readers' comments,
# teasers), and beside the one <article> holding the page's <h1>, other <article> elements are
# other posts. A blog page listing the next posts' full texts after its own kept them all (page
# F1 0.33, precision 0.20). Dropped only when the article that stays keeps this many words of its
# own, so a page wrapping its body in two <article> elements loses nothing.
OWN_ARTICLE_WORDS = 50


def _words(element: etree._Element) -> int:
    return len(" ".join(element.itertext()).split())


def _other_articles(tree: etree._Element) -> list[etree._Element]:
    outermost = [a for a in tree.iter("article") if not any(p.tag == "article" for p in a.iterancestors())]
    doomed = []
    for outer in outermost:
        inner = [e for e in outer.iterdescendants("article") if next(e.iterancestors("article")) is outer]
        if inner and _words(outer) - sum(map(_words, inner)) >= OWN_ARTICLE_WORDS:
            doomed.extend(inner)
    with_headline = [a for a in outermost if a.find(".//h1") is not None]
    if len(outermost) > 1 and len(with_headline) == 1 and _words(with_headline[0]) >= OWN_ARTICLE_WORDS \
            and len(tree.findall(".//h1")) == 1:
        doomed.extend(a for a in outermost if a is not with_headline[0])
    return doomed


def load_page(html: str) -> etree._Element | None:
    """The page's element tree with invisible elements and nested articles removed; None when it is no HTML."""
    tree = parse_page(html)  # built past libxml2's depth limit too
    if tree is None:
        return None
    # Only an element with one of the attributes _hidden reads can be hidden: XPath finds those
    # (in document order, as iter() would) without a Python call for each of the page's elements.
    doomed = [e for e in _MAY_BE_HIDDEN(tree) if _hidden(e)] + _other_articles(tree)
    for element in doomed:
        if element.getparent() is not None and element.tag not in ("html", "body"):
            element.drop_tree()
    return tree


@dataclass(frozen=True)
class Candidate:
    name: str
    paragraphs: tuple[str, ...]
    link_shares: tuple[float, ...] = ()  # per paragraph: share of its text inside links

    @classmethod
    def of(cls, name: str, blocks: list[Block]) -> "Candidate":
        return cls(name, tuple(b.text for b in blocks), tuple(b.link_share for b in blocks))

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def words(self) -> int:
        return sum(count_words(p) for p in self.paragraphs)


def trafilatura_candidate(name: str, html: str | etree._Element, url: str | None, options: dict) -> Candidate:
    result = trafilatura.bare_extraction(html, url=url, with_metadata=False, **options)
    if result is None or result.body is None:
        return Candidate(name, ())
    return Candidate(name, tuple(b.text for b in render_blocks(result.body)))  # no links kept: shares unknown


# Page furniture in an extracted body that makes trafilatura's fallback try jusText (trafilatura 2.x's
# SANITIZED_XPATH in external.py, a private name, so it is written out here).
_FURNITURE = etree.XPath(
    ".//aside|.//audio|.//button|.//fencedframe|.//fieldset|.//figure|.//footer|.//iframe|.//input|.//label"
    "|.//link|.//nav|.//noindex|.//noscript|.//object|.//option|.//select|.//source|.//svg|.//time"
)


def _fallback_may_change(body: etree._Element | None) -> bool:
    """Whether trafilatura's fallback could replace this body for a reason other than its length:
    furniture inside it (jusText is tried), no paragraph text, or more tables than paragraphs
    (readability-lxml's body is taken). Length is the caller's test."""
    if body is None:
        return True
    return bool(_FURNITURE(body)) or not body.xpath(".//p//text()") or len(body.findall(".//table")) > len(body.findall(".//p"))


def precision_candidate(tree: etree._Element, url: str | None, may_be_short: Callable[[Candidate], bool]) -> Candidate:
    """trafilatura tuned for precision, with its own fallback only where the fallback could matter.

    trafilatura's fallback (`compare_extraction`) extracts the page again with its readability port
    and jusText, and takes their body when its own is empty, under half of readability's, without
    paragraph text or table-dominated, or (jusText) short or holding furniture. That cost 0.8-1.0 s
    of the clean stage's 6.3 s CPU over the 181 benchmark pages and changed the text of a page only
    where our own second-opinion test, `may_be_short` (trafilatura kept too little of the page's
    prose), fires: there the readability-lxml candidate is asked as well. So the fast pass runs
    first and the full one only where `may_be_short` fires or the fast body shows one of the other
    triggers. What the fast pass can still miss: readability's body over twice as long on a page
    whose <p> prose trafilatura kept; texts in `<div>`s are the case, and `may_be_short` also fires
    where a page has too little <p> prose to tell."""
    fast = trafilatura.bare_extraction(tree, url=url, with_metadata=False, fast=True, **TRAFILATURA_PRECISION)
    body = None if fast is None else fast.body
    candidate = Candidate("precision", () if body is None else tuple(b.text for b in render_blocks(body)))
    if _fallback_may_change(body) or may_be_short(candidate):
        return trafilatura_candidate("precision", tree, url, TRAFILATURA_PRECISION)
    return candidate


def readability_candidate(tree: etree._Element, url: str | None = None) -> Candidate:
    """readability-lxml's body. `url` is not handed on: with it readability rewrites every link of
    the page to an absolute one, which the text never shows (40% of readability's time on the 181
    benchmark pages, profiled)."""
    try:  # readability edits the tree it is given
        fragment = ReadabilityDocument(copy.deepcopy(tree)).summary(html_partial=True)
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # readability raises on pages with no body at all; that candidate is simply absent
        return Candidate("readability", ())
    return Candidate.of("readability", render_blocks(root))


def _json_ld_objects(tree: etree._Element) -> Iterator[dict]:
    def walk(node):
        if isinstance(node, dict):
            yield node
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            yield from walk(json.loads(script.text_content() or ""))
        except ValueError:
            continue


def json_ld_objects(tree: etree._Element) -> list[dict]:
    """Every JSON object in the page's `application/ld+json` scripts (nested ones and @graph too)."""
    return list(_json_ld_objects(tree))


def json_ld_candidate(objects: list[dict]) -> Candidate:
    """The longest `articleBody`. Publishers put plain text there, or HTML, sometimes entity-escaped
    ("&lt;strong&gt;"), with blank lines between paragraphs: each paragraph is rendered like any
    other fragment, so markup never reaches the text and inline tags never glue words."""
    bodies = [o["articleBody"] for o in objects if isinstance(o.get("articleBody"), str) and o["articleBody"].strip()]
    if not bodies:
        return Candidate("json-ld", ())
    body = max(bodies, key=len).replace("\r\n", "\n")
    if "&lt;" in body or "&amp;" in body or "&quot;" in body:
        body = html.unescape(body)
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", body):
        if "<" in chunk and ">" in chunk:
            try:
                blocks.extend(render_blocks(lxml.html.fragment_fromstring(chunk, create_parent="div")))
                continue
            except (etree.ParserError, ValueError):
                pass
        blocks.extend(Block(" ".join(line.split())) for line in chunk.splitlines() if line.strip())
    return Candidate.of("json-ld", blocks)
