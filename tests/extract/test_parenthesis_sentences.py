"""A closing parenthesis inside a sentence ends no sentence (paragraphs.parenthesis_runs_on)."""
from __future__ import annotations

import pytest


RUNS_ON = [
    ("bio line", "Michael Haltzel, former adviser to Vice President (then-Senator) Joseph R. Biden, Jr., "
                 "is Senior Fellow at the Center for Transatlantic Relations."),
    ("party letter", "The senator (D-Ohio) Sherrod Brown told reporters he would vote against it."),
    ("dated aside", "The company (founded in 1998) Google now employs thousands of engineers."),
]
ENDS = [
    ("full stop inside", "He left the room (quietly.) The next day he resigned.", 2),
    ("new line after", "Photo caption (AP)\nThe President spoke on Monday.", 2),
    ("parenthesis opens the line", "(AP) The President spoke on Monday. He left.", 2),
]


@pytest.mark.parametrize("case,text", RUNS_ON)
def test_a_parenthesis_inside_a_sentence_runs_on(nlp, case, text):
    assert len(list(nlp(text).sents)) == 1, case


@pytest.mark.parametrize("case,text,sentences", ENDS)
def test_boundaries_the_parenthesis_does_not_make_stay(nlp, case, text, sentences):
    assert len(list(nlp(text).sents)) >= sentences, case


def test_the_bio_subject_is_the_author_not_the_person_in_the_aside(nlp):
    doc = nlp(RUNS_ON[0][1])
    fellow = next(t for t in doc if t.text == "Fellow")
    subject = next(c for c in fellow.head.children if c.dep_ == "nsubj")
    assert subject.text == "Haltzel"
