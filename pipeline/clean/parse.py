"""HTML pages nested deeper than libxml2 builds: the page as trafilatura's load_html should get it.

libxml2, under lxml and so under trafilatura, stops building the tree at 256 nested elements
(2048 with `huge_tree`) and drops everything below: a page of 300 nested <div>s came out
`empty`, "no article text found". Browsers render any nesting: Chromium attaches elements
beyond depth 512 to the element at that depth (HTMLConstructionSite's maximum DOM depth), so
their text is shown. Here:

- a page within libxml2's default limit is handed to trafilatura as text, exactly as before;
- a deeper one is parsed with `huge_tree`;
- one deeper still is built by `CappedTreeBuilder` (the standard library's tokenizer, no
  recursion, no depth limit), which nests at most MAX_DEPTH deep as Chromium does.

`parse_page` gives the tree trafilatura's `load_html` would build from the first of these, and
parses the text once: the tree of the depth check is that tree whenever libxml2 built it all
(0.33 s CPU of a second parse per 181 benchmark pages otherwise).
"""
from __future__ import annotations

import re
from html.parser import HTMLParser as Tokenizer

from lxml import etree
from lxml.html import (HtmlComment, HtmlElement, HtmlElementClassLookup, HtmlEntity, HtmlProcessingInstruction,
                       fromstring)
from trafilatura.utils import is_dubious_html, load_html, repair_faulty_html

# The options trafilatura parses with (trafilatura.utils.HTML_PARSER), plus huge_tree.
_PARSER_OPTIONS = dict(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                       remove_pis=True)
MAX_DEPTH = 512


def _html_class_lookup() -> etree.ElementNamespaceClassLookup:
    """lxml.html's element classes (FormElement for <form>, HtmlElement for the rest, ...) chosen in C.

    lxml.html.HTMLParser picks the class of every element proxy in Python
    (`HtmlElementClassLookup.lookup`), and trafilatura, readability and our own passes create a
    proxy each time they visit an element: 770k calls per 181 benchmark pages. This lookup gives
    the same class for every node (lxml.html's own table, for the lower-case tag names libxml2's
    HTML parser makes), so every reader of the tree behaves the same."""
    lookup = etree.ElementNamespaceClassLookup(etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
    lookup.get_namespace(None).update(HtmlElementClassLookup._default_element_classes)
    return lookup


_CLASS_LOOKUP = _html_class_lookup()


def html_parser(**options) -> etree.HTMLParser:
    """lxml.html.HTMLParser's parser with the element classes looked up in C (`_html_class_lookup`)."""
    parser = etree.HTMLParser(**options)
    parser.set_element_class_lookup(_CLASS_LOOKUP)
    return parser
VOID_ELEMENTS = frozenset("area base br col embed hr img input keygen link meta param source track wbr".split())
# Start tags that close an open <p> (HTML's "close a p element"), and elements that close an
# open sibling of their own kind: the commonest implied end tags of real pages.
CLOSES_P = frozenset("address article aside blockquote details div dl fieldset figcaption figure footer form "
                     "h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table ul".split())
CLOSES_SAME = frozenset("li dt dd tr td th option".split())
NOT_XML_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def parse_page(html: str) -> HtmlElement | None:
    """`load_html(page_for_extraction(html))`: the page's tree, or None when it is no HTML page.

    The common case, a page libxml2 parses whole on the first try, is parsed once, as load_html
    parses it (the same repairs, parser options and rejection test); any other page takes the
    two-step path."""
    beginning = html[:50].lower()
    parser = html_parser(**_PARSER_OPTIONS)
    try:
        tree = fromstring(repair_faulty_html(html, beginning), parser=parser)
    except (ValueError, etree.ParserError):  # load_html retries as bytes, or gives up: the two-step path
        tree = None
    if tree is not None and len(tree) >= 1 and not _depth_limit_hit(parser):
        return None if is_dubious_html(beginning) and len(tree) < 2 else tree
    return load_html(page_for_extraction(html))


def page_for_extraction(html: str) -> str | HtmlElement:
    """`html` itself when libxml2 builds its whole tree, else a tree of it built without that limit."""
    if not _over_depth_limit(html, huge=False):
        return html
    if not _over_depth_limit(html, huge=True):
        return _parse(html, huge=True)
    return build_capped_tree(html)


def _parse(html: str, huge: bool) -> HtmlElement | None:
    parser = html_parser(huge_tree=huge, **_PARSER_OPTIONS)
    try:
        return fromstring(html, parser=parser)
    except ValueError:  # a str with an encoding declaration: libxml2 wants bytes
        return fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except etree.ParserError:
        return None


def _over_depth_limit(html: str, huge: bool) -> bool:
    parser = html_parser(huge_tree=huge, **_PARSER_OPTIONS)
    try:
        try:
            fromstring(html, parser=parser)
        except ValueError:
            fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except etree.ParserError:
        return False  # not a page at all: trafilatura decides what to make of it, as before
    return _depth_limit_hit(parser)


def _depth_limit_hit(parser: etree.HTMLParser) -> bool:
    return any(error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT and "depth" in error.message
               for error in parser.error_log)


def build_capped_tree(html: str, max_depth: int = MAX_DEPTH) -> HtmlElement:
    builder = CappedTreeBuilder(max_depth)
    builder.feed(html)
    builder.close()
    return builder.root


class CappedTreeBuilder(Tokenizer):
    """An lxml.html tree from tag events, nesting at most `max_depth` elements deep."""

    def __init__(self, max_depth: int = MAX_DEPTH):
        super().__init__(convert_charrefs=True)
        self.root: HtmlElement = fromstring("<html></html>")
        self.max_depth = max_depth
        self._open: list[HtmlElement] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            return
        current = self._open[-1].tag
        if (tag in CLOSES_P and current == "p") or (tag in CLOSES_SAME and current == tag):
            self._open.pop()
        if len(self._open) > self.max_depth:
            self._open.pop()  # as Chromium: a sibling of the deepest element, not its child
        try:
            element = self.root.makeelement(tag, {})
        except ValueError:  # not a name lxml accepts ("<a<b>"): its text still counts
            return
        for name, value in attrs:
            try:
                element.set(name, value or "")
            except ValueError:
                pass
        self._open[-1].append(element)
        if tag not in VOID_ELEMENTS:
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._open) - 1, 0, -1):
            if self._open[depth].tag == tag:
                del self._open[depth:]
                return

    def handle_data(self, data: str) -> None:
        data = NOT_XML_CHARACTERS.sub("", data)  # lxml refuses them; libxml2 drops them too
        parent = self._open[-1]
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + data
        else:
            parent.text = (parent.text or "") + data
