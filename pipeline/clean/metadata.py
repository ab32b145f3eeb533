"""What an HTML page says about its article: title, publication date, authors, section.

Sources in order of trust, each taken only when it parses:
1. JSON-LD of an article type (`headline`, `datePublished`, `author`, `articleSection`): what
   the publisher hands search engines, so it is kept up to date;
2. Open Graph / article meta tags (`article:published_time`, `article:section`, `author`,
   Parse.ly and Sailthru tags that many newsrooms' CMSs emit);
3. trafilatura's metadata extraction, whose date comes from htmldate (original date, extensive
   search: `<time>` elements, URL paths, datelines in the text).

A date later than `captured` (when a crawler fetched the page) is impossible and dropped; the
htmldate bound is fixed (not today) so the same page gets the same date on every day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from lxml import etree
from trafilatura.metadata import (META_URL, examine_meta, extract_author, extract_catstags, extract_domain,
                                  extract_meta_json, extract_sitename, extract_title, extract_url, find_date)
from trafilatura.settings import Document

from pipeline.ingest.dates import format_date, is_plausible_publication, parse_datetime

DATE_EXTRACTION_PARAMS = {"original_date": True, "extensive_search": True, "max_date": "2099-12-31"}
ARTICLE_TYPES = re.compile(r"(News|Blog|Scholarly|Tech|Report|Satirical|Opinion|Analysis|Review|Reportage)?"
                           r"(Article|Posting|NewsArticle)$|^(Report|WebPage)$", re.IGNORECASE)
_META_DATE = ("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
              "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date",
              "dcterms.created", "date", "article.published", "cxenseparse:recs:publishtime")
_META_SECTION = ("article:section", "og:article:section", "parsely-section", "section", "sailthru.section",
                 "cxenseparse:pageclass-section", "article.section")
_META_AUTHOR = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl")
_BYLINE_PREFIX = re.compile(r"^\s*(by|von|par|por|di|door)\s+", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&|\bund\b|\bet\b|\by\b|\be\b)\s*")
_NOT_A_NAME = re.compile(r"https?://|www\.|@|\d", re.IGNORECASE)
MAX_AUTHORS = 8
# A byline field also holds job titles and CMS accounts ("AP Auto Writer", "Admin", "Staff"):
# no person to credit. News agencies stay: "Reuters" is who wrote it.
_ROLE = re.compile(r"\b(writer|staff|admin|administrator|editor|editors|correspondent|bureau|desk|team|"
                   r"contributor|webmaster|redacci[oó]n|reda[cç][aã]o|redaktion|r[ée]daction)\b", re.IGNORECASE)
# Section values that name a page type, not a section of the site.
_GENERIC_SECTIONS = frozenset({"post", "posts", "article", "articles", "all", "page", "blog", "uncategorized",
                               "default", "home", "story", "stories", "none", "null"})


@dataclass(frozen=True)
class PageMetadata:
    title: Optional[str] = None
    published: Optional[str] = None
    authors: tuple[str, ...] = ()
    section: Optional[str] = None
    url: Optional[str] = None
    headlines: tuple[str, ...] = ()  # every title the page gives itself (title tag, og:title, JSON-LD)


def _types(obj: dict) -> list[str]:
    kind = obj.get("@type")
    return [str(k) for k in kind] if isinstance(kind, list) else [str(kind or "")]


def _article_objects(objects: Iterable[dict]) -> list[dict]:
    return [o for o in objects if any(ARTICLE_TYPES.search(t.rsplit("/", 1)[-1]) for t in _types(o))]


def _meta(tree: etree._Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().casefold()
        value = (element.get("content") or "").strip()
        if key and value and key not in found:
            found[key] = value
    return found


def _names(value) -> list[str]:
    """Person names from a JSON-LD `author` (str, dict, list of either) or a meta tag's text."""
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if not isinstance(value, str):
        return []
    names = []
    for part in _AUTHOR_SPLIT.split(_BYLINE_PREFIX.sub("", value.strip())):
        part = " ".join(part.split()).strip(" .")
        if part and not _NOT_A_NAME.search(part) and not _ROLE.search(part) and 1 <= len(part.split()) <= 5:
            names.append(part)
    return names


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen, out = set(), []
    for item in items:
        if item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return tuple(out[:MAX_AUTHORS])


def _first_date(values: Iterable, captured: Optional[str]) -> Optional[str]:
    """The first value that parses as a date the page could have been published on."""
    captured_at = parse_datetime(captured) if captured else None
    for value in values:
        parsed = parse_datetime(value) if isinstance(value, str) and value.strip() else None
        if parsed is not None and is_plausible_publication(parsed, captured_at):
            return format_date(parsed)
    return None


def _section(value) -> Optional[str]:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    if not value or len(value) > 80 or _NOT_A_NAME.search(value) or value.casefold() in _GENERIC_SECTIONS:
        return None
    return value


def page_metadata(tree: etree._Element, json_ld: list[dict], url: Optional[str] = None,
                  captured: Optional[str] = None) -> PageMetadata:
    articles = _article_objects(json_ld)
    meta = _meta(tree)
    stated = _first_date([o.get("datePublished") for o in articles] + [o.get("dateCreated") for o in articles]
                         + [meta.get(key) for key in _META_DATE], captured)
    date_params = dict(DATE_EXTRACTION_PARAMS, max_date=captured[:10]) if captured else dict(DATE_EXTRACTION_PARAMS)
    # htmldate's date is only the last resort: with a date already stated it is not searched for.
    authors = _unique([n for o in articles for n in _names(o.get("author"))])
    if not authors:
        authors = _unique(n for key in _META_AUTHOR for n in _names(meta.get(key)))
    section = next((s for s in (_section(o.get("articleSection")) for o in articles) if s), None) \
        or next((s for s in (_section(meta.get(key)) for key in _META_SECTION) if s), None)
    fallback = _trafilatura_metadata(tree, url, date_params, date=not stated, author=not authors,
                                     categories=not section)
    published = stated or _first_date([fallback.date], captured)
    if not authors and fallback.author:
        authors = _unique(_names(fallback.author.replace(";", ",")))
    site = (meta.get("og:site_name") or fallback.sitename or "").casefold()
    authors = tuple(a for a in authors if a.casefold() != site)
    section = section or _section(fallback.categories or None)
    headlines = [o.get("headline") for o in articles] + [meta.get("og:title"), meta.get("twitter:title"),
                                                         fallback.title, tree.findtext(".//title")]
    return PageMetadata(
        title=fallback.title or next((h for h in headlines if isinstance(h, str) and h.strip()), None),
        published=published,
        authors=authors,
        section=section,
        url=fallback.url or url,
        headlines=_unique(" ".join(h.split()) for h in headlines if isinstance(h, str) and h.strip()),
    )


def _trafilatura_metadata(tree: etree._Element, url: Optional[str], date_params: dict, date: bool, author: bool,
                          categories: bool) -> Document:
    """trafilatura.metadata.extract_metadata's steps, in its order, leaving out what is not read:
    tags and licence never, the date, the author and the categories when the page's own JSON-LD
    or meta tags already gave them (extract_author alone was 1.0 s CPU over the 181 benchmark
    pages, tags and licence 0.3 s). No step changes the tree (author and date search copies), so
    what is computed is what extract_metadata computes."""
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:  # noqa: BLE001 - as extract_metadata does: a page's broken JSON-LD loses only that
        pass
    if not metadata.title:
        metadata.title = extract_title(tree)
    if author and not metadata.author:
        metadata.author = extract_author(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, url)
    if metadata.url:
        metadata.hostname = extract_domain(metadata.url, fast=True)
    if date:
        metadata.date = find_date(tree, **dict(date_params, url=metadata.url))
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url:
        match = META_URL.match(metadata.url)
        if match:
            metadata.sitename = match[1]
    if categories and not metadata.categories:
        metadata.categories = extract_catstags("category", tree)
    metadata.filedate = date_params.get("max_date")
    metadata.clean_and_trim()
    return metadata
