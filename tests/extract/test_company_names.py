"""A one-word name the NER typed PERSON is a company's where the article writes of its shares, units
or founder; a person's name stays a person's; a company's subsidiary is no argument for the company."""
from __future__ import annotations

import pytest

from pipeline.extract.entities.company_names import tag_company_names
from tests.support.relations import relation_pairs


def _labels_after(nlp, text, name="Yukos"):
    """Labels of `name` after the rule, on a doc whose only entities are `name` typed PERSON."""
    doc = nlp(text)
    doc.ents = [doc.char_span(i, i + len(name), label="PERSON") for i in range(len(text))
                if text.startswith(name, i) and (i == 0 or not text[i - 1].isalpha())]
    tag_company_names(doc)
    return {e.label_ for e in doc.ents if e.text == name}


@pytest.mark.parametrize("text", [
    "Yukos said it would appeal. Yukos' main production unit was sold in December.",
    "Yukos said it would appeal. Yukos shares fell by 10%.",
    "Yukos said it would appeal. Investors sold shares in Yukos on Monday.",
    "Yukos said it would appeal. Since Yukos's founder was arrested, the market has fallen.",
])
def test_a_name_written_as_a_companys_is_an_organisation(nlp, text):
    assert _labels_after(nlp, text) == {"ORG"}


@pytest.mark.parametrize("text, name", [
    ("Yukos said it would appeal. Yukos said the court was wrong.", "Yukos"),  # nothing said of a company
    ("Madonna said she would tour. Madonna's new album sold well.", "Madonna"),  # an album is a person's too
    # written after a given name: a person, whatever is said of a "stake in" him
    ("Roman Abramovich bought the club. Investors sold shares in Abramovich on Monday.", "Abramovich"),
])
def test_a_persons_name_stays_a_persons(nlp, text, name):
    assert _labels_after(nlp, text, name) == {"PERSON"}


def test_a_subsidiary_is_not_its_parent(nlp):
    text = "Yukos shares fell. The former Yukos subsidiary was acquired by Rosneft in December."
    assert ("Rosneft", "Yukos") not in relation_pairs(nlp, text, "acquired")
