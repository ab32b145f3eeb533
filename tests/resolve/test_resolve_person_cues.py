"""What an article's text tells about people and products beyond their names: honorifics' genders,
two forms of one name in one sentence, product models, marks that make another product."""
from __future__ import annotations

import pytest

from pipeline.resolve import resolve_entities
from pipeline.resolve.guards import typo_variant
from pipeline.resolve.person_cues import fits_honorifics, given_name_gender, honorific_gender, same_sentence
from support.resolve import article, entity_of


@pytest.mark.parametrize("text, name, gender", [
    ("said Mrs. Clinton on Monday", "Clinton", "female"),
    ("said Mr Obama on Monday", "Obama", "male"),
    ("Ms. Warren said", "Warren", "female"),
    ("said Dr. King", "King", None),
    ("they miss Obama", "Obama", None),  # a verb, not an honorific
])
def test_honorific_gender_before_a_name(text, name, gender):
    assert honorific_gender(text, text.index(name), name) == gender


def test_given_name_gender_only_where_the_table_is_definite():
    assert given_name_gender("bill clinton") == "male" and given_name_gender("hillary clinton") == "female"
    assert given_name_gender("laurence tribe") is None  # female in the table's world, male in the US
    assert given_name_gender("bernie sanders") is None  # "mostly female"


def test_honorifics_of_both_genders_fit_no_one_full_name():
    assert fits_honorifics({"female"}, "hillary clinton") and not fits_honorifics({"female"}, "bill clinton")
    assert not fits_honorifics({"female", "male"}, "hillary clinton")
    assert fits_honorifics(set(), "bill clinton") and fits_honorifics({"male"}, "bernie sanders")


def test_mrs_surname_is_not_the_husband():
    text = "Bill Clinton spoke first. Then Mrs. Clinton took the stage. Mrs. Clinton said she would win."
    a = article("a1", text, [("Bill Clinton", "PERSON"), ("Clinton", "PERSON"), ("Clinton", "PERSON")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Bill Clinton") != entity_of(res, a, "Clinton")


def test_mrs_surname_picks_the_woman_of_two_full_names():
    text = "Bill Clinton and Hillary Clinton arrived. Later Mrs. Clinton spoke."
    a = article("a1", text, [("Bill Clinton", "PERSON"), ("Hillary Clinton", "PERSON"), ("Clinton", "PERSON")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Clinton") == entity_of(res, a, "Hillary Clinton")


def test_surname_after_honorifics_of_both_genders_goes_to_each_full_name():
    text = ("Tom Hardy and his sister Anna Hardy lived there. Mr Hardy was arrested on Monday. "
            "Miss Hardy was a nurse.")
    a = article("a1", text, [("Tom Hardy", "PERSON"), ("Anna Hardy", "PERSON"), ("Hardy", "PERSON"), ("Hardy", "PERSON")])
    res = resolve_entities([a])
    mister, miss = (res.entity_of["a1"][m.index] for m in a.mentions[2:])
    assert (mister, miss) == (entity_of(res, a, "Tom Hardy"), entity_of(res, a, "Anna Hardy"))


def test_surname_after_honorifics_goes_to_a_person_of_two_forms():
    text = ("Tom Hardy and his sister Anna Hardy lived there. Mr Hardy was arrested on Monday. "
            "Miss Hardy, known as Annie Hardy, was a nurse.")
    a = article("a1", text, [("Tom Hardy", "PERSON"), ("Anna Hardy", "PERSON"), ("Hardy", "PERSON"), ("Hardy", "PERSON"),
                             ("Annie Hardy", "PERSON")])
    res = resolve_entities([a])
    assert res.entity_of["a1"][a.mentions[3].index] == entity_of(res, a, "Anna Hardy")


def test_a_couples_surname_stays_no_one():
    text = "Tom Hardy and Anna Hardy lived there. Mr. and Mrs. Hardy were at home. Mr. Hardy said so."
    a = article("a1", text, [("Tom Hardy", "PERSON"), ("Anna Hardy", "PERSON"), ("Hardy", "PERSON"), ("Hardy", "PERSON")])
    res = resolve_entities([a])
    couple = res.entity_of["a1"][a.mentions[2].index]
    assert couple not in (entity_of(res, a, "Tom Hardy"), entity_of(res, a, "Anna Hardy"))


def test_untitled_surname_still_joins_the_one_full_name():
    text = "Bill Clinton spoke. Clinton said he would campaign."
    a = article("a1", text, [("Bill Clinton", "PERSON"), ("Clinton", "PERSON")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Clinton") == entity_of(res, a, "Bill Clinton")


def test_two_forms_of_a_name_in_one_sentence_are_two_people():
    text = ("He served under George Bush in 1990. He remains George Bush's son and George W. Bush's brother. "
            "George W. Bush called.")
    a = article("a1", text, [("George Bush", "PERSON"), ("George Bush", "PERSON"), ("George W. Bush", "PERSON"),
                             ("George W. Bush", "PERSON")])
    res = resolve_entities([a])
    assert entity_of(res, a, "George Bush") != entity_of(res, a, "George W. Bush")


def test_two_forms_in_different_sentences_still_join():
    text = "Patrick Simmons played. Later Pat Simmons said so."
    a = article("a1", text, [("Patrick Simmons", "PERSON"), ("Pat Simmons", "PERSON")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Patrick Simmons") == entity_of(res, a, "Pat Simmons")


@pytest.mark.parametrize("gap, expected", [
    ("'s son and ", True),
    (". Then ", False),
    (", also known as ", False),
    (" (", False),  # no word: a bracketed alternate
])
def test_same_sentence(gap, expected):
    text = "George Bush" + gap + "George W. Bush"
    assert same_sentence(text, len("George Bush"), len("George Bush") + len(gap)) is expected


def test_a_product_model_is_not_a_person_nor_its_line():
    text = "The Mac Pro is fast. Users expect to pick up a Mac and use it. The new Mac Pro ships."
    a = article("a1", text, [("Mac Pro", "PERSON"), ("Mac", "ORG"), ("Mac Pro", "PERSON")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Mac") != entity_of(res, a, "Mac Pro")
    assert {e.type for e in res.entities if e.name == "Mac Pro"} == {"PRODUCT"}


def test_a_plus_sign_is_no_misspelling():
    assert not typo_variant("disney+", "disney") and typo_variant("jinping", "jinpin")
    text = "Disney launched Disney+ last week. Disney said demand was high."
    a = article("a1", text, [("Disney", "ORG"), ("Disney+", "ORG"), ("Disney", "ORG")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Disney") != entity_of(res, a, "Disney+")


def test_a_generic_word_is_no_short_form_after_a_town_name():
    # "Green" is also a town: "Green Party" must not lend "Party" across articles
    a = article("a1", "The Green Party met in Boston. The Green Party chose a leader in Boston.",
                [("Green Party", "ORG"), ("Boston", "GPE"), ("Green Party", "ORG"), ("Boston", "GPE")])
    b = article("b1", "Party Chairman Reince Priebus spoke in Boston.", [("Party", "ORG"), ("Reince Priebus", "PERSON"),
                                                                        ("Boston", "GPE")])
    res = resolve_entities([a, b])
    assert entity_of(res, a, "Green Party") != entity_of(res, b, "Party")


def test_a_surname_after_a_place_is_not_a_team_of_that_place():
    text = ("In New Hampshire, veterans of New Hampshire Sanders waved. Sanders spoke. Sanders said so. The Sanders campaign grew. "
            "Sanders won.")
    a = article("a1", text, [("New Hampshire", "GPE"), ("New Hampshire Sanders", "ORG"), ("Sanders", "PERSON"),
                             ("Sanders", "ORG"), ("Sanders", "ORG"), ("Sanders", "PERSON")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Sanders") != entity_of(res, a, "New Hampshire Sanders")


def test_a_relative_of_the_same_name_is_another_person():
    text = ("Rep. Duncan Hunter endorsed Trump. His father, Duncan Hunter Sr., ran for president in 2008. "
            "Hunter represents a district in San Diego.")
    a = article("a1", text, [("Duncan Hunter", "PERSON"), ("Duncan Hunter Sr.", "PERSON"), ("Hunter", "PERSON")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Duncan Hunter") != entity_of(res, a, "Duncan Hunter Sr.")
    assert entity_of(res, a, "Hunter") == entity_of(res, a, "Duncan Hunter")


def test_a_lone_surname_may_still_be_the_only_relative_named():
    text = "Her husband, Bill Clinton, spoke. Clinton said he was proud."
    a = article("a1", text, [("Bill Clinton", "PERSON"), ("Clinton", "PERSON")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Clinton") == entity_of(res, a, "Bill Clinton")


def test_a_lone_surname_of_one_person_is_no_misspelling_of_another():
    story = "Ratings of the Sirius radio show fell in Poughkeepsie and Kalamazoo, Arbitron said."
    names = [("Sirius", "ORG"), ("Poughkeepsie", "GPE"), ("Kalamazoo", "GPE"), ("Arbitron", "ORG")]
    a = article("a1", "Jill Stein spoke in Ohio. Stein said so.", [("Jill Stein", "PERSON"), ("Ohio", "GPE"),
                                                                   ("Stein", "PERSON")])
    b = article("b1", story + " Howard Stern joked about it.", names + [("Howard Stern", "PERSON")])
    c = article("c1", story + " Stein was not amused.", names + [("Stein", "PERSON")])
    res = resolve_entities([a, b, c])
    assert entity_of(res, c, "Stein") != entity_of(res, b, "Howard Stern")


def test_an_attitude_word_is_not_what_it_is_about():
    text = "Muslim leaders met. They condemned anti-Muslim rhetoric. Muslim groups agreed."
    a = article("a1", text, [("Muslim", "NORP"), ("anti-Muslim", "PERSON"), ("Muslim", "NORP")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Muslim") != entity_of(res, a, "anti-Muslim")


def test_an_organisation_named_after_a_person_is_not_the_person():
    text = ("Donald Trump spoke. The Trump campaign said Trump University was legal. Trump University "
            "students sued. Trump denied it.")
    a = article("a1", text, [("Donald Trump", "PERSON"), ("Trump", "ORG"), ("Trump University", "ORG"),
                             ("Trump University", "ORG"), ("Trump", "ORG")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Donald Trump") != entity_of(res, a, "Trump University")


def test_a_rest_shared_by_two_names_stands_for_neither():
    text = "MacBook and AirPods sales grew. The MacBook Pro and the AirPods Pro sold. The Pro is costly."
    a = article("a1", text, [("MacBook", "ORG"), ("AirPods", "ORG"), ("MacBook Pro", "ORG"), ("AirPods Pro", "ORG"),
                             ("Pro", "ORG")])
    res = resolve_entities([a])
    assert entity_of(res, a, "MacBook Pro") != entity_of(res, a, "AirPods Pro")


def test_a_lone_word_more_often_a_surname_is_read_as_one():
    story = "Ratings of the Sirius radio show fell in Poughkeepsie and Kalamazoo, Arbitron said."
    names = [("Sirius", "ORG"), ("Poughkeepsie", "GPE"), ("Kalamazoo", "GPE"), ("Arbitron", "ORG")]
    a = article("a1", story + " Wolf Blitzer hosted it.", names + [("Wolf Blitzer", "PERSON")])
    b = article("b1", story + " Wolf reported from Washington.", names + [("Wolf", "PERSON")])
    c = article("c1", "Chad Wolf spoke in Ohio.", [("Chad Wolf", "PERSON"), ("Ohio", "GPE")])
    d = article("d1", "Markus Wolf spoke in Berlin.", [("Markus Wolf", "PERSON"), ("Berlin", "GPE")])
    res = resolve_entities([a, b, c, d])
    assert entity_of(res, b, "Wolf") != entity_of(res, a, "Wolf Blitzer")
    res = resolve_entities([a, b])  # no one surnamed Wolf: the given name links on the story
    assert entity_of(res, b, "Wolf") == entity_of(res, a, "Wolf Blitzer")


def test_a_country_is_no_given_name_across_articles():
    story = "Ratings of the Sirius radio show fell in Poughkeepsie and Kalamazoo, Arbitron said."
    names = [("Sirius", "ORG"), ("Poughkeepsie", "GPE"), ("Kalamazoo", "GPE"), ("Arbitron", "ORG")]
    a = article("a1", story + " France Info reported it.", names + [("France Info", "PERSON")])
    b = article("b1", story + " France beat Spain.", names + [("France", "ORG"), ("Spain", "GPE")])
    res = resolve_entities([a, b])
    assert entity_of(res, b, "France") != entity_of(res, a, "France Info")


@pytest.mark.parametrize("nation", ["England", "Scotland", "Wales"])
def test_a_nation_of_the_united_kingdom_is_no_surname_across_articles(nation):
    # GeoNames files them under the United Kingdom: they count as countries all the same
    story = "Twickenham hosted the Six Nations match, and the RFU said Ireland had won."
    names = [("Twickenham", "GPE"), ("Six Nations", "EVENT"), ("RFU", "ORG"), ("Ireland", "GPE")]
    a = article("a1", story + f" Gordon {nation} refereed.", names + [(f"Gordon {nation}", "PERSON")])
    b = article("b1", story + f" {nation} lost.", names + [(nation, "ORG")])
    res = resolve_entities([a, b])
    assert entity_of(res, b, nation) != entity_of(res, a, f"Gordon {nation}")


@pytest.mark.parametrize("text, names, expected", [
    ("his children, Vincent, Lucia and Carmella Esposito, said", ["Vincent", "Lucia", "Carmella Esposito"],
     {0: "Vincent Esposito", 1: "Lucia Esposito"}),
    ("his children, Vincent, Lucia, and Carmella Esposito", ["Vincent", "Carmella Esposito"], {0: "Vincent Esposito"}),
    ("Their daughters Mary and Jane Smith came", ["Mary", "Jane Smith"], {0: "Mary Smith"}),
    ("Hillary and Tim Kaine came", ["Hillary", "Tim Kaine"], {}),  # no family named: two people
    ("his sons, Obama and Hillary Clinton came", ["Obama", "Hillary Clinton"], {}),  # no given name
    ("his son Vincent met Carmella Esposito", ["Vincent", "Carmella Esposito"], {}),  # no list
    ("his son Vincent, Carmella Esposito said", ["Vincent", "Carmella Esposito"], {}),  # no "and"
])
def test_given_names_listed_before_one_surname_carry_it(text, names, expected):
    from pipeline.resolve.person_cues import listed_full_names
    mentions, pos = [], 0
    for index, name in enumerate(names):
        start = text.index(name, pos)
        mentions.append((start, start + len(name), index, name, "PERSON"))
        pos = start + len(name)
    assert listed_full_names(mentions, text) == expected


def test_a_listed_given_name_is_not_the_articles_other_person_of_that_given_name():
    text = ("Vincent Gigante ran the family. The mother of his children, Vincent, Lucia and Carmella Esposito, "
            "testified. Vincent Gigante denied it.")
    a = article("a1", text, [("Vincent Gigante", "PERSON"), ("Vincent", "PERSON"), ("Lucia", "PERSON"),
                             ("Carmella Esposito", "PERSON"), ("Vincent Gigante", "PERSON")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Vincent") != entity_of(res, a, "Vincent Gigante")
    assert entity_of(res, a, "Vincent") != entity_of(res, a, "Carmella Esposito")


def test_a_place_and_a_common_noun_tagged_person_is_a_body_not_a_person():
    text = "Police units came to Surrey. Surrey Police said the fire was out; police thanked people."
    a = article("a1", text, [("Surrey", "PERSON"), ("Surrey Police", "PERSON")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Surrey") != entity_of(res, a, "Surrey Police")
    assert {e.type for e in res.entities if e.name == "Surrey Police"} == {"ORG"}


def test_dr_and_a_surname_before_the_only_full_name_is_someone_else():
    text = "She marched for Dr. King in Selma. If Don King had been born white he would be a candidate."
    a = article("a1", text, [("King", "PERSON"), ("Selma", "GPE"), ("Don King", "PERSON")])
    res = resolve_entities([a])
    assert entity_of(res, a, "King") != entity_of(res, a, "Don King")
    later = article("a2", "Anthony Fauci spoke. Dr. Fauci said the virus spreads.",
                    [("Anthony Fauci", "PERSON"), ("Fauci", "PERSON")])
    res = resolve_entities([later])
    assert entity_of(res, later, "Fauci") == entity_of(res, later, "Anthony Fauci")


def test_a_given_name_and_a_generational_suffix_lend_no_surname():
    text = "Fred Trump Jr. was called Freddy. As Fred Sr. built towers, his father put pressure on Fred."
    a = article("a1", text, [("Fred Trump Jr.", "PERSON"), ("Freddy", "PERSON"), ("Fred Sr.", "PERSON"),
                             ("Fred", "PERSON")])
    res = resolve_entities([a])
    assert entity_of(res, a, "Fred") != entity_of(res, a, "Fred Sr.")
