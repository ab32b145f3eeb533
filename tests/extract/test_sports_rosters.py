"""Sports clubs as entities ("the Philadelphia 76ers", "the Sixers") and roster relations ("The Saints
re-signed RB X", "X agreed to a deal with the 76ers"), one table row per construction, with the
readings each must not make. Entity rows run the whole entity stage; relation rows give the
mentions by hand, so they test the relation rules alone."""
from __future__ import annotations

import pytest

from pipeline.extract.entities.mentions import collect_mentions
from pipeline.extract.relations.typed import extract_relations
from tests.extract.test_relations import build_mentions, find, relations_of

# Two different words of sport make an article about sport; every text below that should hold a club has them.
GAME = " The team lost the game, the coach said, and is last in the league."

CLUBS = [
    pytest.param("The Philadelphia 76ers fired Maurice Cheeks." + GAME,
                 [("Philadelphia 76ers", "Philadelphia 76ers")], id="number-noun-club"),
    pytest.param("Dalembert agreed to a deal with the Philadelphia 76ers. The Sixers won." + GAME,
                 [("Philadelphia 76ers", "Philadelphia 76ers"), ("Sixers", "Philadelphia 76ers")], id="spoken-form"),
    pytest.param("The San Francisco 49ers beat them, and the Niners lead the division." + GAME,
                 [("San Francisco 49ers", "San Francisco 49ers"), ("Niners", "San Francisco 49ers")],
                 id="spoken-form-silent-e"),
    pytest.param("Bell came off the Philadelphia Eagles practice squad. The Eagles waived him." + GAME,
                 [("Philadelphia Eagles", "Philadelphia Eagles"), ("Eagles", "Philadelphia Eagles")],
                 id="nickname-alone"),
    pytest.param("The Portland Trail Blazers beat the Toronto Maple Leafs on Sunday." + GAME,
                 [("Portland Trail Blazers", "Portland Trail Blazers"), ("Toronto Maple Leafs", "Toronto Maple Leafs")],
                 id="two-word-nickname"),
    pytest.param("The New Orleans Saints put Thomas on injured reserve. New Orleans replaced him by signing "
                 "Joique Bell. The Saints play on Sunday." + GAME,
                 [("New Orleans Saints", "New Orleans Saints"), ("New Orleans", "New Orleans Saints")],
                 id="city-as-doer"),
    pytest.param("The Indianapolis Colts won. Andrew Luck spoke after leading Indianapolis to a 20-13 victory over "
                 "Kansas City. The Kansas City Chiefs lost. The Colts and the Chiefs meet again." + GAME,
                 [("Indianapolis", "Indianapolis Colts"), ("Kansas City", "Kansas City Chiefs")],
                 id="city-as-object-and-opponent"),
    pytest.param("Jeff Skinner had a goal as the Detroit Red Wings beat the Ottawa Senators 3-2. Dylan Larkin scored for "
                 "Detroit, and Brady Tkachuk had two goals for Ottawa. The Red Wings and the Senators meet again." + GAME,
                 [("Detroit", "Detroit Red Wings"), ("Ottawa", "Ottawa Senators")], id="city-scored-for"),
    # session 11 (judge11r A): a number-noun club in any article; a nickname glued to a player's name or typed
    # PERSON before a possessive mark is the club
    pytest.param("The Philadelphia 76ers general manager Ed Stefanski said the team would look for a new coach.",
                 [("Philadelphia 76ers", "Philadelphia 76ers")], id="number-noun-club-any-article"),
    pytest.param("The Jacksonville Jaguars lost to the Colts in the NFL. The Jaguars Maurice Jones-Drew got 20 carries." + GAME,
                 [("Jacksonville Jaguars", "Jacksonville Jaguars"), ("Jaguars", "Jacksonville Jaguars")],
                 id="nickname-glued-to-a-player"),
    pytest.param("The Jacksonville Jaguars lost to the Colts in the NFL. The Jaguars' Maurice Jones-Drew got 20 carries." + GAME,
                 [("Jacksonville Jaguars", "Jacksonville Jaguars"), ("Jaguars", "Jacksonville Jaguars")],
                 id="possessive-nickname-typed-person"),
    pytest.param("The Sixers have disappointed this season. Nobody in the Sixers' front office wanted him back." + GAME,
                 [("Sixers", "Sixers")], id="nickname-alone-after-the-twice"),
]


def test_nickname_glued_to_a_player_leaves_the_player(nlp):
    doc = nlp("The Jacksonville Jaguars lost to the Colts in the NFL. The Jaguars Maurice Jones-Drew got 20 carries." + GAME)
    people = [m.text for m in collect_mentions(doc) if m.label == "PERSON"]
    assert people == ["Maurice Jones-Drew"], people


def _names(nlp, text):
    return [(m.text, m.name) for m in collect_mentions(nlp(text)) if m.label == "ORG"]


@pytest.mark.parametrize("text, expected", CLUBS)
def test_club_names(nlp, text, expected):
    names = _names(nlp, text)
    for pair in expected:
        assert pair in names, names


NOT_CLUBS = [
    pytest.param("The Philadelphia Eagles fired Ray Rhodes.", "Philadelphia Eagles", id="no-sports-article"),
    pytest.param("The Americans beat the Swedes, and the Americans celebrated with the Swedes." + GAME, "Americans",
                 id="a-people-after-the"),
    pytest.param("The Sixers have disappointed this season." + GAME, "Sixers", id="nickname-after-the-once"),
    pytest.param("The Boston 1920s were a time of change.", "Boston 1920s", id="decade-no-number-noun"),
    pytest.param("Fishing in the Florida Keys." + GAME, "Florida Keys", id="place-plural"),
    pytest.param("The Iowa Democrats met." + GAME, "Iowa Democrats", id="party-plural"),
    pytest.param("The New York Times reported it." + GAME, "New York Times", id="newspaper"),
    pytest.param("The New Orleans Saints lost. The game was played in New Orleans." + GAME, "New Orleans",
                 id="city-as-place"),
    pytest.param("The Cleveland Browns lost. Cleveland hosted the convention." + GAME, "Cleveland",
                 id="city-of-a-club-named-once"),
    pytest.param("The New Orleans Saints lost. The Saints raised money for New Orleans after the storm." + GAME,
                 "New Orleans", id="city-for-no-score"),
]


@pytest.mark.parametrize("text, surface", NOT_CLUBS)
def test_not_a_club(nlp, text, surface):
    doc = nlp(text)
    clubs = [m for m in collect_mentions(doc) if m.name and m.name != m.text or m.text == surface and m.name]
    assert not [m for m in clubs if m.text == surface], clubs


ROSTERS = [
    pytest.param("The Saints re-signed RB DeShawn Wynn." + GAME,
                 [("Saints", "ORG"), ("DeShawn Wynn", "PERSON")],
                 ("DeShawn Wynn", "affiliated_with", "Saints"), {"role": "RB", "status": "current"}, id="re-signed-abbrev"),
    pytest.param("New Orleans replaced him by signing running back Joique Bell." + GAME,
                 [("New Orleans", "ORG"), ("Joique Bell", "PERSON")],
                 ("Joique Bell", "affiliated_with", "New Orleans"), {"role": "running back"}, id="by-signing-position"),
    pytest.param("The Eagles hired running back DeShawn Wynn on Tuesday.",
                 [("Eagles", "ORG"), ("DeShawn Wynn", "PERSON")],
                 ("DeShawn Wynn", "affiliated_with", "Eagles"), {"role": "running back"}, id="hired-position"),
    pytest.param("Fox News signed Megyn Kelly to a new contract.",
                 [("Fox News", "ORG"), ("Megyn Kelly", "PERSON")],
                 ("Megyn Kelly", "affiliated_with", "Fox News"), {"status": "current"}, id="signed-any-org"),
    pytest.param("Wynn was signed by the Saints on Monday.",
                 [("Wynn", "PERSON"), ("Saints", "ORG")],
                 ("Wynn", "affiliated_with", "Saints"), {}, id="passive-signed"),
    pytest.param("The Broncos agreed to sign cornerback Tom Moss on Monday." + GAME,
                 [("Broncos", "ORG"), ("Tom Moss", "PERSON")],
                 ("Tom Moss", "affiliated_with", "Broncos"), {"status": "current"}, id="agreed-to-sign"),
    pytest.param("Dalembert agreed to a six year deal with the Philadelphia 76ers." + GAME,
                 [("Dalembert", "PERSON"), ("Philadelphia 76ers", "ORG")],
                 ("Dalembert", "affiliated_with", "Philadelphia 76ers"), {"status": "current"}, id="person-agreed-deal"),
    pytest.param("The Boston Celtics also reached six-year deals with Kyle Korver and with Willie Green." + GAME,
                 [("Boston Celtics", "ORG"), ("Kyle Korver", "PERSON"), ("Willie Green", "PERSON")],
                 ("Willie Green", "affiliated_with", "Boston Celtics"), {}, id="club-reached-deals-second-with"),
    pytest.param("The Boston Celtics also reached six-year deals with Kyle Korver and with Willie Green." + GAME,
                 [("Boston Celtics", "ORG"), ("Kyle Korver", "PERSON"), ("Willie Green", "PERSON")],
                 ("Kyle Korver", "affiliated_with", "Boston Celtics"), {}, id="club-reached-deals"),
    pytest.param("Thomas signed with the Saints in March." + GAME,
                 [("Thomas", "PERSON"), ("Saints", "ORG")],
                 ("Thomas", "affiliated_with", "Saints"), {}, id="signed-with"),
    pytest.param("After placing leading rusher Chris Ivory on injured reserve, the Saints lost." + GAME,
                 [("Chris Ivory", "PERSON"), ("Saints", "ORG")],
                 ("Chris Ivory", "affiliated_with", "Saints"), {"status": "current", "role": "rusher"},
                 id="placed-on-injured-reserve"),
    pytest.param("The Eagles waived running back Tom Smith on Sunday." + GAME,
                 [("Eagles", "ORG"), ("Tom Smith", "PERSON")],
                 ("Tom Smith", "affiliated_with", "Eagles"), {"status": "former"}, id="waived"),
    # session 9 (judge9r mechanism 1): the object phrase read past possessives and lower-case nouns,
    # its coordinated names, a lost player, the club a signing came from, a club before a name
    pytest.param("The Denver Broncos placed their rookie running back sensation Tom Moss on injured reserve." + GAME,
                 [("Denver Broncos", "ORG"), ("Tom Moss", "PERSON")],
                 ("Tom Moss", "affiliated_with", "Denver Broncos"), {"status": "current", "role": "running back"},
                 id="placed-their-rookie-sensation"),
    pytest.param("The Broncos had lost running backs Tom Moss and Jim Hale to injuries for the season." + GAME,
                 [("Broncos", "ORG"), ("Tom Moss", "PERSON"), ("Jim Hale", "PERSON")],
                 ("Jim Hale", "affiliated_with", "Broncos"), {"status": "current", "role": "running back"},
                 id="lost-coordinated-to-injuries"),
    pytest.param("Earlier, the Jets lost linebacker Ray Dunn to a season-ending knee injury in October." + GAME,
                 [("Jets", "ORG"), ("Ray Dunn", "PERSON")],
                 ("Ray Dunn", "affiliated_with", "Jets"), {"status": "current"}, id="lost-to-an-injury"),
    pytest.param("The Jets waived linebackers Ray Dunn, Al Cole and Bo Finn on Monday." + GAME,
                 [("Jets", "ORG"), ("Ray Dunn", "PERSON"), ("Al Cole", "PERSON"), ("Bo Finn", "PERSON")],
                 ("Bo Finn", "affiliated_with", "Jets"), {"status": "former"}, id="waived-a-list"),
    pytest.param("The Broncos signed rookie Tom Moss from the Dallas Cowboys practice squad." + GAME,
                 [("Broncos", "ORG"), ("Tom Moss", "PERSON"), ("Dallas Cowboys", "ORG")],
                 ("Tom Moss", "affiliated_with", "Dallas Cowboys"), {"status": "former"}, id="signed-from-a-practice-squad"),
    pytest.param("The Broncos signed rookie Tom Moss from the Dallas Cowboys practice squad." + GAME,
                 [("Broncos", "ORG"), ("Tom Moss", "PERSON"), ("Dallas Cowboys", "ORG")],
                 ("Tom Moss", "affiliated_with", "Broncos"), {"status": "current"}, id="signed-from-keeps-the-signer"),
    pytest.param("Broncos Tom Moss to injured reserve after knee surgery." + GAME,
                 [("Broncos", "ORG"), ("Tom Moss", "PERSON")],
                 ("Tom Moss", "affiliated_with", "Broncos"), {}, id="club-before-a-name"),
    pytest.param("The Broncos' Tom Moss was hurt in the second quarter." + GAME,
                 [("Broncos", "ORG"), ("Tom Moss", "PERSON")],
                 ("Tom Moss", "affiliated_with", "Broncos"), {}, id="club-possessive-before-a-name"),
    pytest.param("The Sixers made a move, firing coach Jim O'Brien and replacing him with Mo Cheeks." + GAME,
                 [("Sixers", "ORG"), ("Jim O'Brien", "PERSON"), ("Mo Cheeks", "PERSON")],
                 ("Mo Cheeks", "affiliated_with", "Sixers"), {"status": "current"}, id="replacing-him-with"),
    pytest.param("The Saints placed their rookie running back sensation Chris Ivory on injured reserve." + GAME,
                 [("Saints", "ORG"), ("Chris Ivory", "PERSON")],
                 ("Chris Ivory", "affiliated_with", "Saints"), {"status": "current", "role": "running back"},
                 id="placed-their-position-sensation"),
    pytest.param("The Saints had lost running backs Lynell Hamilton and PJ Hill to injuries for the year." + GAME,
                 [("Saints", "ORG"), ("Lynell Hamilton", "PERSON"), ("PJ Hill", "PERSON")],
                 ("PJ Hill", "affiliated_with", "Saints"), {"status": "current", "role": "running back"},
                 id="lost-coordinated-players-to-injuries"),
    pytest.param("The Saints signed rookie Joique Bell from the Detroit Lions practice squad on Tuesday." + GAME,
                 [("Saints", "ORG"), ("Joique Bell", "PERSON"), ("Detroit Lions", "ORG")],
                 ("Joique Bell", "affiliated_with", "Detroit Lions"), {"status": "former"},
                 id="signed-from-another-clubs-squad"),
    pytest.param("Tyler Hansbrough scored 20 points for the Tar Heels on Saturday night." + GAME,
                 [("Tyler Hansbrough", "PERSON"), ("Tar Heels", "ORG")],
                 ("Tyler Hansbrough", "affiliated_with", "Tar Heels"), {}, id="scored-points-for"),
    pytest.param("Jon Scheyer added 12 points and eight rebounds for Duke in the second half." + GAME,
                 [("Jon Scheyer", "PERSON"), ("Duke", "ORG")],
                 ("Jon Scheyer", "affiliated_with", "Duke"), {}, id="added-points-and-rebounds-for"),
    pytest.param("Shy Ely had 23 points for the Purple Aces in the second half." + GAME,
                 [("Shy Ely", "PERSON"), ("Purple Aces", "ORG")],
                 ("Shy Ely", "affiliated_with", "Purple Aces"), {}, id="had-points-for"),
    pytest.param("Theo Walcott scored twice for Arsenal in the second half." + GAME,
                 [("Theo Walcott", "PERSON"), ("Arsenal", "ORG")],
                 ("Theo Walcott", "affiliated_with", "Arsenal"), {}, id="scored-for"),
]


@pytest.mark.parametrize("text, specs, triple, qualifiers", ROSTERS)
def test_roster(nlp, text, specs, triple, qualifiers):
    found = relations_of(nlp, text, specs)
    relation = find(found, *triple)
    assert relation is not None, [(s, p, o) for s, p, o, _ in found]
    for key, value in qualifiers.items():
        assert relation.qualifiers.get(key) == value, relation.qualifiers


NOT_ROSTERS = [
    pytest.param("President Obama signed Smith's bill on Monday.", [("Obama", "PERSON"), ("Smith", "PERSON")],
                 ("Smith", "affiliated_with", "Obama"), id="signed-a-possessors-bill"),
    pytest.param("The Boston Celtics reached six-year deals with Kyle Korver." + GAME,
                 [("Boston Celtics", "ORG"), ("Kyle Korver", "PERSON")],
                 ("Boston Celtics", "partnered_with", "Kyle Korver"), id="club-contract-no-partnership"),
    pytest.param("The Jets reached a deal with Carrier on a sponsorship." + GAME,
                 [("Jets", "PERSON"), ("Carrier", "ORG")],
                 ("Jets", "affiliated_with", "Carrier"), id="plural-taken-for-a-person"),
    pytest.param("Trump reached a deal with Carrier to keep jobs in Indiana.",
                 [("Trump", "PERSON"), ("Carrier", "ORG"), ("Indiana", "GPE")],
                 ("Trump", "affiliated_with", "Carrier"), id="no-sports-article-no-employment"),
    pytest.param("The Trump campaign announced that it hired former Cruz spokeswoman Katrina Pierson.",
                 [("Trump", "PERSON"), ("Cruz", "PERSON"), ("Katrina Pierson", "PERSON")],
                 ("Cruz", "affiliated_with", "Trump"), id="hired-a-name-modifying-a-role"),
    pytest.param("Jose Mourinho spoke. Mourinho wants to sign Ashley Cole from Arsenal." + GAME,
                 [("Jose Mourinho", "PERSON"), ("Mourinho", "ORG"), ("Ashley Cole", "PERSON"), ("Arsenal", "ORG")],
                 ("Ashley Cole", "affiliated_with", "Mourinho"), id="a-surname-typed-org-is-no-club"),
    pytest.param("At first, White claimed she took the drug, Kelli White said." + GAME,
                 [("White", "ORG"), ("Kelli White", "PERSON")],
                 ("Kelli White", "affiliated_with", "White"), id="claimed-is-no-signing"),
    pytest.param("Cuba released Alan Gross on Monday." + GAME, [("Cuba", "GPE"), ("Alan Gross", "PERSON")],
                 ("Alan Gross", "affiliated_with", "Cuba"), id="a-state-releases-no-player"),
    pytest.param("The Eagles waived running back Tom Smith on Sunday.", [("Eagles", "ORG"), ("Tom Smith", "PERSON")],
                 ("Tom Smith", "affiliated_with", "Eagles"), id="waived-outside-sport"),
    pytest.param("The Broncos lost Tom Moss to the Dallas Cowboys in free agency." + GAME,
                 [("Broncos", "ORG"), ("Tom Moss", "PERSON"), ("Dallas Cowboys", "ORG")],
                 ("Tom Moss", "affiliated_with", "Broncos"), id="lost-to-another-club"),
    pytest.param("The Broncos lost Tom Moss to the Jets, who signed him after his injury." + GAME,
                 [("Broncos", "ORG"), ("Tom Moss", "PERSON"), ("Jets", "ORG")],
                 ("Tom Moss", "affiliated_with", "Broncos"), id="lost-to-a-club-with-an-injury-later"),
    pytest.param("The Broncos lost to the Jets, and Tom Moss was hurt by an injury." + GAME,
                 [("Broncos", "ORG"), ("Jets", "ORG"), ("Tom Moss", "PERSON")],
                 ("Tom Moss", "affiliated_with", "Broncos"), id="lost-a-game"),
    pytest.param("The Broncos signed rookie Tom Moss from Georgia on Monday." + GAME,
                 [("Broncos", "ORG"), ("Tom Moss", "PERSON"), ("Georgia", "GPE")],
                 ("Tom Moss", "affiliated_with", "Georgia"), id="signed-from-a-place"),
    pytest.param("The Broncos placed a call to Tom Moss on Monday about the roster." + GAME,
                 [("Broncos", "ORG"), ("Tom Moss", "PERSON")],
                 ("Tom Moss", "affiliated_with", "Broncos"), id="placed-a-call"),
    pytest.param("Iowa replaced the tax with a levy, Gov. Terry Branstad said." + GAME,
                 [("Iowa", "GPE"), ("Terry Branstad", "PERSON")],
                 ("Terry Branstad", "affiliated_with", "Iowa"), id="replaced-by-a-place"),
    pytest.param("The Saints lost the game to Drew Brees and the Falcons on Sunday." + GAME,
                 [("Saints", "ORG"), ("Drew Brees", "PERSON"), ("Falcons", "ORG")],
                 ("Drew Brees", "affiliated_with", "Saints"), id="lost-to-an-opponent-no-injury"),
    pytest.param("Tyler Hansbrough scored 20 points against the Blue Devils on Saturday." + GAME,
                 [("Tyler Hansbrough", "PERSON"), ("Blue Devils", "ORG")],
                 ("Tyler Hansbrough", "affiliated_with", "Blue Devils"), id="scored-against-an-opponent"),
    pytest.param("Senator Tom Moss scored a win for the Democrats on the tax bill on Monday.",
                 [("Tom Moss", "PERSON"), ("Democrats", "ORG")],
                 ("Tom Moss", "affiliated_with", "Democrats"), id="scored-outside-sport"),
    # the subject of a reporting verb tells of the hiring in its complement: no employer
    pytest.param("Radar Online also reports that Jane Roe has re-hired lawyer John Smith.",
                 [("Radar Online", "ORG"), ("Jane Roe", "PERSON"), ("John Smith", "PERSON")],
                 ("John Smith", "affiliated_with", "Radar Online"), id="reporter-hires-no-one"),
    pytest.param("Coach Tom Moss added a line for the Boston Globe after the game." + GAME,
                 [("Tom Moss", "PERSON"), ("Boston Globe", "ORG")],
                 ("Tom Moss", "affiliated_with", "Boston Globe"), id="added-no-score"),
]


@pytest.mark.parametrize("text, specs, triple", NOT_ROSTERS)
def test_not_a_roster(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs)
    assert find(found, *triple) is None, [(s, p, o, r.rule) for s, p, o, r in found]


def _club_named_relations(nlp, text, specs, clubs):
    """relations_of, with the full club name the sports_teams entity rule gives each club mention."""
    mentions = [m.model_copy(update={"name": clubs.get(m.text)}) for m in build_mentions(text, specs)]
    by_index = {m.index: m.text for m in mentions}
    return [(by_index[r.subject], r.predicate, by_index.get(r.object), r) for r in extract_relations(nlp(text), mentions)]


def test_an_org_before_a_name_is_a_club_only_as_a_plural(nlp):
    found = relations_of(nlp, "ESPN Chris Mortensen reported the trade on Monday." + GAME,
                         [("ESPN", "ORG"), ("Chris Mortensen", "PERSON")])
    assert not [r for s, p, o, r in found if r.rule == "roster_premodifier"], found


def test_remaining_on_the_team_is_the_articles_club(nlp):
    text = "The Broncos lost again on Sunday. Remaining on the team are Tom Moss and Jim Hale." + GAME
    found = _club_named_relations(nlp, text, [("Broncos", "ORG"), ("Tom Moss", "PERSON"), ("Jim Hale", "PERSON")],
                                  {"Broncos": "Denver Broncos"})
    assert find(found, "Jim Hale", "affiliated_with", "Broncos") is not None, found
    assert find(found, "Tom Moss", "affiliated_with", "Broncos") is not None, found


def test_remaining_on_the_team_of_two_clubs_is_nobodys(nlp):
    text = "The Broncos beat the Jets on Sunday. Remaining on the team are Tom Moss and Jim Hale." + GAME
    found = _club_named_relations(nlp, text, [("Broncos", "ORG"), ("Jets", "ORG"), ("Tom Moss", "PERSON"),
                                              ("Jim Hale", "PERSON")], {"Broncos": "Denver Broncos", "Jets": "New York Jets"})
    assert not [r for s, p, o, r in found if r.rule == "roster_list"], found


def test_deal_outside_sport_stays_a_partnership(nlp):
    found = relations_of(nlp, "Trump reached a deal with Carrier to keep jobs in Indiana.",
                         [("Trump", "PERSON"), ("Carrier", "ORG"), ("Indiana", "GPE")])
    assert find(found, "Trump", "partnered_with", "Carrier") is not None


NOT_NAMES = [
    pytest.param("Columbus beat Montreal. Joonas Korpisalo stopped 30 shots." + GAME, "Montreal. Joonas",
                 id="no-club-across-a-full-stop"),
    pytest.param("Sen. Bernie Sanders met Hillary Clinton and the Clinton Sanders voters." + GAME, "Clinton Sanders",
                 id="no-club-of-a-persons-name"),
    pytest.param("Lt. Col. Alexander Vindman told lawmakers it was his duty.", "Lt", id="rank-alone-is-no-name"),
]


@pytest.mark.parametrize("text, surface", NOT_NAMES)
def test_not_a_name(nlp, text, surface):
    assert surface not in [m.text for m in collect_mentions(nlp(text)) if m.label == "ORG"]


@pytest.mark.parametrize("text, specs, role", [
    # "running" parsed as a verb and "back" as a particle: the position is read off the words
    pytest.param("New Orleans Saints running back Reggie Bush will miss the rest of the season." + GAME,
                 [("New Orleans Saints", "ORG"), ("Reggie Bush", "PERSON")], "running back", id="running-back"),
    pytest.param("The Saints' Pierre Thomas went to injured reserve on Monday." + GAME,
                 [("Saints", "ORG"), ("Pierre Thomas", "PERSON")], None, id="possessive-club-no-position"),
])
def test_a_club_before_a_position_and_a_name(nlp, text, specs, role):
    found = relations_of(nlp, text, specs)
    relation = find(found, specs[1][0], "affiliated_with", specs[0][0])
    assert relation is not None, [(s, p, o, r.rule) for s, p, o, r in found]
    assert relation.qualifiers.get("role") == role


def test_a_nickname_alone_before_a_position_and_a_name_is_the_club(nlp):
    from pipeline.extract.entities.mentions import collect_mentions
    text = ("Chargers wide receiver Vincent Jackson was arrested early Tuesday on suspicion of drunken driving, "
            "police said. The coach said the team would play its rookies in the playoff game." + GAME)
    assert ("Chargers", "ORG") in {(m.text, m.label) for m in collect_mentions(nlp(text))}


@pytest.mark.parametrize("text", [
    pytest.param("Payton said the Broncos would not have placed Tom Moss on injured reserve if they were still "
                 "in the race." + GAME, id="counterfactual-placing"),
    pytest.param("The Broncos did not place Tom Moss on injured reserve." + GAME, id="denied-placing"),
])
def test_a_denied_placing_leaves_the_player_the_clubs(nlp, text):
    """judge11pb (seed 28 #70): 'the Saints ... would not have placed Bush on injured reserve if ...'
    came out as Bush NOT affiliated with the Saints: the placing is denied, the player is still theirs."""
    found = relations_of(nlp, text, [("Broncos", "ORG"), ("Tom Moss", "PERSON")])
    relation = find(found, "Tom Moss", "affiliated_with", "Broncos")
    assert relation is not None and relation.polarity == "affirmed" and relation.qualifiers.get("status") == "current"


@pytest.mark.parametrize("text, whole", [
    pytest.param("On Saturday, New Orleans coach Sean Payton said Bush would not return." + GAME, "New Orleans",
                 id="two-word-city-before-coach"),
    pytest.param("Los Angeles coach Tom Moss said the team would rest its starters." + GAME, "Los Angeles",
                 id="sentence-initial-two-word-city"),
])
def test_a_city_ending_in_s_before_a_position_is_no_nickname(nlp, text, whole):
    """judge11pa (seed 28 #5): 'New Orleans coach Sean Payton' gave an ORG 'Orleans' (a capitalised
    word ending in s before a position, read as a club's nickname)."""
    from pipeline.extract.entities.mentions import collect_mentions
    names = {m.text for m in collect_mentions(nlp(text))}
    assert whole.split()[-1] not in names and whole in names, names


def test_a_name_coordinated_with_a_scorer_is_a_player(nlp):
    # the NER types "Boone Jenner" ORG here; only players score for a club
    text = ("Zach Werenski scored twice as the Columbus Blue Jackets beat the Philadelphia Flyers 4-2. Eric Robinson "
            "and Boone Jenner also scored for the Blue Jackets." + GAME)
    labels = {m.text: m.label for m in collect_mentions(nlp(text))}
    assert labels.get("Boone Jenner") == "PERSON", labels


def test_a_name_coordinated_with_a_person_stays_what_it_is_without_a_score(nlp):
    text = "Eric Robinson and Goldman Sachs signed a deal on Monday in New York." + GAME
    labels = {m.text: m.label for m in collect_mentions(nlp(text))}
    assert labels.get("Goldman Sachs") == "ORG", labels


def test_a_number_noun_club_is_the_employer_not_part_of_the_role(nlp):
    """judge11r: outside a sports report "76ers" was joined to the role and the city made the employer."""
    doc = nlp("The Philadelphia 76ers general manager Ed Stefanski said the team would look for a new coach.")
    mentions = collect_mentions(doc)
    by_index = {m.index: m.text for m in mentions}
    found = {(by_index[r.subject], r.predicate, by_index.get(r.object), r.qualifiers.get("role"))
             for r in extract_relations(doc, mentions)}
    assert ("Ed Stefanski", "affiliated_with", "Philadelphia 76ers", "general manager") in found, found
    assert not [f for f in found if f[2] == "Philadelphia"], found
