"""A writer whose passage an article quotes ("McCrummen reports:") is not whom the passage's
speaking he/she stands for; the passage's own names are (coreference/writers.py). A lone given
name the name list is sure of gives its person a gender (coreference/gender.py)."""
from __future__ import annotations

import pytest

from pipeline.extract.coreference.links import link_references
from pipeline.extract.entities.mentions import collect_mentions


def antecedent_of(nlp, text: str, pronoun_at: str) -> str | None:
    """The name the pronoun right after `pronoun_at` refers to, or None."""
    doc = nlp(text)
    mentions = link_references(doc, collect_mentions(doc))
    by_index = {m.index: m for m in mentions}
    start = text.index(pronoun_at) + len(pronoun_at)
    for m in mentions:
        if m.start == start and m.refers_to is not None:
            return by_index[m.refers_to].text
    return None


PASSAGE = ("The newspaper sent its reporter Sarah Mitchell to a farm in Iowa. Mitchell reports:\n\n"
           "\"Jennifer Adams thought the plan was absurd. She was tired, sure.\n\n"
           "“Nobody asked us,” she said, pouring coffee.")

CASES = [
    # the passage's she is Rosalind, whom the quoted narrative names, not the writer who introduced it
    (PASSAGE, "“Nobody asked us,” ", "Jennifer Adams"),
    # a writer the text also makes speak stays a speaking pronoun's antecedent
    ("Sarah Mitchell told the radio station that the farm was failing. “It is grim,” she said.",
     "“It is grim,” ", "Sarah Mitchell"),
]


@pytest.mark.parametrize("text, before, expected", CASES)
def test_speaking_pronoun_in_a_quoted_passage(nlp, text, before, expected):
    assert antecedent_of(nlp, text, before) == expected


def test_writer_alone_is_no_antecedent(nlp):
    """With the passage's narrative names gone, the writer is still not the speaker: no link."""
    text = ("The newspaper sent its reporter Sarah Mitchell to a farm in Iowa. Mitchell writes:\n\n"
            "\"The wind was loud.\n\n“Nobody asked us,” she said.")
    assert antecedent_of(nlp, text, "“Nobody asked us,” ") != "Sarah Mitchell"


def test_a_lone_given_name_has_its_gender(nlp):
    text = ("Melanie watched the speech at home. Kevin was snoring.\n\n"
            "“Here he is, babe,” she said.")
    assert antecedent_of(nlp, text, "“Here he is, babe,” ") == "Melanie"
