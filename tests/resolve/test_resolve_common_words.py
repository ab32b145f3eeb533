"""Across articles, on story evidence only: one-word names that are common words of the run, and nicknames."""
from __future__ import annotations

from pipeline.resolve import resolve_entities
from support.resolve import article, entity_of


def test_a_common_word_named_in_two_unrelated_stories_stays_two_entities():
    kyiv = article("u1", "Parliament met in Kyiv, where Volodymyr Zelensky said the parliament would vote.",
                   [("Parliament", "ORG"), ("Kyiv", "GPE"), ("Volodymyr Zelensky", "PERSON")])
    london = article("b1", "Parliament met in London, where Boris Johnson said the parliament was closed.",
                     [("Parliament", "ORG"), ("London", "GPE"), ("Boris Johnson", "PERSON")])
    resolution = resolve_entities([kyiv, london])
    assert entity_of(resolution, kyiv, "Parliament") != entity_of(resolution, london, "Parliament")


def test_a_common_word_named_in_one_story_joins_on_story_evidence():
    first = article("u1", "Parliament met in Kyiv, where Volodymyr Zelensky and Denys Shmyhal said the parliament "
                          "would vote.",
                    [("Parliament", "ORG"), ("Kyiv", "GPE"), ("Volodymyr Zelensky", "PERSON"),
                     ("Denys Shmyhal", "PERSON")])
    second = article("u2", "Volodymyr Zelensky and Denys Shmyhal asked Parliament for a vote in Kyiv.",
                     [("Volodymyr Zelensky", "PERSON"), ("Denys Shmyhal", "PERSON"), ("Parliament", "ORG"),
                      ("Kyiv", "GPE")])
    resolution = resolve_entities([first, second])
    assert entity_of(resolution, first, "Parliament") == entity_of(resolution, second, "Parliament")


def test_a_name_written_far_more_often_than_the_word_links_freely():
    first = article("a1", "Apple sold phones.", [("Apple", "ORG")])
    second = article("a2", "Apple sold laptops.", [("Apple", "ORG")])
    third = article("a3", "He ate an apple in Paris.", [("Paris", "GPE")])
    resolution = resolve_entities([first, second, third])
    assert entity_of(resolution, first, "Apple") == entity_of(resolution, second, "Apple")


def test_a_nickname_across_articles_needs_story_evidence():
    energy = article("e1", "Energy Secretary Rick Perry visited Kyiv with Gordon Sondland.",
                     [("Rick Perry", "PERSON"), ("Kyiv", "GPE"), ("Gordon Sondland", "PERSON")])
    fund = article("f1", "The investor Richard Perry closed Perry Capital in Manhattan.",
                   [("Richard Perry", "PERSON"), ("Perry Capital", "ORG"), ("Manhattan", "GPE")])
    same_story = article("e2", "Richard Perry met Gordon Sondland in Kyiv.",
                         [("Richard Perry", "PERSON"), ("Gordon Sondland", "PERSON"), ("Kyiv", "GPE")])
    resolution = resolve_entities([energy, fund])
    assert entity_of(resolution, energy, "Rick Perry") != entity_of(resolution, fund, "Richard Perry")
    resolution = resolve_entities([energy, same_story])
    assert entity_of(resolution, energy, "Rick Perry") == entity_of(resolution, same_story, "Richard Perry")


def test_an_acronym_used_as_a_common_noun_links_only_on_evidence():
    first = article("p1", "A PAC backing Jeb Bush ran ads; the PAC spent more.", [("PAC", "ORG"), ("Jeb Bush", "PERSON")])
    second = article("p2", "The PAC supporting Hillary Clinton, a super PAC, answered.",
                     [("PAC", "ORG"), ("Hillary Clinton", "PERSON")])
    resolution = resolve_entities([first, second])
    assert entity_of(resolution, first, "PAC") != entity_of(resolution, second, "PAC")


def test_run_together_initials_are_two_middle_names():
    from pipeline.resolve.persons import same_person_name

    assert not same_person_name("george wh bush", "george w bush")
    assert same_person_name("george hw bush", "george h w bush") and same_person_name("george w bush", "george bush")


def test_a_coordination_tagged_as_one_person_lends_no_name_part():
    analysis = article("c1", "After President George W. Bush and Congress acted, Congress moved on.",
                       [("President George W. Bush and Congress", "PERSON"), ("Congress", "ORG")])
    resolution = resolve_entities([analysis])
    assert entity_of(resolution, analysis, "Congress") != entity_of(resolution, analysis,
                                                                     "President George W. Bush and Congress")


def test_a_state_party_is_a_chapter_and_the_bare_party_the_national_one():
    iowa = article("i1", "The Iowa Democratic Party met in Des Moines; the Democratic Party nominee spoke.",
                   [("Iowa Democratic Party", "ORG"), ("Des Moines", "GPE"), ("Democratic Party", "ORG")])
    wyoming = article("w1", "The Republican Party of Wyoming voted; the Republican Party in Washington agreed.",
                      [("Republican Party of Wyoming", "ORG"), ("Republican Party", "ORG"), ("Washington", "GPE")])
    china = article("c1", "Chinese officials said the Chinese Communist Party met; the Communist Party said so.",
                    [("Chinese", "NORP"), ("Chinese Communist Party", "ORG"), ("Communist Party", "ORG")])
    resolution = resolve_entities([iowa, wyoming, china])
    assert entity_of(resolution, iowa, "Democratic Party") != entity_of(resolution, iowa, "Iowa Democratic Party")
    assert entity_of(resolution, wyoming, "Republican Party") != entity_of(resolution, wyoming,
                                                                             "Republican Party of Wyoming")
    assert entity_of(resolution, china, "Communist Party") == entity_of(resolution, china, "Chinese Communist Party")


def test_a_place_named_after_a_building_is_not_the_building():
    analysis = article("h1", "Hearings on Capitol Hill ran late. The Capitol was closed.",
                       [("Capitol Hill", "ORG"), ("Capitol", "FAC")])
    resolution = resolve_entities([analysis])
    assert entity_of(resolution, analysis, "Capitol") != entity_of(resolution, analysis, "Capitol Hill")


def test_two_place_names_a_letter_apart_stay_apart_across_articles():
    oregon = article("o1", "Marion County deputies said the bank exploded.", [("Marion County", "GPE")])
    california = article("c1", "Half of Marin County's cell sites were out.", [("Marin County", "GPE")])
    resolution = resolve_entities([oregon, california])
    assert entity_of(resolution, oregon, "Marion County") != entity_of(resolution, california, "Marin County")


def test_a_common_word_stands_for_a_longer_name_only_where_its_article_writes_the_rest():
    from pipeline.resolve import resolve_entities
    from support.resolve import article, entity_of
    shared = " Judge Vincent Del Giudice and Sheldon Silver spoke in Brooklyn and Albany."
    names = [("Vincent Del Giudice", "PERSON"), ("Sheldon Silver", "PERSON"), ("Brooklyn", "GPE"), ("Albany", "GPE")]
    wapo = article("a1", "The Washington Post reported it." + shared, [("Washington Post", "ORG")] + names)
    nypost = article("b1", "The judge was a wreck, according to the Post, and the post office closed." + shared,
                     [("Post", "ORG")] + names)
    dc = article("c1", "In Washington, the Post reported it, and the post office closed." + shared,
                 [("Washington", "GPE"), ("Post", "ORG")] + names)
    res = resolve_entities([wapo, nypost])
    assert entity_of(res, nypost, "Post") != entity_of(res, wapo, "Washington Post")
    res = resolve_entities([wapo, dc])
    assert entity_of(res, dc, "Post") == entity_of(res, wapo, "Washington Post")


def _wildlife_story(article_id: str, text: str, names: list) -> object:
    shared = " Wolves near Yellowstone worried Ed Bangs and Jamie Rappaport Clark in Helena."
    return article(article_id, text + shared, names + [("Yellowstone", "LOC"), ("Ed Bangs", "PERSON"),
                                                        ("Jamie Rappaport Clark", "PERSON"), ("Helena", "GPE")])


def test_a_common_word_cut_from_a_longer_name_is_no_short_form_of_another():
    society = _wildlife_story("a1", "The Wildlife Society praised the plan.", [("Wildlife Society", "ORG")])
    cut = _wildlife_story("b1", "She was director of Fish and Wildlife; the wildlife refuge closed.",
                          [("Wildlife", "ORG")])
    alone = _wildlife_story("c1", "Wildlife, the group's journal, said the wildlife refuge closed.", [("Wildlife", "ORG")])
    res = resolve_entities([society, cut])
    assert entity_of(res, cut, "Wildlife") != entity_of(res, society, "Wildlife Society")
    res = resolve_entities([society, alone])
    assert entity_of(res, alone, "Wildlife") == entity_of(res, society, "Wildlife Society")


def test_a_word_after_a_title_or_a_sentence_opening_is_no_cut_name():
    from pipeline.resolve.article_words import name_tail

    text = "Much of Wildlife closed. Secretary of State Kerry spoke. The group Defenders of Wildlife sued, said Bush and Cheney."
    def covered(offset):
        return text.startswith("Bush", offset)
    at = [8, text.index("State"), text.index("Wildlife s"), text.index("Cheney")]
    assert [name_tail(text, i, covered) for i in at] == [False, False, True, False]


def test_a_town_written_before_its_state_is_no_organisation_of_a_namesake():
    senator = article("s1", "Elizabeth Warren spoke in Boston. Warren said the bill would pass.",
                      [("Elizabeth Warren", "PERSON"), ("Boston", "GPE"), ("Warren", "PERSON")])
    tagged = article("t1", "A Warren adviser said the senator from Massachusetts would not run.",
                     [("Warren", "ORG"), ("Massachusetts", "GPE")])
    town = article("m1", "Clinton spoke at a plant in Warren, Michigan, a Detroit suburb.",
                   [("Clinton", "PERSON"), ("Warren", "GPE"), ("Michigan", "GPE"), ("Detroit", "GPE")])
    res = resolve_entities([senator, tagged, town])
    assert entity_of(res, town, "Warren") != entity_of(res, tagged, "Warren")
    assert entity_of(res, town, "Warren") != entity_of(res, senator, "Elizabeth Warren")


def test_a_town_without_a_namesake_joins_its_organisation_tag():
    tagged = article("t1", "Raleigh officials said the water was safe.", [("Raleigh", "ORG")])
    town = article("m1", "Storms hit Raleigh, North Carolina, on Monday.", [("Raleigh", "GPE"), ("North Carolina", "GPE")])
    res = resolve_entities([tagged, town])
    assert entity_of(res, town, "Raleigh") == entity_of(res, tagged, "Raleigh")


def test_an_organisation_once_tagged_as_a_person_lends_no_surname():
    shared = " Thomas Perez and Timothy Kaine met in Cleveland."
    names = [("Thomas Perez", "PERSON"), ("Timothy Kaine", "PERSON"), ("Cleveland", "GPE")]
    orgs = [article(f"c{n}", "Citizens United sued the agency." + shared, [("Citizens United", "ORG")] + names)
            for n in range(2)]
    tagged = article("c9", "Citizens United won the case." + shared, [("Citizens United", "PERSON")] + names)
    flight = article("f1", "Just before the United flight took off, they united." + shared, [("United", "ORG")] + names)
    res = resolve_entities([*orgs, tagged, flight])
    assert entity_of(res, tagged, "Citizens United") == entity_of(res, orgs[0], "Citizens United")
    assert entity_of(res, flight, "United") != entity_of(res, orgs[0], "Citizens United")


def test_a_name_every_town_has_links_across_articles_only_on_story_evidence():
    nyc = article("n1", "Melissa Mark-Viverito spoke on the steps of City Hall in Manhattan.",
                  [("Melissa Mark-Viverito", "PERSON"), ("City Hall", "FAC"), ("Manhattan", "GPE")])
    tel_aviv = article("t1", "Tel Aviv lit City Hall in rainbow colours, Ron Huldai said.",
                       [("Tel Aviv", "GPE"), ("City Hall", "FAC"), ("Ron Huldai", "PERSON")])
    again = article("n2", "Melissa Mark-Viverito returned to City Hall in Manhattan.",
                    [("Melissa Mark-Viverito", "PERSON"), ("City Hall", "FAC"), ("Manhattan", "GPE")])
    res = resolve_entities([nyc, tel_aviv, again])
    assert entity_of(res, nyc, "City Hall") != entity_of(res, tel_aviv, "City Hall")
    assert entity_of(res, nyc, "City Hall") == entity_of(res, again, "City Hall")


def test_a_country_written_as_an_acronym_links_however_the_run_uses_the_acronym():
    # "a UK firm" counts as an acronym's common use, and one article types "UK" an organisation:
    # the place is still one country across unrelated stories
    stories = [article(f"k{i}", f"Shares in a UK firm rose in London, said Jane Doe{i}.",
                       [("UK", "GPE"), ("London", "GPE"), (f"Jane Doe{i}", "PERSON")]) for i in range(3)]
    typed_org = article("k9", "The UK sold bonds.", [("UK", "ORG")])
    resolution = resolve_entities([*stories, typed_org])
    assert len({entity_of(resolution, story, "UK") for story in stories}) == 1


def test_a_web_address_is_no_lower_case_use_of_its_words():
    from pipeline.resolve.article_words import lower_words
    assert lower_words("It sold on amazon.co.uk and news.bbc.co.uk/sport, mail info@bbc.co.uk.") == {
        "sold", "on", "and", "mail"}
