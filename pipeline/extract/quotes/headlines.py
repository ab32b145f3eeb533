"""Quoted words in a 'Name: ...' headline are the named person's: 'Issa: Hillary Clinton's
‘Honesty Is In Question.’', 'Trump: ‘I'm the Worst Thing That Ever Happened to the Establishment.’'.

Headlines quote in single marks, which the quote finder (double marks only) leaves alone, and in
Title Case, which elsewhere marks a title. Only the text's first paragraph is read, only when it
opens with at most a few words and a colon and those words end with a person's name ('McCain
Challenger Kelli Ward:'); 'The Latest:' or 'EXCLUSIVE:' name nobody.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extract.doctext import doc_text
from pipeline.extract.mention_index import MentionIndex
from pipeline.extract.quotes.frames import Framed
from pipeline.extract.quotes.spans import QuoteSpan, paragraph_bounds

LABEL = re.compile(r"^\s*([^:\n]{2,60}?):\s")
# A single-quoted stretch: the opening mark at a word's start, the closing one not inside a word
# ('Trump’s' is an apostrophe).
SINGLE_QUOTED = re.compile(r"(?:(?<=\s)|(?<=^))‘((?:[^‘’\n]|’(?=[A-Za-z]))+?)’(?![A-Za-z])")
MAX_LABEL_WORDS = 5
TRAILING = " ,.;:!?"


def headline_quotes(doc: Doc, index: MentionIndex, framed: list[Framed]) -> list[Framed]:
    """Frames for the single-quoted words of a 'Name: ...' headline; the double-quoted ones among
    `framed` that found no speaker are given the name in place."""
    text = doc_text(doc)
    label = LABEL.match(text)
    if label is None or len(label.group(1).split()) > MAX_LABEL_WORDS:
        return []
    speaker = _person_ending_at(doc, index, label.end(1))
    if speaker is None:
        return []
    end = paragraph_bounds(text, label.end())[1]
    found = []
    for item in framed:
        if item.speaker is None and label.end() <= item.quote.mark_start < end:
            item.speaker, item.rule = speaker, "quote:headline"
    for match in SINGLE_QUOTED.finditer(text, label.end(), end):
        start, stop = match.start(1), match.end(1)
        while stop > start and text[stop - 1] in TRAILING:
            stop -= 1
        if stop > start:
            quote = QuoteSpan(start=start, end=stop, mark_start=match.start(), mark_end=match.end(),
                              open_ended=False, inner_end=match.end(1))
            found.append(Framed(quote, speaker, None, "quote:headline"))
    return found


def _person_ending_at(doc: Doc, index: MentionIndex, end: int) -> int | None:
    """The person's name the label ends with, if any."""
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    mention = index.narrowest(last[0]) if last is not None else None
    if mention is None or mention.end != end or index.root(mention).label != "PERSON":
        return None
    return mention.index
