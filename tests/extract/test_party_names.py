"""A party's name of several words is one organisation wherever it is written capitalised
(entities/party_tags.py), so that a two-word party adjective before a title finds its party."""
from __future__ import annotations

import pytest

from support.relations import relation_pairs

TEXT = "The Liberal Democrats attacked the plans on Monday. Liberal Democrat leader Charles Kennedy said the scheme would cost too much."


def _orgs(nlp, text):
    return [e.text for e in nlp(text).ents if e.label_ == "ORG"]


@pytest.mark.parametrize("text, name", [
    (TEXT, "Liberal Democrats"),
    ("The Lib Dems attacked the plans on Monday, saying they would cost too much.", "Lib Dems"),
])
def test_a_partys_name_is_one_organisation(nlp, text, name):
    with nlp.select_pipes(disable=["party_state_tags"]):
        assert name not in _orgs(nlp, text)  # the model's: "Democrats" NORP, "Lib Dems" PERSON, ...
    assert name in _orgs(nlp, text)


def test_a_two_word_party_adjective_finds_the_party_named_in_full(nlp):
    assert ("Charles Kennedy", "Liberal Democrats") in relation_pairs(nlp, TEXT, "affiliated_with")


def test_lower_case_words_name_no_party(nlp):
    assert "liberal democrats" not in [o.lower() for o in _orgs(nlp, "Some liberal democrats in Europe met on Monday.")]
