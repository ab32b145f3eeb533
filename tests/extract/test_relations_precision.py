"""Error classes of the judged sheets (seed 12, the open_verb sheet seed 30), each on hand-built
sentences that are not the judged ones: arguments an open relation must not read, deeds someone is
accused of, and typed constructions that were read as the wrong relation."""
from __future__ import annotations

import pytest

from pipeline.extract.relations.typed import extract_relations
from tests.extract.test_relations import find, relations_of

NO_OPEN_RELATION = [
    pytest.param("Jeb Bush pulled a Marco Rubio on Friday, skipping the debate.",
                 [("Jeb Bush", "PERSON"), ("Marco Rubio", "PERSON")],
                 ("Jeb Bush", "open:pull", "Marco Rubio"), id="indefinite-article-makes-a-name-a-kind"),
    pytest.param("A super PAC supporting Jeb Bush spent millions in Iowa.",
                 [("PAC", "ORG"), ("Jeb Bush", "PERSON"), ("Iowa", "GPE")],
                 ("PAC", "open:support", "Jeb Bush"), id="a-super-pac"),
    pytest.param("Right to Rise USA, the super PAC supporting Jeb Bush, spent millions in Iowa.",
                 [("Right to Rise USA", "ORG"), ("PAC", "ORG"), ("Jeb Bush", "PERSON"), ("Iowa", "GPE")],
                 ("PAC", "open:support", "Jeb Bush"), id="the-super-pac"),
    pytest.param("The letter was praised by fans of his rival, Gov. John Kasich.",
                 [("John Kasich", "PERSON")], None, id="plural-common-noun-agent"),
    pytest.param("Cruz was backed by 40% of evangelical voters, Kasich by 20%.",
                 [("Cruz", "PERSON"), ("Kasich", "PERSON")], ("Kasich", "open:back", "Cruz"), id="gapped-by-phrase"),
    pytest.param("Anger radiates from the challenge former Gov. Mitt Romney sent Donald Trump after the vote.",
                 [("Mitt Romney", "PERSON"), ("Donald Trump", "PERSON")],
                 ("Mitt Romney", "open:send", "Donald Trump"), id="indirect-object-in-relative-clause"),
    pytest.param("Mike Tindall, who recently signed for Bath's west-country rivals Gloucester, was also left out.",
                 [("Mike Tindall", "PERSON"), ("Bath", "ORG"), ("Gloucester", "ORG")],
                 ("Mike Tindall", "open:rival", "Gloucester"), id="noun-tagged-as-a-verb"),
    pytest.param("The Grand Old Party is rushing toward a label it is trying to avoid: the White People's Party.",
                 [("Grand Old Party", "ORG"), ("White People's Party", "ORG")],
                 ("Grand Old Party", "open:rush", "White People's Party"), id="name-after-a-colon"),
]


@pytest.mark.parametrize("text, specs, triple", NO_OPEN_RELATION)
def test_open_relation_reads_only_arguments_that_name_one_thing(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs)
    if triple is None:
        assert not [r for *_, r in found if r.predicate.startswith("open:")], found
    else:
        assert find(found, *triple) is None, [(s, p, o, r.rule) for s, p, o, r in found]


@pytest.mark.parametrize("text, specs, triple", [
    pytest.param("That was the day Donald Trump fired Corey Lewandowski.",
                 [("Donald Trump", "PERSON"), ("Corey Lewandowski", "PERSON")],
                 ("Donald Trump", "open:fire", "Corey Lewandowski"), id="relative-clause-of-time"),
    pytest.param("Donald Trump fired his campaign manager, Corey Lewandowski, in June.",
                 [("Donald Trump", "PERSON"), ("Corey Lewandowski", "PERSON")],
                 ("Donald Trump", "open:fire", "Corey Lewandowski"), id="singular-noun-named-by-apposition"),
    pytest.param("Both Ted Cruz and Donald Trump trailed Hillary Clinton in the poll.",
                 [("Ted Cruz", "PERSON"), ("Donald Trump", "PERSON"), ("Hillary Clinton", "PERSON")],
                 ("Donald Trump", "open:trail", "Hillary Clinton"), id="list-of-names"),
    pytest.param("Donald Trump won the Indiana primary, forcing fellow candidates Ted Cruz and John Kasich out of the race.",
                 [("Donald Trump", "PERSON"), ("Indiana", "GPE"), ("Ted Cruz", "PERSON"), ("John Kasich", "PERSON")],
                 ("Donald Trump", "open:force", "Ted Cruz"), id="plural-noun-named-by-a-list"),
    pytest.param("Land records show that a company called Acme Holdings, owned by Jeffrey Smith, sold the lot.",
                 [("Acme Holdings", "ORG"), ("Jeffrey Smith", "PERSON")],
                 ("Jeffrey Smith", "open:own", "Acme Holdings"), id="indefinite-common-noun-named-by-participle"),
    pytest.param("Ever since Jane Roe helped found Acme Media in 1996, the network has grown.",
                 [("Jane Roe", "PERSON"), ("Acme Media", "ORG")], ("Jane Roe", "founded", "Acme Media"),
                 id="helped-found-is-founding"),
    pytest.param("Meanwhile the pro-ethanol groups American Renewable Future have knocked Marco Rubio and Jeb Bush.",
                 [("American Renewable Future", "ORG"), ("Marco Rubio", "PERSON"), ("Jeb Bush", "PERSON")],
                 ("American Renewable Future", "open:knock", "Jeb Bush"), id="plural-noun-right-before-its-name"),
])
def test_open_relation_still_read(nlp, text, specs, triple):
    assert find(relations_of(nlp, text, specs), *triple) is not None


def test_deed_of_an_accusation_is_the_accusers_claim(nlp):
    text = "Elizabeth Warren accused Goldman Sachs of hurting Detroit."
    found = relations_of(nlp, text, [("Elizabeth Warren", "PERSON"), ("Goldman Sachs", "ORG"), ("Detroit", "GPE")])
    deed = find(found, "Goldman Sachs", "open:hurt", "Detroit")
    assert deed is not None and deed.modality == "reported" and deed.attributed_to == 0
    accusing = find(found, "Elizabeth Warren", "open:accuse", "Goldman Sachs")
    assert accusing is not None and accusing.modality == "asserted" and accusing.attributed_to is None


def test_deed_charged_with_no_named_accuser_is_hedged(nlp):
    text = "John Smith was charged with killing Mary Jones in 2014."
    found = relations_of(nlp, text, [("John Smith", "PERSON"), ("Mary Jones", "PERSON")])
    killing = find(found, "John Smith", "killed", "Mary Jones")
    assert killing is not None and killing.modality == "hedged"


@pytest.mark.parametrize("text", [
    "John Smith and Peter Brown were arrested Saturday and charged with killing Mary Jones.",
    "Peter Brown, 24, and John Smith, 20, were arrested and charged with killing Mary Jones, police said.",
])
def test_a_participle_sharing_a_passive_takes_no_co_accused_as_accuser(nlp, text):
    # "were arrested and charged with": the second participle is passive too, so its accuser is
    # a by-agent, never the conjoined subject (a co-accused read as the accuser of the other)
    found = relations_of(nlp, text, [("John Smith", "PERSON"), ("Peter Brown", "PERSON"), ("Mary Jones", "PERSON")])
    killings = [r for s, p, o, r in found if p == "killed" and o == "Mary Jones"]
    assert killings, found
    assert all(r.modality == "hedged" and r.attributed_to is None for r in killings)


def test_a_participle_sharing_a_passive_reads_its_agent(nlp):
    found = relations_of(nlp, "Widgetco was founded in 1990 and acquired by Acme Corp. in 2005.",
                         [("Widgetco", "ORG"), ("Acme Corp.", "ORG")])
    assert find(found, "Acme Corp.", "acquired", "Widgetco") is not None
    assert find(found, "Widgetco", "acquired", "Acme Corp.") is None


def test_a_participle_with_its_own_auxiliary_keeps_its_voice(nlp):
    from pipeline.extract.relations.verb_subjects import is_passive
    doc = nlp("Widgetco was founded in 1990 and has acquired Acme Corp. since.")
    acquired = next(t for t in doc if t.lower_ == "acquired")
    assert not is_passive(acquired)


@pytest.mark.parametrize("text", [
    "In 1957 Tom Vale was charged with attempted murder in the shooting of Frank Dorr, but he was acquitted.",
    "The attempted assassination of Frank Dorr by Tom Vale failed.",
])
def test_an_attempted_killing_is_no_killing(nlp, text):
    found = relations_of(nlp, text, [("Tom Vale", "PERSON"), ("Frank Dorr", "PERSON")])
    assert find(found, "Tom Vale", "killed", "Frank Dorr") is None


def test_charged_in_a_shooting_is_hedged(nlp):
    found = relations_of(nlp, "Tom Vale was charged in the shooting of Frank Dorr.",
                         [("Tom Vale", "PERSON"), ("Frank Dorr", "PERSON")])
    killing = find(found, "Tom Vale", "killed", "Frank Dorr")
    assert killing is not None and killing.modality == "hedged"


def test_a_city_signing_a_player_is_its_club(nlp):
    found = relations_of(nlp, "On Wednesday, New Orleans signed Joe Bellamy to replace Thomas.",
                         [("New Orleans", "GPE"), ("Joe Bellamy", "PERSON"), ("Thomas", "PERSON")])
    assert find(found, "New Orleans", "open:sign", "Joe Bellamy") is None


def test_charged_with_takes_the_object_as_doer(nlp):
    text = "The FBI charged John Smith with killing Mary Jones."
    found = relations_of(nlp, text, [("FBI", "ORG"), ("John Smith", "PERSON"), ("Mary Jones", "PERSON")])
    assert find(found, "FBI", "killed", "Mary Jones") is None
    killing = find(found, "John Smith", "killed", "Mary Jones")
    assert killing is not None and killing.modality == "reported" and killing.attributed_to == 0


WRONG_CONSTRUCTIONS = [
    pytest.param("Rudy Giuliani at the Democratic National Convention on Monday: Trump is unfit.",
                 [("Rudy Giuliani", "PERSON"), ("Democratic National Convention", "ORG")],
                 ("Rudy Giuliani", "affiliated_with", "Democratic National Convention"), id="at-an-event-is-no-post"),
    pytest.param("Reporters saw Bernie Sanders in the Oval Office after the meeting.",
                 [("Bernie Sanders", "PERSON"), ("Oval Office", "ORG")],
                 ("Bernie Sanders", "affiliated_with", "Oval Office"), id="in-an-office-is-a-place"),
    pytest.param("Elizabeth Warren said Bernie Sanders would direct the Environmental Protection Agency to stop "
                 "issuing permits.",
                 [("Elizabeth Warren", "PERSON"), ("Bernie Sanders", "PERSON"), ("Environmental Protection Agency", "ORG")],
                 ("Bernie Sanders", "affiliated_with", "Environmental Protection Agency"), id="order-with-infinitive"),
    pytest.param("It feels right at a time when Hillary Clinton is America's first female presidential nominee.",
                 [("Hillary Clinton", "PERSON"), ("America", "GPE")],
                 ("Hillary Clinton", "lives_in", "America"), id="record-of-a-place"),
    pytest.param("Jane Doe is a Senate candidate in Iowa.",
                 [("Jane Doe", "PERSON"), ("Senate", "ORG"), ("Iowa", "GPE")],
                 ("Jane Doe", "lives_in", "Iowa"), id="candidate-in-a-place"),
    pytest.param("\"We are anxious,\" said another Twitter user, Jane Roe.",
                 [("Twitter", "ORG"), ("Jane Roe", "PERSON")],
                 ("Jane Roe", "affiliated_with", "Twitter"), id="a-user-holds-no-post"),
]


@pytest.mark.parametrize("text, specs, triple", WRONG_CONSTRUCTIONS)
def test_construction_read_as_the_wrong_relation(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs)
    assert find(found, *triple) is None, [(s, p, o, r.rule) for s, p, o, r in found]


@pytest.mark.parametrize("text, specs, triple", [
    pytest.param("Jeff Bezos at Amazon has been a target.", [("Jeff Bezos", "PERSON"), ("Amazon", "ORG")],
                 ("Jeff Bezos", "affiliated_with", "Amazon"), id="at-an-employer"),
    pytest.param("Jane Roe, who headed Acme, the Committee to Protect Reporters, in 1972, spoke.",
                 [("Jane Roe", "PERSON"), ("Acme", "ORG")],
                 ("Jane Roe", "affiliated_with", "Acme"), id="infinitive-inside-a-name-is-no-order"),
    pytest.param("In April he appeared before Judge Leo Glasser in Federal District Court in Brooklyn.",
                 [("Leo Glasser", "PERSON"), ("Federal District Court", "ORG"), ("Brooklyn", "GPE")],
                 ("Leo Glasser", "affiliated_with", "Federal District Court"), id="titled-holder-in-an-institution"),
    pytest.param("Michael Mukasey led the Justice Department from 2007.",
                 [("Michael Mukasey", "PERSON"), ("Justice Department", "ORG")],
                 ("Michael Mukasey", "affiliated_with", "Justice Department"), id="leading-without-infinitive"),
    pytest.param("Mary Smith is a Boston lawyer.", [("Mary Smith", "PERSON"), ("Boston", "GPE")],
                 ("Mary Smith", "lives_in", "Boston"), id="occupation-with-a-place"),
])
def test_construction_still_read(nlp, text, specs, triple):
    assert find(relations_of(nlp, text, specs), *triple) is not None


@pytest.mark.parametrize("text, specs, triple", [
    pytest.param("In a note on Tuesday, Brantwell analyst Jane Roe said the shares were cheap.",
                 [("Brantwell", "GPE"), ("Jane Roe", "PERSON")], ("Jane Roe", "affiliated_with", "Brantwell"),
                 id="employer-tagged-as-a-place"),
    pytest.param("The water was found, Halvorsen planetary scientist Jane Roe said on Monday.",
                 [("Halvorsen", "PERSON"), ("Jane Roe", "PERSON")], ("Jane Roe", "affiliated_with", "Halvorsen"),
                 id="employer-tagged-as-a-person"),
])
def test_employer_the_ner_mistyped_is_read_by_the_title(nlp, text, specs, triple):
    assert find(relations_of(nlp, text, specs), *triple) is not None


@pytest.mark.parametrize("text, specs, triple", [
    pytest.param("Mary Smith is a Boston lawyer.", [("Mary Smith", "PERSON"), ("Boston", "GPE")],
                 ("Mary Smith", "affiliated_with", "Boston"), id="known-place-stays-a-place"),
    pytest.param("Jane Roe, a 55-year-old Brantwell truck driver, was convicted last month.",
                 [("Jane Roe", "PERSON"), ("Brantwell", "GPE")],
                 ("Jane Roe", "affiliated_with", "Brantwell"), id="unknown-place-before-an-occupation-stays-a-place"),
    pytest.param("Jane Roe is Middle East correspondent for the paper.",
                 [("Jane Roe", "PERSON"), ("Middle East", "LOC")],
                 ("Jane Roe", "affiliated_with", "Middle East"), id="a-region-is-a-beat"),
    pytest.param("Tom Halvorsen spoke first. The water was found, Halvorsen planetary scientist Jane Roe said.",
                 [("Tom Halvorsen", "PERSON"), ("Halvorsen", "PERSON", "Tom Halvorsen"), ("Jane Roe", "PERSON")],
                 ("Jane Roe", "affiliated_with", "Halvorsen"), id="surname-of-a-named-person"),
])
def test_names_that_can_be_a_place_or_person_are_no_employer(nlp, text, specs, triple):
    assert find(relations_of(nlp, text, specs), *triple) is None


PLANNED_EVENTS = [
    pytest.param("The deal came a day before Mark Jones was set to get on a plane and visit Toronto.",
                 [("Mark Jones", "PERSON"), ("Toronto", "GPE")], ("Mark Jones", "visited", "Toronto"),
                 id="set-to-then-a-conjunct-visit"),
    pytest.param("Mark Jones was to visit Toronto on Friday.",
                 [("Mark Jones", "PERSON"), ("Toronto", "GPE")], ("Mark Jones", "visited", "Toronto"), id="was-to"),
    pytest.param("Acme Corp was set to acquire Beta Inc before the talks collapsed.",
                 [("Acme Corp", "ORG"), ("Beta Inc", "ORG")], ("Acme Corp", "acquired", "Beta Inc"), id="set-to-acquire"),
    pytest.param("Acme Corp was scheduled to acquire Beta Inc.",
                 [("Acme Corp", "ORG"), ("Beta Inc", "ORG")], ("Acme Corp", "acquired", "Beta Inc"), id="scheduled-to"),
    pytest.param("Acme Corp is slated to acquire Beta Inc.",
                 [("Acme Corp", "ORG"), ("Beta Inc", "ORG")], ("Acme Corp", "acquired", "Beta Inc"), id="slated-to"),
    pytest.param("Acme Corp is to acquire Beta Inc.",
                 [("Acme Corp", "ORG"), ("Beta Inc", "ORG")], ("Acme Corp", "acquired", "Beta Inc"), id="is-to"),
    pytest.param("Acme Corp will acquire Beta Inc.",
                 [("Acme Corp", "ORG"), ("Beta Inc", "ORG")], ("Acme Corp", "acquired", "Beta Inc"), id="will"),
    pytest.param("Acme Corp is going to acquire Beta Inc.",
                 [("Acme Corp", "ORG"), ("Beta Inc", "ORG")], ("Acme Corp", "acquired", "Beta Inc"), id="going-to"),
    pytest.param("Mark Jones will join Acme Corp as chief executive.",
                 [("Mark Jones", "PERSON"), ("Acme Corp", "ORG")], ("Mark Jones", "member_of", "Acme Corp"), id="will-join"),
]


@pytest.mark.parametrize("text, specs, triple", PLANNED_EVENTS)
def test_an_event_planned_or_to_come_is_not_asserted(nlp, text, specs, triple):
    """A plan ("was set to", "was to", "is scheduled to") or a future ("will") states no event that
    took place: a visit is dropped, any other relation hedged."""
    relation = find(relations_of(nlp, text, specs), *triple)
    assert relation is None or relation.modality == "hedged", relation


@pytest.mark.parametrize("text, specs, triple, modality, status", [
    pytest.param("Acme Corp acquired Beta Inc in 2019.", [("Acme Corp", "ORG"), ("Beta Inc", "ORG")],
                 ("Acme Corp", "acquired", "Beta Inc"), "asserted", None, id="done-deal"),
    pytest.param("Mark Jones will be sentenced for killing Anna Smith.", [("Mark Jones", "PERSON"), ("Anna Smith", "PERSON")],
                 ("Mark Jones", "killed", "Anna Smith"), "asserted", None, id="future-sentence-past-deed"),
    pytest.param("Mark Jones will retire from Acme Corp next year.", [("Mark Jones", "PERSON"), ("Acme Corp", "ORG")],
                 ("Mark Jones", "affiliated_with", "Acme Corp"), "asserted", "current", id="post-held-until-a-future-departure"),
    pytest.param("Acme Corp will appoint Mark Jones as chief executive.", [("Acme Corp", "ORG"), ("Mark Jones", "PERSON")],
                 ("Mark Jones", "affiliated_with", "Acme Corp"), "asserted", "future", id="post-still-to-come"),
    pytest.param("Tom Baker will interview Acme Corp contributor Jane Roe about the attack.",
                 [("Tom Baker", "PERSON"), ("Acme Corp", "ORG"), ("Jane Roe", "PERSON")],
                 ("Jane Roe", "affiliated_with", "Acme Corp"), "asserted", None, id="a-title-inside-a-future-event"),
    pytest.param("Barney Frank will be a co-chairman of the Acme Committee.", [("Barney Frank", "PERSON"), ("Acme Committee", "ORG")],
                 ("Barney Frank", "affiliated_with", "Acme Committee"), "asserted", "future", id="will-be-a-post"),
])
def test_a_done_event_or_a_timed_post_stays_asserted(nlp, text, specs, triple, modality, status):
    relation = find(relations_of(nlp, text, specs), *triple)
    assert relation is not None and relation.modality == modality, relation
    assert relation.qualifiers.get("status") == status


# Judge 8p's typed errors (ECB+ seed 18), each on invented sentences.
@pytest.mark.parametrize("text, specs, triple", [
    pytest.param("Tom Baker, 32, was going west in his 2008 Bentley.", [("Tom Baker", "PERSON"), ("Bentley", "ORG")],
                 ("Tom Baker", "visited", "Bentley"), id="in-his-possession-is-no-place-visited"),
    pytest.param("Tom Baker said after leading Indianapolis to a 20-13 victory over Kansas City.",
                 [("Tom Baker", "PERSON"), ("Indianapolis", "GPE"), ("Kansas City", "GPE")],
                 ("Tom Baker", "affiliated_with", "Indianapolis"), id="a-city-led-to-a-win-is-its-team"),
    pytest.param("Pitcher Tom Baker signed a three-year contract with the Boston Red Sox.",
                 [("Tom Baker", "PERSON"), ("Boston Red Sox", "ORG")],
                 ("Tom Baker", "partnered_with", "Boston Red Sox"), id="a-persons-contract-is-no-partnership"),
    pytest.param("Deputy Ross's brother-in-law, Officer Tom Baker, of the Ohio Department of Corrections, spoke.",
                 [("Ross", "PERSON"), ("Tom Baker", "PERSON"), ("Ohio Department of Corrections", "ORG")],
                 ("Tom Baker", "affiliated_with", "Ohio Department of Corrections"), id="a-relative-holds-no-post"),
])
def test_judge8p_typed_errors_are_not_read(nlp, text, specs, triple):
    relation = find(relations_of(nlp, text, specs), *triple)
    assert relation is None or relation.qualifiers.get("role") not in ("Deputy brother-in-law", "brother"), relation
    if triple[1] != "affiliated_with" or "Ross" not in text:
        assert relation is None, relation


@pytest.mark.parametrize("text, specs, triple", [
    pytest.param("Tom Baker returned to his native Texas on Friday.", [("Tom Baker", "PERSON"), ("Texas", "GPE")],
                 ("Tom Baker", "visited", "Texas"), id="returned-to-his-native-place"),
    pytest.param("Tom Baker signed a contract with Acme Corp.", [("Tom Baker", "PERSON"), ("Acme Corp", "ORG")],
                 ("Tom Baker", "affiliated_with", "Acme Corp"), id="a-persons-contract-is-employment"),
    pytest.param("Acme Corp signed a contract with Beta Inc.", [("Acme Corp", "ORG"), ("Beta Inc", "ORG")],
                 ("Acme Corp", "partnered_with", "Beta Inc"), id="an-organisations-contract-is-a-partnership"),
])
def test_judge8p_neighbours_still_read(nlp, text, specs, triple):
    assert find(relations_of(nlp, text, specs), *triple) is not None


def _reattached(nlp, text: str, word: str, new_head: str, dep: str | None = None):
    """`text` parsed, with `word` hung on `new_head` (the misparse a long news sentence gets)."""
    from spacy.tokens import Doc

    doc = nlp(text)
    heads, deps = [t.head.i for t in doc], [t.dep_ for t in doc]
    moved = next(t.i for t in doc if t.text == word)
    heads[moved] = next(t.i for t in doc if t.text == new_head)
    deps[moved] = dep or deps[moved]
    return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], heads=heads,
               deps=deps, pos=[t.pos_ for t in doc], tags=[t.tag_ for t in doc],
               lemmas=[t.lemma_ for t in doc], sent_starts=[t.is_sent_start for t in doc])


def test_a_relative_clause_after_an_apposition_hung_on_the_first_name_reads_no_deed(nlp):
    """Judge 8p #66: 'X, the successor of dictator Y, who ruled Z' with the clause hung on X."""
    from tests.extract.test_relations import build_mentions

    text = "Crowds held pictures of Tom Baker, the successor of dictator Carl Diaz, who ruled Ruritania for decades."
    mentions = build_mentions(text, [("Tom Baker", "PERSON"), ("Carl Diaz", "PERSON"), ("Ruritania", "GPE")])
    misparsed = extract_relations(_reattached(nlp, text, "ruled", "Baker"), mentions)
    assert not [r for r in misparsed if r.predicate == "open:rule"], misparsed
    found = relations_of(nlp, text, [("Tom Baker", "PERSON"), ("Carl Diaz", "PERSON"), ("Ruritania", "GPE")])
    assert find(found, "Carl Diaz", "open:rule", "Ruritania") is not None


def test_a_relative_clause_after_a_place_is_the_persons(nlp):
    text = "Gov. Terry Branstad of Iowa, who used Roger Ailes as a consultant, spoke."
    found = relations_of(nlp, text, [("Terry Branstad", "PERSON"), ("Iowa", "GPE"), ("Roger Ailes", "PERSON")])
    assert find(found, "Terry Branstad", "open:use", "Roger Ailes") is not None


def test_a_verb_with_two_direct_objects_reads_no_open_relation(nlp):
    """Judge 8p #82: 'received a distress call from seamen on board the Blue Star', parsed with
    'Blue Star' a second object of 'received'."""
    from tests.extract.test_relations import build_mentions

    text = "The Sea Hawk received a distress call from seamen on board the Blue Star on Friday."
    mentions = build_mentions(text, [("Sea Hawk", "PRODUCT"), ("Blue Star", "PRODUCT")])
    found = extract_relations(_reattached(nlp, text, "Star", "received", "dobj"), mentions)
    assert not [r for r in found if r.predicate.startswith("open:")], found


@pytest.mark.parametrize("text, specs, pair", [
    # the model types the hut a person, and the parse hangs "from" on it
    pytest.param("The four men were trying to climb to the Empress Bivvy from Twizel when the avalanche struck.",
                 [("Empress Bivvy", "PERSON"), ("Twizel", "GPE")], ("Empress Bivvy", "Twizel"), id="climb-to-a-hut-from"),
    pytest.param("The four men were trying to climb to the Gardiner Bivvy from Mount Cook Village when the avalanche "
                 "struck.", [("Gardiner Bivvy", "PERSON"), ("Mount Cook Village", "GPE")],
                 ("Gardiner Bivvy", "Mount Cook Village"), id="climb-to-a-hut-from-a-village"),
])
def test_a_route_start_is_no_home(nlp, text, specs, pair):
    """A name gone to with a "from" place: the place is where the route starts (the pair is spoken
    for, so the pair scorer does not guess a home either)."""
    found = relations_of(nlp, text, specs)
    assert not [(s, p, o, r.rule) for s, p, o, r in found if {s, o} == set(pair)]


def test_a_person_of_a_place_still_lives_there(nlp):
    found = relations_of(nlp, "Alyssa Van Wagenen, 29, from Meridian was arrested.",
                         [("Alyssa Van Wagenen", "PERSON"), ("Meridian", "GPE")])
    assert find(found, "Alyssa Van Wagenen", "lives_in", "Meridian") is not None, found


@pytest.mark.parametrize("text, specs, triple, status", [
    pytest.param("Mark Jones lived in nearby Bay Ridge, but had grown up in Canarsie and went back there often.",
                 [("Mark Jones", "PERSON"), ("Bay Ridge", "GPE"), ("Canarsie", "GPE")],
                 ("Mark Jones", "lives_in", "Canarsie"), "former", id="grew-up-in-is-a-past-home"),
    pytest.param("Mark Jones lived in nearby Bay Ridge, but had grown up in Canarsie and went back there often.",
                 [("Mark Jones", "PERSON"), ("Bay Ridge", "GPE"), ("Canarsie", "GPE")],
                 ("Mark Jones", "lives_in", "Bay Ridge"), None, id="lived-in-keeps-no-status"),
])
def test_a_childhood_home_is_a_past_one(nlp, text, specs, triple, status):
    relation = find(relations_of(nlp, text, specs), *triple)
    assert relation is not None and relation.qualifiers.get("status") == status, relation


def test_a_place_the_parser_hangs_a_firm_on_is_the_firms_not_the_persons(nlp):
    """Held-out sheet seed 92 #9: "analyst Rick Sales at Vancouver, British Columbia-based Odlum Brown
    Ltd" gave lives_in(Rick Sales, Vancouver); the firm is the place's apposition in the parse."""
    text = "The stock is cheap, said analyst Rick Sales at Vancouver, British Columbia-based Odlum Brown Ltd."
    specs = [("Rick Sales", "PERSON"), ("Vancouver", "GPE"), ("British Columbia", "GPE"), ("Odlum Brown Ltd", "ORG")]
    assert find(relations_of(nlp, text, specs), "Rick Sales", "lives_in", "Vancouver") is None
    home = relations_of(nlp, "Jane Doe, 29, of Meridian, Idaho, was arrested.",
                        [("Jane Doe", "PERSON"), ("Meridian", "GPE"), ("Idaho", "GPE")])
    assert find(home, "Jane Doe", "lives_in", "Meridian") is not None
