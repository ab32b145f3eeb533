"""Public agencies named after their place (pipeline/extract/entities/agencies.py) and a public
attorney's title before a name (span_cuts.prosecutor_office): the organisation whole, the title the
person's. Each wrong span is what the model alone gives on that text."""
from __future__ import annotations

import pytest

from pipeline.extract.entities.mentions import collect_mentions
from tests.extract.test_relations import find, relations_of


def mentions_of(nlp, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in collect_mentions(nlp(text))}


AGENCIES = [
    # the model tags the state alone: "California" GPE
    ("California Highway Patrol Officer Brad Baehr said the driver fled.", "California Highway Patrol"),
    # the model tags the office a building: FAC
    ("The Cook County Sheriff's Office said the inmate escaped from the jail during the night.",
     "Cook County Sheriff's Office"),
    ("A spokesman for the Ohio State Highway Patrol said two people died.", "Ohio State Highway Patrol"),
]


@pytest.mark.parametrize("text, agency", AGENCIES)
def test_place_and_agency_name_are_one_organisation(nlp, text, agency):
    assert (agency, "ORG") in mentions_of(nlp, text)


NOT_AGENCIES = [
    # lower case where the article names the force in full: coreference links "police" to that name
    # (alone, "Chicago police said" is one ORG: phrase_types.tag_place_forces, judge11r)
    ("Chicago police said two officers were hurt. The Chicago Police Department opened an inquiry.", "Chicago police"),
    # "Police" alone after a city stays the city's office with a portfolio title
    ("Chicago Police Superintendent Garry McCarthy said two officers were hurt.", "Chicago Police"),
]


@pytest.mark.parametrize("text, words", NOT_AGENCIES)
def test_no_agency_without_its_name(nlp, text, words):
    assert not any(name == words for name, _ in mentions_of(nlp, text))


@pytest.mark.parametrize("agency_opens_a_sentence, found", [(False, ["California Highway Patrol"]), (True, [])])
def test_agency_name_never_crosses_a_sentence(nlp, agency_opens_a_sentence, found):
    """The same words, once with the parse's sentence boundary between the place and the agency."""
    from spacy.tokens import Doc, Span
    from pipeline.extract.entities.agencies import agency_spans
    words = ["Officers", "of", "California", "Highway", "Patrol", "stopped", "him", "."]
    doc = Doc(nlp.vocab, words=words, sent_starts=[True, False, False, agency_opens_a_sentence] + [False] * 4)
    doc.ents = [Span(doc, 2, 3, label="GPE")]
    assert [span.text for span in agency_spans(doc)] == found


def test_prosecutors_title_before_a_name_leaves_the_place(nlp):
    text = "Albany County District Attorney David Rossi said the case was closed and no one would be charged."
    assert ("Albany County", "GPE") in mentions_of(nlp, text)
    found = relations_of(nlp, text, [("Albany County", "GPE"), ("David Rossi", "PERSON")])
    relation = find(found, "David Rossi", "affiliated_with", "Albany County")
    assert relation is not None and relation.qualifiers.get("role") == "District Attorney"


def test_officer_of_an_agency_is_affiliated_with_it(nlp):
    text = "California Highway Patrol Officer Brad Baehr said the driver fled after the crash on Monday."
    found = relations_of(nlp, text, [("California Highway Patrol", "ORG"), ("Brad Baehr", "PERSON")])
    relation = find(found, "Brad Baehr", "affiliated_with", "California Highway Patrol")
    assert relation is not None and relation.qualifiers.get("role") == "Officer"


def test_the_company_is_not_a_public_agency(nlp):
    text = ("The Cook County Sheriff's Office said the inmate escaped from the jail during the night. "
            "Texas Attorney General Ken Paxton sued the company over the data breach last year.")
    found = relations_of(nlp, text, [("Cook County Sheriff's Office", "ORG"), ("Texas", "GPE"),
                                     ("Ken Paxton", "PERSON")])
    assert find(found, "Ken Paxton", "open:sue", "Cook County Sheriff's Office") is None, found
