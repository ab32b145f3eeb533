"""Within one article: a name introduced in full and then shortened to its first word (leading_forms.py), and a name
with another name in brackets after it (alternates.py)."""
from __future__ import annotations

import pytest

from pipeline.resolve import resolve_entities
from pipeline.resolve.leading_forms import _glued
from support.resolve import article, entity_of


def _joined(text: str, names: list[tuple[str, str]], long: str, short: str) -> bool:
    analysis = article("a1", text, names)
    resolution = resolve_entities([analysis])
    long_id = entity_of(resolution, analysis, long)
    return any(long_id == resolution.entity_of["a1"][m.index] for m in analysis.mentions if m.text == short)


@pytest.mark.parametrize("text, names", [
    ("NASA's Hubble Space Telescope saw plumes. Hubble's data agree with it.",
     [("Hubble Space Telescope", "FAC"), ("Hubble", "ORG")]),
    ("Researchers at the Goddard Space Flight Center looked. Goddard scientist Ann Lee said so.",
     [("Goddard Space Flight Center", "ORG"), ("Goddard", "PERSON")]),
    ("Games from Take-Two Interactive are coming, said the chief executive of Take-Two on Monday.",
     [("Take-Two Interactive", "ORG"), ("Take-Two", "ORG")]),
    # "United" opens "United States" but is no nationality word
    ("S&N is to buy 37.5% of India's United Breweries. S&N and United agreed to a partnership.",
     [("United Breweries", "ORG"), ("United", "ORG")]),
])
def test_a_later_first_word_is_the_name_the_article_introduced(text, names):
    assert _joined(text, names, names[0][0], names[1][0])


@pytest.mark.parametrize("text, names, why", [
    ("Google said more. Google Stadia launched, and Google kept quiet.",
     [("Google", "ORG"), ("Google Stadia", "ORG"), ("Google", "ORG")], "the short form came first"),
    ("Google Stadia launched today. Stadia costs $10, Google said.",
     [("Google Stadia", "ORG"), ("Stadia", "ORG"), ("Google", "ORG")], "the rest is a name of its own"),
    ("The Boeing 737 Max is grounded. Boeing said it was safe.",
     [("Boeing 737 Max", "PRODUCT"), ("Boeing", "ORG")], "a maker's numbered model"),
    ("Fans filled Scotiabank Arena. Scotiabank paid for the naming rights.",
     [("Scotiabank Arena", "FAC"), ("Scotiabank", "ORG")], "named after it"),
    ("Hearings of the House Intelligence Committee went on. The House voted later.",
     [("House Intelligence Committee", "ORG"), ("House", "ORG")], "a part of the body"),
    ("MTV Unplugged returned. MTV said ratings rose.",
     [("MTV Unplugged", "ORG"), ("MTV", "ORG")], "an acronym names its own shows"),
    ("Guests toured Trump Tower. Trump said he was proud.",
     [("Trump Tower", "FAC"), ("Trump", "PERSON")], "a person is not the building named after him"),
    ("The House and Senate met. House members left.",
     [("House and Senate", "ORG"), ("House", "ORG")], "a coordination"),
    ("A Reuters-Ipsos poll found it. Reuters said so.",
     [("Reuters-Ipsos", "ORG"), ("Reuters", "ORG")], "no shortening across a hyphen"),
    ("He gave the State of the Union address. State officials disagreed.",
     [("State of the Union", "EVENT"), ("State", "ORG")], "the rest opens with 'of'"),
    ("Fans of Europa Clipper wait. Europa has an ocean.",
     [("Europa Clipper", "ORG"), ("Europa", "LOC")], "a place"),
])
def test_a_first_word_stays_apart_without_the_articles_evidence(text, names, why):
    long = next(surface for surface, _ in names if " " in surface or "-" in surface)
    assert not _joined(text, names, long, names[-1][0]), why


def test_a_person_title_keeps_the_short_form_a_person():
    text = "Guests toured Trump Plaza Hotel. President Trump said he was proud."
    assert not _joined(text, [("Trump Plaza Hotel", "ORG"), ("President Trump", "ORG")], "Trump Plaza Hotel",
                       "President Trump")


def test_a_hyphen_inside_the_short_form_is_no_glue():
    assert _glued("Post-ABC", 1) and _glued("NBC News-Wall Street Journal", 2)
    assert not _glued("Take-Two Interactive", 2) and not _glued("Hubble Space Telescope", 1)


def test_a_camel_case_brand_is_never_a_person():
    analysis = article("a1", "Microsoft launched Project xCloud. Games on xCloud cost less.",
                       [("Microsoft", "ORG"), ("Project xCloud", "ORG"), ("xCloud", "PERSON")])
    resolution = resolve_entities([analysis])
    assert entity_of(resolution, analysis, "Project xCloud") == entity_of(resolution, analysis, "xCloud")
    assert {e.type for e in resolution.entities if e.name == "Project xCloud"} == {"ORG"}


def test_a_name_in_brackets_after_a_name_is_the_same_thing():
    analysis = article("a1", 'Spain won at the "Caja Magica" (Magic Box) centre court.',
                       [("Caja Magica", "EVENT"), ("Magic Box", "PERSON")])
    resolution = resolve_entities([analysis])
    assert entity_of(resolution, analysis, "Caja Magica") == entity_of(resolution, analysis, "Magic Box")


@pytest.mark.parametrize("text, names", [
    ("Robert Pattinson (Edward Cullen) kissed her.", [("Robert Pattinson", "PERSON"), ("Edward Cullen", "PERSON")]),
    ("Jane Doe (Harvard University) said so.", [("Jane Doe", "PERSON"), ("Harvard University", "ORG")]),
    ("Bayer (Germany) fell.", [("Bayer", "ORG"), ("Germany", "GPE")]),
    ("Nintendo (Sword or Shield) sold well.", [("Nintendo", "ORG"), ("Sword or Shield", "WORK_OF_ART")]),
])
def test_a_bracket_after_a_person_a_place_or_a_coordination_is_no_other_name(text, names):
    analysis = article("a1", text, names)
    resolution = resolve_entities([analysis])
    assert entity_of(resolution, analysis, names[0][0]) != entity_of(resolution, analysis, names[1][0])


@pytest.mark.parametrize("text, name, label", [
    ("It is a deal between the federation and Kosmos, a group co-founded by a player.", "Kosmos", "PERSON"),
    ("The only title is from indie developer Tequila Works, a small studio.", "Tequila Works", "PERSON"),
    ("In a report, Jefferies analyst Jonathan Matuszewski said so.", "Jefferies", "GPE"),
    ("Still, peer Lowe’s (LOW) stock is off too.", "Lowe", "PERSON"),
    ("Shares of Home Depot fell on Tuesday.", "Home Depot", "GPE"),
    # an office only an organisation has, between the name and a person's name
    ("The deal is done, said Wembley chairman Claes Hultman.", "Wembley", "PERSON"),
    ("Balco founder Victor Conte was charged.", "Balco", "PERSON"),
    # a known place tagged a person: no place reading at stake
    ("Tracks are up for sale by gaming group Wembley.", "Wembley", "PERSON"),
    # an appositive with a possessive; a number is no part of a person's name
    ("According to Il Sole 24 Ore, Italy's business newspaper, the plan is new.", "Il Sole 24 Ore", "PERSON"),
])
def test_organisation_cues_outvote_the_models_label(text, name, label):
    analysis = article("a1", text, [(name, label)])
    resolution = resolve_entities([analysis])
    assert [e.type for e in resolution.entities] == ["ORG"]


@pytest.mark.parametrize("text, name, label", [
    ("It is the company Jeff Bezos founded.", "Jeff Bezos", "PERSON"),
    ("Trump spokesman Hogan Gidley said so.", "Trump", "PERSON"),
    ("Trump lawyer Michael Cohen said so.", "Trump", "PERSON"),  # a person has a lawyer, not a chairman
    ("US President George Bush said so.", "US", "GPE"),  # the office cue is for a name tagged a person only
    ("The fans of Wembley celebrated.", "Wembley", "GPE"),
    ("Shares of Democratic Republic of Congo miners fell.", "Democratic Republic of Congo", "GPE"),
])
def test_a_person_or_a_place_keeps_its_label(text, name, label):
    analysis = article("a1", text, [(name, label)])
    assert [e.type for e in resolve_entities([analysis]).entities] == [label]


def test_a_lower_case_definition_names_nothing():
    analysis = article("a1", "France has launched a digital terrestrial TV (DTT) service. DTT costs little. TV is old.",
                       [("TV", "ORG"), ("DTT", "ORG"), ("DTT", "ORG"), ("TV", "ORG")])
    resolution = resolve_entities([analysis])
    assert {e.name for e in resolution.entities} == {"DTT", "TV"}

