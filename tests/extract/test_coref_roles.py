"""Described people ("the mayor", "The Republican nominee") linked to the named person: one table case per rule."""
from __future__ import annotations

import pytest

from test_coref import links

CASES = [
    ("title before the name -> 'the mayor'",
     "Mayor Bill de Blasio described the blast as intentional. At a press conference, the mayor also said "
     "it was too early to tell.",
     [("the mayor", "Bill de Blasio")]),
    ("apposition with modifiers -> 'The Republican nominee'",
     "Donald Trump, the Republican presidential nominee, spoke in Ohio. The Republican nominee said the plan "
     "would work.",
     [("The Republican nominee", "Donald Trump")]),
    ("abbreviated title -> 'the senator'",
     "Sen. Bernie Sanders spoke to reporters on Tuesday. The senator said the bill would pass.",
     [("The senator", "Bernie Sanders")]),
    ("another party rules the role holder out",
     "Republican presidential nominee Donald Trump spoke in Ohio. The Democratic nominee said the plan "
     "would fail.",
     []),
    ("a former office does not fit the present description",
     "Former President Bill Clinton spoke first. President Barack Obama listened. The president said the "
     "plan would work.",
     [("The president", "Barack Obama")]),
    ("generic noun as the subject of a second conjunct with its own first subject",
     "Mary Jones starred in the film. Her lawyer negotiated with court officials, and the actress traveled "
     "to nearby Palm Springs.",
     [("the actress", "Mary Jones")]),
    ("two holders of the same role -> nothing",
     "Governor Jerry Brown met Governor Andrew Cuomo in Albany. The governor said the talks went well.",
     []),
    ("generic noun with gender -> the one fitting person just named",
     "Donald Trump met Hillary Clinton in the afternoon. The New York businessman said the talks went badly.",
     [("The New York businessman", "Donald Trump")]),
    ("generic noun with two people of unknown fit -> the subject, as for 'he'",
     "Donald Trump met Mike Pence in the afternoon. The candidate said the talks went well.",
     [("The candidate", "Donald Trump")]),
    ("generic noun with two people, neither a subject -> nothing",
     "A photo of Donald Trump with Mike Pence went round. The candidate said the talks went well.",
     []),
    ("another rank of the office is not the office",
     "President Barack Obama spoke first. Vice President Joe Biden spoke next. The president said "
     "the talks went well.",
     [("The president", "Barack Obama")]),
    ("an age before the noun is part of the description",
     "Mary Jones met John Smith on Monday. The 34-year-old mother of three said the talks went well.",
     [("The 34-year-old mother", "Mary Jones")]),
    # "the winner" is no role learned from the predicate; the speaker is the one person, the subject,
    # of the sentence before
    ("a predicate teaches no role; the sentence before's one subject speaks",
     "Mike Pence was the winner of the debate. Later the winner said the talks went well.",
     [("the winner", "Mike Pence")]),
    ("a predicate teaches no role to a description two sentences on",
     "Mike Pence was the winner of the debate. The hall emptied slowly. Later the winner said the talks went well.",
     []),
    ("an office noun with no one holding it -> nothing",
     "Donald Trump spoke in Ohio on Monday. The mayor said the rally was peaceful.",
     []),
    # a description naming its body stands only for someone the article ties to that body
    ("a body's spokesman is not the one man of another story on the page",
     "A man was shot outside a bar in Vancouver. Police Const. Tim Fanning said officers found the victim. "
     "In Oregon, a bomb exploded at a bank in Woodburn. The spokesman for the Bureau of Alcohol, Tobacco, "
     "Firearms and Explosives also said agents were searching the area.",
     []),
    ("a party before the noun is the role's, no body to be tied to",
     "Donald Trump spoke in Ohio on Monday. The GOP presidential candidate said the plan would work.",
     [("The GOP presidential candidate", "Donald Trump")]),
    # a description in what someone says describes another person, never the speaker
    ("a description in a speaker's complement is not the speaker",
     "Her agent Tom Baxter said on Monday that the singer had flown to Paris.",
     []),
    ("a description in the complement of a speaker named in an apposition",
     "The lawyer, Mary Jones, said that the actress would appear in court.",
     []),
    ("a description as the speaker's own subject still links",
     "Mary Jones starred in the film. The actress said on Monday that the trial would start in May.",
     [("The actress", "Mary Jones")]),
    ("an apposition's person noun of no person-like ending is a role -> 'the champion'",
     "Hayley Yelling, the European cross-country champion, will lead the team in France next month. "
     "\"It would be fantastic to have Paula in the team,\" said the European cross-country champion.",
     [("the European cross-country champion", "Hayley Yelling")]),
    ("a role noun in apposition is a role too -> 'the captain'",
     "Steven Gerrard, the Liverpool captain, missed the match against Chelsea on Sunday. \"We will be back,\" "
     "said the captain.",
     [("the captain", "Steven Gerrard")]),
    ("a described speaker after a sentence whose one person is its subject -> that person",
     "Britain's Paula Radcliffe has also not ruled out competing in the World Cross Country Championships. "
     "\"It is an event which is special to me,\" said the two-time champion.",
     [("the two-time champion", "Paula Radcliffe")]),
    ("a group noun is no described person",
     "Donald Trump spoke for an hour in Phoenix. The crowd chanted back at him, \"Build the wall.\"",
     []),
    ("a rank tells two seeds apart -> the sentence's subject, not the seventh seed",
     "Roger Federer beat seventh seed Feliciano Lopez. Federer was happy with his form. \"I played better,\" "
     "said the top seed.",
     [("the top seed", "Federer")]),
    ("a pronoun's kin -> the one named with that kin title, nobody named since",
     "Thorne Nogar recorded hundreds of sessions for RCA in the 1950s. Nogar's son Stephen, 57, said the tapes "
     "had been kept in a garage. \"They were his favourite tapes,\" his son said.",
     [("his son", "Stephen")]),
    ("a pronoun's kin after another person is named -> nobody",
     "Barack Obama's wife Michelle spoke first at the rally. Joe Biden arrived later. \"It was a great night,\" "
     "his wife said.",
     []),
    ("a body's spokesman named with that body -> him",
     "Tom Baxter, a spokesman for the Boulder Fire Department, said the fire was out. The spokesman for the "
     "Boulder Fire Department said nobody was hurt.",
     [("The spokesman", "Tom Baxter")]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_description_rules(nlp, name, text, expected):
    found = [pair for pair in links(nlp, text) if pair[0].lower() not in ("he", "she", "it", "they")]
    assert found == expected
