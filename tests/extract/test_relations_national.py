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
]


@pytest.mark.parametrize("text, pair", CAPITALS)
def test_a_capital_is_in_its_country(nlp, text, pair):
    doc = nlp(text)
    mentions = collect_mentions(doc)
    by_index = {m.index: m for m in mentions}
    found = {(by_index[r.subject].text, by_index[r.object].name or by_index[r.object].text)
             for r in extract_relations(doc, mentions) if r.predicate == "located_in"}
    assert pair in found, found


def test_a_demonym_without_a_demonym_ending_names_its_country():
    from pipeline.name_strings import country_of_demonym

    assert country_of_demonym("Czech") == "Czechia" and country_of_demonym("Slovak") == "Slovakia"
    assert country_of_demonym("Roman") is None  # "roman" + "ia" is no demonym's country
