"""A title-case word that is also a letter-by-letter acronym ("Us", the magazine) is not the acronym
written in capitals ("US", "U.S."): name_key keeps the two apart, within and across articles."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from pipeline.name_strings import name_key
from pipeline.resolve import resolve_entities
from support.resolve import article, entity_of


@pytest.mark.parametrize("a, b, same", [
    ("Us", "U.S.", False), ("Us", "US", False), ("Who", "WHO", False), ("Uk", "UK", False),
    ("U.S.", "US", True), ("us", "US", True),
    ("Nato", "NATO", True),  # read as a word, written in title case by some outlets: the same
    ("Us Weekly", "US Weekly", True),  # inside a longer name case says nothing
])
def test_case_of_a_word_acronym(a, b, same):
    assert (name_key(a) == name_key(b)) == same


@given(st.text(alphabet="UuSsKkWwHhOoAa. ", min_size=1, max_size=12))
def test_name_key_is_idempotent(text):
    assert name_key(name_key(text)) == name_key(text)


def test_magazine_us_is_not_the_country_within_or_across_articles():
    text = ("The couple confirmed the split to People and Us Weekly. Reid's rep told Us that the U.S. tour "
            "is off.")
    a = article("a1", text, [("People", "ORG"), ("Us Weekly", "ORG"), ("Us", "GPE"), ("U.S.", "GPE")])
    b = article("b1", "The U.S. economy grew. Officials in the US said so.", [("U.S.", "GPE"), ("US", "GPE")])
    res = resolve_entities([a, b])
    assert entity_of(res, a, "Us") != entity_of(res, a, "U.S.")
    assert entity_of(res, a, "U.S.") == entity_of(res, b, "US")
    assert entity_of(res, a, "Us") != entity_of(res, b, "U.S.")


def test_an_acronym_written_before_an_office_is_no_gathering_of_those_initials():
    from pipeline.resolve import resolve_entities
    from support.resolve import article, entity_of

    chair = article("h1", "DNC chair Debbie Wasserman Schultz resigned a day before the Democratic National Convention "
                          "opened; the DNC email leak forced her out.",
                    [("DNC", "ORG"), ("Debbie Wasserman Schultz", "PERSON"), ("Democratic National Convention", "ORG"),
                     ("DNC", "ORG")])
    speech = article("b1", "Khizr Khan spoke at the Democratic National Convention; his speech at the DNC drew praise.",
                     [("Khizr Khan", "PERSON"), ("Democratic National Convention", "ORG"), ("DNC", "ORG")])
    res = resolve_entities([chair])
    assert entity_of(res, chair, "DNC") != entity_of(res, chair, "Democratic National Convention")
    res = resolve_entities([speech])
    assert entity_of(res, speech, "DNC") == entity_of(res, speech, "Democratic National Convention")


def test_an_acronym_spelling_a_word_links_across_articles_only_on_story_evidence():
    from pipeline.resolve import resolve_entities
    from support.resolve import article, entity_of

    plague = article("p1", "The plague in Qinghai worried the WHO, who sent experts to Inner Mongolia.",
                     [("Qinghai", "GPE"), ("WHO", "ORG"), ("Inner Mongolia", "GPE")])
    station = article("s1", "Bush ran a spot on WHO, the Des Moines station, for voters who watch news.",
                      [("Bush", "PERSON"), ("WHO", "ORG"), ("Des Moines", "GPE")])
    res = resolve_entities([plague, station])
    assert entity_of(res, plague, "WHO") != entity_of(res, station, "WHO")
    fbi = [article(f"f{n}", f"The FBI said agent {n} found it.", [("FBI", "ORG")]) for n in range(2)]
    res = resolve_entities(fbi)
    assert entity_of(res, fbi[0], "FBI") == entity_of(res, fbi[1], "FBI")
