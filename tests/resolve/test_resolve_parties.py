"""Across articles: a national party's names (short, long, plural, nickname; party_words.PARTY_NAMES)
are one organisation, whatever the model typed them as (resolve/parties.py)."""
from __future__ import annotations

import pytest

from pipeline.resolve import resolve_entities
from support.resolve import article, entity_of

# (first article's text and mention, second article's, whether the two are one entity)
CASES = [
    # "labour" is a common word of the run, yet the party's name is one party
    (("Labour said the labour market was weak, Tony Blair said.", ("Labour", "ORG")),
     ("Workers want more labour rights; Labour agreed, Michael Howard said.", ("Labour", "ORG")), True),
    (("Labour MPs voted with Gordon Brown.", ("Labour", "PERSON")),
     ("The Labour Party met in Brighton.", ("Labour Party", "ORG")), True),
    # plural, nickname and long forms, across the model's types
    (("The Tories attacked Tony Blair.", ("Tories", "NORP")),
     ("The Conservative Party met in Blackpool.", ("Conservative Party", "ORG")), True),
    (("The Conservatives said so.", ("Conservatives", "NORP")),
     ("The Tories said so.", ("Tories", "NORP")), True),
    (("The Lib Dems said so.", ("Lib Dems", "PERSON")),
     ("The Liberal Democrats said so.", ("Liberal Democrats", "WORK_OF_ART")), True),
    (("The GOP said so.", ("GOP", "ORG")),
     ("Republicans said so.", ("Republicans", "NORP")), True),
    # two parties stay two; a singular party word is no party's name
    (("The Tories said so.", ("Tories", "NORP")),
     ("Labour said so.", ("Labour", "ORG")), False),
    (("The Republicans said so.", ("Republicans", "NORP")),
     ("The Democrats said so.", ("Democrats", "NORP")), False),
    (("A Tory said so.", ("Tory", "NORP")),
     ("The Tories said so.", ("Tories", "NORP")), False),
]


@pytest.mark.parametrize("first, second, same", CASES)
def test_a_partys_names_are_one_party_across_articles(first, second, same):
    (text_a, mention_a), (text_b, mention_b) = first, second
    a, b = article("p1", text_a, [mention_a]), article("p2", text_b, [mention_b])
    resolution = resolve_entities([a, b])
    assert (entity_of(resolution, a, mention_a[0]) == entity_of(resolution, b, mention_b[0])) is same


def test_a_partys_plural_is_an_organisation():
    a = article("p1", "The Conservatives said so.", [("Conservatives", "NORP")])
    b = article("p2", "The Tories said so.", [("Tories", "NORP")])
    resolution = resolve_entities([a, b])
    assert {e.type for e in resolution.entities} == {"ORG"}


def test_a_party_goes_by_its_own_name_not_a_longer_bad_span():
    a = article("p1", "Conservative Party Co-chairman Liam Fox spoke; the Conservative Party agreed.",
                [("Conservative Party Co", "ORG"), ("Conservative Party", "ORG")])
    b = article("p2", "The Tories said so.", [("Tories", "NORP")])
    resolution = resolve_entities([a, b])
    assert {e.name for e in resolution.entities if "Tories" in e.aliases} == {"Conservative Party"}


def test_democrats_alone_is_no_one_party():
    us = article("u1", "Democrats accused George W Bush.", [("Democrats", "NORP"), ("George W Bush", "PERSON")])
    uk = article("k1", "The Liberal Democrats met in Bournemouth.", [("Liberal Democrats", "ORG")])
    resolution = resolve_entities([us, uk])
    assert entity_of(resolution, us, "Democrats") != entity_of(resolution, uk, "Liberal Democrats")
