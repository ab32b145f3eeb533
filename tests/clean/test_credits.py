"""Credits inside running text (pipeline/clean/credits.py): the spans whose names give no mention."""
from __future__ import annotations

import pytest

from pipeline.clean.credits import credit_spans


@pytest.mark.parametrize("text, credit", [
    ("Republican candidates on stage.JEWEL SAMAD via Getty Images", "JEWEL SAMAD via Getty Images"),
    ("The senator waves. (AP Photo/Evan Vucci) He then left.", "(AP Photo/Evan Vucci"),
    ("Carlos Barria / Reuters. President Ann Doe placed flowers.", "Carlos Barria / Reuters"),
    ("Crowds outside. John Moore/Getty Images", "John Moore/Getty Images"),
    ("Outside the court. REUTERS/Kevin Lamarque", "REUTERS/Kevin Lamarque"),
    ("The launch. Photo: Jane Roe/Bloomberg", "Photo: Jane Roe/Bloomberg"),
])
def test_credit_in_text(text, credit):
    assert [text[a:b] for a, b in credit_spans(text)] == [credit]


@pytest.mark.parametrize("text", [
    "Trump led with 31 percent in a Reuters/Ipsos poll released Friday.",
    "An AP/GfK survey found the same.",
    "A USA TODAY/Reuters poll showed it.",
    "Pictures from Reuters/Libya showed the fighters.",
    "The debate between Sanders and Trump, a Sanders/Trump debate, never happened.",
    "Reuters reported that the photographer worked for AFP.",
    "He ate at a McDonald/Reuters stand.",  # a credit starts a word
])
def test_prose_holds_no_credit(text):
    assert credit_spans(text) == []
