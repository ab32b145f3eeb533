"""Quoted words in a 'Name: ...' headline are the named person's: 'Issa: Hillary Clinton's
‘Honesty Is In Question.’', 'Trump: ‘I'm the Worst Thing That Ever Happened to the Establishment.’'.
So are the words of a headline that ends with its speaker: '‘Hands Off Our Pensions’: Warren',
'‘We Will Not Back Down,’ Says Warren', '‘...,’ Warren Says'.

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
from pipeline.extract.quotes.transcripts import person_with_surname
from pipeline.lexicon import DASHES
from pipeline.speech_words import speech_word

LABEL = re.compile(r"^\s*([^:\n]{2,60}?):\s")
# A single-quoted stretch: the opening mark at a word's start, the closing one not inside a word
# ('Trump’s' is an apostrophe).
SINGLE_QUOTED = re.compile(r"(?:(?<=\s)|(?<=^))‘((?:[^‘’\n]|’(?=[A-Za-z]))+?)’(?![A-Za-z])")
DOUBLE_QUOTED = re.compile(r"[“\"][^“”\"\n]+[”\"]")
MAX_LABEL_WORDS = 5
TRAILING = " ,.;:!?"


def headline_quotes(doc: Doc, index: MentionIndex, framed: list[Framed]) -> list[Framed]:
    """Frames for the single-quoted words of a headline that names its speaker before them ('Name:
    ...') or after them; the double-quoted ones among `framed` that found no speaker are given the
    name in place."""
    text = doc_text(doc)
    label = LABEL.match(text)
    speaker = None
    if label is not None and len(label.group(1).split()) <= MAX_LABEL_WORDS:
        speaker = _person_ending_at(doc, index, label.end(1))
    if speaker is not None:
        first, end = label.end(), paragraph_bounds(text, label.end())[1]
    else:
        first, end = 0, paragraph_bounds(text, 0)[1]
        speaker = _speaker_closing(doc, index, text, first, end)
        if speaker is None:
            return []
    found = []
    for item in framed:
        if item.speaker is None and first <= item.quote.mark_start < end:
            item.speaker, item.rule = speaker, "quote:headline"
    for match in SINGLE_QUOTED.finditer(text, first, end):
        start, stop = match.start(1), match.end(1)
        while stop > start and text[stop - 1] in TRAILING:
            stop -= 1
        if stop > start:
            quote = QuoteSpan(start=start, end=stop, mark_start=match.start(), mark_end=match.end(),
                              open_ended=False, inner_end=match.end(1))
            found.append(Framed(quote, speaker, None, "quote:headline"))
    return found


def _speaker_closing(doc: Doc, index: MentionIndex, text: str, first: int, end: int) -> int | None:
    """The speaker a headline names after its last quote: '‘...’: Warren' (a colon or dash, then a
    person's name closing the line), '‘...,’ Says Warren' or '‘...,’ Warren Says' (a speech verb
    beside a person's or organisation's name)."""
    closing = max((m.end() for m in SINGLE_QUOTED.finditer(text, first, end)), default=None)
    closing = max([closing or -1] + [m.end() for m in DOUBLE_QUOTED.finditer(text, first, end)])
    if closing < 0:
        return None
    tail = doc.char_span(closing, end, alignment_mode="expand")
    if tail is None:
        return None
    words = [t for t in tail if not t.is_punct and not t.is_space]
    if not words:
        return None
    lead = text[closing:words[0].idx]
    verbs = [t for t in (words[0], words[-1]) if speech_word(t.text)]
    named = [t for t in words if not any(t is v for v in verbs)]
    mention = index.narrowest(named[-1]) if named else None
    if mention is None or {t.i for t in named} != set(range(named[0].i, named[-1].i + 1)):
        return None
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start != named[0].i or span.end != named[-1].i + 1:
        return None  # the words after the quote are the name and the verb, nothing else
    label = index.root(mention).label
    if verbs and len(verbs) == 1 and label in ("PERSON", "ORG"):
        return mention.index
    if not verbs and label == "PERSON" and any(mark in lead for mark in (":", *DASHES)):
        return mention.index
    return None


def _person_ending_at(doc: Doc, index: MentionIndex, end: int) -> int | None:
    """The person's name the label ends with, if any."""
    end = len(doc_text(doc)[:end].rstrip())  # "On this date : In 1833": a label set off by spaces
    last = doc.char_span(end - 1, end, alignment_mode="expand") if end else None
    if last is not None and not len(last):
        last = None
    mention = index.narrowest(last[0]) if last is not None else None
    if mention is None and last is not None and len(last) == 1 and last.start == 0 and last[0].is_title:
        return person_with_surname(index, last[0].text)
    if mention is None or mention.end != end or index.root(mention).label != "PERSON":
        return None
    return mention.index
