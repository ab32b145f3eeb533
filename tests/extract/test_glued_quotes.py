"""An opening quotation mark glued to the comma or colon before it (`said,“Look`) tokenizes as
a spaced text would, so the quote and its speaker are read; nothing else changes."""
from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings, strategies as st

from tests.extract.test_quotes import said

GLUED = [
    ("comma, curly marks", "Paul Ryan said,“Look, this is not who we are.”",
     ["Ryan", "said", ",", "“", "Look"]),
    ("colon, straight marks", 'Paul Ryan told reporters:"We will not do that."',
     ["reporters", ":", '"', "We"]),
    ("semicolon, single curly mark", "She wrote;‘the plan is dead’",
     ["wrote", ";", "‘", "the"]),
]


@pytest.mark.parametrize("case,text,expected", GLUED, ids=[c[0] for c in GLUED])
def test_a_glued_opening_mark_splits_from_the_word_and_the_punctuation(nlp, case, text, expected):
    words = [t.text for t in nlp.tokenizer(text)]
    start = words.index(expected[0])
    assert words[start:start + len(expected)] == expected


def test_the_quote_after_a_glued_mark_has_its_speaker(nlp):
    text = "House Speaker Paul Ryan said,“Look, anti-Semitic images have no place in a campaign.”"
    assert said(nlp, text) == [("Paul Ryan", "Look, anti-Semitic images have no place in a campaign.")]


@pytest.mark.parametrize("text", ["rock'n'roll", "1,000,000", "e-mail", "don't", "U.S.-China", "5'11\""])
def test_words_without_a_glued_opening_mark_tokenize_as_before(nlp, text):
    plain = spacy.blank("en")
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in plain.tokenizer(text)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab ,:;'“”\"‘’.-1", max_size=30))
def test_tokens_always_cover_the_text_exactly(nlp, text):
    doc = nlp.tokenizer(text)
    assert "".join(t.text_with_ws for t in doc) == text
