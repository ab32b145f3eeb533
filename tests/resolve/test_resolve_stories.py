"""A story told by three articles, through the real mention rules and resolver: name variants meet, look-alikes don't."""
from __future__ import annotations

import pytest

from models import Article, ArticleAnalysis
from pipeline.extract.entities.mentions import collect_mentions
from pipeline.resolve import resolve_entities

STORY = [
    "The Tomsk Polytechnic University (TPU) signed a research agreement with Zhejiang University on Monday. "
    "Russian Deputy Prime Minister Dmitry Chernyshenko attended the ceremony in Hangzhou. "
    "Chernyshenko said the deal would help TPU expand. Zhejiang officials did not comment. "
    "The United States and the European Commission said they were watching the deal closely.",
    "Officials at Tomsk Polytechnic said the agreement with Zhejiang University covers nuclear physics. "
    "Dmitri Chernyshenko, Russia's deputy prime minister, praised TPU. "
    "The State Department in Washington called the move worrying, according to the Associated Press (AP).",
    "TPU and Zhejiang will open a joint lab, AP reported. Chernyshenko also met Chinese Premier Li Qiang. "
    "Li said China and Russia were partners. The U.S. has sanctioned several Russian universities, including "
    "the Moscow Institute of Physics and Technology.",
]


@pytest.fixture(scope="module")
def story(nlp):
    analyses = [ArticleAnalysis(article=Article(article_id=f"s{i}", source=f"s{i}", status="kept", text=text),
                                mentions=collect_mentions(nlp(text))) for i, text in enumerate(STORY)]
    resolution = resolve_entities(analyses)
    ids: dict[str, set[str]] = {}
    for a in analyses:
        for m in a.mentions:
            ids.setdefault(m.text, set()).add(resolution.entity_of[a.article.article_id][m.index])
    return resolution, ids


@pytest.mark.parametrize("names", [
    ["Tomsk Polytechnic University", "TPU", "Tomsk Polytechnic"],
    ["Dmitry Chernyshenko", "Dmitri Chernyshenko", "Chernyshenko"],
    ["Li Qiang", "Li"],
    ["Associated Press", "AP"],
    ["United States", "U.S."],
])
def test_variants_across_the_story_are_one_entity(story, names):
    _, ids = story
    found = [ids[n] for n in names]
    assert all(len(f) == 1 for f in found) and len(set.union(*found)) == 1, names


@pytest.mark.parametrize("a, b", [
    ("Zhejiang University", "Zhejiang"),
    ("Russia", "Russian"),
    ("Tomsk Polytechnic University", "Moscow Institute of Physics and Technology"),
    ("Dmitry Chernyshenko", "Li Qiang"),
])
def test_look_alikes_in_the_story_stay_apart(story, a, b):
    _, ids = story
    assert ids[a] and ids[b] and not ids[a] & ids[b]


def test_canonical_names_are_the_full_forms(story):
    resolution, ids = story
    names = {e.entity_id: e.name for e in resolution.entities}
    assert names[next(iter(ids["TPU"]))] == "Tomsk Polytechnic University"
    assert names[next(iter(ids["Chernyshenko"]))] in {"Dmitry Chernyshenko", "Dmitri Chernyshenko"}


def test_an_undefined_acronym_links_to_the_name_it_spells_in_another_article_of_the_story_only():
    from pipeline.resolve import resolve_entities
    from support.resolve import article, entity_of
    shared = "Jennifer Ngo-Anh said hibernation on the Mars mission with Mark McCaughrean works."
    long = article("a1", "The European Space Agency studied hibernation. " + shared,
                   [("European Space Agency", "ORG"), ("Jennifer Ngo-Anh", "PERSON"), ("Mars", "LOC"),
                    ("Mark McCaughrean", "PERSON")])
    short = article("a2", "ESA will study it. " + shared,
                    [("ESA", "ORG"), ("Jennifer Ngo-Anh", "PERSON"), ("Mars", "LOC"), ("Mark McCaughrean", "PERSON")])
    other = article("a3", "ESA shares fell on Monday in Madrid.", [("ESA", "ORG"), ("Madrid", "GPE")])
    res = resolve_entities([long, short])
    assert entity_of(res, short, "ESA") == entity_of(res, long, "European Space Agency")
    res = resolve_entities([long, other])  # no story in common: initials alone are no evidence
    assert entity_of(res, other, "ESA") != entity_of(res, long, "European Space Agency")


# A body of one place ("New York Mafia") and another story's bare name of its kind ("Mafia", of Palermo)
_NEW_YORK = ("Police in Brooklyn arrested bosses of the New York Mafia. The FBI said the Gambino family and "
             "Carabinieri in Italy worked together.",
             [("Brooklyn", "GPE"), ("New York Mafia", "ORG"), ("FBI", "ORG"), ("Gambino", "ORG"),
              ("Carabinieri", "ORG"), ("Italy", "GPE")])


def test_a_bare_name_is_no_place_qualified_name_of_another_story_unless_its_article_writes_the_place():
    from support.resolve import article, entity_of
    new_york = article("a1", *_NEW_YORK)
    palermo = article("b1", "A suspected Mafia boss was arrested in Palermo. The FBI and Carabinieri said Italy "
                      "and the Gambino family were linked.",
                      [("Mafia", "ORG"), ("Palermo", "GPE"), ("FBI", "ORG"), ("Carabinieri", "ORG"),
                       ("Italy", "GPE"), ("Gambino", "ORG")])
    res = resolve_entities([new_york, palermo])
    assert entity_of(res, palermo, "Mafia") != entity_of(res, new_york, "New York Mafia")
    written = article("c1", "A Mafia boss was arrested in New York. The FBI and Carabinieri said Italy and the "
                      "Gambino family were linked.",
                      [("Mafia", "ORG"), ("New York", "GPE"), ("FBI", "ORG"), ("Carabinieri", "ORG"),
                       ("Italy", "GPE"), ("Gambino", "ORG")])
    res = resolve_entities([new_york, written])
    assert entity_of(res, written, "Mafia") == entity_of(res, new_york, "New York Mafia")


def test_a_bare_court_is_no_place_qualified_court_of_another_story():
    # judge11pa #36: "Superior Court" of a Los Angeles story joined the Bellflower court of another one
    from support.resolve import article, entity_of
    # the run writes the court's words in lower case: a common noun, not a name of its own
    story = (" heard the case, the Los Angeles County sheriff said. Jim Smith of Compton testified; a superior "
             "court rules next.")
    names = [("Los Angeles County", "GPE"), ("Jim Smith", "PERSON"), ("Compton", "GPE")]
    qualified = article("a1", "Bellflower Superior Court" + story, [("Bellflower Superior Court", "ORG"), *names])
    bare = article("b1", "Superior Court Judge James Dabney" + story,
                   [("Superior Court", "ORG"), ("James Dabney", "PERSON"), *names])
    res = resolve_entities([qualified, bare])
    assert entity_of(res, bare, "Superior Court") != entity_of(res, qualified, "Bellflower Superior Court")


def test_a_name_of_its_own_after_a_place_still_links_on_story_evidence():
    # "London Marathon" (never written in lower case) for a sponsor's "Flora London Marathon"
    from support.resolve import article, entity_of
    story = " drew Paula Radcliffe and Haile Gebrselassie, Dave Bedford said."
    names = [("Paula Radcliffe", "PERSON"), ("Haile Gebrselassie", "PERSON"), ("Dave Bedford", "PERSON")]
    sponsored = article("a1", "The Flora London Marathon" + story, [("Flora London Marathon", "EVENT"), *names])
    bare = article("b1", "The London Marathon" + story, [("London Marathon", "EVENT"), *names])
    res = resolve_entities([sponsored, bare])
    assert entity_of(res, bare, "London Marathon") == entity_of(res, sponsored, "Flora London Marathon")


@pytest.mark.parametrize("long_key, names, written", [
    pytest.param("washington post", {"washington post", "post", "trump"}, True, id="the-article-writes-the-long-name"),
    pytest.param("new york mafia", {"mafia", "palermo"}, False, id="another-storys-place"),
    pytest.param("new york mafia", {"mafia", "new york"}, True, id="the-article-writes-the-place"),
])
def test_the_rest_of_a_long_name_is_written_where_the_article_writes_it(long_key, names, written):
    """PolNeAR train 781-840 (session 11): 'The Washington Post reported ...', later 'the Post
    reported': the bare 'Post' lost its link to Washington Post, as the article writes the place
    only inside the long name itself."""
    from pipeline.resolve.candidates import rest_written
    assert rest_written(long_key, long_key.split()[-1], names) == written
