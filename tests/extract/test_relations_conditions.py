"""Judged precision seed 20 (session 8): a condition stated as fact ("If the Saints beat Seattle and
Philadelphia beats Green Bay, ..."), a coach "of Washington" read as a home, and a role built from
words that were not next to each other ("employee at companyPhiladelphia factory"). Hand-built
sentences, not the judged ones."""
from __future__ import annotations

import pytest

from pipeline.extract.modality import conditional_or_asked
from pipeline.extract.relations.pair_gate import last_list_item_follows
from tests.extract.test_relations import find, relations_of

HYPOTHETICAL = [
    pytest.param("If Clinton wins Ohio, she beats Donald Trump in the count.", "beats", id="present-consequent"),
    pytest.param("If the Jets beat Dallas and Boston beats Miami, the Bills will face the Jets.", "beats",
                 id="conjoined-condition-misparsed-as-consequent"),
    pytest.param("Unless Congress acts, Microsoft buys Yahoo next year.", "buys", id="unless"),
    pytest.param("Should Clinton win Florida, she defeats Trump.", "defeats", id="inverted-should"),
    pytest.param("If the police say that Smith killed Jones, the case will close.", "killed",
                 id="clause-inside-a-condition"),
    pytest.param("Did Microsoft buy Yahoo last year?", "buy", id="yes-no-question"),
    pytest.param("Reporters asked whether Trump met Putin.", "met", id="whether"),
]

ASSERTED = [
    pytest.param("If you missed the show, Hugh Jackman beat Nathan Lane to the award.", "beat",
                 id="past-consequent-of-a-relevance-conditional"),
    pytest.param("If elected, Bush would appoint John Smith, who founded Acme, to the post.", "founded",
                 id="relative-clause-describes-a-noun"),
    pytest.param("Donald Trump fired James Comey, and Obama hired Eric Holder.", "fired", id="plain-statement"),
    pytest.param("Trump beat Clinton after he won Ohio.", "won", id="time-clause"),
    pytest.param("Will Acme chief Jane Roe resign?", "chief", id="description-inside-a-question"),
    pytest.param("He asked whether Roe could serve because Roe was born in Lima.", "born",
                 id="reason-inside-a-question-holds"),
]


def _token(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text, word", HYPOTHETICAL)
def test_condition_outcome_and_question_are_not_asserted(nlp, text, word):
    assert conditional_or_asked([_token(nlp, text, word)])


@pytest.mark.parametrize("text, word", ASSERTED)
def test_statements_around_conditions_stay_asserted(nlp, text, word):
    assert not conditional_or_asked([_token(nlp, text, word)])


def test_conditional_acquisition_is_hedged(nlp):
    found = relations_of(nlp, "If the talks go well, Microsoft buys Yahoo in March.",
                         [("Microsoft", "ORG"), ("Yahoo", "ORG")])
    acquisition = find(found, "Microsoft", "acquired", "Yahoo")
    assert acquisition is None or acquisition.modality == "hedged"


def test_open_relation_in_a_condition_is_not_claimed(nlp):
    found = relations_of(nlp, "If the Jets beat Dallas and Boston beats Miami, the Bills will face the Jets.",
                         [("Jets", "ORG"), ("Dallas", "GPE"), ("Boston", "GPE"), ("Miami", "GPE"), ("Bills", "ORG")])
    assert not [r for *_, r in found if r.predicate.startswith("open:") and r.modality == "asserted"], found


@pytest.mark.parametrize("text, specs, person, place", [
    pytest.param("He is the third coach fired this year, after Tom Gale of Denver and Rick Moss of Boston.",
                 [("Tom Gale", "PERSON"), ("Denver", "GPE"), ("Rick Moss", "PERSON"), ("Boston", "GPE")],
                 "Rick Moss", "Boston", id="list-of-coaches"),
    pytest.param("Professor Anna Berg of Uppsala said the results were new.",
                 [("Anna Berg", "PERSON"), ("Uppsala", "GPE")], "Anna Berg", "Uppsala", id="academic-title"),
])
def test_place_of_a_club_or_school_is_no_home(nlp, text, specs, person, place):
    assert find(relations_of(nlp, text, specs), person, "lives_in", place) is None


def test_place_after_a_name_is_still_a_home(nlp):
    found = relations_of(nlp, "Alyssa Van Wagenen, 29, of Meridian, was arrested on Friday.",
                         [("Alyssa Van Wagenen", "PERSON"), ("Meridian", "GPE")])
    assert find(found, "Alyssa Van Wagenen", "lives_in", "Meridian") is not None


@pytest.mark.parametrize("text, specs, person, org, role", [
    pytest.param("Rita Hall, a suspended Boeing engineer at the company's Everett plant, was charged.",
                 [("Rita Hall", "PERSON"), ("Boeing", "ORG"), ("Everett", "GPE")], "Rita Hall", "Boeing", "engineer",
                 id="workplace-named-through-its-owner"),
    pytest.param("Sara Cole, a director of its research division at Pfizer, left.",
                 [("Sara Cole", "PERSON"), ("Pfizer", "ORG")], "Sara Cole", "Pfizer", "director of research division",
                 id="words-around-a-dropped-pronoun-stay-apart"),
])
def test_role_words_are_readable(nlp, text, specs, person, org, role):
    relation = find(relations_of(nlp, text, specs), person, "affiliated_with", org)
    assert relation is not None and relation.qualifiers.get("role") == role


@pytest.mark.parametrize("text, specs, triple", [
    pytest.param("Acme Fund, a super PAC that backed Jane Roe, raised millions.",
                 [("Acme Fund", "ORG"), ("PAC", "ORG"), ("Jane Roe", "PERSON")], ("PAC", "open:back", "Jane Roe"),
                 id="relative-pronoun-of-an-indefinite-kind"),
    pytest.param("Smith was linked to what Judge Ann Lee called the secret channel, featuring Tom Baker and others.",
                 [("Smith", "PERSON"), ("Ann Lee", "PERSON"), ("Tom Baker", "PERSON")],
                 ("Ann Lee", "open:feature", "Tom Baker"), id="describing-participle"),
    pytest.param("Critics cited the proposed ban on Syrians entering Hungary.",
                 [("Syrians", "NORP"), ("Hungary", "GPE")], ("Syrians", "open:enter", "Hungary"),
                 id="gerund-on-a-nouns-object"),
    pytest.param("The combative Christie needs to best rivals Jeb Bush and Kasich.",
                 [("Christie", "PERSON"), ("Jeb Bush", "PERSON"), ("Kasich", "PERSON")],
                 ("Christie", "open:need", "Jeb Bush"), id="wanting-verb"),
])
def test_open_relation_not_read_from_descriptions_or_wants(nlp, text, specs, triple):
    assert find(relations_of(nlp, text, specs), *triple) is None


@pytest.mark.parametrize("text, specs, triple", [
    pytest.param("Tom Hale, a longtime donor who backs Jane Roe, gave money.",
                 [("Tom Hale", "PERSON"), ("Jane Roe", "PERSON")], ("Tom Hale", "open:back", "Jane Roe"),
                 id="relative-pronoun-of-a-described-name"),
    pytest.param("Its backers include Tom Hale and Ann Berg, fund managers who are backing Jane Roe.",
                 [("Tom Hale", "PERSON"), ("Ann Berg", "PERSON"), ("Jane Roe", "PERSON")],
                 ("Tom Hale", "open:back", "Jane Roe"), id="relative-pronoun-of-a-plural-apposition"),
    pytest.param("Trump attacked Romney on Friday, calling him a failure.",
                 [("Trump", "PERSON"), ("Romney", "PERSON")], ("Trump", "open:attack", "Romney"), id="plain"),
])
def test_open_relation_still_read_beside_them(nlp, text, specs, triple):
    assert find(relations_of(nlp, text, specs), *triple) is not None


SPORTS_REPORT = ("The Colts beat the Chiefs in the NFL playoffs on Sunday. Andrew Luck joined Indianapolis in 2012, "
                 "coach Frank Reich said. Indiana Gov. Eric Holcomb attended the game.")
SPORTS_SPECS = [("Colts", "ORG"), ("Chiefs", "ORG"), ("NFL", "ORG"), ("Andrew Luck", "PERSON"), ("Indianapolis", "GPE"),
                ("Frank Reich", "PERSON"), ("Indiana", "GPE"), ("Eric Holcomb", "PERSON")]


def test_city_standing_for_a_club_is_no_employer_in_a_sports_report(nlp):
    found = relations_of(nlp, SPORTS_REPORT, SPORTS_SPECS)
    assert not [(s, p, o) for s, p, o, _ in found if o == "Indianapolis"], found
    assert find(found, "Eric Holcomb", "affiliated_with", "Indiana") is not None


def test_city_joined_outside_sport_stays(nlp):
    found = relations_of(nlp, "Andrew Luck joined Indianapolis in 2012 as a city planner.",
                         [("Andrew Luck", "PERSON"), ("Indianapolis", "GPE")])
    assert [(s, p, o) for s, p, o, _ in found if o == "Indianapolis"], found



@pytest.mark.parametrize("text, specs, pair", [
    pytest.param("Results on Sunday: Seattle 31, Green Bay 10 and more games later in the night.",
                 [("Seattle", "GPE"), ("Green Bay", "GPE")], ("Seattle", "Green Bay"), id="list-of-scores"),
    pytest.param("The airline serves Dallas – Fort Worth and nearby towns every day of the week.",
                 [("Dallas", "GPE"), ("Fort Worth", "GPE")], ("Dallas", "Fort Worth"), id="pair-joined-by-a-dash"),
    pytest.param("Sales in Germany fell. Australia, Italy and the Netherlands also saw a decline last year.",
                 [("Australia", "GPE"), ("Italy", "GPE"), ("Netherlands", "GPE")], ("Australia", "Italy"),
                 id="list-ending-in-and"),
])
def test_places_apart_from_a_comma_are_not_one_inside_the_other(nlp, text, specs, pair):
    assert find(relations_of(nlp, text, specs), pair[0], "located_in", pair[1]) is None


def test_place_and_region_by_a_comma(nlp):
    found = relations_of(nlp, "The plant in Troy, Mich., closed on Friday after ten years.", [("Troy", "GPE"), ("Mich.", "GPE")])
    assert find(found, "Troy", "located_in", "Mich.") is not None


@pytest.mark.parametrize("after, last_item", [
    ("and the Netherlands also saw a decline", True),
    ("or Portugal grew.", True),
    ("and New York City were hit", True),
    ("and Dayton, Ohio.", False),  # a second pair: "Troy, Michigan and Dayton, Ohio"
    ("and moved to Portland", False),
    ("and in Austin", False),
])
def test_the_last_item_of_a_list_after_a_place(after, last_item):
    assert last_list_item_follows(after) is last_item



def test_learned_killing_needs_the_kill_verbs_own_doer(nlp):
    text = ("Mayor Tom Reed blamed the unrest on the anger that had followed a deputy in Dayton fatally shooting "
            "19-year-old Sam Ortiz.")
    found = relations_of(nlp, text, [("Tom Reed", "PERSON"), ("Dayton", "GPE"), ("Sam Ortiz", "PERSON")])
    assert find(found, "Tom Reed", "killed", "Sam Ortiz") is None
    text = ("Mayor Tom Reed blamed rising crime in some cities, like Akron and Toledo, on the anger that had followed "
            "a deputy in Dayton, Ohio, fatally shooting 19-year-old Sam Ortiz.")
    found = relations_of(nlp, text, [("Tom Reed", "PERSON"), ("Akron", "GPE"), ("Toledo", "GPE"), ("Dayton", "GPE"),
                                     ("Ohio", "GPE"), ("Sam Ortiz", "PERSON")])
    assert find(found, "Tom Reed", "killed", "Sam Ortiz") is None


def test_learned_killing_by_a_relative_clause_stays(nlp):
    found = relations_of(nlp, "Lee Oswald, the man who shot John Kennedy, was himself shot two days later.",
                         [("Lee Oswald", "PERSON"), ("John Kennedy", "PERSON")])
    assert find(found, "Lee Oswald", "killed", "John Kennedy") is not None



def test_no_relation_inside_a_quoted_headline(nlp):
    text = 'Jones wrote a column, "Why Hillary Clinton Lost Ohio To Donald Trump," in which he praised Obama.'
    found = relations_of(nlp, text, [("Jones", "PERSON"), ("Hillary Clinton", "PERSON"), ("Ohio", "GPE"),
                                     ("Donald Trump", "PERSON"), ("Obama", "PERSON")])
    assert find(found, "Hillary Clinton", "open:lose", "Ohio") is None


def test_relation_inside_a_quoted_sentence_stays(nlp):
    found = relations_of(nlp, 'Trump said, "The New York Times Company hired Jane Smith," and laughed.',
                         [("Trump", "PERSON"), ("New York Times Company", "ORG"), ("Jane Smith", "PERSON")])
    assert [r for s, p, o, r in found if o == "New York Times Company" or s == "New York Times Company"], found


def test_quoted_title_itself_stays_an_argument(nlp):
    found = relations_of(nlp, 'Sanders said on ABC\'s "This Week With George Stephanopoulos" that he would look at it.',
                         [("Sanders", "PERSON"), ("ABC", "ORG"), ("This Week With George Stephanopoulos", "WORK_OF_ART")])
    assert find(found, "ABC", "developed", "This Week With George Stephanopoulos") is not None


@pytest.mark.parametrize("text, word, modality", [
    pytest.param("Trump had talked about many things, from Obama being a founder of ISIS to rigged polls.", "being",
                 "hedged", id="gerund-clause-talked-about"),
    pytest.param("Trump spoke of Clinton being the founder of the group in several speeches.", "being", "hedged",
                 id="gerund-clause-spoke-of"),
    pytest.param("After being named chief executive, Jane Roe moved to Boston.", "being", "asserted",
                 id="gerund-without-its-own-subject"),
    pytest.param("She has been tasked with saving the Oscars a year after a poorly received show.", "saving",
                 "hedged", id="tasked-with"),
    pytest.param("Obama flies to Cuba tomorrow for talks with Raul Castro.", "flies", "hedged", id="present-with-tomorrow"),
    pytest.param("Last Sunday, the Texans came to town and lost again.", "came", "asserted", id="past-time-stays"),
    pytest.param("Vieira had earlier denied accusations that he threatened Gary Neville in the tunnel.", "threatened",
                 "hedged", id="accusations-that"),
    pytest.param("There were reports that Microsoft bought Yahoo last week.", "bought", "hedged", id="reports-that"),
    pytest.param("The news that Microsoft bought Yahoo last week lifted shares.", "bought", "asserted",
                 id="news-that-is-no-hearsay"),
])
def test_a_gerund_clause_under_a_topic_preposition_is_no_statement(nlp, text, word, modality):
    from pipeline.extract.modality import modality_of
    assert modality_of([_token(nlp, text, word)]) == modality


@pytest.mark.parametrize("text, word, modality", [
    pytest.param("Smith is said to have joined Acme Corp. in 2005.", "joined", "hedged", id="is-said-to"),
    pytest.param("UAE authorities are now said to be contacting the US Geological Survey.", "contacting", "hedged",
                 id="are-said-to-be"),
    pytest.param("The gunman is thought to have fled to Mexico.", "fled", "hedged", id="is-thought-to"),
    pytest.param("The storm is estimated to have killed 40 people.", "killed", "hedged", id="is-estimated-to"),
    pytest.param("Brown planned the trip and visited Paris in May.", "visited", "asserted",
                 id="coordinated-with-a-planning-verb"),
    pytest.param("Green is expected to visit Rome and meet the pope.", "meet", "hedged",
                 id="coordinated-inside-an-expectation"),
    # an infinitive with its own subject (a clausal complement to the parser) under its governor
    pytest.param("He conceived a plan that would allow Kraft and Heinz to merge.", "merge", "hedged",
                 id="infinitive-under-would-allow"),
    pytest.param("Regulators cleared Zeta Corp to acquire Omega Inc.", "acquire", "hedged",
                 id="permission-is-no-deed"),
    pytest.param("Zeta Corp said Omega Inc had acquired Beta Ltd.", "acquired", "asserted",
                 id="a-finite-complement-stands"),
])
def test_hearsay_passives_hedge_and_a_coordinated_verb_does_not_embed(nlp, text, word, modality):
    """judge11pb (seed 28 #93): 'UAE authorities are now said to be contacting the USGS' came out
    asserted. An embedding verb's meaning governs its complement, not a verb coordinated with it."""
    from pipeline.extract.modality import modality_of
    assert modality_of([_token(nlp, text, word)]) == modality


@pytest.mark.parametrize("text, word, polarity", [
    pytest.param("Smith refused the offer and joined Acme Corp. in 2005.", "joined", "affirmed",
                 id="coordinated-with-a-refusal"),
    pytest.param("White refused to go and join Delta Corp.", "join", "negated", id="coordinated-inside-a-refusal"),
    pytest.param("Jones failed to win the seat.", "win", "negated", id="failed-to"),
])
def test_a_negating_verb_negates_what_it_embeds_only(nlp, text, word, polarity):
    from pipeline.extract.modality import polarity_of
    assert polarity_of([_token(nlp, text, word)]) == polarity


@pytest.mark.parametrize("text, specs, post, place", [
    pytest.param("Regina Benjamin was nominated for Surgeon General of the United States.",
                 [("Regina Benjamin", "PERSON"), ("Surgeon General", "ORG"), ("United States", "GPE")],
                 "Surgeon General", "United States", id="surgeon-general-of"),
    pytest.param("The Attorney General of Texas sued the company in Austin.",
                 [("Attorney General", "ORG"), ("Texas", "GPE"), ("Austin", "GPE")],
                 "Attorney General", "Texas", id="attorney-general-of"),
])
def test_a_post_the_ner_calls_an_organisation_is_not_located_where_it_is_held(nlp, text, specs, post, place):
    """judge11pb (seed 28 #68): 'nominated for Surgeon General of the United States' gave
    located_in(U. S. Surgeon General, United States): a post is held there, it stands nowhere."""
    found = relations_of(nlp, text, specs)
    assert find(found, post, "located_in", place) is None


def test_an_organisation_with_a_role_word_is_still_placed(nlp):
    found = relations_of(nlp, "The Office of the Inspector General in Washington opened an inquiry.",
                         [("Office of the Inspector General", "ORG"), ("Washington", "GPE")])
    assert find(found, "Office of the Inspector General", "located_in", "Washington") is not None
