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


FOOTBALL = ("Manchester United winger Ryan Giggs is a doubt for the Wales squad after an injury in the Premiership "
            "match. Aston Villa's Mark Delaney also misses out, while Cardiff defender Rhys Weston has been called "
            "up by the coach. West Ham's Gavin Williams is in the squad, Brentford boss Martin Allen said.")


def test_a_name_before_a_players_position_or_owning_him_is_his_club(nlp):
    pairs = relation_pairs(nlp, FOOTBALL, "affiliated_with")
    for player, club in [("Ryan Giggs", "Manchester United"), ("Mark Delaney", "Aston Villa"),
                         ("Rhys Weston", "Cardiff"), ("Gavin Williams", "West Ham"), ("Martin Allen", "Brentford")]:
        assert (player, club) in pairs
    with nlp.select_pipes(disable=["sports_team_names"]):
        # the model's types: two clubs as people, a town, one left untagged; no rule reads them
        assert not {("Ryan Giggs", "Manchester United"), ("Mark Delaney", "Aston Villa"),
                    ("Rhys Weston", "Cardiff")} & relation_pairs(nlp, FOOTBALL, "affiliated_with")
    assert ("Gavin Williams", "West Ham") not in relation_pairs(nlp, FOOTBALL, "lives_in")


def test_a_managers_own_player_makes_no_club_of_the_manager(nlp):
    text = ("Keeper David James kept out a header as City held the Premiership leaders. Alex Ferguson's Ryan "
            "Giggs scored twice, and the striker was booked by the referee.")
    doc = nlp(text)
    assert next(e.label_ for e in doc.ents if e.text.startswith("Alex Ferguson")) == "PERSON"


def test_us_staff_titles_and_positions_name_no_club(nlp):
    text = ("The quarterback was sacked twice as the league leaders lost. \"It's disappointing,\" said General Manager "
            "A. J. Smith. Former Atlanta defensive end Claude Humphrey was elected to the Hall of Fame with the "
            "linebacker.")
    pairs = relation_pairs(nlp, text, "affiliated_with")
    assert not {p for p in pairs if p[1] in ("General", "Atlanta")}, pairs
