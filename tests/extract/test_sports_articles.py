"""Which articles are about sport (sports_teams.sports_article): the team-role readings ("England boss
X" is the side's, "Atlanta free agent X" plays for no club of the place) apply only there."""
from __future__ import annotations

from pipeline.extract.entities.sports_teams import sports_article
from support.relations import relation_pairs


def test_sports_article_needs_two_words(nlp):
    assert sports_article(nlp("The coach praised the league's best rookie."))
    assert not sports_article(nlp("The coach left early."))
    assert not sports_article(nlp("The Clinton team says the game is over for the key players."))


def test_a_british_football_report_is_about_sport(nlp):
    # British football's words: the Premiership, a keeper, a header (none of them in US sports news)
    assert sports_article(nlp("Keeper David James kept out a header from Lampard as City held the Premiership "
                              "leaders. England boss Sven-Goran Eriksson watched from the stands."))
    # "premiership" alone is also a prime minister's time in office
    assert not sports_article(nlp("He served in Northern Ireland from 1981 to 1987 during the premiership of "
                                  "Margaret Thatcher, a staunch defender of the union."))


def test_a_national_side_boss_in_a_football_report_is_the_sides(nlp):
    text = ("Keeper David James kept out a header from Lampard as City held the Premiership leaders. Shaun "
            "Wright-Phillips - watched by England boss Sven-Goran Eriksson - showed his trickery.")
    assert ("Sven-Goran Eriksson", "England") not in relation_pairs(nlp, text, "lives_in")
