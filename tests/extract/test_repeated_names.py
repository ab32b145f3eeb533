"""A surname the NER tagged once is a person's wherever the article writes it again; a name typed
PERSON against a clear majority of ORG is the organisation; "he" goes to the surname's person."""
from __future__ import annotations

import pytest

from pipeline.extract.coreference.links import link_references
from pipeline.extract.coreference.rules import is_subject
from pipeline.extract.entities.mentions import collect_mentions
from pipeline.extract.entities.repeated_names import tag_repeated_names

RULES = ["org_name_rules", "name_boundaries", "sports_team_names"]
STORY = ("Marcel Desailly insists there is no chance of history repeating itself. Former Chelsea captain Desailly, "
         "who now plays in Qatar, is confident. But the biggest change came when billionaire Roman Abramovich "
         "bought the club. Desailly says the owner's arrival helped. \"It would not happen now,\" he said.")


def _people(doc):
    return [(e.text, e.start_char) for e in doc.ents if e.label_ == "PERSON"]


def test_the_untagged_name_is_tagged_with_the_given_name_before_it(nlp):
    with nlp.select_pipes(disable=RULES):
        assert ("Marcel Desailly", 0) not in _people(nlp(STORY))  # the model tags nothing there
    assert ("Marcel Desailly", 0) in _people(nlp(STORY))


def test_the_pronoun_goes_to_the_surnames_person_not_the_one_named_between(nlp):
    doc = nlp(STORY)
    mentions = link_references(doc, collect_mentions(doc))
    by_index = {m.index: m for m in mentions}
    he = next(m for m in mentions if m.text == "he")
    assert by_index[he.refers_to].text.endswith("Desailly")


def test_a_surname_the_tagger_read_as_an_adverb_is_its_clauses_subject(nlp):
    doc = nlp(STORY)
    says = next(t for t in doc if t.text == "Desailly" and t.nbor().text == "says")
    assert says.pos_ == "ADV"  # the tagger's reading this rule is for
    assert is_subject(doc[says.i:says.i + 1])


def test_a_person_outvoted_by_the_organisation_is_the_organisation(nlp):
    text = ("Chelsea beat Barcelona on Wednesday. Chelsea have not lost at home. Chelsea were the better side, "
            "and Chelsea manager Jose Mourinho was pleased.")
    with nlp.select_pipes(disable=RULES):
        assert "PERSON" in {e.label_ for e in nlp(text).ents if e.text == "Chelsea"}
    assert {e.label_ for e in nlp(text).ents if e.text == "Chelsea"} == {"ORG"}


def _tagged(nlp, text):
    """PERSON starts after the rule, on a doc whose only entity is the name opening the text (and, where
    the text ends "the firm Brokvic.", that one typed ORG): each case tests one guard, whatever the
    model tags."""
    doc = nlp(text)
    spans = [doc.char_span(0, len(text.split()[0]), label="PERSON")]
    if text.endswith("the firm Brokvic."):
        spans.append(doc.char_span(len(text) - 8, len(text) - 1, label="ORG"))
    doc.ents = spans
    tag_repeated_names(doc)
    return [e.start_char for e in doc.ents if e.label_ == "PERSON"]


@pytest.mark.parametrize("text, also", [
    ("Brokvic scored twice. Later Brokvic said it was good.", [28]),
    ("Brokvic scored twice. The Brokvic side lost.", []),  # after an article: a thing's name
    ("Brokvic scored twice. The fund (Brokvic) grew.", []),  # in brackets: an acronym
    ("Brokvic scored twice. Later Brokvic Foundation gave money.", []),  # a longer name
    ("Brokvic scored twice.\n\nBrokvic: now or never.", []),  # a heading's label
    ("Brown scored twice. Later Brown said the brown shirts were good.", []),  # a word written in lower case too
    ("Brokvic scored twice. Later Brokvic said he would join the firm Brokvic.", []),  # typed ORG elsewhere
    ("TfL said it would. Later TfL said it would not.", []),  # an acronym
])
def test_where_the_name_is_tagged_again(nlp, text, also):
    assert _tagged(nlp, text) == [0, *also]


def test_a_surname_outvoted_by_a_place_stays_a_persons(nlp):
    text = "John Kasich spoke. Kasich won. Kasich lost. Kasich drew."
    doc = nlp(text)
    doc.ents = [doc.char_span(0, 11, label="PERSON"), doc.char_span(19, 25, label="PERSON"),
                *(doc.char_span(text.index("Kasich", at), text.index("Kasich", at) + 6, label="GPE") for at in (30, 44))]
    tag_repeated_names(doc)
    # the person's surname keeps PERSON, and where the model typed it a place it is the person's too
    assert [e.label_ for e in doc.ents] == ["PERSON", "PERSON", "PERSON", "PERSON"]


def test_a_surname_typed_a_place_that_also_names_an_organisation_stays_a_place(nlp):
    text = "Aston Villa won. Villa Park was full. Villa lost."
    doc = nlp(text)
    doc.ents = [doc.char_span(0, 11, label="PERSON"), doc.char_span(17, 27, label="FAC"),
                doc.char_span(text.rindex("Villa"), text.rindex("Villa") + 5, label="GPE")]
    tag_repeated_names(doc)
    assert [e.label_ for e in doc.ents] == ["PERSON", "FAC", "GPE"]


def test_a_surname_of_a_name_with_a_given_name_stays_a_persons(nlp):
    text = "Bettie Page died. Page was 85. Page posed. Page retired."
    doc = nlp(text)
    doc.ents = [doc.char_span(0, 11, label="ORG"), doc.char_span(18, 22, label="PERSON"),
                *(doc.char_span(text.index("Page", at), text.index("Page", at) + 4, label="ORG") for at in (30, 43))]
    tag_repeated_names(doc)
    assert [e.label_ for e in doc.ents] == ["ORG", "PERSON", "ORG", "ORG"]  # the model's ORG on "Bettie Page" too
