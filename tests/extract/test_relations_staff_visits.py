"""Staff roles held for a person, visits stated by speaking or a gathering, party-state tags."""
from __future__ import annotations

import pytest

from pipeline.extract.entities.mentions import collect_mentions
from tests.extract.test_relations import assert_found, find, relations_of

FOUND = [
    pytest.param(
        "Marco Rubio lost. Rubio press secretary Alex Conant said the campaign would go on.",
        [("Marco Rubio", "PERSON"), ("Rubio", "PERSON", "Marco Rubio"), ("Alex Conant", "PERSON")],
        ("Alex Conant", "affiliated_with", "Rubio"), "title_staff", {"role": "press secretary"}, id="staff-title"),
    pytest.param(
        "Clinton campaign chairman John Podesta said the emails were stolen by hackers last week.",
        [("Clinton", "PERSON"), ("John Podesta", "PERSON")],
        ("John Podesta", "affiliated_with", "Clinton"), "title_staff", {"role": "campaign chairman"}, id="staff-campaign-title"),
    pytest.param(
        "Tad Devine, a senior strategist for Bernie Sanders, said the race was not over yet.",
        [("Tad Devine", "PERSON"), ("Bernie Sanders", "PERSON")],
        ("Tad Devine", "affiliated_with", "Bernie Sanders"), "appos_staff", {"role": "senior strategist"}, id="staff-apposition"),
    pytest.param(
        "Bill Clinton said Monday in Cheyenne that the FBI was wrong about the emails.",
        [("Bill Clinton", "PERSON"), ("Cheyenne", "GPE"), ("FBI", "ORG")],
        ("Bill Clinton", "visited", "Cheyenne"), "speaking_visit", {}, id="said-in-place"),
    pytest.param(
        "Elizabeth Warren told reporters in Massachusetts that she had not decided whom to back.",
        [("Elizabeth Warren", "PERSON"), ("Massachusetts", "GPE")],
        ("Elizabeth Warren", "visited", "Massachusetts"), "speaking_visit", {}, id="told-audience-in-place"),
    pytest.param(
        "Bernie Sanders campaigned in Iowa on Sunday with his wife and a crowd of supporters.",
        [("Bernie Sanders", "PERSON"), ("Iowa", "GPE")],
        ("Bernie Sanders", "visited", "Iowa"), "speaking_visit", {}, id="campaigned-in-place"),
    pytest.param(
        "Marco Rubio rolled into Hialeah on Wednesday for a planned rally at a local high school.",
        [("Marco Rubio", "PERSON"), ("Hialeah", "GPE")],
        ("Marco Rubio", "visited", "Hialeah"), "verb_prep", {}, id="rolled-into-place"),
    pytest.param(
        "At a town hall in New Hampshire earlier this month, Hillary Clinton was asked about the border.",
        [("New Hampshire", "GPE"), ("Hillary Clinton", "PERSON")],
        ("Hillary Clinton", "visited", "New Hampshire"), "gathering_visit", {}, id="passive-at-gathering"),
    pytest.param(
        "Hillary Clinton told a Planned Parenthood gathering in Washington that she would fight for them.",
        [("Hillary Clinton", "PERSON"), ("Planned Parenthood", "ORG"), ("Washington", "GPE")],
        ("Hillary Clinton", "visited", "Washington"), "gathering_visit", {}, id="told-gathering-in-place"),
]


@pytest.mark.parametrize("text, specs, triple, rule, qualifiers", FOUND)
def test_found(nlp, text, specs, triple, rule, qualifiers):
    found = relations_of(nlp, text, specs, published="2016-03-10")
    assert_found(found, triple, rule, qualifiers)


NOT_FOUND = [
    # a rival, a supporter: no staff
    pytest.param("Trump rival Ted Cruz said the vote in Iowa showed that the party was split.",
                 [("Trump", "PERSON"), ("Ted Cruz", "PERSON"), ("Iowa", "GPE")],
                 ("Ted Cruz", "affiliated_with", "Trump"), id="rival-no-staff"),
    # a critic holds no post, whatever names the critic's target
    pytest.param("The Clinton camp was inviting billionaire and Trump critic Mark Cuban to sit in the front row.",
                 [("Clinton", "PERSON"), ("Trump", "ORG"), ("Mark Cuban", "PERSON")],
                 ("Mark Cuban", "affiliated_with", "Trump"), id="critic-no-post"),
    # the title's person is the conjunct next to it, not the whole coordination
    pytest.param("Donald Trump and Clinton campaign chairman John Podesta spoke on the phone for an hour.",
                 [("Donald Trump", "PERSON"), ("Clinton", "PERSON"), ("John Podesta", "PERSON")],
                 ("John Podesta", "affiliated_with", "Donald Trump"), id="coordinated-before-staff-title"),
    # a speech that did not take place, or a place the speech is about
    pytest.param("Ted Cruz will campaign in Ohio next week, his aides said on Sunday afternoon.",
                 [("Ted Cruz", "PERSON"), ("Ohio", "GPE")], ("Ted Cruz", "visited", "Ohio"), id="future-campaign"),
    pytest.param("Donald Trump said he would win in Florida by a wide margin in the primary.",
                 [("Donald Trump", "PERSON"), ("Florida", "GPE")], ("Donald Trump", "visited", "Florida"),
                 id="place-of-the-content"),
    pytest.param("Donald Trump said voters in Florida would decide the race in the end.",
                 [("Donald Trump", "PERSON"), ("Florida", "GPE")], ("Donald Trump", "visited", "Florida"),
                 id="place-of-the-subject-of-speech"),
]


@pytest.mark.parametrize("text, specs, triple", NOT_FOUND)
def test_not_found(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs, published="2016-03-10")
    assert find(found, *triple) is None, [(s, p, o, r.rule) for s, p, o, r in found]


@pytest.mark.parametrize("text, state, name", [
    ("But Sen. Jeff Merkley (D-Ore.) urged Sanders to accept the result.", "Ore", "Oregon"),
    ("Rep. Peter King, R-N.Y., said the bill would pass.", "N.Y.", "New York"),
    ("Sen. Ted Cruz (R-TX) spoke first.", "TX", "Texas"),
    ("Sen. Alan Cranston (D-Cal.) said the bill would pass.", "Cal", "California"),  # 1980s wire style, split "Cal" "."
])
def test_party_state_tag_names_the_state(nlp, text, state, name):
    mentions = collect_mentions(nlp(text))
    found = [m for m in mentions if m.text == state]
    assert found and found[0].label == "GPE" and found[0].name == name, mentions


def test_party_state_tag_affiliates_with_the_state(nlp):
    text = "But Sen. Jeff Merkley (D-Ore.) urged Sanders to accept the result, as did others in the party."
    specs = [("Jeff Merkley", "PERSON"), ("Ore", "GPE"), ("Sanders", "PERSON")]
    relation = find(relations_of(nlp, text, specs), "Jeff Merkley", "affiliated_with", "Ore")
    assert relation is not None and relation.rule == "party_state" and relation.qualifiers == {"role": "Sen."}


def test_party_state_tag_keeps_a_post_elsewhere_out_of_the_role(nlp):
    text = "House Majority Leader Kevin McCarthy (R-Calif.) said the House would vote on the bill next week."
    specs = [("House", "ORG"), ("Kevin McCarthy", "PERSON"), ("Calif", "GPE")]
    relation = find(relations_of(nlp, text, specs), "Kevin McCarthy", "affiliated_with", "Calif")
    assert relation is not None and "role" not in relation.qualifiers


DESCRIPTIONS = [
    # the article introduced the organisation with the same noun
    pytest.param(
        "He has his own band now. \"You might remember him from his band, the Doobie Brothers.\" The crowd cheered "
        "for a long time after that. McDonald joined the band in 1975 and stayed until 1982.",
        [("Doobie Brothers", "ORG"), ("McDonald", "PERSON")],
        ("McDonald", "member_of", "Doobie Brothers"), id="described-with-the-same-noun"),
    # the organisation the story is about, a subject just before
    pytest.param(
        "A half century on, The Doobie Brothers are still smoking. To celebrate 50 years since the band's formation, "
        "founding members Tom Johnston, Pat Simmons and John McFee will reunite for a tour next year.",
        [("The Doobie Brothers", "ORG"), ("Tom Johnston", "PERSON"), ("Pat Simmons", "PERSON"), ("John McFee", "PERSON")],
        ("John McFee", "affiliated_with", "The Doobie Brothers"), id="plural-title-and-described-group"),
]


@pytest.mark.parametrize("text, specs, triple", DESCRIPTIONS)
def test_description_stands_for_the_organisation(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs)
    assert find(found, *triple) is not None, [(s, p, o, r.rule) for s, p, o, r in found]


def test_description_without_a_subject_organisation_stands_for_nothing(nlp):
    text = ("The Eastern Conference standings have claimed another coach this season. The Sixers are still close "
            "behind, likely to win tonight as the team takes on the Wizards in Philadelphia.")
    specs = [("Eastern Conference", "ORG"), ("Sixers", "NORP"), ("Wizards", "ORG"), ("Philadelphia", "GPE")]
    found = relations_of(nlp, text, specs)
    assert not [(s, p, o) for s, p, o, _ in found if s == "Eastern Conference" and o == "Wizards"]


def test_hyphenated_prize_is_no_person_served(nlp):
    text = "\"It would be horrible,\" said Ron Howard, the Oscar-winning director of the film, on Tuesday night."
    specs = [("Ron Howard", "PERSON"), ("Oscar", "PERSON")]
    found = relations_of(nlp, text, specs)
    assert find(found, "Ron Howard", "affiliated_with", "Oscar") is None


WRONG_SUBJECTS = [
    # a participle right after the verb's object, not set off: said of the object
    pytest.param("Harry Reid raised the example of Barack Obama in 2008 inviting Hillary Clinton into his circle.",
                 [("Harry Reid", "PERSON"), ("Barack Obama", "PERSON"), ("Hillary Clinton", "PERSON")],
                 ("Harry Reid", "open:invite", "Hillary Clinton"), id="participle-after-object"),
    # "furious with X for doing": X did it
    pytest.param("Reince Priebus was said to be furious with Donald Trump for further dividing the fractured GOP.",
                 [("Reince Priebus", "PERSON"), ("Donald Trump", "PERSON"), ("GOP", "ORG")],
                 ("Reince Priebus", "open:divide", "GOP"), id="feeling-about-the-doer"),
    # a clause under a hedged one states nothing
    pytest.param("Harry Reid would not say whether he would prefer that Democrats face Donald Trump in the fall.",
                 [("Harry Reid", "PERSON"), ("Democrats", "NORP"), ("Donald Trump", "PERSON")],
                 ("Democrats", "open:face", "Donald Trump"), id="under-hedged-clause"),
]


@pytest.mark.parametrize("text, specs, triple", WRONG_SUBJECTS)
def test_no_relation_for_the_wrong_subject(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs)
    assert find(found, *triple) is None, [(s, p, o, r.rule) for s, p, o, r in found]


def test_participle_set_off_by_a_comma_is_the_subjects(nlp):
    text = "Ted Cruz won the Iowa caucuses on Monday, beating Donald Trump by four points in the end."
    specs = [("Ted Cruz", "PERSON"), ("Iowa", "GPE"), ("Donald Trump", "PERSON")]
    assert find(relations_of(nlp, text, specs), "Ted Cruz", "open:beat", "Donald Trump") is not None


@pytest.mark.parametrize("text, specs, triple", [
    pytest.param("Marco Rubio returned to his home state of Florida on Monday for a rally.",
                 [("Marco Rubio", "PERSON"), ("Florida", "GPE")], ("Marco Rubio", "lives_in", "Florida"), id="home-state-of"),
    pytest.param("Ted Cruz campaigned in his native Texas on Saturday with his family.",
                 [("Ted Cruz", "PERSON"), ("Texas", "GPE")], ("Ted Cruz", "lives_in", "Texas"), id="native-place"),
])
def test_home_place_of_the_clause_subject(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs)
    assert find(found, *triple) is not None, [(s, p, o, r.rule) for s, p, o, r in found]


def test_his_home_state_with_two_people_is_nobodys(nlp):
    text = "Jeb Bush praised Marco Rubio in his home state of Florida on Monday."
    specs = [("Jeb Bush", "PERSON"), ("Marco Rubio", "PERSON"), ("Florida", "GPE")]
    found = relations_of(nlp, text, specs)
    assert not [(s, p, o) for s, p, o, _ in found if p == "lives_in"]


@pytest.mark.parametrize("text, specs, triple, rule", [
    pytest.param("Bernie Sanders complained about a New York Times article Monday by Patrick Healy on the race.",
                 [("Bernie Sanders", "PERSON"), ("New York Times", "ORG"), ("Patrick Healy", "PERSON")],
                 ("Patrick Healy", "affiliated_with", "New York Times"), "piece_writer", id="article-by-writer"),
    pytest.param("Norvell Rose, reporting for Western Journalism this week, was on hand for the vote.",
                 [("Norvell Rose", "PERSON"), ("Western Journalism", "ORG")],
                 ("Norvell Rose", "affiliated_with", "Western Journalism"), "verb_prep", id="reporting-for"),
    pytest.param("As the Republican National Convention kicked off Monday in Cleveland, delegates protested outside.",
                 [("Republican National Convention", "ORG"), ("Cleveland", "GPE")],
                 ("Republican National Convention", "located_in", "Cleveland"), "event_place", id="event-kicked-off-in"),
    pytest.param("Capriati won the Advanta Championships at Philadelphia last year and will defend her title.",
                 [("Capriati", "PERSON"), ("Advanta Championships", "FAC"), ("Philadelphia", "GPE")],
                 ("Advanta Championships", "located_in", "Philadelphia"), "event_place", id="event-won-at"),
    pytest.param("The Bafta Film Awards were held in London on Saturday night, with many stars there.",
                 [("Bafta Film Awards", "ORG"), ("London", "GPE")],
                 ("Bafta Film Awards", "located_in", "London"), "event_place", id="awards-held-in"),
])
def test_writers_reporters_events(nlp, text, specs, triple, rule):
    found = relations_of(nlp, text, specs)
    relation = find(found, *triple)
    assert relation is not None and relation.rule == rule, [(s, p, o, r.rule) for s, p, o, r in found]


def test_an_event_won_in_a_year_places_nothing(nlp):
    text = "Federer won the Australian Open in 2004 and beat Marat Safin in the final."
    found = relations_of(nlp, text, [("Federer", "PERSON"), ("Australian Open", "EVENT"), ("Marat Safin", "PERSON")])
    assert not [(s, p, o) for s, p, o, _ in found if p == "located_in"]


def test_a_person_kicking_off_a_campaign_places_nothing(nlp):
    text = "Donald Trump kicked off his campaign in New York on Tuesday with a long speech."
    found = relations_of(nlp, text, [("Donald Trump", "PERSON"), ("New York", "GPE")])
    assert not [(s, p, o) for s, p, o, _ in found if p in ("lives_in", "located_in")]


def test_title_takes_the_organisation_of_a_possessive_description(nlp):
    text = ("Home Depot cut its sales forecast on Tuesday. \"Sales were below our expectations,\" said CEO Craig Menear "
            "in the company's news release.")
    specs = [("Home Depot", "ORG"), ("Craig Menear", "PERSON")]
    relation = find(relations_of(nlp, text, specs), "Craig Menear", "affiliated_with", "Home Depot")
    assert relation is not None and relation.qualifiers.get("role") == "CEO"


def test_title_takes_no_organisation_from_another_clause(nlp):
    text = ("Harmony Enterprises gave money. Companies may donate if the choice is made by citizens who work for the "
            "company, according to Republican election lawyer Charlie Spies.")
    specs = [("Harmony Enterprises", "ORG"), ("Charlie Spies", "PERSON")]
    assert find(relations_of(nlp, text, specs), "Charlie Spies", "affiliated_with", "Harmony Enterprises") is None


def test_writers_description_inside_reported_speech_stays_the_writers(nlp):
    from models import Article
    from pipeline.extract import analyse_doc
    text = ("Police chief Tom Bucher said residents in Jupiter, Florida, were scared after the storm, and that the "
            "town had asked the state for help with the damage it caused, as they had been told to do by others.")
    analysis = analyse_doc(nlp(text), Article.model_construct(article_id="a_1", text=text, published=None))
    by_index = {m.index: m.text for m in analysis.mentions}
    placed = [r for r in analysis.relations if r.predicate == "located_in"
              and (by_index[r.subject], by_index.get(r.object)) == ("Jupiter", "Florida")]
    assert placed and placed[0].attributed_to is None and placed[0].modality == "asserted"


def test_letter_signature_gives_the_writers_home(nlp):
    text = ("When the law only applies to a certain segment of the population, we replace our democracy with a "
            "tyranny of the few over all of the rest of us.\n\nMichael Pravica.\n\nHenderson, Nev.\n")
    specs = [("Michael Pravica", "PERSON"), ("Henderson", "GPE"), ("Nev", "GPE")]
    relation = find(relations_of(nlp, text, specs), "Michael Pravica", "lives_in", "Henderson")
    assert relation is not None and relation.rule == "signature_home"


def test_a_name_in_running_text_is_no_signature(nlp):
    text = ("The rally was loud and the crowd was large, and the speakers went on for hours into the night.\n\n"
            "Michael Pravica spoke first.\n\nHenderson, Nev.\n")
    specs = [("Michael Pravica", "PERSON"), ("Henderson", "GPE"), ("Nev", "GPE")]
    assert find(relations_of(nlp, text, specs), "Michael Pravica", "lives_in", "Henderson") is None


def test_bare_state_in_brackets_after_a_legislator(nlp):
    text = "The leak led to the resignation of the committee's chair, Rep. Debbie Wasserman Schultz (Fla.), in July."
    mentions = collect_mentions(nlp(text))
    state = [m for m in mentions if m.text == "Fla"]
    assert state and state[0].label == "GPE" and state[0].name == "Florida", mentions
    specs = [("Debbie Wasserman Schultz", "PERSON"), ("Fla", "GPE")]
    relation = find(relations_of(nlp, text, specs), "Debbie Wasserman Schultz", "affiliated_with", "Fla")
    assert relation is not None and relation.rule == "party_state" and relation.qualifiers == {"role": "Rep."}


def test_role_keeps_the_space_of_a_dropped_possessive(nlp):
    text = ("\"We plan to compete hard,\" Jennifer Palmieri, the Clinton campaign’s communications director, said in a "
            "statement on Tuesday.")
    specs = [("Jennifer Palmieri", "PERSON"), ("Clinton", "PERSON")]
    relation = find(relations_of(nlp, text, specs), "Jennifer Palmieri", "affiliated_with", "Clinton")
    assert relation is not None and relation.qualifiers.get("role") == "campaign communications director"


@pytest.mark.parametrize("text, specs, visitor, place, stated", [
    pytest.param("Hillary Clinton should act like one, and come to Louisiana.",
                 [("Hillary Clinton", "PERSON"), ("Louisiana", "GPE")], "Hillary Clinton", "Louisiana", False,
                 id="wished"),
    pytest.param("If Barack Obama can visit Louisiana without harm, then surely she can.",
                 [("Barack Obama", "PERSON"), ("Louisiana", "GPE")], "Barack Obama", "Louisiana", False,
                 id="conditional"),
    pytest.param("Barack Obama will visit Louisiana on Friday.",
                 [("Barack Obama", "PERSON"), ("Louisiana", "GPE")], "Barack Obama", "Louisiana", False,
                 id="future"),
    pytest.param("Barack Obama stayed on vacation instead of flying to Louisiana.",
                 [("Barack Obama", "PERSON"), ("Louisiana", "GPE")], "Barack Obama", "Louisiana", False,
                 id="instead-of"),
    pytest.param("Lawmakers called on the government to block Barack Obama's visit to Louisiana.",
                 [("Barack Obama", "PERSON"), ("Louisiana", "GPE")], "Barack Obama", "Louisiana", False,
                 id="blocked-visit"),
    pytest.param("There could be more movement before Barack Obama visits Louisiana.",
                 [("Barack Obama", "PERSON"), ("Louisiana", "GPE")], "Barack Obama", "Louisiana", False,
                 id="before-present-tense"),
    pytest.param("Lawmakers praised Barack Obama's visit to Louisiana.",
                 [("Barack Obama", "PERSON"), ("Louisiana", "GPE")], "Barack Obama", "Louisiana", True,
                 id="praised-visit"),
    pytest.param("Barack Obama did visit Louisiana, but not until the week after.",
                 [("Barack Obama", "PERSON"), ("Louisiana", "GPE")], "Barack Obama", "Louisiana", True,
                 id="did-visit"),
    pytest.param("Barack Obama visited Louisiana on Saturday.",
                 [("Barack Obama", "PERSON"), ("Louisiana", "GPE")], "Barack Obama", "Louisiana", True,
                 id="visited"),
])
def test_a_visit_is_claimed_only_when_it_took_place(nlp, text, specs, visitor, place, stated):
    found = relations_of(nlp, text, specs)
    assert (find(found, visitor, "visited", place) is not None) is stated, [(s, p, o) for s, p, o, _ in found]


def test_a_scheduled_visit_is_no_visit(nlp):
    found = relations_of(nlp, "Donald Trump is scheduled to visit Louisiana on Friday.",
                         [("Donald Trump", "PERSON"), ("Louisiana", "GPE")])
    assert find(found, "Donald Trump", "visited", "Louisiana") is None


def test_a_place_phrase_on_an_organisation_inside_reported_speech_stays_the_writers(nlp):
    from models import Article
    from pipeline.extract import analyse_doc
    text = ("Senator Bernie Sanders says he is prepared for a floor fight at the Democratic National Convention in "
            "Philadelphia if the party does not take up his positions on trade and on the minimum wage.")
    analysis = analyse_doc(nlp(text), Article.model_construct(article_id="a_1", text=text, published=None))
    by_index = {m.index: m.text for m in analysis.mentions}
    placed = [r for r in analysis.relations if r.predicate == "located_in"
              and by_index.get(r.object) == "Philadelphia"]
    assert placed and all(r.attributed_to is None and r.modality == "asserted" for r in placed), placed


@pytest.mark.parametrize("text, specs, triple", [
    # carried there: a passive of a verb of going
    pytest.param("Rait was returned to Mt. Cook Village, where he was pronounced dead.",
                 [("Rait", "PERSON"), ("Mt. Cook Village", "GPE")], ("Rait", "visited", "Mt. Cook Village"),
                 id="passive-returned-to"),
    pytest.param("John Smith was flown to Anchorage for surgery after the crash.",
                 [("John Smith", "PERSON"), ("Anchorage", "GPE")], ("John Smith", "visited", "Anchorage"),
                 id="passive-flown-to"),
    # a time ahead: the visit is still to come
    pytest.param("Next Sunday, the Houston Texans come to Lucas Oil Stadium having never won in Indy.",
                 [("Houston Texans", "ORG"), ("Lucas Oil Stadium", "FAC")],
                 ("Houston Texans", "visited", "Lucas Oil Stadium"), id="next-sunday-present-tense"),
])
def test_no_visit_by_being_carried_or_still_to_come(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs)
    if triple is not None:
        assert find(found, *triple) is None, [(s, p, o, r.rule) for s, p, o, r in found]
    assert not [r for s, p, o, r in found if p == "visited" and r.modality == "asserted"], found


def test_a_passive_visit_names_its_visitor(nlp):
    found = relations_of(nlp, "Havana was visited by Barack Obama in 2016.",
                         [("Havana", "GPE"), ("Barack Obama", "PERSON")])
    assert find(found, "Barack Obama", "visited", "Havana") is not None, found


@pytest.mark.parametrize("text, specs, pair, visit", [
    pytest.param("Tara Reid has checked into Promises Treatment Center, her spokesman said on Friday.",
                 [("Tara Reid", "PERSON"), ("Promises Treatment Center", "ORG")],
                 ("Tara Reid", "Promises Treatment Center"), True, id="checked-into"),
    pytest.param("Lindsay Lohan admitted herself to the Betty Ford Center on Thursday, TMZ reported.",
                 [("Lindsay Lohan", "PERSON"), ("Betty Ford Center", "ORG")],
                 ("Lindsay Lohan", "Betty Ford Center"), True, id="admitted-herself-to"),
    pytest.param("Lindsay Lohan checked in at the Betty Ford Center on Thursday, TMZ reported.",
                 [("Lindsay Lohan", "PERSON"), ("Betty Ford Center", "ORG")],
                 ("Lindsay Lohan", "Betty Ford Center"), True, id="checked-in-at"),
    # an organisation checking into another investigates it; someone admitted by others went nowhere himself
    pytest.param("The FBI is checking into Acme Corp after the complaints, officials said.",
                 [("FBI", "ORG"), ("Acme Corp", "ORG")], ("FBI", "Acme Corp"), False, id="organisation-checking-into"),
    pytest.param("The hospital admitted John Smith to the Betty Ford Center on Thursday, officials said.",
                 [("John Smith", "PERSON"), ("Betty Ford Center", "ORG")],
                 ("John Smith", "Betty Ford Center"), False, id="admitted-by-others"),
])
def test_checking_into_a_place_is_a_visit(nlp, text, specs, pair, visit):
    found = relations_of(nlp, text, specs)
    assert (find(found, pair[0], "visited", pair[1]) is not None) == visit, [(s, p, o) for s, p, o, _ in found]
