"""parse_page builds the tree lxml.html would, with its element classes chosen in C."""
import copy

import lxml.html
import pytest
from trafilatura.utils import load_html

from pipeline.clean.parse import html_parser, parse_page

PAGE = """<!DOCTYPE html><html><head><title>T</title></head><body>
<form action="/s"><label for="q">Search</label><input name="q" type="text"><select name="s"><option>a</option>
</select><textarea name="t">x</textarea></form><FORM><INPUT type="checkbox"></FORM>
<fb:like href="x"></fb:like><svg><rect/></svg><p>Body text &amp; more.<!-- a comment --></p></body></html>"""


def _classes(tree) -> list[tuple[str, type]]:
    return [(str(e.tag), type(e)) for e in tree.iter()]


def test_the_page_tree_is_trafilaturas():
    ours, theirs = parse_page(PAGE), load_html(PAGE)
    assert _classes(ours) == _classes(theirs)
    assert lxml.html.tostring(ours) == lxml.html.tostring(theirs)


def test_node_classes_are_lxml_htmls():
    ours = lxml.html.fromstring(PAGE, parser=html_parser())
    theirs = lxml.html.fromstring(PAGE, parser=lxml.html.HTMLParser())
    assert _classes(ours) == _classes(theirs)
    assert {cls.__name__ for _, cls in _classes(ours)} >= {
        "FormElement", "InputElement", "SelectElement", "TextareaElement", "LabelElement", "HtmlElement",
        "HtmlComment"}


@pytest.mark.parametrize("make", [copy.deepcopy, lambda t: t.makeelement("form", {}),
                                  lambda t: lxml.html.etree.SubElement(t.find(".//body"), "input")])
def test_copies_and_new_elements_keep_the_classes(make):
    tree = parse_page(PAGE)
    made = make(tree)
    expected = {"form": "FormElement", "input": "InputElement"}.get(made.tag, "HtmlElement")
    assert type(made).__name__ == expected
    assert all(isinstance(e, lxml.html.HtmlElement) for e in made.iter() if isinstance(e.tag, str))
