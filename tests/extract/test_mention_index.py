"""The one mention index: its two tie rules where mentions nest, and the refers_to chain."""
from __future__ import annotations

from models import Mention
from pipeline.extract.mention_index import MentionIndex, root_mention


def _mention(index, text, start, label="ORG", refers_to=None):
    return Mention(index=index, text=text, label=label, start=start, end=start + len(text), refers_to=refers_to)


def test_nested_mentions_narrowest_for_names_widest_for_arguments(nlp):
    text = "The Chinese university said so."
    doc = nlp(text)
    outer = _mention(0, "The Chinese university", 0)
    inner = _mention(1, "Chinese", 4, label="NORP")
    index = MentionIndex(doc, [outer, inner])
    chinese = doc[1]
    assert index.narrowest(chinese) is inner
    assert index.widest(chinese) is outer
    assert index.widest(doc[2]) is index.narrowest(doc[2]) is outer
    assert index.narrowest(doc[3]) is None


def test_ties_go_to_the_lower_index(nlp):
    doc = nlp("Acme met Beta.")
    first, second = _mention(0, "Acme", 0), _mention(1, "Acme", 0)
    index = MentionIndex(doc, [second, first])
    assert index.narrowest(doc[0]) is first and index.widest(doc[0]) is first


def test_root_follows_refers_to_and_survives_cycles():
    named = _mention(0, "Acme", 0)
    described = _mention(1, "the company", 10, refers_to=0)
    pronoun = _mention(2, "it", 30, refers_to=1)
    by_index = {m.index: m for m in (named, described, pronoun)}
    assert root_mention(pronoun, by_index) is named
    loop_a, loop_b = _mention(3, "x", 40, refers_to=4), _mention(4, "y", 45, refers_to=3)
    assert root_mention(loop_a, {3: loop_a, 4: loop_b}) in (loop_a, loop_b)
    dangling = _mention(5, "z", 50, refers_to=99)
    assert root_mention(dangling, by_index) is dangling
