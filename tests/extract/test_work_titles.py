"""A title in title case right after a possessed work noun is a work (entities/work_titles.py,
possessed_work_titles): "Jane Roe's new single Paper Moon". Each title is one the model alone
types a person, a place or an organisation, or tags not at all; the shapes that are no title stay."""
from __future__ import annotations

import pytest

from pipeline.extract.entities.mentions import collect_mentions


def works_of(nlp, text: str) -> set[str]:
    return {m.text for m in collect_mentions(nlp(text)) if m.label == "WORK_OF_ART"}


TITLES = [
    ("Jane Roe's new single Paper Moon went straight to number one.", "Paper Moon"),
    ("The band broke through with their third album Final Rain.", "Final Rain"),
    ("Author Tom Brown beat him with his book Cloud River.", "Cloud River"),
    # a small word inside the title, a date word after it ends the title
    ("Her first single Girl in a Bottle came out in October.", "Girl in a Bottle"),
    ("His album Blue Harbour in May sold two million copies.", "Blue Harbour"),
    ("Acme Games' video game Star Runner 2 sold well.", "Star Runner 2"),
    # no possessive, the maker after "by"; "by" before a pronoun is the title's own
    ("The novel Silver Lane by Anna Smith was shortlisted.", "Silver Lane"),
    ("Her single Stay by Me reached number two.", "Stay by Me"),
]

NO_TITLES = [
    # the name after a sentence's opening phrase is its subject, not the album's title
    ("On her album Madonna sings about faith.", "Madonna"),
    ("In Tom Brown's book Mr Smith is said to have lied.", "Mr Smith"),
    # a date after a club's game
    ("Arsenal's game Saturday was called off.", "Saturday"),
    # no possessive: whose work it is says nothing here
    ("At the show Kylie Minogue sang three songs.", "Kylie Minogue"),
]


@pytest.mark.parametrize("text, title", TITLES)
def test_possessed_work_title(nlp, text, title):
    assert title in works_of(nlp, text)


@pytest.mark.parametrize("text, name", NO_TITLES)
def test_no_possessed_work_title(nlp, text, name):
    assert name not in works_of(nlp, text)
