"""Killings told without a killing verb on the pair (judge9r mechanism 3; relations/killings.py): a
person struck with a vehicle whom the article says is dead; "the body of X" naming the victim of a
lead's killing told by descriptions. One table row per construction, and the readings each must not
make. Mentions are given by hand (a third element links a description to its name, as the
coreference stage does)."""
from __future__ import annotations

import pytest

from pipeline.case_words import HARMING_VERBS, INTRODUCED_PERSON_NOUNS
from tests.extract.test_relations import find, relations_of

KILLED = [
    pytest.param("Police say John Miller struck Mary Jones with his pickup truck on Main Street. Jones was "
                 "pronounced dead at the scene.",
                 [("John Miller", "PERSON"), ("Mary Jones", "PERSON"), ("Main Street", "FAC"), ("Jones", "PERSON")],
                 ("John Miller", "Mary Jones"), id="struck-with-a-truck-pronounced-dead"),
    pytest.param("Tom Reed hit Ann Lowe with his car as she crossed the road. Lowe died in hospital on Monday.",
                 [("Tom Reed", "PERSON"), ("Ann Lowe", "PERSON"), ("Lowe", "PERSON")],
                 ("Tom Reed", "Ann Lowe"), id="hit-with-a-car-died"),
    pytest.param("A driver struck and killed a pedestrian on Sunday night, police said. Police say Tom Reed hit "
                 "Ann Lowe with a stolen van near the bridge.",
                 [("Tom Reed", "PERSON"), ("Ann Lowe", "PERSON")],
                 ("Tom Reed", "Ann Lowe"), id="lead-struck-and-killed"),
    pytest.param("Paul Carter, 35, has been accused of stabbing his mother and a former girlfriend to death. "
                 "The bodies of Ann Carter, 60, and Lisa Brown, 45, were discovered on Saturday.",
                 [("Paul Carter", "PERSON"), ("Ann Carter", "PERSON"), ("Lisa Brown", "PERSON")],
                 ("Paul Carter", "Lisa Brown"), id="bodies-of-the-leads-victims"),
    pytest.param("A Springfield man shot and killed a woman outside a bar. The body of Mary Jones, 41, was found "
                 "near the door. The man, Paul Carter, was arrested.",
                 [("Paul Carter", "PERSON"), ("Springfield", "GPE"), ("man", "PERSON", "Paul Carter"),
                  ("Mary Jones", "PERSON")],
                 ("man", "Mary Jones"), id="body-of-a-linked-killers-victim"),
]


KILLED += [
    pytest.param("Dallas police arrested Oswald there after the assassination of President John F. Kennedy.",
                 [("Dallas police", "ORG"), ("Oswald", "PERSON"), ("John F. Kennedy", "PERSON")],
                 ("Oswald", "John F. Kennedy"), id="the-one-arrested-for-a-killing"),
    pytest.param("Paul Carter was arrested for the murder of Mary Jones on Sunday.",
                 [("Paul Carter", "PERSON"), ("Mary Jones", "PERSON")],
                 ("Paul Carter", "Mary Jones"), id="passive-arrested-for-the-murder"),
]


@pytest.mark.parametrize("text, specs, pair", KILLED)
def test_killed(nlp, text, specs, pair):
    found = relations_of(nlp, text, specs)
    assert find(found, pair[0], "killed", pair[1]) is not None, [(s, p, o, r.rule) for s, p, o, r in found]


NOT_KILLED = [
    pytest.param("Police say John Miller struck Mary Jones with his pickup truck. Jones was treated for minor "
                 "injuries and released.",
                 [("John Miller", "PERSON"), ("Mary Jones", "PERSON"), ("Jones", "PERSON")],
                 ("John Miller", "Mary Jones"), id="struck-not-dead"),
    pytest.param("John Miller struck Mary Jones in the face during the argument. Jones died of cancer in 2010.",
                 [("John Miller", "PERSON"), ("Mary Jones", "PERSON"), ("Jones", "PERSON")],
                 ("John Miller", "Mary Jones"), id="no-vehicle"),
    pytest.param("Tom Reed hit Ann Lowe with his car. Lowe was hurt, and her father Sam Lowe died later that year.",
                 [("Tom Reed", "PERSON"), ("Ann Lowe", "PERSON"), ("Lowe", "PERSON"), ("Sam Lowe", "PERSON")],
                 ("Tom Reed", "Ann Lowe"), id="another-person-died"),
    pytest.param("Paul Carter, 35, has been accused of stabbing a woman to death. The bodies of Ann Carter and "
                 "Lisa Brown were discovered on Saturday.",
                 [("Paul Carter", "PERSON"), ("Ann Carter", "PERSON"), ("Lisa Brown", "PERSON")],
                 ("Paul Carter", "Lisa Brown"), id="more-bodies-than-victims"),
    pytest.param("A Springfield man shot and killed a woman outside a bar. The body of Mary Jones, 41, was found "
                 "near the door.",
                 [("Springfield", "GPE"), ("Mary Jones", "PERSON")],
                 ("Springfield", "Mary Jones"), id="killer-never-named"),
    pytest.param("Tom Reed met Sam Cole on Monday. Police say he hit Ann Lowe with his car. Lowe died on Tuesday.",
                 [("Tom Reed", "PERSON"), ("Sam Cole", "PERSON"), ("he", "PERSON", "Tom Reed"), ("Ann Lowe", "PERSON"),
                  ("Lowe", "PERSON")],
                 ("he", "Ann Lowe"), id="an-unsafe-pronoun-is-not-certain-enough"),
    pytest.param("Dallas police arrested Oswald there after the assassination of President John F. Kennedy.",
                 [("Dallas police", "ORG"), ("Oswald", "PERSON"), ("John F. Kennedy", "PERSON")],
                 ("Dallas police", "John F. Kennedy"), id="the-arresting-force"),
    pytest.param("Paul Carter was charged on Monday. The body of Mary Jones was found in the river on Sunday.",
                 [("Paul Carter", "PERSON"), ("Mary Jones", "PERSON")],
                 ("Paul Carter", "Mary Jones"), id="no-killing-told"),
]


@pytest.mark.parametrize("text, specs, pair", NOT_KILLED)
def test_not_killed(nlp, text, specs, pair):
    found = relations_of(nlp, text, specs)
    assert find(found, pair[0], "killed", pair[1]) is None, [(s, p, o, r.rule) for s, p, o, r in found]


def test_road_and_crime_scene_words():
    """The lead-description words cover general classes: a blow by vehicle or hand is harm, and the
    people of a road or a crime scene are introduced by what they were."""
    assert {"strike", "hit", "ram"} <= HARMING_VERBS
    assert {"driver", "motorist", "pedestrian", "gunman", "shooter", "passenger"} <= INTRODUCED_PERSON_NOUNS
