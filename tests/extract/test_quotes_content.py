"""Reported content around direct quotes: the whole clause a speech or verdict verb introduces."""
from __future__ import annotations

import pytest

from pipeline.extract.coreference.links import link_references
from pipeline.extract.entities.mentions import collect_mentions
from pipeline.extract.quotes.content import CONTENT_KEY, content_bounds
from pipeline.extract.quotes.direct import extract_quotes


def contents(nlp, text: str) -> list[tuple[str, str, str]]:
    """(speaker's name, quoted words, reported content) per said-relation."""
    doc = nlp(text)
    mentions = link_references(doc, collect_mentions(doc))
    by_index = {m.index: m for m in mentions}
    found = []
    for rel in extract_quotes(doc, mentions):
        start, end = content_bounds(rel, text)
        assert start <= rel.value_span[0] < rel.value_span[1] <= end, "the content holds the quote"
        assert rel.sentence_start <= start < end <= rel.sentence_end, "the evidence holds the content"
        if CONTENT_KEY in rel.qualifiers:
            assert text[start:end] == rel.qualifiers[CONTENT_KEY]
        speaker = by_index[rel.subject]
        name = by_index[speaker.refers_to].text if speaker.refers_to is not None else speaker.text
        found.append((name, rel.value, rel.qualifiers.get(CONTENT_KEY, "")))
    return found


CASES = [
    ("that-clause around a short quote",
     "John Smith said that the agreements were handed out “like candy.”",
     [("John Smith", "like candy.", "that the agreements were handed out “like candy.”")]),
    ("bare complement, quote in the middle",
     "Mary Jones said she has “big plans” for the final month of the campaign.",
     [("Mary Jones", "big plans", "she has “big plans” for the final month of the campaign")]),
    ("a second clause the parser hung off the verb on its own",
     "But Smith said Jones has “enormous respect” for the military and his rubble comment was instead an "
     "expression of frustration with the strategy the U.S. has taken in its battle against the Islamic State.",
     [("Smith", "enormous respect", "Jones has “enormous respect” for the military and his rubble comment was "
       "instead an expression of frustration with the strategy the U.S. has taken in its battle against the "
       "Islamic State")]),
    ("verdict verb: object and quoted verdict",
     "Harry Reid called the plan “a disaster for working families” on Tuesday.",
     [("Harry Reid", "a disaster for working families", "the plan “a disaster for working families”")]),
    ("verdict verb with 'as'",
     "Bill Clinton described the Affordable Care Act as a “crazy system” during a stop in Flint.",
     [("Bill Clinton", "crazy system", "the Affordable Care Act as a “crazy system”")]),
    ("two quotes in one complement share one content",
     "Donald Trump said he won “every single debate” and that there is “a lot going on.”",
     [("Donald Trump", "every single debate", "he won “every single debate” and that there is “a lot going on.”"),
      ("Donald Trump", "a lot going on.", "he won “every single debate” and that there is “a lot going on.”")]),
    ("content before a quote framed after it",
     "Her right foot was “so swollen I could barely get my shoe on,” Mary Jones said.",
     [("Mary Jones", "so swollen I could barely get my shoe on", "Her right foot was “so swollen I could barely get my shoe on,”")]),
    ("a whole direct quote has no separate content",
     "“We will keep building these schools,” John Smith told reporters on Monday.",
     [("John Smith", "We will keep building these schools", "")]),
    ("a show title under a speech verb is not speech",
     "Paul Ryan said on CBS's “Face the Nation” that taxes would fall.",
     []),
    ("a title inside the frame does not stop the next quote",
     "“The first part is here,” John Smith said on Fox News’s “Fox and Friends.” “I mean, the second part follows.”",
     [("John Smith", "The first part is here", ""), ("John Smith", "I mean, the second part follows.", "")]),
    ("a verdict goes on after its quoted words up to the writer's circumstances",
     "Barack Obama condemned the test as “provocative and destabilizing” and a “grave threat” to regional "
     "stability during a call on Friday.",
     [("Barack Obama", "provocative and destabilizing", "the test as “provocative and destabilizing”"),
      ("Barack Obama", "grave threat", "the test as “provocative and destabilizing” and a “grave threat” to "
       "regional stability")]),
    ("a frame set off by commas inside the reported sentence: the sentence is the content",
     "These employees, John Stumpf explained earlier in the hearing, were “well-paid,” making $30,000 a year.",
     [("John Stumpf", "well-paid", "These employees, John Stumpf explained earlier in the hearing, were "
       "“well-paid,” making $30,000 a year")]),
    ("a frame after the writer's own setting is no such sentence",
     "Asked to describe the device, James O'Neill said, “Not going to go into that now.”",
     [("James O'Neill", "Not going to go into that now.", "")]),
    ("an 'as' frame: the clause it is set into",
     "As Margarita Simonyan put it in a statement in July, RT is “providing a perspective you won't get elsewhere.”",
     [("Margarita Simonyan", "providing a perspective you won't get elsewhere.",
       "RT is “providing a perspective you won't get elsewhere.”")]),
    ("a closing frame the parser did not attach: the sentence before it",
     "His father's sudden death when he was 12 drives him “to have purpose,” and he finds that in government "
     "work, Tom Perez said.",
     [("Tom Perez", "to have purpose", "His father's sudden death when he was 12 drives him “to have purpose,” "
       "and he finds that in government work")]),
    ("a quoted label outside any reported clause is nobody's",
     "The two countries signed a “no limits” partnership in Beijing.",
     []),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_reported_content(nlp, name, text, expected):
    assert contents(nlp, text) == expected
