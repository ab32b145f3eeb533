"""A nationality before a person's occupation and name says where the person comes from (lives_in):
entities/mentions.nation_of_a_native names its country, and the role rules read it as they read "the
UK director Ken Loach". Craft, companies, works and sides after a nationality come from nowhere."""
from __future__ import annotations

import pytest

from pipeline.extract.entities.mentions import collect_mentions, nation_of_a_native
from pipeline.extract.relations.typed import extract_relations
from support.relations import relation_pairs

NATIVES = [
    pytest.param("Australian singer Kylie Minogue was in London last week.", ("Kylie Minogue", "Australia"),
                 id="occupation-opening-a-sentence"),
    pytest.param("The board met Greek sprinter Kostas Kenteris on Friday.", ("Kostas Kenteris", "Greece"),
                 id="not-a-role-noun"),
    pytest.param("The festival will screen a film by Dutch film-maker Theo Brink on Monday.", ("Theo Brink", "Netherlands"),
                 id="hyphened-maker-is-a-person"),
    pytest.param("Arsenal partnered Italian striker Arturo Lupoli with Ljungberg up front in the cup tie.",
                 ("Arturo Lupoli", "Italy"), id="sports-nationality-is-no-side"),
    pytest.param("In the final, Argentine David Nalbandian beat Russian Marat Safin in four sets.",
                 ("David Nalbandian", "Argentina"), id="right-before-the-name"),
    pytest.param("Dutch co-chairman Antony Burgmans will take on the role of non-executive chairman.",
                 ("Antony Burgmans", "Netherlands"), id="a-title-with-a-hyphen-in-one-token"),
    pytest.param("In the final, Argentine David Nalbandian beat Russian Marat Safin in four sets.",
                 ("Marat Safin", "Russia"), id="right-before-the-object"),
]

NOT_NATIVES = [
    pytest.param("Pirates attacked Ethiopian merchant vessel Gibe off Somalia.", "Ethiopian", id="craft"),
    pytest.param("Profits at Indian drugmaker Dr Reddy's fell 93%.", "Indian", id="company-maker"),
    pytest.param("The Cuban-born coach Jose Gomez trained the pair in Chicago.", "Cuban", id="born"),
    pytest.param("Soviet dissident Milovan Djilas referred to the New Class.", "Soviet", id="former-state"),
    pytest.param("Llewellyn signed for French club side Narbonne in the summer.", "French", id="a-side"),
]


def _lives_in(nlp, text):
    return relation_pairs(nlp, text, "lives_in")


@pytest.mark.parametrize("text, pair", NATIVES)
def test_a_nationality_before_an_occupation_says_where_a_person_comes_from(nlp, text, pair):
    assert pair in _lives_in(nlp, text)


def test_a_form_of_address_may_stand_between_the_post_and_the_name(nlp):
    doc = nlp("The crowd included British ambassador Sir John Holmes.")
    assert [m.name for m in collect_mentions(doc) if m.text == "British"] == ["United Kingdom"]


@pytest.mark.parametrize("text, word", NOT_NATIVES)
def test_no_country_named_for_things_and_former_states(nlp, text, word):
    doc = nlp(text)
    spans = [e for e in doc.ents if e.text == word or e.text.startswith(word)]
    assert all(nation_of_a_native(span) is None for span in spans)
    assert not any(obj for _, obj in _lives_in(nlp, text))


def test_a_nationality_right_before_a_name_is_that_persons_only(nlp):
    pairs = _lives_in(nlp, "In the final, Argentine David Nalbandian beat Russian Marat Safin in four sets.")
    assert pairs == {("David Nalbandian", "Argentina"), ("Marat Safin", "Russia")}
    # a party's word is no nationality
    assert not _lives_in(nlp, "The bill was backed by Democrat Nancy Pelosi and Republican John Boehner.")
    # a nationality opening a name the model typed a person's ("the British Library", "Australian Idol")
    assert not _lives_in(nlp, "The interviews are to be placed in the British Library, with Australian Idol "
                              "runner-up Shannon Noll.")


def test_a_nationality_the_parse_made_an_object_is_no_patient(nlp):
    text = "Australian Nicole Pratt beat Tunisian Selima Sfar 7-5 6-2 and will next face compatriot Alicia Molik."
    assert not [p for p in relation_pairs(nlp, text, "open:beat") if p[1] in ("Tunisian", "Tunisia")]


def test_a_possessed_film_is_not_from_the_directors_country(nlp):
    doc = nlp("The movie Blue Mile, one of 21 films up for the prize, is British director Mark Dornford-May's "
              "first feature film.")
    mentions = collect_mentions(doc)
    by_index = {m.index: m for m in mentions}
    placed = {(by_index[r.subject].text, r.predicate) for r in extract_relations(doc, mentions)
              if by_index[r.object].name == "United Kingdom" if r.object is not None}
    assert ("Mark Dornford-May", "lives_in") in placed
    assert not [p for p in placed if p[0] != "Mark Dornford-May"]


def test_a_countrys_own_in_a_sports_report_comes_from_it(nlp):
    tennis = ("The 1994 Wimbledon champion won 5-7 6-0 6-2. Fifth seed Patty Schnyder needed three sets to beat "
              "China's Na Li. In the day's other matches, Japan's Ai Sugiyama defeated Samantha Stosur 6-2 6-3.")
    pairs = _lives_in(nlp, tennis)
    assert {("Na Li", "China"), ("Ai Sugiyama", "Japan")} <= pairs
    # elsewhere this rule stays out: "Britain's John Lewis" is a retailer
    assert not relation_pairs(nlp, "Sales rose at Britain's John Lewis over Christmas, the retailer said on Monday.",
                              "lives_in", rule="nation_possessive")
