"""Pronouns as the subjects of typed relations: a rule of posts and seats reaches the person a
"he"/"she" stands for through arguments.resolved_people, which gives it only when the coreference
link is safe (ArgumentFinder.safe_pronoun); coreference leaves out a pronoun reported by a person it
might be (speaking.reporter_passed_over). One table row per construction, found and refused."""
from __future__ import annotations

import pytest

from test_coref import links
from test_coref_forward import claims

FOUND = [
    ("a career sentence's pronoun, the person named the sentence before",
     "Regina Benjamin was born in Mobile, Alabama. She completed her residency in Georgia and has served as CEO "
     "of the Bayou La Batre Rural Health Clinic since 1990.",
     ("Regina Benjamin", "affiliated_with", "Bayou La Batre Rural Health Clinic")),
    ("a board seat", "Mary Barra grew up in Michigan. She sits on the board of Disney.",
     ("Mary Barra", "affiliated_with", "Disney")),
    ("a seat, the only man named before", "John Kasich spoke on Monday. He focused on his years serving on the "
     "House Armed Services Committee.", ("John Kasich", "affiliated_with", "House Armed Services Committee")),
    ("the other gender does not compete", "John Kasich met Mary Barra. She sits on the board of Disney.",
     ("Mary Barra", "affiliated_with", "Disney")),
    ("a verb rule's pronoun", "John Smith lives in Paris. He founded Beta Corp in 2001.",
     ("John Smith", "founded", "Beta Corp")),
    ("presence on a day, the only woman named before", "Mary Barra spoke on Monday. She was in Iowa on Tuesday.",
     ("Mary Barra", "visited", "Iowa")),
    ("an open relation's pronoun, the only man named before", "John Smith lives in Paris. He criticized Microsoft "
     "on Monday.", ("John Smith", "open:criticize", "Microsoft")),
]

REFUSED = [
    ("two men named before", "John Smith met Peter Brown in Paris. He sits on the board of Disney.",
     ("John Smith", "affiliated_with", "Disney")),
    ("two men named before, a post", "John Kasich met Jeb Bush. He has served as CEO of Disney since 2001.",
     ("John Kasich", "affiliated_with", "Disney")),
    ("reported by another man: the reporter or the one reported on",
     "John Smith was charged on Monday. His lawyer, Peter Brown, said he sits on the board of Disney.",
     ("Peter Brown", "affiliated_with", "Disney")),
    ("reported by another man, the other way", "John Smith was charged on Monday. His lawyer, Peter Brown, said "
     "he sits on the board of Disney.", ("John Smith", "affiliated_with", "Disney")),
    ("an open relation's pronoun with two men named before", "John Smith met Peter Brown in Paris. He criticized "
     "Microsoft on Monday.", ("John Smith", "open:criticize", "Microsoft")),
    ("presence on a day with two women named before", "Mary Barra met Jane Fonda on Monday. She was in Iowa on "
     "Tuesday.", ("Mary Barra", "visited", "Iowa")),
    ("an unnamed man before the pronoun", "Donald Trump held rallies this month. A 78-year-old man was charged after "
     "he punched a protester during a rally in Fayetteville.", ("Donald Trump", "visited", "Fayetteville")),
    ("inside quoted words", 'John Smith met reporters. "He sits on the board of Disney," Peter Brown said.',
     ("John Smith", "affiliated_with", "Disney")),
]


@pytest.mark.parametrize("name, text, triple", FOUND, ids=[c[0] for c in FOUND])
def test_pronoun_subject_reaches_the_person(nlp, name, text, triple):
    assert triple in [(s, p, o) for s, p, o, q in claims(nlp, text)], claims(nlp, text)


@pytest.mark.parametrize("name, text, triple", REFUSED, ids=[c[0] for c in REFUSED])
def test_unsafe_pronoun_subject_gives_nothing(nlp, name, text, triple):
    assert triple not in [(s, p, o) for s, p, o, q in claims(nlp, text)]


REPORTED = [
    ("a reporter the name list calls mostly female is still a candidate (judge 8p2 #34)",
     "Eric Allen Kirkpatrick worked at the Victoria Times for years. Lon Wood, another retired Victoria "
     "journalist who knew the family, said he met Ben and the other children through their parents.", []),
    ("the reporter chosen stays", "John Smith joined Acme in 1990. Peter Brown said he founded Beta Corp in 2001.",
     [("he", "Peter Brown")]),
]


@pytest.mark.parametrize("name, text, expected", REPORTED, ids=[c[0] for c in REPORTED])
def test_pronoun_reported_by_a_person(nlp, name, text, expected):
    assert [pair for pair in links(nlp, text) if pair[0].lower() == "he"] == expected


UNNAMED = [
    ("an age as a subject: the one person named before", "John Smith was fired last week. The 45-year-old was "
     "hired by Goldman Sachs in 2002.", [("The 45-year-old", "John Smith")]),
    ("an age with two people named before", "John Smith met Peter Brown. The 45-year-old was hired by Goldman "
     "Sachs in 2002.", []),
    ("an age as an object is a description, not a reference", "John Smith was fired. Police found the 45-year-old "
     "in Boston.", []),
    ("its post: the one organisation in its sentence", "Mary Barra grew up in Michigan. She joined General Motors "
     "in 1980 and has served as its CEO since 2014.", [("its", "General Motors")]),
    ("its post: the organisation the sentence before was about", "General Motors reported earnings on Tuesday. "
     "Mary Barra has served as its CEO since 2014.", [("its", "General Motors")]),
    ("its post with two organisations before it", "Apple and Google met in Cupertino. Microsoft said its CEO "
     "Satya Nadella would travel.", [("its", "Microsoft")]),
    ("its post with two organisations in its sentence", "Apple, which bought Beats Electronics, said its CEO "
     "Tim Cook would travel.", []),
    ("a place does not own the post", "The host committee for the gathering in Cleveland has collected $56 million, "
     "said David Gilbert, its president.", []),
    ("its before a noun for no post", "General Motors reported earnings. Its shares fell on Tuesday.", []),
]


@pytest.mark.parametrize("name, text, expected", UNNAMED, ids=[c[0] for c in UNNAMED])
def test_unnamed_references(nlp, name, text, expected):
    assert [pair for pair in links(nlp, text) if pair[0].lower() in ("its", "the 45-year-old")] == expected


def test_its_post_reaches_the_organisation(nlp):
    text = "General Motors reported earnings on Tuesday. Mary Barra has served as its CEO since 2014."
    assert ("Mary Barra", "affiliated_with", "General Motors") in [(s, p, o) for s, p, o, q in claims(nlp, text)]


COMPANY = [
    ("the company: the organisation the story is about", "Microsoft reported earnings on Tuesday. The company "
     "acquired LinkedIn for $26 billion.", ("Microsoft", "acquired", "LinkedIn"), True),
    ("a reporting tail's speaker is not what the story is about", "Microsoft reported earnings on Tuesday, the FBI "
     "said. The company acquired LinkedIn for $26 billion.", ("FBI", "acquired", "LinkedIn"), False),
    ("the company said it: the organisation", "Microsoft reported earnings on Tuesday. The company said it "
     "acquired LinkedIn for $26 billion.", ("Microsoft", "acquired", "LinkedIn"), True),
]


@pytest.mark.parametrize("name, text, triple, found", COMPANY, ids=[c[0] for c in COMPANY])
def test_the_company(nlp, name, text, triple, found):
    assert (triple in [(s, p, o) for s, p, o, q in claims(nlp, text)]) is found


@pytest.mark.parametrize("text, subject", [
    ("Banner Industries Inc said it plans to buy Rexnord Inc. It said the funds will be obtained through a private "
     "placement, for which Drexel Burnham Lambert Inc is acting as agent. Banner said it expects to complete the "
     "merger with Rexnord within 60 days.", ("Banner Industries Inc", "Banner")),
])
def test_the_it_of_what_a_company_says_is_the_company(nlp, text, subject):
    """The company by its full name, or by its short name typed ORG (entity_rules' company_names: the
    short name opens the legal name), which resolution joins to it; never Drexel."""
    found = {(s, o) for s, p, o, _ in claims(nlp, text) if p == "partnered_with"}
    assert found and all(set(subject) & {s, o} for s, o in found), found


def test_a_dateline_city_the_parser_made_the_reporter_leaves_the_it_alone(nlp):
    # the parser reads "MELBOURNE" as the subject of "said": "it" is still the company
    text = ("MELBOURNE, March 3 - Equity investment company Battery Group Ltd said it had agreed to buy Occidental "
            "Life Insurance Co of Australia Ltd from TransAmerica Corp of the U.S.")
    assert ("Battery Group Ltd", "acquired", "Occidental Life Insurance Co of Australia Ltd", {}) in claims(nlp, text)


def test_its_deal_is_the_deal_of_the_it_before_it(nlp):
    text = ("Hughes Tool Co said its board has appointed a committee to search for a chief operating officer "
            "in the event that it does not complete its merger with Baker International Corp.")
    assert ("Hughes Tool Co", "partnered_with", "Baker International Corp", {}) in claims(nlp, text), claims(nlp, text)
