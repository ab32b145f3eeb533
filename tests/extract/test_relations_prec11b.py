"""Session-11 judges' error classes (judge11pa B/C/D, judge11pb C/D, judge11a C), each on hand-built
texts that are not the judged sentences: a place before a role that is no home (a city standing for
its club in a sports story, a county's office, a deed's place), a home one grew up in, a trip's start
after a motion verb, a work named after a possessive that is no work, and a described office that
names another place than the one the article gives the person."""
from __future__ import annotations

import pytest

from tests.extract.test_quotes import said
from tests.extract.test_relations import find, relations_of
from tests.extract.test_relations_described import described

SPORTS = " The coach said the team's roster is set for the playoffs."  # makes the article one about sport

NO_HOME = [
    pytest.param("After a dalliance with Denver free agent Rick Moss, the Lakers cut salary." + SPORTS,
                 [("Denver", "GPE"), ("Rick Moss", "PERSON"), ("Lakers", "ORG")], ("Rick Moss", "Denver"),
                 id="city-before-a-sports-role"),
    pytest.param("Dallas owner Tom Hale watched the game." + SPORTS,
                 [("Dallas", "GPE"), ("Tom Hale", "PERSON")], ("Tom Hale", "Dallas"), id="city-before-an-owner"),
    pytest.param("The trial of Cobb County jail escapee Ray Dunn began Monday.",
                 [("Cobb County", "GPE"), ("Ray Dunn", "PERSON")], ("Ray Dunn", "Cobb County"),
                 id="place-of-a-facility-in-the-title"),
    pytest.param("The Aurora shooter James Holt was charged on Monday.",
                 [("Aurora", "GPE"), ("James Holt", "PERSON")], ("James Holt", "Aurora"), id="place-of-a-deed"),
    pytest.param("Jackson County, Ala., coroner Lee Ward said the boy died.",
                 [("Jackson County", "GPE"), ("Ala.", "GPE"), ("Lee Ward", "PERSON")], ("Lee Ward", "Jackson County"),
                 id="county-office-is-no-home"),
]


@pytest.mark.parametrize("text, specs, pair", NO_HOME)
def test_place_before_a_role_that_is_no_home(nlp, text, specs, pair):
    found = relations_of(nlp, text, specs)
    assert find(found, pair[0], "lives_in", pair[1]) is None, [(s, p, o, r.rule) for s, p, o, r in found]


def test_county_office_is_the_countys_alone(nlp):
    text = "Jackson County, Ala., coroner Lee Ward said the boy died."
    found = relations_of(nlp, text, [("Jackson County", "GPE"), ("Ala.", "GPE"), ("Lee Ward", "PERSON")])
    office = find(found, "Lee Ward", "affiliated_with", "Jackson County")
    assert office is not None and office.qualifiers.get("role") == "coroner"
    assert find(found, "Lee Ward", "affiliated_with", "Ala.") is None  # the state only locates the county


@pytest.mark.parametrize("text, specs, pair", [
    pytest.param("Tempe plastic surgeon John Smith died.", [("Tempe", "GPE"), ("John Smith", "PERSON")],
                 ("John Smith", "Tempe"), id="occupation-outside-sport"),
    pytest.param("Boston nurse Jane Roe was hurt.", [("Boston", "GPE"), ("Jane Roe", "PERSON")],
                 ("Jane Roe", "Boston"), id="nurse"),
])
def test_place_before_an_occupation_still_a_home(nlp, text, specs, pair):
    assert find(relations_of(nlp, text, specs), pair[0], "lives_in", pair[1]) is not None


@pytest.mark.parametrize("text, specs, pair", [
    pytest.param("Ann Cole lived in nearby Astoria, but had grown up in Flushing.",
                 [("Ann Cole", "PERSON"), ("Astoria", "GPE"), ("Flushing", "GPE")], ("Ann Cole", "Flushing"),
                 id="grew-up-in"),
    pytest.param("Paul Reed was raised in Dayton and now lives in Tampa.",
                 [("Paul Reed", "PERSON"), ("Dayton", "GPE"), ("Tampa", "GPE")], ("Paul Reed", "Dayton"),
                 id="was-raised-in"),
])
def test_home_one_grew_up_in_is_former(nlp, text, specs, pair):
    found = relations_of(nlp, text, specs)
    home = find(found, pair[0], "lives_in", pair[1])
    assert home is not None and home.qualifiers.get("status") == "former", found


def test_raising_money_in_a_place_is_no_home(nlp):
    found = relations_of(nlp, "Paul Reed raised money in Dayton.", [("Paul Reed", "PERSON"), ("Dayton", "GPE")])
    assert find(found, "Paul Reed", "lives_in", "Dayton") is None


def test_a_thing_raised_in_a_place_had_no_home_there(nlp):
    found = relations_of(nlp, "The Liberty Flag was raised in Dayton on Monday.", [("Liberty Flag", "FAC"), ("Dayton", "GPE")])
    assert not [r for *_, r in found if r.predicate in ("lives_in", "located_in") and r.rule == "verb_prep"], found


@pytest.mark.parametrize("text, specs, pair", [
    pytest.param("Four men were trying to climb to the Gardiner Bivvy from Unwin Lodge.",
                 [("Gardiner Bivvy", "PERSON"), ("Unwin Lodge", "GPE")], ("Gardiner Bivvy", "Unwin Lodge"),
                 id="climb-to-from"),
    pytest.param("Rescuers airlifted John Blake from Aoraki Village to a hospital.",
                 [("John Blake", "PERSON"), ("Aoraki Village", "GPE")], ("John Blake", "Aoraki Village"),
                 id="moved-from"),
])
def test_start_of_a_trip_is_no_home(nlp, text, specs, pair):
    found = relations_of(nlp, text, specs)
    assert find(found, pair[0], "lives_in", pair[1]) is None, [(s, p, o, r.rule) for s, p, o, r in found]


def test_person_from_a_place_still_lives_there(nlp):
    found = relations_of(nlp, "The jury heard from Ann Cole, 29, of Meridian.", [("Ann Cole", "PERSON"), ("Meridian", "GPE")])
    assert find(found, "Ann Cole", "lives_in", "Meridian") is not None


@pytest.mark.parametrize("text, expected", [
    pytest.param("Tom Brady is the best passer in the league. For that reason, he has been described as the "
                 "“apple of Bill Belichick's eye.”", [], id="passive-described-as"),
    pytest.param("Tom Brady is the best passer in the league. He has been called “the best quarterback of all time” "
                 "by Joe Namath.", [("Joe Namath", "the best quarterback of all time")], id="passive-called-by"),
    pytest.param("Tom Brady is the best passer in the league. Joe Namath described him as “the best quarterback "
                 "of all time.”", [("Joe Namath", "the best quarterback of all time.")], id="active-described"),
])
def test_passive_description_is_no_quote_of_the_described(nlp, text, expected):
    assert said(nlp, text) == expected


@pytest.mark.parametrize("text, specs, triple, made", [
    pytest.param("The worm spread just after Oracle's “Patch Monday” quarterly security update release.",
                 [("Oracle", "ORG"), ("Patch Monday", "WORK_OF_ART")], ("Oracle", "developed", "Patch Monday"), False,
                 id="name-modifying-a-noun-and-a-day"),
    pytest.param("The singer won the magazine's “Year of the Singer” honor.",
                 [("magazine", "ORG"), ("Year of the Singer", "WORK_OF_ART")],
                 ("magazine", "developed", "Year of the Singer"), False, id="a-period"),
    pytest.param("He was added to the agency's “Top Ten” fugitives list.", [("agency", "ORG"), ("Top Ten", "WORK_OF_ART")],
                 ("agency", "developed", "Top Ten"), False, id="modifier-of-a-list"),
    pytest.param("Smith appeared on CBS's “Face the Nation” on Sunday.",
                 [("Smith", "PERSON"), ("CBS", "ORG"), ("Face the Nation", "WORK_OF_ART")],
                 ("CBS", "developed", "Face the Nation"), True, id="the-show-heads-the-phrase"),
    pytest.param("NBC's “Saturday Night Live” mocked him.", [("NBC", "ORG"), ("Saturday Night Live", "WORK_OF_ART")],
                 ("NBC", "developed", "Saturday Night Live"), True, id="a-show-named-with-a-day"),
])
def test_org_possessive_work_only_when_the_name_heads_the_phrase(nlp, text, specs, triple, made):
    assert (find(relations_of(nlp, text, specs), *triple) is not None) == made


@pytest.mark.parametrize("text, specs, made", [
    pytest.param("Protesters hung an effigy of Alaska Gov. Palin in a yard in Oregon. The governor of Oregon did nothing.",
                 [("Alaska", "GPE", 0), ("Palin", "PERSON", 0), ("Oregon", "GPE", 0), ("Oregon", "GPE", 1),
                  ("The governor", "PERSON", 0, 1)], False, id="another-states-governor"),
    pytest.param("Protesters hung an effigy of Gov. Palin (R-Alaska) in Oregon. The governor of Oregon did nothing.",
                 [("Palin", "PERSON", 0), ("Alaska", "GPE", 0), ("Oregon", "GPE", 0), ("Oregon", "GPE", 1),
                  ("The governor", "PERSON", 0, 0)], False, id="another-states-governor-by-party-tag"),
    pytest.param("President Obama spoke on Monday. The U.S. president then left for Iowa.",
                 [("Obama", "PERSON", 0), ("U.S.", "GPE", 0), ("Iowa", "GPE", 0), ("The U.S. president", "PERSON", 0, 0)],
                 True, id="title-with-no-place-beside-the-name"),
    pytest.param("Protesters hung an effigy of Alaska Gov. Sarah Palin. Later the governor of Alaska spoke.",
                 [("Alaska", "GPE", 0), ("Sarah Palin", "PERSON", 0), ("Alaska", "GPE", 1), ("the governor", "PERSON", 0, 1)],
                 True, id="the-same-states-governor"),
    pytest.param("Sen. Bernie Sanders (I-Vt.) spoke on Monday. On Tuesday, the Vermont senator opened a rally.",
                 [("Bernie Sanders", "PERSON", 0), ("Vermont", "GPE", 0), ("the Vermont senator", "PERSON", 0, 0)],
                 True, id="state-abbreviated-beside-the-name"),
    pytest.param("Sen. Marco Rubio, R-Fla., spoke on Fox. Nothing the president said helps, the Florida senator said.",
                 [("Marco Rubio", "PERSON", 0), ("Fla.", "GPE", 0), ("Florida", "GPE", 0),
                  ("the Florida senator", "PERSON", 0, 0)], True, id="party-tag-abbreviates-the-same-state"),
])
def test_described_office_of_a_place_needs_that_place_beside_the_holders_title(nlp, text, specs, made):
    found = described(nlp, text, specs)
    office = [r for s, p, o, r in found if p == "affiliated_with" and r.rule == "described_office"]
    assert bool(office) == made, [(s, p, o, r.rule) for s, p, o, r in found]


@pytest.mark.parametrize("text, specs, pair, placed", [
    pytest.param("Obama chose Ann Cole for Surgeon General of the United States on Monday.",
                 [("Obama", "PERSON"), ("Ann Cole", "PERSON"), ("Surgeon General", "ORG"), ("United States", "GPE")],
                 ("Surgeon General", "United States"), False, id="office-title-typed-org"),
    pytest.param("The Bank of Ohio in Dayton grew.", [("Bank of Ohio", "ORG"), ("Dayton", "GPE")],
                 ("Bank of Ohio", "Dayton"), True, id="an-organisation-in-a-place"),
    pytest.param("General Dynamics of Falls Church grew.", [("General Dynamics", "ORG"), ("Falls Church", "GPE")],
                 ("General Dynamics", "Falls Church"), True, id="a-company-named-with-an-office-word"),
])
def test_office_title_typed_org_has_no_seat(nlp, text, specs, pair, placed):
    assert (find(relations_of(nlp, text, specs), pair[0], "located_in", pair[1]) is not None) == placed
