"""People the NER typed as organisations are retyped by the post an apposition gives them, or by
speaking as an organisation's own; companies named after people stay organisations."""
from __future__ import annotations

import pytest

from pipeline.extract.entities.titled_people import tag_titled_people

PEOPLE = [
    ("Responding to the ruling, Maeve Sherlock, chief executive of the Refugee Council, said the decision "
     "was welcome.", "Maeve Sherlock"),
    ("\"The outlook has become more uncertain,\" said Jean-Philippe Cotis, the OECD's chief economist.",
     "Jean-Philippe Cotis"),
    ("\"It is a fine film,\" said the Observer's Philip French.", "Philip French"),
    ("\"We are delighted to be offering free access to Skype users in our hotspots,\" commented Broadreach chief "
     "executive Magnus McEwen-King.", "Magnus McEwen-King"),
]

ORGANISATIONS = [
    ("Morgan Stanley, the investment bank, said profits rose by 5%.", "Morgan Stanley"),
    ("Philip Morris, the tobacco company, said it would appeal.", "Philip Morris"),
    ("Morgan Stanley's chief economist, Richard Berner, said growth would slow.", "Morgan Stanley's"),
    ("\"Sales are strong,\" said Diageo's Johnnie Walker unit.", "Johnnie Walker"),
]


def _label(doc, text):
    return next((e.label_ for e in doc.ents if e.text == text), None)


@pytest.mark.parametrize("text, name", PEOPLE)
def test_a_post_or_an_organisations_speech_makes_a_person(nlp, text, name):
    assert _label(nlp(text), name) == "PERSON"


@pytest.mark.parametrize("text, name", PEOPLE)
def test_the_model_alone_typed_them_organisations(nlp, text, name):
    # The cases above are the rule's: without it the pipeline keeps the NER's ORG.
    with nlp.select_pipes(disable=["org_name_rules", "name_boundaries", "sports_team_names"]):
        assert _label(nlp(text), name) == "ORG"


@pytest.mark.parametrize("text, name", ORGANISATIONS)
def test_companies_named_after_people_stay_organisations(nlp, text, name):
    doc = nlp(text)
    assert _label(doc, name) == "ORG"
    tag_titled_people(doc)
    assert _label(doc, name) == "ORG"


def test_every_mention_of_the_name_is_retyped(nlp):
    doc = nlp("Responding to the ruling, Maeve Sherlock, chief executive of the Refugee Council, said the "
              "decision was welcome. Maeve Sherlock also said more was needed.")
    assert [e.label_ for e in doc.ents if e.text == "Maeve Sherlock"] == ["PERSON", "PERSON"]


def test_a_name_after_an_honorific_is_a_persons(nlp):
    # The model types this surname ORG after "Mr"; one article wrote it so six times.
    text = ("Robert Kilroy-Silk has quit his BBC chat show after 17 years. Mr Kilroy-Silk said he wanted to "
            "concentrate on politics.")
    with nlp.select_pipes(disable=["org_name_rules", "name_boundaries", "sports_team_names"]):
        assert _label(nlp(text), "Kilroy-Silk") == "ORG"
    assert _label(nlp(text), "Kilroy-Silk") == "PERSON"



def test_an_untagged_name_after_an_honorific_is_a_persons(nlp):
    text = "\"We are pleased with the result,\" Mr Prettejohn, Lloyd's chief executive said."
    with nlp.select_pipes(disable=["org_name_rules", "name_boundaries", "sports_team_names"]):
        assert _label(nlp(text), "Prettejohn") is None  # the model tags nothing there
    assert _label(nlp(text), "Prettejohn") == "PERSON"
    assert _label(nlp("Dr No is a film about a spy."), "No") is None  # a stop word is no name


def test_a_name_typed_an_organisation_with_its_honorific_is_a_persons(nlp):
    text = "According to Dr Tuffy, the games will look like films."
    with nlp.select_pipes(disable=["org_name_rules", "name_boundaries", "sports_team_names"]):
        assert _label(nlp(text), "Dr Tuffy") == "ORG"  # the model's, title and all
    assert _label(nlp(text), "Dr Tuffy") == "PERSON"


TENNIS = ("The 1994 Wimbledon champion won 5-7 6-0 6-2. Fifth seed Patty Schnyder also had a battle. In the "
          "day's other matches, Japan's Ai Sugiyama defeated Australian Samantha Stosur 6-2 6-3, and Spain's "
          "Davis Cup win was recalled.")


def test_a_places_own_name_in_a_sports_report_is_an_athletes(nlp):
    with nlp.select_pipes(disable=["org_name_rules", "name_boundaries", "sports_team_names"]):
        assert _label(nlp(TENNIS), "Ai Sugiyama") not in (None, "PERSON")  # the model's
    doc = nlp(TENNIS)
    assert _label(doc, "Ai Sugiyama") == "PERSON"
    assert _label(doc, "Davis Cup") != "PERSON"  # an event's name, a given name first or not


@pytest.mark.parametrize("text, name", [
    ("Shares in France's Louis Vuitton rose 3% after the luxury group reported higher sales.", "Louis Vuitton"),
    ("Germany's Hugo Boss said sales rose in the first quarter as profits climbed.", "Hugo Boss"),
])
def test_a_places_own_name_in_business_news_stays_a_firm(nlp, text, name):
    # firms named after their founders: only a sports report makes a place's own an athlete
    doc = nlp(text)
    assert _label(doc, name) in ("ORG", "FAC")
    tag_titled_people(doc)
    assert _label(doc, name) in ("ORG", "FAC")
