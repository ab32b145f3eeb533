"""A player's spells at clubs read off the career phrases of sports reports (relations/club_spells.py):
counts of games for a club, a player's own signing, joining a club; the status former only where a
move ended the spell. One table row per construction, with the readings each must not make; the
mentions are given by hand, so the rows test the relation rules alone."""
from __future__ import annotations

import pytest

from tests.extract.test_relations import find, relations_of

# Two different words of sport make an article about sport (entities/sports_teams.sports_article).
GAME = " The team lost the game, the coach said, and is last in the league."

SPELLS = [
    pytest.param("Graham Stuart made 110 appearances for Chelsea in the league." + GAME,
                 [("Graham Stuart", "PERSON"), ("Chelsea", "ORG")],
                 ("Graham Stuart", "affiliated_with", "Chelsea"), {"role": "player"}, None, id="appearances-for"),
    pytest.param("Graham Stuart made 110 appearances for Chelsea before joining Everton in 1993." + GAME,
                 [("Graham Stuart", "PERSON"), ("Chelsea", "ORG"), ("Everton", "ORG")],
                 ("Graham Stuart", "affiliated_with", "Chelsea"), {"role": "player", "status": "former"}, None,
                 id="appearances-before-a-move-are-former"),
    pytest.param("Graham Stuart made 110 appearances for Chelsea before joining Everton in 1993." + GAME,
                 [("Graham Stuart", "PERSON"), ("Chelsea", "ORG"), ("Everton", "ORG")],
                 ("Graham Stuart", "affiliated_with", "Everton"), {}, "status", id="joining-a-club"),
    pytest.param("Ryan Jones won 30 caps for Leeds United over ten seasons." + GAME,
                 [("Ryan Jones", "PERSON"), ("Leeds United", "ORG")],
                 ("Ryan Jones", "affiliated_with", "Leeds United"), {"role": "player"}, None, id="caps-for"),
    pytest.param("Ryan Jones later signed for Sheffield United on a free transfer." + GAME,
                 [("Ryan Jones", "PERSON"), ("Sheffield United", "ORG")],
                 ("Ryan Jones", "affiliated_with", "Sheffield United"), {}, "status", id="signed-for"),
    pytest.param("Theo Walcott scored twice for Arsenal in the second half." + GAME,
                 [("Theo Walcott", "PERSON"), ("Arsenal", "ORG")],
                 ("Theo Walcott", "affiliated_with", "Arsenal"), {}, "status", id="scored-for-is-no-former-spell"),
]


@pytest.mark.parametrize("text, specs, triple, qualifiers, unset", SPELLS)
def test_spell(nlp, text, specs, triple, qualifiers, unset):
    found = relations_of(nlp, text, specs)
    relation = find(found, *triple)
    assert relation is not None, [(s, p, o, r.rule) for s, p, o, r in found]
    for key, value in qualifiers.items():
        assert relation.qualifiers.get(key) == value, relation.qualifiers
    assert unset is None or unset not in relation.qualifiers, relation.qualifiers


def test_caps_for_a_country_make_a_member_of_its_side(nlp):
    found = relations_of(nlp, "Rinus Michels also won five caps for the Netherlands as a centre forward." + GAME,
                         [("Rinus Michels", "PERSON"), ("Netherlands", "GPE")])
    assert find(found, "Rinus Michels", "member_of", "Netherlands") is not None, found
    assert find(found, "Rinus Michels", "affiliated_with", "Netherlands") is None, found


def test_joining_a_club_is_no_membership(nlp):
    found = relations_of(nlp, "Ryan Jones joined Everton from Chelsea in 1993." + GAME,
                         [("Ryan Jones", "PERSON"), ("Everton", "ORG"), ("Chelsea", "ORG")])
    assert find(found, "Ryan Jones", "affiliated_with", "Everton") is not None, found
    assert find(found, "Ryan Jones", "member_of", "Everton") is None, found


NOT_SPELLS = [
    pytest.param("Ryan Jones made an appearance for Chelsea at the charity dinner." + GAME,
                 [("Ryan Jones", "PERSON"), ("Chelsea", "ORG")],
                 ("Ryan Jones", "affiliated_with", "Chelsea"), id="an-appearance-is-no-count"),
    pytest.param("Ryan Jones made 110 appearances against Chelsea in the league." + GAME,
                 [("Ryan Jones", "PERSON"), ("Chelsea", "ORG")],
                 ("Ryan Jones", "affiliated_with", "Chelsea"), id="appearances-against-an-opponent"),
    pytest.param("Ryan Jones signed for the parcel from Amazon on Monday." + GAME,
                 [("Ryan Jones", "PERSON"), ("Amazon", "ORG")],
                 ("Ryan Jones", "affiliated_with", "Amazon"), id="signed-for-a-parcel"),
    pytest.param("Jane Roe joined Google in 2005 and later left.",
                 [("Jane Roe", "PERSON"), ("Google", "ORG")],
                 ("Jane Roe", "affiliated_with", "Google"), id="joining-outside-sport-is-verb-actives"),
    pytest.param("Ryan Jones joined Tom Moss in the squad for the final." + GAME,
                 [("Ryan Jones", "PERSON"), ("Tom Moss", "PERSON")],
                 ("Ryan Jones", "affiliated_with", "Tom Moss"), id="joining-a-person"),
]


@pytest.mark.parametrize("text, specs, triple", NOT_SPELLS)
def test_not_a_spell(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs)
    assert find(found, *triple) is None, [(s, p, o, r.rule) for s, p, o, r in found]
