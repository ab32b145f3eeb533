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


def test_a_name_with_a_plural_verb_is_an_organisation(nlp):
    text = "Everton have signed defender Tim Cahill from Millwall. Everton said the fee was undisclosed."
    doc = nlp(text)
    cahill = text.index("Tim Cahill")
    doc.ents = [doc.char_span(0, 7, label="PERSON"), doc.char_span(cahill, cahill + 10, label="PERSON"),
                doc.char_span(text.rindex("Everton"), text.rindex("Everton") + 7, label="PERSON")]
    tag_company_names(doc)
    assert [e.label_ for e in doc.ents] == ["ORG", "PERSON", "ORG"]  # "Everton have": the club, everywhere


@pytest.mark.parametrize("text", [
    "Tim Cahill has signed for Everton.",  # singular: a person
    "Smith and Jones have signed for Everton.",  # two names coordinated
])
def test_a_person_with_a_singular_or_shared_verb_stays_a_person(nlp, text):
    doc = nlp(text)
    doc.ents = [doc.char_span(0, len(text.split(" has")[0].split(" and")[0]), label="PERSON")]
    tag_company_names(doc)
    assert [e.label_ for e in doc.ents] == ["PERSON"]
