"""A title the NER or the name-run rule typed PERSON is no one's name (entities/bare_titles.py): the
title goes to the name beside it as its role. One row per condition."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from pipeline.extract.entities.bare_titles import is_bare_title, untag_bare_titles
from tests.extract.test_wire_names import mentions_of, relations_of


@pytest.mark.parametrize("words, start, end, bare", [
    (["Deputy", "Assistant", "Secretary", "said"], 1, 3, True),
    (["the", "Prime", "Minister", "said"], 1, 3, True),
    (["the", "Chief", "Executive", "said"], 1, 3, True),
    (["Mr", "Major", "said"], 1, 2, False),  # one word: a surname may be a role word
    (["Dean", "Baker", "said"], 0, 2, False),  # a surname that is no title word
    (["Walker", "Baker", "said"], 0, 2, False),  # role-like endings are no title words
    (["Mrs", "Deputy", "Mayor", "said"], 1, 3, False),  # after an honorific
    (["the", "deputy", "mayor", "said"], 1, 3, False),  # lower case: no name to drop
    (["Agriculture", "Minister", "Moven", "Mahachi"], 0, 2, True),  # a portfolio and its office
    (["Foreign", "Affairs", "Secretary", "said"], 0, 3, True),
    (["Agriculture", "Ministry", "said"], 0, 2, False),  # a ministry is a body
])
def test_a_bare_title(words, start, end, bare):
    doc = spacy.blank("en").make_doc(" ".join(words))
    assert is_bare_title(Span(doc, start, end, label="PERSON")) is bare


def test_a_title_before_of_is_the_role_of_the_name_before_it(nlp):
    text = "Thomas Berger, Deputy Assistant Secretary of the Treasury, said the talks would resume."
    assert ("Assistant Secretary", "PERSON") not in mentions_of(nlp, text)
    assert ("Thomas Berger", "affiliated_with", "Treasury", "Deputy Assistant Secretary") in relations_of(nlp, text)


@pytest.mark.parametrize("label, kept", [("ORG", False), ("PERSON", False), ("GPE", True)])
def test_a_portfolio_and_its_office_are_no_entity(label, kept):
    doc = spacy.blank("en").make_doc("Agriculture Minister Moven Mahachi said exports fell.")
    doc.ents = [Span(doc, 0, 2, label=label), Span(doc, 2, 4, label="PERSON")]
    untag_bare_titles(doc)
    assert [e.text for e in doc.ents] == (["Agriculture Minister", "Moven Mahachi"] if kept else ["Moven Mahachi"])


def test_a_title_typed_org_after_a_name_is_the_name_s_role(nlp):
    text = "The dollar will fall further, said David Mulford, Assistant Secretary of the U.S. Treasury."
    assert ("Assistant Secretary", "ORG") not in mentions_of(nlp, text)
    assert ("David Mulford", "affiliated_with", "U.S. Treasury", "Assistant Secretary") in relations_of(nlp, text), \
        relations_of(nlp, text)
