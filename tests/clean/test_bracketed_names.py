"""Wire markup of names in plain text: brackets around a name, a stock symbol after one."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from models import Document
from pipeline.clean import clean_document
from pipeline.clean.bracketed_names import unbracket_names


@pytest.mark.parametrize("text, expected", [
    ("<Airbus Industrie> has signed deals with <NWA Inc>.", "Airbus Industrie has signed deals with NWA Inc."),
    ("Chrysler Corp <C> said sales rose.", "Chrysler Corp said sales rose."),
    ("Broken Hill Pty Co Ltd <BRKN.S> said", "Broken Hill Pty Co Ltd said"),
    ("<Erbamont NV> <ERB> rose", "Erbamont NV rose"),
    ("shares of <GM> rose", "shares of GM rose"),
    ("and <Home Federal\nSavings and Loan Association>, Tucson", "and Home Federal\nSavings and Loan Association, Tucson"),
    ("a <b>bold</b> claim", "a <b>bold</b> claim"),
    ("if x < y and z > w", "if x < y and z > w"),
    ("write to <news@example.com>", "write to <news@example.com>"),
], ids=["names", "symbol-after-a-name", "symbol-with-market", "symbol-after-a-bracketed-name", "symbol-alone-is-a-name",
        "wrapped-name", "html-tag", "comparison", "address"])
def test_unbracket_names(text, expected):
    assert unbracket_names(text) == expected


@given(st.text(alphabet=st.characters(blacklist_characters="<")))
def test_text_without_a_bracket_is_unchanged(text):
    assert unbracket_names(text) == text


@given(st.from_regex(r"[A-Z][a-z]{2,8}( [A-Z][a-z]{1,8}){0,3}", fullmatch=True))
def test_a_bracketed_name_reads_as_the_name(name):
    assert unbracket_names(f"Shares of <{name}> rose, <{name}> said.") == f"Shares of {name} rose, {name} said."


def test_a_wire_story_s_names_lose_their_brackets():
    story = ("AIRBUS SIGNS DEALS\n\nTOULOUSE, March 3 - <Airbus Industrie> has signed large deals with "
             "Trans World Airlines Inc <TWA> and <NWA Inc>, a company spokesman said on Tuesday, adding that "
             "more orders from airlines in Europe and Asia were expected later this year.\n")
    article, = clean_document(Document(source="r.txt", kind="text", content=story))
    assert "Airbus Industrie has signed" in article.text and "Trans World Airlines Inc and NWA Inc," in article.text
