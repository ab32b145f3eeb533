"""Doubly decoded UTF-8 is undone in the article text; everything else stays as written."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from models import Document
from pipeline.clean import clean_documents
from pipeline.clean.encoding import repair_mojibake

CASES = [
    ("a name decoded twice", "Secretary JuliÃ¡n Castro spoke.", "Secretary Julián Castro spoke."),
    ("two accents", "Minister SÃ©golÃ¨ne Royal", "Minister Ségolène Royal"),
    ("curly quotes stay curly", "“GuantÃ¡namo,” he said.", "“Guantánamo,” he said."),
    ("a right text is untouched", "Guantánamo, Ségolène, “quoted” — fine", "Guantánamo, Ségolène, “quoted” — fine"),
    ("a lossy garbling is left as it is", "Stefan KÃ\x83 rner said", "Stefan KÃ\x83 rner said"),
    ("a real capital A with a circumflex", "Âge d'or, the show", "Âge d'or, the show"),
]


@pytest.mark.parametrize("case,text,expected", CASES, ids=[c[0] for c in CASES])
def test_repair_mojibake(case, text, expected):
    assert repair_mojibake(text) == expected


@given(st.text())
def test_text_without_mojibake_leads_is_returned_unchanged(text):
    if "Ã" not in text and "Â" not in text:
        assert repair_mojibake(text) is text


def test_the_clean_stage_writes_the_repaired_text():
    body = "\n\n".join(["Housing Secretary JuliÃ¡n Castro visited the border town on Monday and met local officials "
                        "to talk about the plans for new homes, schools and roads in the region."] * 3)
    doc = Document(source="a.txt", kind="text", content=body)
    [article] = list(clean_documents([doc]))
    assert article.status == "kept" and "Julián Castro" in article.text and "Ã" not in article.text
