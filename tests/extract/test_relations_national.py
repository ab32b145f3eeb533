"""A country or a nationality before a kind of company and its name places the company there
(relations/org_rules.national_company; the nationality named a country by entities/mentions.py)."""
from __future__ import annotations

import pytest

from pipeline.extract.entities.mentions import collect_mentions
from pipeline.extract.relations.typed import extract_relations
from support.relations import relation_pairs

PLACED = [
    pytest.param("UK condom maker Durell International is up for sale.", ("Durell International", "UK"), id="country-trade-maker"),
    pytest.param("Shares in German carmaker Vortex Motors fell.", ("Vortex Motors", "Germany"), id="nationality-carmaker"),
    pytest.param("Japanese electronics giant Kawa Denki said sales fell.", ("Kawa Denki", "Japan"),
                 id="nationality-opening-a-sentence"),
    pytest.param("He flew with French carrier Air Lumiere last week.", ("Air Lumiere", "France"), id="carrier"),
    pytest.param("Shares rose after Irish rock band U2 signed a deal with the label.", ("U2", "Ireland"), id="band"),
]

NOT_PLACED = [
    # a person after a nationality is no company ("British director Mike Leigh")
    pytest.param("British director Mike Leigh won the award.", "Mike Leigh", id="a-person"),
    # a city before the kind says where it works as often as where it is based
    pytest.param("Texas oil firm Lone Star Drilling cut jobs.", "Lone Star Drilling", id="a-region"),
    # the kind must come right before the name
    pytest.param("The French say the firm Acme Rubber is for sale.", "Acme Rubber", id="nationality-elsewhere"),
]


def _placed(nlp, text):
    return relation_pairs(nlp, text, "located_in", rule="national_company")


@pytest.mark.parametrize("text, pair", PLACED)
def test_a_national_company_is_placed_in_its_country(nlp, text, pair):
    assert pair in _placed(nlp, text)


@pytest.mark.parametrize("text, company", NOT_PLACED)
def test_no_national_company(nlp, text, company):
    assert not [p for p in _placed(nlp, text) if p[0] == company]


CAPITALS = [
    pytest.param("The talks took place in the Czech capital, Prague, on Monday.", ("Prague", "Czechia"),
                 id="nationality-capital-then-name"),
    pytest.param("Later they met in Kiev, the Ukrainian capital.", ("Kiev", "Ukraine"), id="name-then-nationality-capital"),
    pytest.param("Riots hit Britain's capital, London.", ("London", "Britain"), id="country-possessive-capital"),
    # a country's parts named "the <country> <kind> of <name>" (session 17, judge16ra's "the US state of Delaware")
    pytest.param("The firm will move to the US state of Delaware next year.", ("Delaware", "US"), id="country-state-of"),
    pytest.param("Riots hit the Indian state of Gujarat on Monday.", ("Gujarat", "India"), id="nationality-state-of"),
    pytest.param("They holidayed on the Greek island of Crete last year.", ("Crete", "Greece"), id="nationality-island-of"),
    pytest.param("Aid went to the Darfur region of Sudan in May.", ("Darfur", "Sudan"), id="part-kind-of-country"),
]


def _places(nlp, text):
    doc = nlp(text)
    mentions = collect_mentions(doc)
    by_index = {m.index: m for m in mentions}
    return {(by_index[r.subject].text, by_index[r.object].name or by_index[r.object].text)
            for r in extract_relations(doc, mentions) if r.predicate == "located_in"}


@pytest.mark.parametrize("text, pair", CAPITALS)
def test_a_capital_is_in_its_country(nlp, text, pair):
    found = _places(nlp, text)
    assert pair in found, found
    assert pair[::-1] not in found, found


def test_one_part_of_a_country_is_the_first_name_only(nlp):
    found = _places(nlp, "Traffic was lost in the Gulf state of Qatar and Djibouti, the US state of Maine and Kenya.")
    assert ("Maine", "US") in found and ("Kenya", "US") not in found, found


def test_a_sovereign_state_after_of_holds_no_region(nlp):
    found = _places(nlp, "The quake was felt in the Gulf states of Oman and the UAE and in the French city of Lyon.")
    assert not [pair for pair in found if pair[1] in ("Oman", "UAE", "United Arab Emirates")], found
    assert ("Lyon", "France") in found, found


def test_a_demonym_without_a_demonym_ending_names_its_country():
    from pipeline.name_strings import country_of_demonym

    assert country_of_demonym("Czech") == "Czechia" and country_of_demonym("Slovak") == "Slovakia"
    assert country_of_demonym("Roman") is None  # "roman" + "ia" is no demonym's country
