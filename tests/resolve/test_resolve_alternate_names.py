"""Other names a text gives for one thing ("X, also known as Y or Z") and what they say across
articles: an acronym the run defines is not read as the initials of another article's name."""
from __future__ import annotations

import pytest

from pipeline.resolve import resolve_entities
from support.resolve import article, entity_of

_CANDIDATES = "Ted Cruz and Marco Rubio spoke in Iowa with Ben Carson."
_NAMES = [("Ted Cruz", "PERSON"), ("Marco Rubio", "PERSON"), ("Iowa", "GPE"), ("Ben Carson", "PERSON")]


@pytest.mark.parametrize("text, names, joined", [
    ("They fought the Islamic State, also known as ISIS, ISIL or Daesh, in Syria.",
     [("Islamic State", "ORG"), ("ISIS", "ORG"), ("ISIL", "ORG"), ("Daesh", "ORG"), ("Syria", "GPE")],
     [("Islamic State", "ISIS"), ("Islamic State", "ISIL"), ("Islamic State", "Daesh")]),
    ("James Rigney, better known as Robert Jordan, wrote it.",
     [("James Rigney", "PERSON"), ("Robert Jordan", "PERSON")], [("James Rigney", "Robert Jordan")]),
    ("Brian Burton (aka Danger Mouse) produced it.",
     [("Brian Burton", "PERSON"), ("Danger Mouse", "PERSON")], [("Brian Burton", "Danger Mouse")]),
])
def test_also_known_as_names_one_thing(text, names, joined):
    a = article("a1", text, names)
    res = resolve_entities([a])
    for x, y in joined:
        assert entity_of(res, a, x) == entity_of(res, a, y)


def test_a_name_after_a_list_end_is_not_an_alternate():
    text = "the Islamic State, also known as ISIS, and Iran said Syria would answer."
    a = article("a1", text, [("Islamic State", "ORG"), ("ISIS", "ORG"), ("Iran", "GPE"), ("Syria", "GPE")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Islamic State") == entity_of(res, a, "ISIS")
    # "and Iran" follows the list, but Iran is a place and the sentence goes on: only the list joins
    assert entity_of(res, a, "Syria") != entity_of(res, a, "Islamic State")


def test_an_acronym_defined_in_the_run_is_not_the_initials_of_another_name():
    definer = article("a1", "Clinton vowed to defeat the Islamic State, also known as ISIS. " + _CANDIDATES,
                      [("Clinton", "PERSON"), ("Islamic State", "ORG"), ("ISIS", "ORG")] + _NAMES)
    bare = article("a2", "ISIS claimed the attack. " + _CANDIDATES, [("ISIS", "ORG")] + _NAMES)
    think_tank = article("a3", "The Institute for Science and International Security said so. " + _CANDIDATES,
                         [("Institute for Science and International Security", "ORG")] + _NAMES)
    res = resolve_entities([definer, bare, think_tank])
    assert entity_of(res, bare, "ISIS") != entity_of(res, think_tank, "Institute for Science and International Security")
    assert entity_of(res, bare, "ISIS") == entity_of(res, definer, "Islamic State")
    # without the definition the bare acronym may stand for the name it spells, on story evidence
    res = resolve_entities([bare, think_tank])
    assert entity_of(res, bare, "ISIS") == entity_of(res, think_tank, "Institute for Science and International Security")


def test_an_acronym_that_is_a_word_of_a_name_is_not_its_initials():
    a = article("a1", "Kelli Ward ran for the US Senate. She called for the impeachment of US officials.",
                [("Kelli Ward", "PERSON"), ("US Senate", "ORG"), ("US", "GPE")])
    res = resolve_entities([a])
    assert entity_of(res, a, "US") != entity_of(res, a, "US Senate")
