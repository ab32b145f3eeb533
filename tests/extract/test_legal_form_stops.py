"""A dotted legal form that ends its sentence ("... Kerr Glass Corp. The company said") gives its full
stop back to the sentence (legal_form_stops.py), so the company keeps its head in the parse and the
relation that names it is read; mid-sentence ("Apple Inc. Chief Executive Tim Cook") it stays whole."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from tests.extract.test_relations import find, relations_of

SPLIT = [
    # (text, the tokens from the company's last word on)
    pytest.param("Norton Co. bought Kerr Glass Corp. The company said so.", ["Corp", ".", "The"], id="before-a-function-word"),
    pytest.param("The fund was sold to Alpha Ltd.", ["Ltd", "."], id="end-of-text"),
    pytest.param("The fund was sold to Alpha Ltd.\n\nProfits rose.", ["Ltd", ".", "\n\n"], id="end-of-paragraph"),
    pytest.param('He joined Alpha Inc. "We are glad," it said.', ["Inc", ".", '"'], id="before-a-quote"),
    pytest.param("Norton Co said it bought Kerr Glass Corp. Trading was quiet.", ["Corp", ".", "Trading"],
                 id="wire-style-article-any-capital"),
]

WHOLE = [
    pytest.param("Apple Inc. Chief Executive Tim Cook said so.", "Inc.", id="title-after-a-dotted-form"),
    pytest.param("Shares of Alpha Inc. rose 5 pct.", "Inc.", id="mid-sentence-lower-case-word"),
    pytest.param("The bank sold Alpha Corp. Trading was quiet.", "Corp.", id="copy-edited-style-capital-not-a-function-word"),
    pytest.param("He met John Smith Jr. The talks went well.", "Jr.", id="not-a-legal-form"),
    pytest.param("Alpha Co said so, said William K.K. Wong of Beta Corp.", "K.K.", id="dotted-initials-of-a-person"),
    pytest.param("Alpha Co said so, said the vice-chairman of Nikko Securities Co. International.", "Co.",
                 id="wire-style-name-runs-on-to-its-end"),
]


@pytest.mark.parametrize("text,expected", SPLIT)
def test_a_sentence_final_legal_form_gives_back_its_stop(nlp, text, expected):
    words = [t.text for t in nlp(text)]
    start = len(words) - 1 - words[::-1].index(expected[0])
    assert words[start:start + len(expected)] == expected


@pytest.mark.parametrize("text,kept", WHOLE)
def test_a_legal_form_inside_a_sentence_stays_whole(nlp, text, kept):
    assert kept in [t.text for t in nlp(text)]


def test_the_company_at_a_sentence_end_is_the_object_of_the_deal(nlp):
    text = "Norton Co said it completed the purchase of Kerr Glass Manufacturing Corp. Trading was quiet."
    found = relations_of(nlp, text, [("Norton Co", "ORG"), ("it", "ORG", "Norton Co"),
                                     ("Kerr Glass Manufacturing Corp", "ORG")])
    assert find(found, "it", "acquired", "Kerr Glass Manufacturing Corp") is not None


def test_the_entity_ends_before_the_sentences_stop(nlp):
    doc = nlp("The fund was sold to Kerr Glass Manufacturing Corp. The price was not disclosed.")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["Kerr Glass Manufacturing Corp"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Acme", "Inc.", "Corp", "Co.", "The", "he", '"', ".", "\n\n", "said", "Trading"]),
                max_size=12))
def test_the_tokens_still_cover_the_text_exactly(nlp, words):
    text = " ".join(words)
    doc = nlp(text)
    assert "".join(t.text_with_ws for t in doc) == text
