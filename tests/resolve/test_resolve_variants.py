"""Name variants of one person or organisation, the guards against look-alikes, and story evidence."""
from __future__ import annotations

import pytest

from pipeline.resolve import resolve_entities
from collections import Counter

from pipeline.resolve.evidence import StoryEvidence, choose
from pipeline.resolve.names import best_form
from pipeline.resolve.normalize import clean_name, has_person_title
from pipeline.name_strings import name_key
from pipeline.resolve.orgs import generic_stem, named_after, short_form_of, strip_legal_form
from pipeline.resolve.persons import name_part_of, same_given_name, same_person_name
from pipeline.given_names import is_given_name
from support.resolve import article, entity_of


@pytest.mark.parametrize("a, b, expected", [
    ("pat simmons", "patrick simmons", True),
    ("bill clinton", "william clinton", True),
    ("w mark felt", "mark felt", True),
    ("w mark felt sr", "mark felt", True),
    ("james p smith jr", "james smith jr", True),
    ("james smith jr", "james smith sr", False),
    ("mark felt jr", "mark felt", False),
    ("hillary clinton", "bill clinton", False),
    ("nicolas mahut", "nicolas jarry", False),
    ("j smith", "john smith", True),
])
def test_person_name_variants(a, b, expected):
    assert same_person_name(a, b) is expected


def test_an_initial_alone_is_not_a_spelled_given_name_unless_allowed():
    assert not same_person_name("j smith", "john smith", initials=False)


def test_nicknames_come_from_the_nicknames_table():
    assert same_given_name("bill", "william") and same_given_name("pat", "patrick")
    assert not same_given_name("bill", "robert smith")
    assert is_given_name("patrick") and not is_given_name("schiff")


def test_surname_is_part_of_a_name_with_suffix():
    assert name_part_of("smith", "james p smith jr")


@pytest.mark.parametrize("surface, label, cleaned, titled", [
    ("Mr Smith", "ORG", "Smith", True),
    ("Sen. Bernie Sanders", "ORG", "Bernie Sanders", True),
    ('Vincent "The Chin" Gigante', "PERSON", "Vincent Gigante", False),
    ("the Secretary of State", "ORG", "Secretary of State", False),
    # titles to the end, or a title holder's office, name no person
    ("State Attorney General", "ORG", "State Attorney General", False),
    ("New York State Attorney General's Office", "ORG", "New York State Attorney General's Office", False),
    ("Attorney General Eric Holder", "PERSON", "Eric Holder", True),
    # a title word opening a body's or a company's name (a dev recall sheet of session 24: GATT typed PERSON)
    ("General Agreement on Tariffs and Trade", "LAW", "General Agreement on Tariffs and Trade", False),
    ("General Electric Co", "ORG", "General Electric Co", False),
    ("General Motors", "ORG", "General Motors", False),
    ("Major League Baseball", "ORG", "Major League Baseball", False),
    ("General David Petraeus", "PERSON", "David Petraeus", True),
])
def test_titles_and_honorifics(surface, label, cleaned, titled):
    assert clean_name(surface, label) == cleaned
    assert has_person_title(surface) is titled


@pytest.mark.parametrize("long, stem", [
    ("acme robotics inc", "acme robotics"), ("acme holdings co", "acme"), ("acme robotics pty ltd", "acme robotics"),
    ("hawaii news", "hawaii"), ("kospi index", "kospi"), ("beihang university", "beihang"),
    ("barclays uk", "barclays uk"),
])
def test_organisation_short_forms(long, stem):
    assert generic_stem(long) == stem


def test_legal_forms_come_from_cleanco():
    assert strip_legal_form("deutsche bank ag") == "deutsche bank"
    assert strip_legal_form("grupo acme sa de cv") == "grupo acme"
    assert strip_legal_form("cargill, inc") == "cargill"  # the comma before the form goes with it


@pytest.mark.parametrize("short, long", [
    ("cnn", "cnn center"), ("scotiabank", "scotiabank arena"), ("davis", "davis cup"), ("citi", "citi field"),
])
def test_a_facility_or_event_is_not_what_it_is_named_after(short, long):
    assert named_after(short, long) and not short_form_of(short, long)


def test_the_part_before_of_is_a_short_form_only_inside_one_article():
    assert short_form_of("seven sons", "seven sons of national defense")
    assert not short_form_of("press trust", "press trust of india", within_article=False)


WITHIN = article("w1", (
    "James P. Smith Jr. of Acme Robotics Inc. spoke. James Smith Jr. said Acme Robotics would grow, and Smith "
    "added that Pat Simmons, or Patrick Simmons, agreed. Mr Simmons smiled. OrbitWorks and Orbit Works merged. "
    "Denzel Washington flew to Washington."), [
    ("James P. Smith Jr.", "PERSON"), ("Acme Robotics Inc.", "ORG"), ("James Smith Jr.", "PERSON"),
    ("Acme Robotics", "ORG"), ("Smith", "ORG"), ("Pat Simmons", "PERSON"), ("Patrick Simmons", "PERSON"),
    ("Mr Simmons", "ORG"), ("OrbitWorks", "ORG"), ("Orbit Works", "ORG"), ("Denzel Washington", "PERSON"),
    ("Washington", "GPE")])


@pytest.mark.parametrize("a, b", [
    ("James P. Smith Jr.", "James Smith Jr."), ("James P. Smith Jr.", "Smith"), ("Acme Robotics Inc.", "Acme Robotics"),
    ("Pat Simmons", "Patrick Simmons"), ("Patrick Simmons", "Mr Simmons"), ("OrbitWorks", "Orbit Works"),
])
def test_variants_within_an_article_join(a, b):
    resolution = resolve_entities([WITHIN])
    assert entity_of(resolution, WITHIN, a) == entity_of(resolution, WITHIN, b)


def test_a_known_place_tagged_as_a_place_is_not_a_person():
    resolution = resolve_entities([WITHIN])
    assert entity_of(resolution, WITHIN, "Denzel Washington") != entity_of(resolution, WITHIN, "Washington")


def test_one_entity_one_type_by_vote():
    resolution = resolve_entities([WITHIN])
    simmons = next(e for e in resolution.entities if "Patrick Simmons" in e.aliases)
    smith = next(e for e in resolution.entities if "James P. Smith Jr." in e.aliases)
    assert simmons.type == "PERSON" and smith.type == "PERSON"  # "Mr Simmons" and "Smith" were tagged ORG


def test_a_company_does_not_join_a_product_the_model_called_a_person():
    analysis = article("p1", "Apple cut prices; Apple Watches start at $169.", [("Apple", "ORG"), ("Apple Watches", "PERSON")])
    resolution = resolve_entities([analysis])
    assert entity_of(resolution, analysis, "Apple") != entity_of(resolution, analysis, "Apple Watches")


def test_a_surname_tagged_as_an_unknown_place_joins_its_person():
    analysis = article("g1", "Sanjay Gupta spoke. Gupta said more.", [("Sanjay Gupta", "PERSON"), ("Gupta", "GPE")])
    resolution = resolve_entities([analysis])
    assert entity_of(resolution, analysis, "Sanjay Gupta") == entity_of(resolution, analysis, "Gupta")


def _evidence(names: dict[str, set]) -> StoryEvidence:
    return StoryEvidence({a: {n: {n} for n in found} for a, found in names.items()})


def test_evidence_needs_two_names_one_of_them_an_entity():
    evidence = _evidence({"a": {("entity", 1), ("entity", 2), ("name", "x")},
                          "b": {("entity", 1), ("entity", 2)}, "c": {("entity", 1)}, "d": {("name", "x"), ("entity", 3)},
                          "e": {("name", "x"), ("entity", 4)}})
    assert evidence.best({"a"}, {"b"}, set()) == pytest.approx(3 ** -0.5 + 2 ** -0.5)
    assert evidence.best({"a"}, {"c"}, set()) == 0.0  # one name in common
    assert evidence.best({"d"}, {"e"}, set()) == 0.0  # words alone
    assert evidence.best({"a"}, {"b"}, {("entity", 2)}) == 0.0  # the candidate itself does not count


def test_common_names_weigh_less():
    names = {f"x{i}": {("entity", "common")} for i in range(99)}
    names.update({"a": {("entity", "common"), ("entity", "rare")}, "b": {("entity", "common"), ("entity", "rare")}})
    evidence = _evidence(names)
    assert evidence.best({"a"}, {"b"}, set()) == pytest.approx(101 ** -0.5 + 2 ** -0.5)


def test_the_candidate_needs_a_clear_lead():
    assert choose({"x": 1.5, "y": 0.2}) == "x"
    assert choose({"x": 1.5, "y": 1.2}) is None
    assert choose({"x": 0.8}) is None


def test_a_short_name_joins_the_person_of_its_story_not_a_namesake():
    tennis = article("t1", "Venus Williams beat Petra Kvitova at Wimbledon before the Duchess of Cambridge.",
                     [("Venus Williams", "PERSON"), ("Petra Kvitova", "PERSON"), ("Wimbledon", "FAC"),
                      ("Duchess of Cambridge", "PERSON")])
    tennis2 = article("t2", "Venus won at Wimbledon; Petra Kvitova lost.",
                      [("Venus", "PERSON"), ("Wimbledon", "FAC"), ("Petra Kvitova", "PERSON")])
    space = article("s1", "NASA said Venus is hot, and the European Space Agency agreed.",
                    [("NASA", "ORG"), ("Venus", "PERSON"), ("European Space Agency", "ORG")])
    resolution = resolve_entities([tennis, tennis2, space])
    assert entity_of(resolution, tennis2, "Venus") == entity_of(resolution, tennis, "Venus Williams")
    assert entity_of(resolution, space, "Venus") != entity_of(resolution, tennis, "Venus Williams")


def test_without_story_evidence_the_lone_candidate_rule_links():
    first = article("a1", "Bethany Allen spoke.", [("Bethany Allen", "PERSON")])
    second = article("a2", "Allen left.", [("Allen", "PERSON")])
    assert entity_of(resolve_entities([first, second]), second, "Allen") != entity_of(
        resolve_entities([first, second]), first, "Bethany Allen")
    lone = resolve_entities([first, second], story_evidence=False)
    assert entity_of(lone, second, "Allen") == entity_of(lone, first, "Bethany Allen")


def test_name_key_folds_spacing_only_through_compact_links():
    assert name_key("W.M. Keck Observatory") != name_key("W. M. Keck Observatory")
    first = article("k1", "The W.M. Keck Observatory saw it.", [("W.M. Keck Observatory", "ORG")])
    second = article("k2", "The W. M. Keck Observatory saw it.", [("W. M. Keck Observatory", "ORG")])
    resolution = resolve_entities([first, second])
    assert entity_of(resolution, first, "W.M. Keck Observatory") == entity_of(resolution, second, "W. M. Keck Observatory")


def test_a_company_named_after_one_person_is_its_founder_s_surname_alone():
    a = article("l1", "John Labatt Ltd said profits rose. Labatt purchased Tuscan Dairies.",
                [("John Labatt Ltd", "ORG"), ("Labatt", "PERSON"), ("Tuscan Dairies", "ORG")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Labatt") == entity_of(res, a, "John Labatt Ltd")
    # not where the article names the person himself
    b = article("l2", "Charles Schwab Corp said profits rose. Chairman Charles Schwab spoke. Schwab said so.",
                [("Charles Schwab Corp", "ORG"), ("Charles Schwab", "PERSON"), ("Schwab", "PERSON")])
    res = resolve_entities([b])
    assert entity_of(res, b, "Schwab") != entity_of(res, b, "Charles Schwab Corp")


def test_a_government_office_written_either_way_round_is_one_name():
    from pipeline.resolve.orgs import spelling_key
    assert spelling_key("department of labor") == spelling_key("labor department")
    assert spelling_key("u.s. department of the treasury") == spelling_key("u.s. treasury department")
    assert spelling_key("bank of america") != spelling_key("america bank")  # not every "X of Y" turns round
    first = article("d1", "The Department of Labor said jobs rose.", [("Department of Labor", "ORG")])
    second = article("d2", "The Labor Department said jobs rose. The Ministry of Finance and the Finance Ministry met.",
                     [("Labor Department", "ORG"), ("Ministry of Finance", "ORG"), ("Finance Ministry", "ORG")])
    resolution = resolve_entities([first, second])
    assert entity_of(resolution, first, "Department of Labor") == entity_of(resolution, second, "Labor Department")
    assert entity_of(resolution, second, "Ministry of Finance") == entity_of(resolution, second, "Finance Ministry")


def test_a_product_after_its_maker_and_a_party_after_its_nation_join_their_full_names():
    a = article("a1", "Google said Google Stadia launches today. Stadia costs $10. The Chinese Communist Party met; "
                "Chinese leaders said the Communist Party would decide.",
                [("Google", "ORG"), ("Google Stadia", "ORG"), ("Stadia", "PERSON"), ("Chinese Communist Party", "ORG"),
                 ("Chinese", "NORP"), ("Communist Party", "ORG")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Stadia") == entity_of(res, a, "Google Stadia") != entity_of(res, a, "Google")
    assert entity_of(res, a, "Communist Party") == entity_of(res, a, "Chinese Communist Party")


def test_a_word_after_a_maker_stays_apart_when_the_article_writes_it_in_lower_case():
    a = article("a1", "Sony said Sony Now grew. Now the service is old, and now it ends.",
                [("Sony", "ORG"), ("Sony Now", "ORG"), ("Now", "ORG")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Now") != entity_of(res, a, "Sony Now")


def test_and_and_ampersand_spell_one_name():
    a = article("a1", "The Rock and Roll Hall of Fame said the Rock & Roll Hall of Fame will open.",
                [("Rock and Roll Hall of Fame", "ORG"), ("Rock & Roll Hall of Fame", "ORG")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Rock and Roll Hall of Fame") == entity_of(res, a, "Rock & Roll Hall of Fame")


def test_one_word_names_two_letters_apart_are_two_things():
    a = article("a1", "Costs of Medicare and Medicaid rose.", [("Medicare", "ORG"), ("Medicaid", "ORG")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Medicare") != entity_of(res, a, "Medicaid")


def test_a_nationality_word_is_not_the_surname_it_shares():
    a = article("a1", "Mark Cuban spoke. Cuban immigrants voted.", [("Mark Cuban", "PERSON"), ("Cuban", "NORP")])
    b = article("a2", "The children of Cuban immigrants voted.", [("Cuban", "NORP")])
    res = resolve_entities([a, b])
    assert entity_of(res, a, "Cuban") != entity_of(res, a, "Mark Cuban")
    assert entity_of(res, b, "Cuban") != entity_of(res, a, "Mark Cuban")


@pytest.mark.parametrize("names, expected", [
    (["Japan-European Community", "European Community", "EC"], "European Community"),
    (["U.S.-Canada", "Canada"], "Canada"),
    (["Bristol-Myers Co", "Bristol"], "Bristol-Myers Co"),  # no country before the hyphen: one name
    (["Guinea-Bissau", "Bissau"], "Guinea-Bissau"),  # the rest is no other name of the entity
])
def test_a_country_joined_to_a_name_by_a_hyphen_does_not_name_it(names, expected):
    assert best_form(Counter(names), {"ec"}) == expected


@pytest.mark.parametrize("alone, label", [("Holden-Brown", "ORG"), ("Leigh-Pemberton", "GPE")])
def test_a_hyphenated_surname_alone_joins_its_person(alone, label):
    text = f"Derrick {alone} spoke. {alone} said more. The White House agreed."
    analysis = article("h1", text, [(f"Derrick {alone}", "PERSON"), (alone, label), ("White House", "ORG")])
    resolution = resolve_entities([analysis])
    assert entity_of(resolution, analysis, f"Derrick {alone}") == entity_of(resolution, analysis, alone)
    assert entity_of(resolution, analysis, "White House") != entity_of(resolution, analysis, alone)
