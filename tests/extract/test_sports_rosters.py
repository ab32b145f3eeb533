"""Sports clubs as entities ("the Philadelphia 76ers", "the Sixers") and roster relations ("The Saints
re-signed RB X", "X agreed to a deal with the 76ers"), one table row per construction, with the
readings each must not make. Entity rows run the whole entity stage; relation rows give the
mentions by hand, so they test the relation rules alone."""
from __future__ import annotations

import pytest

from pipeline.extract.entities.mentions import collect_mentions
from pipeline.extract.entities.sports_teams import sports_article
from pipeline.extract.coreference.links import link_references
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
]


def _names(nlp, text):
    return [(m.text, m.name) for m in collect_mentions(nlp(text)) if m.label == "ORG"]


@pytest.mark.parametrize("text, expected", CLUBS)
def test_club_names(nlp, text, expected):
    names = _names(nlp, text)
    for pair in expected:
        assert pair in names, names


NOT_CLUBS = [
    pytest.param("The Philadelphia 76ers fired Maurice Cheeks.", "Philadelphia 76ers", id="no-sports-article"),
    pytest.param("Fishing in the Florida Keys." + GAME, "Florida Keys", id="place-plural"),
    pytest.param("The Iowa Democrats met." + GAME, "Iowa Democrats", id="party-plural"),
    pytest.param("The New York Times reported it." + GAME, "New York Times", id="newspaper"),
    pytest.param("The New Orleans Saints lost. The game was played in New Orleans." + GAME, "New Orleans",
                 id="city-as-place"),
    pytest.param("The Cleveland Browns lost. Cleveland hosted the convention." + GAME, "Cleveland",
                 id="city-of-a-club-named-once"),
]


@pytest.mark.parametrize("text, surface", NOT_CLUBS)
def test_not_a_club(nlp, text, surface):
    doc = nlp(text)
    clubs = [m for m in collect_mentions(doc) if m.name and m.name != m.text or m.text == surface and m.name]
    assert not [m for m in clubs if m.text == surface], clubs


def test_sports_article_needs_two_words(nlp):
    assert sports_article(nlp("The coach praised the league's best rookie."))
    assert not sports_article(nlp("The coach left early."))
    assert not sports_article(nlp("The Clinton team says the game is over for the key players."))


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
]


@pytest.mark.parametrize("text, specs, triple", NOT_ROSTERS)
def test_not_a_roster(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs)
    assert find(found, *triple) is None, [(s, p, o, r.rule) for s, p, o, r in found]


def _club_named_relations(nlp, text, specs, clubs):
    """relations_of, with the full club name the sports_teams entity rule gives each club mention."""
    from pipeline.extract.relations.typed import extract_relations
    from tests.extract.test_relations import build_mentions
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


# Titles and possessors around a name (role_rules, role_phrases): a rank between a role and a name,
# a private practice in a place, a person's own staff named by a pronoun.
TITLED = [
    pytest.param("Vancouver Police spokesperson Const. Tim Fanning said the man was arrested.",
                 [("Vancouver Police", "ORG"), ("Tim Fanning", "PERSON")],
                 ("Tim Fanning", "affiliated_with", "Vancouver Police"), {"role": "spokesperson"}, id="rank-abbreviation"),
    pytest.param("Vancouver Police spokesperson Constable Tim Fanning said the man was arrested.",
                 [("Vancouver Police", "ORG"), ("Tim Fanning", "PERSON")],
                 ("Tim Fanning", "affiliated_with", "Vancouver Police"), {}, id="rank-spelled-out"),
    pytest.param("Anchorage attorney William Ingaldson said the fire was an accident.",
                 [("Anchorage", "GPE"), ("William Ingaldson", "PERSON")],
                 ("William Ingaldson", "lives_in", "Anchorage"), {}, id="place-profession"),
    pytest.param("Anchorage District Attorney John Smith said the fire was an accident.",
                 [("Anchorage", "GPE"), ("John Smith", "PERSON")],
                 ("John Smith", "affiliated_with", "Anchorage"), {"role": "District Attorney"}, id="place-office"),
    pytest.param("The warehouse in Palmer, Alaska burned. Judi Bittner, the state's historic preservation official, "
                 "said the building was old.", [("Palmer", "GPE"), ("Alaska", "GPE"), ("Judi Bittner", "PERSON")],
                 ("Judi Bittner", "affiliated_with", "Alaska"), {"role": "historic preservation official"},
                 id="the-states-only-state"),
    pytest.param("Navy spokesman Commander Nirad Sinha said the ship was seized.",
                 [("Navy", "ORG"), ("Nirad Sinha", "PERSON")],
                 ("Nirad Sinha", "affiliated_with", "Navy"), {"role": "spokesman"}, id="rank-after-role-not-in-role"),
    pytest.param("Michigan Attorney General Bill Schuette asked the Supreme Court for quick action.",
                 [("Michigan", "GPE"), ("Bill Schuette", "PERSON")],
                 ("Bill Schuette", "affiliated_with", "Michigan"), {"role": "Attorney General"}, id="title-ending-in-a-rank"),
    pytest.param("Tara Reid's rep Jack Ketsoyan said she was fine.", [("Tara Reid", "PERSON"), ("Jack Ketsoyan", "PERSON")],
                 ("Jack Ketsoyan", "affiliated_with", "Tara Reid"), {"role": "rep"}, id="possessor-rep"),
    pytest.param("San Diego Chargers defensive tackle Jamal Williams was arrested.",
                 [("San Diego Chargers", "ORG"), ("Jamal Williams", "PERSON")],
                 ("Jamal Williams", "affiliated_with", "San Diego Chargers"), {"role": "defensive tackle"},
                 id="two-word-position"),
    pytest.param("Washington Post reporters Bob Woodward and Carl Bernstein wrote the story.",
                 [("Washington Post", "ORG"), ("Bob Woodward", "PERSON"), ("Carl Bernstein", "PERSON")],
                 ("Carl Bernstein", "affiliated_with", "Washington Post"), {"role": "reporter"},
                 id="plural-title-over-coordinated-names"),
    pytest.param("Samuel Dalembert signed, his agent Marc Cornstein said.",
                 [("Samuel Dalembert", "PERSON"), ("Marc Cornstein", "PERSON")],
                 ("Marc Cornstein", "affiliated_with", "Samuel Dalembert"), {"role": "agent"}, id="his-agent"),
    pytest.param("Samuel Dalembert met Mary Smith. Her agent, Marc Cornstein, said the deal was done.",
                 [("Samuel Dalembert", "PERSON"), ("Mary Smith", "PERSON"), ("Marc Cornstein", "PERSON")],
                 ("Marc Cornstein", "affiliated_with", "Mary Smith"), {}, id="her-agent-gender"),
]


@pytest.mark.parametrize("text, specs, triple, qualifiers", TITLED)
def test_titled(nlp, text, specs, triple, qualifiers):
    found = relations_of(nlp, text, specs)
    relation = find(found, *triple)
    assert relation is not None, [(s, p, o, r.rule) for s, p, o, r in found]
    for key, value in qualifiers.items():
        assert relation.qualifiers.get(key) == value, relation.qualifiers


NOT_TITLED = [
    pytest.param("Anchorage attorney William Ingaldson said the fire was an accident.",
                 [("Anchorage", "GPE"), ("William Ingaldson", "PERSON")],
                 ("William Ingaldson", "affiliated_with", "Anchorage"), id="profession-no-post"),
    pytest.param("Samuel Dalembert met John Smith. His agent, Marc Cornstein, said the deal was done.",
                 [("Samuel Dalembert", "PERSON"), ("John Smith", "PERSON"), ("Marc Cornstein", "PERSON")],
                 ("Marc Cornstein", "affiliated_with", "John Smith"), id="his-two-men"),
    pytest.param("Officials in Alaska and Texas met. Judi Bittner, the state's historic preservation official, said "
                 "the building was old.", [("Alaska", "GPE"), ("Texas", "GPE"), ("Judi Bittner", "PERSON")],
                 ("Judi Bittner", "affiliated_with", "Alaska"), id="the-state-of-two"),
    pytest.param("Gary Byrne, a former Secret Service agent for President Bill Clinton, has written a book.",
                 [("Gary Byrne", "PERSON"), ("Secret Service", "ORG"), ("Bill Clinton", "PERSON")],
                 ("Gary Byrne", "affiliated_with", "Bill Clinton"), id="agent-for-is-no-staff"),
    pytest.param("Geoffrey Berman, the U.S. attorney for the Southern District of New York, said it.",
                 [("Geoffrey Berman", "PERSON"), ("U.S.", "GPE")],
                 ("Geoffrey Berman", "lives_in", "U.S."), id="us-attorney-is-an-office"),
    pytest.param("Angola prison guard John Smith was arrested.", [("Angola", "GPE"), ("John Smith", "PERSON")],
                 ("John Smith", "affiliated_with", "Angola"), id="a-guard-is-no-player"),
    pytest.param("John Smith said his manager, Jane Roe, had fired him.",
                 [("John Smith", "PERSON"), ("Jane Roe", "PERSON")],
                 ("Jane Roe", "affiliated_with", "John Smith"), id="his-manager-is-no-staff"),
]


@pytest.mark.parametrize("text, specs, triple", NOT_TITLED)
def test_not_titled(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs)
    assert find(found, *triple) is None, [(s, p, o, r.rule) for s, p, o, r in found]


def test_rank_abbreviation_keeps_the_sentence(nlp):
    doc = nlp("Vancouver Police spokesperson Const. Tim Fanning said the man was arrested.")
    assert len(list(doc.sents)) == 1
    assert [(m.text, m.label) for m in collect_mentions(doc)] == [("Vancouver Police", "ORG"), ("Tim Fanning", "PERSON")]


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


PLACED = [
    pytest.param("Thieves robbed the Casty store in Paris on Monday.", [("Casty", "ORG"), ("Paris", "GPE")],
                 ("Casty", "located_in", "Paris"), id="org-store-in-place"),
    pytest.param("The fire destroyed the original Matanuska Maid Dairy warehouse in Palmer.",
                 [("Matanuska Maid Dairy", "ORG"), ("Palmer", "GPE")],
                 ("Matanuska Maid Dairy", "located_in", "Palmer"), id="org-warehouse-in-place"),
    pytest.param("Alice McMeekin was found dead at her home in Millom.", [("Alice McMeekin", "PERSON"), ("Millom", "GPE")],
                 ("Alice McMeekin", "lives_in", "Millom"), id="her-home-passive"),
    pytest.param("The bodies of Alice McMeekin and Katie Jenkin were found in their house in Millom.",
                 [("Alice McMeekin", "PERSON"), ("Katie Jenkin", "PERSON"), ("Millom", "GPE")],
                 ("Katie Jenkin", "lives_in", "Millom"), id="their-house"),
]


@pytest.mark.parametrize("text, specs, triple", PLACED)
def test_placed(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs)
    assert find(found, *triple) is not None, [(s, p, o, r.rule) for s, p, o, r in found]


def test_her_home_needs_a_passive_clause(nlp):
    found = relations_of(nlp, "As Ivanka Trump delivered her prime-time speech, a fashion designer for the G-III Apparel "
                         "Group watched from her home in New York City and rolled her eyes.",
                         [("Ivanka Trump", "PERSON"), ("G-III Apparel Group", "ORG"), ("New York City", "GPE")])
    assert find(found, "Ivanka Trump", "lives_in", "New York City") is None


def test_their_needs_one_coordination(nlp):
    found = relations_of(nlp, "Smith told Jones that police searched their house in Millom.",
                         [("Smith", "PERSON"), ("Jones", "PERSON"), ("Millom", "GPE")])
    assert not [p for s, p, o, r in found if p == "lives_in"]


def linked_relations_of(nlp, text, specs):
    """relations_of, with the coreference stage between the given names and the relation rules:
    a story lead reaches the name through the link coreference/forward.py makes (session 9 joined
    rec8's relations/lead_descriptions.py into it). The subject is the name the description stands for."""
    doc = nlp(text)
    mentions = link_references(doc, build_mentions(text, specs))
    by_index = {m.index: m for m in mentions}

    def named(index):
        mention = by_index[index]
        return by_index[mention.refers_to].text if mention.refers_to is not None else mention.text
    return [(named(r.subject), r.predicate, named(r.object) if r.object is not None else None, r)
            for r in extract_relations(doc, mentions)]


# A story's lead: a description named in the next sentence (coreference/forward.py).
LEADS = [
    pytest.param("A Vancouver man has been charged with murder. Police allege Eric Allen Kirkpatrick, 61, opened fire.",
                 [("Vancouver", "GPE"), ("Eric Allen Kirkpatrick", "PERSON")],
                 ("Eric Allen Kirkpatrick", "lives_in", "Vancouver"), id="place-man-alleged"),
    pytest.param("A member of the San Diego Chargers has been arrested for drunk driving. Defensive tackle Jamal Williams "
                 "was arrested early Sunday.", [("San Diego Chargers", "ORG"), ("Jamal Williams", "PERSON")],
                 ("Jamal Williams", "affiliated_with", "San Diego Chargers"), id="member-arrested"),
    pytest.param("A Philadelphia judge today found a former Kraft Foods company employee guilty of murder. The judge "
                 "ruled that defendant Yvonne Hiller acted with malice.",
                 [("Philadelphia", "GPE"), ("Kraft Foods", "ORG"), ("Yvonne Hiller", "PERSON")],
                 ("Yvonne Hiller", "affiliated_with", "Kraft Foods"), id="found-guilty-defendant"),
]


@pytest.mark.parametrize("text, specs, triple", LEADS)
def test_lead_description(nlp, text, specs, triple):
    found = linked_relations_of(nlp, text, specs)
    assert find(found, *triple) is not None, [(s, p, o, r.rule) for s, p, o, r in found]


NOT_LEADS = [
    pytest.param("A Philadelphia judge today found a former Kraft Foods company employee guilty of murder. The judge "
                 "ruled that defendant Yvonne Hiller acted with malice.",
                 [("Philadelphia", "GPE"), ("Kraft Foods", "ORG"), ("Yvonne Hiller", "PERSON")],
                 ("Yvonne Hiller", "affiliated_with", "Philadelphia"), id="the-judge-is-not-the-defendant"),
    pytest.param("A Vancouver man has been charged with murder. John Smith and Mary Jones were arrested too.",
                 [("Vancouver", "GPE"), ("John Smith", "PERSON"), ("Mary Jones", "PERSON")],
                 ("John Smith", "lives_in", "Vancouver"), id="two-people-named"),
    pytest.param("A Vancouver man shot a police officer on Monday. Police arrested John Smith at the scene.",
                 [("Vancouver", "GPE"), ("John Smith", "PERSON")],
                 ("John Smith", "lives_in", "Vancouver"), id="doer-then-undergoer"),
    pytest.param("A Vancouver man has been charged with murder. The victim, John Smith, was shot at a party.",
                 [("Vancouver", "GPE"), ("John Smith", "PERSON")],
                 ("John Smith", "lives_in", "Vancouver"), id="victim-is-no-case-part"),
]


@pytest.mark.parametrize("text, specs, triple", NOT_LEADS)
def test_not_a_lead(nlp, text, specs, triple):
    found = linked_relations_of(nlp, text, specs)
    assert find(found, *triple) is None, [(s, p, o, r.rule) for s, p, o, r in found]


def test_a_charged_man_is_no_man_shot(nlp):
    found = linked_relations_of(nlp, "A Vancouver man has been charged with murder. John Smith was shot at a party.",
                         [("Vancouver", "GPE"), ("John Smith", "PERSON")])
    assert find(found, "John Smith", "lives_in", "Vancouver") is None
