"""Works, products and events do not speak (quotes/speaker_types.py): a quote's speaker the
NER typed so is a person (a given name first) or an organisation, in each mention of its words."""
from __future__ import annotations

import pytest

from models import Mention, RelationMention
from pipeline.extract.quotes.speaker_types import type_speakers


def _mention(index, text, label, refers_to=None):
    return Mention(index=index, text=text, label=label, start=10 * index, end=10 * index + len(text), refers_to=refers_to)


@pytest.mark.parametrize("speaker, label, expected", [
    ("Henri Termeer", "WORK_OF_ART", "PERSON"),
    ("S and P", "WORK_OF_ART", "ORG"),
    ("Peru Report", "WORK_OF_ART", "ORG"),
    ("Simon Yates", "PRODUCT", "PERSON"),
    ("Jean-Michel Lemetayer", "WORK_OF_ART", "PERSON"),  # a hyphenated given name
    ("Article I", "LAW", "LAW"),  # a document speaks
    ("Henri Termeer", "PERSON", "PERSON"),  # typed right: left alone
    ("Genzyme", "ORG", "ORG"),
])
def test_a_speaker_is_no_work(speaker, label, expected):
    mentions = [_mention(0, speaker, label), _mention(1, speaker, label), _mention(2, "he", "PERSON", refers_to=0)]
    said = RelationMention(predicate="said", subject=2, value="It works.", rule="quote:frame-after", sentence_start=0, sentence_end=40)
    assert [m.label for m in type_speakers(mentions, [said])] == [expected, expected, "PERSON"]


def test_a_work_that_does_not_speak_keeps_its_type():
    mentions = [_mention(0, "Henri Termeer", "WORK_OF_ART"), _mention(1, "Genzyme", "ORG")]
    said = RelationMention(predicate="said", subject=1, value="It works.", rule="quote:frame-after", sentence_start=0, sentence_end=40)
    assert [m.label for m in type_speakers(mentions, [said])] == ["WORK_OF_ART", "ORG"]


def test_the_analysis_retypes_its_speakers(nlp):
    from models import Article
    from pipeline.extract import analyse_doc

    text = '"We expect prices to fall further in the coming months," Rei Shiratori, an economist at the bank, said.'
    analysis = analyse_doc(nlp(text), Article(article_id="a", source="t.txt", status="kept", text=text))
    assert ("Rei Shiratori", "PERSON") in {(m.text, m.label) for m in analysis.mentions}, analysis.mentions
