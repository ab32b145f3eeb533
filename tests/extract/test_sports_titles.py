"""A side named before a player's position or a team's staff title ("Leeds Tykes flanker X", "Scotland
doctor X", "Edinburgh pair A and B"), performers' shows, and acting for a company: one table row per
construction, with the readings each must not make. Mentions are given by hand (typed as the NER
types them), so the rows test the relation rules alone."""
from __future__ import annotations

import pytest

from tests.extract.test_relations import find, relations_of

P, O, G = "PERSON", "ORG", "GPE"
# Two words of sport (rugby, squad, coach) make the article one about sport.
RUGBY = " The coach named his rugby squad for the tournament on Tuesday."

FOUND = [
    pytest.param("Leeds Tykes flanker Jon Dunbar has been called into the squad." + RUGBY,
                 [("Leeds Tykes", P), ("Jon Dunbar", P)],
                 ("Jon Dunbar", "affiliated_with", "Leeds Tykes"), {"role": "flanker"}, id="two-word-side-typed-person"),
    pytest.param("Scotland doctor James Robson said the knee was damaged." + RUGBY,
                 [("Scotland", G), ("James Robson", P)],
                 ("James Robson", "affiliated_with", "Scotland"), {"role": "doctor"}, id="country-before-team-staff"),
    # a coach of a country is its national side's: no nickname to wait for, as for "Houston coach X"
    pytest.param("England coach Andy Robinson named his squad for the Six Nations." + RUGBY,
                 [("England", G), ("Andy Robinson", P)],
                 ("Andy Robinson", "affiliated_with", "England"), {"role": "coach"}, id="country-before-coach"),
    # "defender" is a backer's word elsewhere (lexicon.NON_POST_NOUNS), a side's player in sport
    pytest.param("Chelsea defender John Terry was injured in the match." + RUGBY,
                 [("Chelsea", O), ("John Terry", P)],
                 ("John Terry", "affiliated_with", "Chelsea"), {"role": "defender"}, id="defender-in-sport"),
    # a bare post coordinated with a side's title is held in that side
    pytest.param("Ireland coach Eddie O'Sullivan and captain Brian O'Driscoll have got their side buzzing." + RUGBY,
                 [("Ireland", G), ("Eddie O'Sullivan", P), ("Brian O'Driscoll", P)],
                 ("Brian O'Driscoll", "affiliated_with", "Ireland"), {"role": "captain"}, id="coordinated-bare-post"),
    pytest.param("Ireland full-back Geordan Murphy was hurt in training." + RUGBY,
                 [("Ireland", G), ("Geordan Murphy", P)],
                 ("Geordan Murphy", "affiliated_with", "Ireland"), {"role": "full-back"}, id="hyphened-position"),
    pytest.param("Edinburgh pair Alasdair Strokosch and Tom Philip were also named." + RUGBY,
                 [("Edinburgh", G), ("Alasdair Strokosch", P), ("Tom Philip", P)],
                 ("Tom Philip", "affiliated_with", "Edinburgh"), {}, id="pair-second-name"),
    pytest.param("Edinburgh pair Alasdair Strokosch and Tom Philip were also named." + RUGBY,
                 [("Edinburgh", G), ("Alasdair Strokosch", P), ("Tom Philip", P)],
                 ("Alasdair Strokosch", "affiliated_with", "Edinburgh"), {}, id="pair-first-name"),
    pytest.param("Amanda Harris, who played Emilia in Othello for the Royal Shakespeare Company, won the award.",
                 [("Amanda Harris", P), ("Emilia", P), ("Royal Shakespeare Company", O)],
                 ("Amanda Harris", "affiliated_with", "Royal Shakespeare Company"), {"role": "actor", "status": "former"},
                 id="played-a-character-for-a-company"),
    pytest.param("Peter Smith played football for Celtic for ten years before he retired, his family said.",
                 [("Peter Smith", P), ("Celtic", O)],
                 ("Peter Smith", "affiliated_with", "Celtic"), {"role": "player", "status": "former"},
                 id="played-a-sport-for-a-club"),
]


@pytest.mark.parametrize("text, specs, triple, qualifiers", FOUND)
def test_found(nlp, text, specs, triple, qualifiers):
    found = relations_of(nlp, text, specs)
    relation = find(found, *triple)
    assert relation is not None, [(s, p, o, r.rule) for s, p, o, r in found]
    assert relation.qualifiers == qualifiers


NOT_FOUND = [
    pytest.param("Scotland doctor James Robson said the knee was damaged." + RUGBY,
                 [("Scotland", G), ("James Robson", P)], ("James Robson", "lives_in", "Scotland"),
                 id="team-staff-no-home"),
    pytest.param("Former Holby City actor Jeremy Edwards has joined the cast of the play.",
                 [("Holby City", G), ("Jeremy Edwards", P)], ("Jeremy Edwards", "lives_in", "Holby City"),
                 id="show-before-performer-no-home"),
    # outside sport a doctor practises in the place named before the title, and works for no side there
    pytest.param("Boston doctor James Robson said the knee was damaged, the hospital said.",
                 [("Boston", G), ("James Robson", P)], ("James Robson", "affiliated_with", "Boston"),
                 id="doctor-outside-sport-no-side"),
    # a two-word name typed PERSON whose last word is a person's surname is no side
    pytest.param("Clinton Sanders flanker Jon Dunbar met Bernie Sanders on Monday." + RUGBY,
                 [("Clinton Sanders", P), ("Jon Dunbar", P), ("Bernie Sanders", P)],
                 ("Jon Dunbar", "affiliated_with", "Clinton Sanders"), id="surname-is-no-side"),
    pytest.param("Houston coach Gary Kubiak said the quarterback was fine. The coach named his football roster.",
                 [("Houston", G), ("Gary Kubiak", P)], ("Gary Kubiak", "affiliated_with", "Houston"),
                 id="city-before-coach-waits-for-the-club"),
    # outside sport a defender of something holds no post
    pytest.param("Greenpeace defender Jane Roe spoke at the rally on Monday.",
                 [("Greenpeace", O), ("Jane Roe", P)], ("Jane Roe", "affiliated_with", "Greenpeace"),
                 id="defender-outside-sport"),
    # outside sport a bare title takes no employer from a title coordinated with it
    pytest.param("Microsoft chief executive Steve Ballmer and analyst John Smith spoke at the conference.",
                 [("Microsoft", O), ("Steve Ballmer", P), ("John Smith", P)], ("John Smith", "affiliated_with", "Microsoft"),
                 id="bare-title-outside-sport"),
    pytest.param("Mary Jones played Arsenal for Chelsea in 2004.",
                 [("Mary Jones", P), ("Arsenal", O), ("Chelsea", O)], ("Mary Jones", "affiliated_with", "Chelsea"),
                 id="played-an-organisation-abstains"),
]


@pytest.mark.parametrize("text, specs, triple", NOT_FOUND)
def test_not_found(nlp, text, specs, triple):
    found = [f for f in relations_of(nlp, text, specs) if f[3].rule != "learned_pair"]
    assert find(found, *triple) is None, [(s, p, o, r.rule) for s, p, o, r in found]


def test_boston_doctor_still_lives_in_boston(nlp):
    found = relations_of(nlp, "Boston doctor James Robson said the knee was damaged, the hospital said.",
                         [("Boston", G), ("James Robson", P)])
    assert find(found, "James Robson", "lives_in", "Boston") is not None, found
