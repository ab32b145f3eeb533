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


def _labels(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


@pytest.mark.parametrize("text, name", [
    # the NER's FAC, PRODUCT and PERSON for a firm's name after a kind of company
    ('"The worm spreads fast," said Graham Cluley, spokesman for anti-virus firm Sophos.', "Sophos"),
    ("The virus was first spotted by anti-virus company Sophos in Britain this week.", "Sophos"),
    ("Drinks group Diageo said profits rose by a fifth in the year to June.", "Diageo"),
])
def test_a_name_after_a_kind_of_company_is_an_organisation(nlp, text, name):
    assert (name, "ORG") in _labels(nlp, text)


def test_a_name_after_a_kind_of_company_gets_its_staff(nlp):
    text = '"The worm spreads fast," said Graham Cluley, spokesman for anti-virus firm Sophos.'
    assert ("Graham Cluley", "Sophos") in relation_pairs(nlp, text, "affiliated_with")


@pytest.mark.parametrize("text, name", [
    ("The firm Smith founded in 1990 makes shoes for runners.", "Smith"),  # the subject of a clause on the noun
    ("He served on the aircraft carrier Nimitz for ten years.", "Nimitz"),
])
def test_a_name_after_a_kind_of_company_stays_when_it_is_not_the_companys(nlp, text, name):
    doc = nlp(text)
    at = text.index(name)
    doc.ents = [doc.char_span(at, at + len(name), label="PERSON" if name == "Smith" else "PRODUCT")]
    tag_company_names(doc)
    assert {e.label_ for e in doc.ents} == ({"PERSON"} if name == "Smith" else {"PRODUCT"})


def test_a_span_from_a_company_into_a_persons_name_is_both(nlp):
    text = ("But general secretary of the public services union Unison Dave Prentis criticised the plans. "
            '"If you want world class public services you will not get them by hitting people," he said.')
    labels = _labels(nlp, text)
    assert ("Unison", "ORG") in labels and ("Dave Prentis", "PERSON") in labels


def _labels_with(nlp, text, spans):
    """Labels of each given (text, label) span after the rule, the doc holding only those spans."""
    doc = nlp(text)
    ents, at = [], 0
    for name, label in spans:
        start = text.index(name, at)
        ents.append(doc.char_span(start, start + len(name), label=label))
        at = start + len(name)
    doc.ents = ents
    tag_company_names(doc)
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text, spans, name, label", [
    pytest.param("Newmont Mining Corp said it will distribute Magma shares. Newmont Secretary Roger Adams spoke.",
                 [("Newmont Mining Corp", "ORG"), ("Newmont", "GPE"), ("Roger Adams", "PERSON")], "Newmont", "ORG",
                 id="place-typed-short-name-opening-the-legal-name"),
    pytest.param("Banner Industries Inc said it plans to buy Rexnord. Banner said it expects to complete the merger.",
                 [("Banner Industries Inc", "ORG"), ("Banner", "PERSON")], "Banner", "ORG",
                 id="person-typed-short-name-opening-the-legal-name"),
    pytest.param("Texas Instruments Inc said sales rose. Texas officials said taxes fell.",
                 [("Texas Instruments Inc", "ORG"), ("Texas", "GPE")], "Texas", "GPE", id="a-known-place-stays"),
    pytest.param("Newmont Mining Corp said it will distribute Magma shares. Newmont Secretary Roger Adams spoke.",
                 [("Newmont Mining Corp", "ORG"), ("Newmont", "GPE"), ("Roger Adams", "PERSON")], "Roger Adams",
                 "PERSON", id="the-person-stays"),
    pytest.param("Acme said profits rose. Newmont Secretary Roger Adams spoke.",
                 [("Acme", "ORG"), ("Newmont", "GPE"), ("Roger Adams", "PERSON")], "Newmont", "GPE",
                 id="no-legal-name-no-retyping"),
])
def test_a_short_name_that_opens_a_legal_name_is_the_companys(nlp, text, spans, name, label):
    assert (name, label) in _labels_with(nlp, text, spans)
