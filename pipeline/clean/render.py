"""Element tree -> paragraphs of plain text, the way a reader sees the page.

One renderer for every candidate extraction: trafilatura's cleaned tree (its own tag names:
`head`, `list`/`item`, `table`/`row`/`cell`, `lb`), readability-lxml's HTML fragment and HTML
inside a JSON-LD `articleBody`. Rendering ourselves instead of taking an extractor's `.text`
decides three things the same way for all of them:

- block boundaries always separate text (a `<div>` ending in a word and the next starting with
  one never glue: "Jane DoeJane Doe"), and whitespace inside a paragraph is collapsed;
- a data table becomes one line per row, cells separated by commas and closed with a full
  stop, so the sentence splitter sees sentences and never Markdown pipes; a layout table (a
  cell holding paragraphs or long prose, as some magazines still lay out whole articles) is
  rendered cell by cell as ordinary paragraphs;
- paragraphs carry no leading or trailing blank lines;
- each paragraph knows how much of its text sits in links (`Block.link_share`): a menu item or
  a related headline is all link, a sentence of an article hardly ever is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from lxml import etree

BLOCK_TAGS = frozenset("""
    p div h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote pre section article main header footer aside nav
    figure figcaption address form fieldset details summary hr table thead tbody tfoot tr td th caption
    head list item quote row cell code graphic
""".split())
LINE_BREAK_TAGS = frozenset({"br", "lb"})
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "button", "select", "option",
                          "iframe", "object", "embed", "input", "textarea"})
TABLE_ROW_TAGS = frozenset({"tr", "row"})
TABLE_CELL_TAGS = frozenset({"td", "th", "cell"})
LINK_TAGS = frozenset({"a", "ref"})
# A cell this long is prose laid out with a table, not a value in a grid.
LAYOUT_CELL_WORDS = 40

_SPACE = re.compile(r"\s+")
_FINAL_PUNCTUATION = re.compile(r"[.!?…:;][\"'”’»)\]]*$")


def _tag(element: etree._Element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


@dataclass(frozen=True)
class Block:
    text: str
    link_share: float = 0.0  # share of the paragraph's characters inside links


class _Paragraphs:
    """Collects inline text and closes a paragraph at every block or line boundary."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._parts: list[str] = []
        self._link_chars = 0
        self.in_link = 0

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks]

    def text(self, text: str | None) -> None:
        if text:
            self._parts.append(text)
            if self.in_link:
                self._link_chars += len(text.strip())

    def close(self) -> None:
        paragraph = _SPACE.sub(" ", "".join(self._parts)).strip()
        if paragraph:
            share = min(1.0, self._link_chars / max(len(paragraph.replace(" ", "")), 1))
            self.blocks.append(Block(paragraph, share))
        self._parts = []
        self._link_chars = 0


def _cells(row: etree._Element) -> Iterator[etree._Element]:
    for child in row:
        if _tag(child) in TABLE_CELL_TAGS:
            yield child


def _is_layout_table(table: etree._Element) -> bool:
    for cell in table.iter():
        if _tag(cell) not in TABLE_CELL_TAGS:
            continue
        if any(_tag(child) in BLOCK_TAGS - {"span"} for child in cell.iterdescendants()):
            return True
        if len(" ".join(cell.itertext()).split()) >= LAYOUT_CELL_WORDS:
            return True
    return False


def _render_row(row: etree._Element, out: _Paragraphs) -> None:
    cells = []
    for cell in _cells(row):
        inner = _Paragraphs()
        _render(cell, inner)
        inner.close()
        value = " ".join(inner.paragraphs)
        if value:
            cells.append(value)
    out.close()
    if cells:
        line = ", ".join(cells)
        out.text(line if _FINAL_PUNCTUATION.search(line) else line + ".")
        out.close()


def _render_table(table: etree._Element, out: _Paragraphs) -> None:
    for row in table.iter():
        if _tag(row) in TABLE_ROW_TAGS:
            _render_row(row, out)
        elif _tag(row) == "caption":
            out.close()
            _render(row, out)
            out.close()


def _render(element: etree._Element, out: _Paragraphs) -> None:
    tag = _tag(element)
    if tag in SKIPPED_TAGS or not tag:
        return
    if tag in LINE_BREAK_TAGS:
        out.close()
        return
    if tag == "table" and not _is_layout_table(element):
        out.close()
        _render_table(element, out)
        return
    block = tag in BLOCK_TAGS
    link = tag in LINK_TAGS
    if block:
        out.close()
    out.in_link += link
    out.text(element.text)
    for child in element:
        _render(child, out)
        out.in_link -= link  # a tail is outside the element it follows
        out.text(child.tail)  # a skipped element's (or comment's) tail is still visible text
        out.in_link += link
    out.in_link -= link
    if block:
        out.close()


def render_blocks(element: etree._Element) -> list[Block]:
    """The visible text under `element`, one Block per paragraph, in document order."""
    out = _Paragraphs()
    _render(element, out)
    out.close()
    return out.blocks


def render_paragraphs(element: etree._Element) -> list[str]:
    return [block.text for block in render_blocks(element)]


def render_text(element: etree._Element) -> str:
    return "\n".join(render_paragraphs(element))
