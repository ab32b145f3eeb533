"""A speaker does not name themselves in the third person (quotes/self_naming.py): the rule on
hand-built quotes, then through extract_quotes on a short text."""
from __future__ import annotations

import pytest

from pipeline.extract.quotes.self_naming import names_in_third_person
from tests.extract.test_quotes import said

CASES = [
    ("Of course they want money, but Mr Weitz is a wonderful director", "Chris Weitz", (), True),
    ("Sir Alex was brilliant today", "Alex Ferguson", (), True),
    ("I said to Harry 'I hope you don't go', and he told me 'absolutely not'", "Harry Redknapp", (), True),
    ("I have made my admiration for David very clear", "David Blunkett", (), True),
    # another person's name holding the given name may be theirs
    ("I believe David will make a great leader", "David Moorcroft", ("David Collins",), False),
    # someone quoted by the speaker may call the speaker by name
    ("Marla called and said, 'Susan, I can't do it.'", "Susan Crawford", (), False),
    # a given name that opens another person's full name
    ("I played with Harry Kewell for years", "Harry Redknapp", (), False),
    # a surname alone names a family, a firm or a government as well
    ("The Blair government has done well", "Tony Blair", (), False),
    ("We will win the election", "Tony Blair", (), False),
    # only a full name tells given name from surname
    ("Mr Weitz is a wonderful director", "Weitz", (), False),
    ("Mr Weitz is a wonderful director", "Mr Chris Weitz", (), False),
]


@pytest.mark.parametrize("words, name, others, expected", CASES)
def test_a_quote_naming_its_speaker_in_the_third_person(words, name, others, expected):
    assert names_in_third_person(words, name, others) is expected


def test_a_pronoun_speaker_named_inside_the_quote_is_dropped(nlp):
    text = ("Harry Redknapp left Portsmouth on Monday. According to Milan Mandaric, Redknapp vowed he would not "
            "join Southampton. \"I said to Harry 'I hope you don't go', and he told me 'absolutely not',\" he said.")
    assert not [pair for pair in said(nlp, text) if pair[0] == "Harry Redknapp"]
