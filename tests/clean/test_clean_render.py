"""Rendering element trees to paragraphs: block boundaries, tables, links, hidden elements."""
from __future__ import annotations

import lxml.html
import pytest

from pipeline.clean.candidates import load_page
from pipeline.clean.render import render_blocks, render_paragraphs


def paragraphs(html: str) -> list[str]:
    return render_paragraphs(lxml.html.fragment_fromstring(html, create_parent="div"))


@pytest.mark.parametrize("html, expected", [
    ("<div>Jane Doe</div><div>Jane Doe wrote</div>", ["Jane Doe", "Jane Doe wrote"]),
    ("<p>one<br>two</p>", ["one", "two"]),
    ("<p>  spaced \n\n  out  </p><p></p>", ["spaced out"]),
    ("<p>a <b>bold</b> word</p>", ["a bold word"]),
    ("<p>kept<script>var x = 1;</script> tail</p>", ["kept tail"]),
    ("<ul><li>first</li><li>second</li></ul>", ["first", "second"]),
])
def test_blocks_never_glue(html, expected):
    assert paragraphs(html) == expected


def test_data_table_rows_become_sentences():
    html = "<table><tr><th>Ticker</th><th>Last</th></tr><tr><td>HD</td><td>225.86</td></tr></table>"
    assert paragraphs(html) == ["Ticker, Last.", "HD, 225.86."]


def test_layout_table_cells_are_paragraphs():
    prose = " ".join(["The launch system was delayed again by engine tests at the assembly facility."] * 4)
    html = f"<table><tr><td>menu</td><td><p>{prose}</p><p>Second paragraph.</p></td></tr></table>"
    assert paragraphs(html) == ["menu", prose, "Second paragraph."]


def test_link_share():
    root = lxml.html.fragment_fromstring(
        "<div><p>Read <a href='/x'>this</a> report about the harbour.</p><p><a href='/'>Home</a></p></div>")
    blocks = render_blocks(root)
    assert blocks[1].link_share == 1.0
    assert blocks[0].link_share < 0.2


def test_hidden_elements_and_hover_cards_are_dropped():
    tree = load_page("<html><body><p>Rep. <a href='/p'>Ilhan Omar</a><span class='rollover-people-block'>"
                     "<a href='/p'>Ilhan Omar</a><a href='/h'>Hillicon Valley</a></span> spoke.</p>"
                     "<div hidden>secret</div><div style='display: none'>also hidden</div>"
                     "<div class='hidden-xs'>shown on desktops</div></body></html>")
    assert render_paragraphs(tree.find("body")) == ["Rep. Ilhan Omar spoke.", "shown on desktops"]
