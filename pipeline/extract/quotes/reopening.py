"""Marks that reopen a quote, or start a new one, where a dump lost the paragraph breaks.

BBC style reopens a quote at each quoted paragraph without closing the one before; with the
breaks lost (one line per article) the reopening marks sit mid-line, and a mark after a colon
frame ('Mr Milburn said: "') opens a new quote while the one before was closed by a break no
longer there.
"""
from __future__ import annotations

import re

from pipeline.extract.quotes.marks import (
    BACKTICKS, CLOSING, NESTED_CLOSING, OPENING, PLAIN_DOUBLE, SENTENCE_END, STRAIGHT, opening_shaped,
)
from pipeline.speech_words import speech_word


def reopens_sentence(text: str, i: int, mark: str, opened_with: str, para_start: int) -> bool:
    """An opening mark of the open quote's kind at a sentence's start inside it: the writer
    (BBC style) reopens the quote at each quoted sentence or run-together paragraph without
    closing the one before, so the mark goes on with the quote rather than closing it."""
    same_kind = mark == opened_with or (mark in PLAIN_DOUBLE and opened_with in PLAIN_DOUBLE) \
        or (mark in OPENING and opened_with in OPENING)
    if not same_kind or mark == BACKTICKS or not opening_shaped(text, i, mark, para_start):
        return False
    if not text[i + len(mark)].isupper() and not text[i + len(mark)].isdigit():
        return False  # '... dream about! "in the film': a new sentence starts with a capital
    before = text[para_start:i].rstrip().rstrip(NESTED_CLOSING)  # "... say 'wow - that's interesting.' "My ..."
    return bool(before) and before[-1] in SENTENCE_END | {"…"} and not frame_follows(text, i + len(mark))


def colon_frame_start(text: str, i: int, mark: str, inside: int, para_start: int) -> int | None:
    """Where the narration starts when the mark at `i` opens a quote after a colon frame ('...
    Mr Milburn said: "') while a quote is open: the start of the frame's sentence, after the last
    sentence end of the open quote. None when the mark is no such opening or the frame is no
    sentence of its own (a quoted speaker's own 'I said: "...' is a nested quote)."""
    if mark not in PLAIN_DOUBLE + tuple(OPENING) or not opening_shaped(text, i, mark, para_start):
        return None
    before = text[inside:i].rstrip()
    if not before.endswith(":"):
        return None
    ends = [k for k in range(len(before) - 1) if before[k] in SENTENCE_END and before[k + 1] == " "]
    if not ends:
        return None
    frame = before[ends[-1] + 1:-1].split()
    if not frame or not frame[0][0].isupper() or len(frame) > 4 * MAX_FRAME_WORDS \
            or not any(speech_word(w.strip(",;")) for w in frame[-5:]) \
            or any(w.lower().replace("’", "'").split("'")[0] in FIRST_AND_SECOND_PERSON for w in frame):
        return None
    return inside + ends[-1] + 1


# A closing mark typed with its space on the wrong side ('... a fight. "' at a line's end,
# 'pensioners, "he told'): detokenised text, where a mark after a sentence end may close a quote
# as well as reopen it, so no mark is read as reopening one.
SPACED_CLOSING = re.compile(r'[.!?,] ["”](?:\n|$|[a-z])')
# Words a frame's speaker may take before its verb ('"Colts interim coach Bruce Arians asked').
MAX_FRAME_WORDS = 6
FIRST_AND_SECOND_PERSON = frozenset({"i", "we", "you"})


def frame_follows(text: str, after: int) -> bool:
    """'"Would we have done it without him? "Colts interim coach Bruce Arians asked': detokenised
    text puts the closing mark's space on the wrong side, so it looks like a reopening one; the
    frame after it (a speech verb within a few words, before any sentence end) shows it closes.
    A quoted speaker's own 'I said', 'we told' or 'I've always said' is a reopened sentence, not a frame."""
    for word in text[after:after + 120].split()[:MAX_FRAME_WORDS + 1]:
        bare = word.strip(",;:.!?")
        if bare.lower().replace("’", "'").split("'")[0] in FIRST_AND_SECOND_PERSON:
            return False  # "I've always said", "we'd told": the contraction's pronoun is the speaker's own
        if speech_word(bare):
            return True
        if bare != word.rstrip(",;:") or any(m in word for m in OPENING + CLOSING + STRAIGHT):
            return False  # a sentence ended or a mark came first
    return False
