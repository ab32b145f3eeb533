"""Builders of synthetic news pages: an article body put into generic templates full of clutter.

The templates are our own and unlike any benchmark site, so a cleaner tuned on the benchmark's
181 pages meets layouts it has never seen: navigation, a cookie banner, an ad slot and a
newsletter box splitting the body, a hover card inside a sentence, a data table, a rail of
related headlines with dates, readers' comments, teaser <article>s, a footer. Every clutter
string is listed in CLUTTER, so a test can assert that none of it survives.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Sequence


@dataclass(frozen=True)
class SyntheticPage:
    html: str
    expected: tuple[str, ...]  # the article's paragraphs as a reader sees them

NAV = ["Home", "World", "Search Sport", "Weather Radar", "Business", "Opinion", "Sign in"]
COOKIE = "We use cookies to personalise content and ads and to analyse our traffic. Accept all cookies"
NEWSLETTER = "Sign up for the Morning Briefing newsletter and get the top stories in your inbox every day"
RELATED = [
    ("Nov 18, 2019", "Harbour festival draws record crowds despite the rain"),
    ("Nov 17, 2019", "Council votes to rename the old quarry park after a local poet"),
    ("Nov 16, 2019", "Ferry timetable changes announced for the winter season"),
    ("Nov 15, 2019", "Regional league champions located in Ballyhaven celebrate title"),
]
COMMENTS = [
    ("Marguerite Olsson", "This is an absolute disgrace and the mayor should resign immediately over it."),
    ("Teodor Quist", "I have lived here for forty years and I have never seen anything like this before."),
]
FOOTER = "Copyright © 2019 The Daily Lighthouse Media Group. All rights reserved. Privacy policy"
HOVER_CARD = ["Pemberton Quill", "Quill backs harbour tax", "Quill under fire over ferry deal"]
TEASER_ARTICLES = [
    "Lighthouse keeper retires after fifty years of service on the northern cape, "
    "and the town plans a farewell parade along the seafront next Saturday afternoon.",
    "Fishing quotas for the coming year were cut again, and the cooperative says its members "
    "will struggle to keep their boats running through the spring without further help.",
]
CLUTTER = (NAV + [COOKIE, NEWSLETTER, FOOTER] + [headline for _, headline in RELATED]
           + [text for _, text in COMMENTS] + [name for name, _ in COMMENTS] + HOVER_CARD[1:] + TEASER_ARTICLES)


def _paragraphs(paragraphs: Sequence[str]) -> list[str]:
    return [f"<p>{escape(p)}</p>" for p in paragraphs]


def semantic_page(title: str, paragraphs: Sequence[str]) -> SyntheticPage:
    """A modern CMS page: header/nav, cookie banner, <main> with an ad slot and a newsletter box
    in the body, a related-headlines rail, comments, footer."""
    body = _paragraphs(paragraphs)
    middle = len(body) // 2
    body[middle:middle] = [
        '<div class="ad-slot"><span>Advertisement</span></div>',
        f'<div class="newsletter-promo"><p>{escape(NEWSLETTER)}</p><button>Subscribe</button></div>',
    ]
    nav = "".join(f'<li><a href="/{escape(n.lower())}">{escape(n)}</a></li>' for n in NAV)
    related = "".join(f'<li><span class="date">{d}</span> <a href="/r{k}">{escape(h)}</a></li>'
                      for k, (d, h) in enumerate(RELATED))
    comments = "".join(f'<div class="comment"><b>{escape(n)}</b><p>{escape(t)}</p><a href="#">Reply</a></div>'
                       for n, t in COMMENTS)
    return SyntheticPage(f"""<!DOCTYPE html><html><head><title>{escape(title)} | The Daily Lighthouse</title></head><body>
<div id="cookie-consent" class="banner"><p>{escape(COOKIE)}</p></div>
<header><nav><ul>{nav}</ul></nav></header>
<main><h1>{escape(title)}</h1><div class="byline">By Ada Pennywhistle</div>
<div class="story-body">{''.join(body)}</div>
<section class="related"><h3>More from News</h3><ul>{related}</ul></section>
<section id="comments"><h3>{len(COMMENTS)} Comments</h3>{comments}</section></main>
<footer><p>{escape(FOOTER)}</p></footer></body></html>""", tuple(paragraphs))


def table_layout_page(title: str, paragraphs: Sequence[str]) -> SyntheticPage:
    """An old-style page: a layout table with a menu cell, the article as <br><br>-separated
    text in a <font>, and a cell of related links; no semantic tags at all."""
    menu = "<br>".join(f'<a href="/{escape(n.lower())}">{escape(n)}</a>' for n in NAV)
    text = "<br><br>".join(escape(p) for p in paragraphs)
    related = "<br>".join(f'<a href="/r{k}">{escape(h)}</a> ({d})' for k, (d, h) in enumerate(RELATED))
    return SyntheticPage(f"""<html><head><title>{escape(title)}</title></head><body>
<table width="100%"><tr><td width="150" valign="top">{menu}</td>
<td valign="top"><font size="4"><b>{escape(title)}</b></font><br><br><font face="Arial">{text}</font></td>
<td width="200" valign="top"><b>Related</b><br>{related}</td></tr>
<tr><td colspan="3"><small>{escape(FOOTER)}</small></td></tr></table></body></html>""", tuple(paragraphs))


HOVER_SENTENCE = f"Council member {HOVER_CARD[0]} said the vote was close, and that the town would appeal."
TABLE_ROWS = ("Ward, Votes for, Votes against.", "North, 1204, 880.", "South, 943, 1010.")


def nested_articles_page(title: str, paragraphs: Sequence[str]) -> SyntheticPage:
    """An HTML5 blog page: the article holds a hover card inside its first sentence, a small data
    table, and after the body the next posts as <article>s of their own; JSON-LD metadata."""
    body = _paragraphs(paragraphs)
    card = (f'<span class="rollover-people"><a href="/people/quill">{HOVER_CARD[0]}</a>'
            f'<span class="rollover-people-block"><a href="/people/quill">{HOVER_CARD[0]}</a>'
            + "".join(f'<a href="/x{k}">{escape(h)}</a>' for k, h in enumerate(HOVER_CARD[1:])) + "</span></span>")
    body.insert(1, f"<p>Council member {card} said the vote was close, and that the town would appeal.</p>")
    table = ("<table><tr><th>Ward</th><th>Votes for</th><th>Votes against</th></tr>"
             "<tr><td>North</td><td>1204</td><td>880</td></tr><tr><td>South</td><td>943</td><td>1010</td></tr></table>")
    body.insert(len(body) - 1, table)
    expected = list(paragraphs)
    expected.insert(1, HOVER_SENTENCE)
    expected[len(expected) - 1:len(expected) - 1] = TABLE_ROWS
    teasers = "".join(f'<article class="post"><h2><a href="/t{k}">Next post</a></h2><p>{escape(t)}</p></article>'
                      for k, t in enumerate(TEASER_ARTICLES))
    json_ld = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%s", '
               '"datePublished": "2019-11-19T08:30:00Z", "author": [{"@type": "Person", "name": "Ada Pennywhistle"}], '
               '"articleSection": "Local News"}' % title.replace('"', "'"))
    nav = " | ".join(f'<a href="/{escape(n.lower())}">{escape(n)}</a>' for n in NAV)
    return SyntheticPage(f"""<html><head><title>{escape(title)}</title>
<script type="application/ld+json">{json_ld}</script></head><body>
<div class="topbar">{nav}</div><div class="cookie-notice">{escape(COOKIE)}</div>
<article class="post single"><h1>{escape(title)}</h1>{''.join(body)}
<div class="share">Share this article</div></article>
<div class="more-posts">{teasers}</div>
<div class="footer">{escape(FOOTER)}</div></body></html>""", tuple(expected))


TEMPLATES = {"semantic": semantic_page, "table-layout": table_layout_page, "nested-articles": nested_articles_page}
