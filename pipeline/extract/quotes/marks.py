"""Quotation marks: which characters are marks, and whether one is placed as an opening or a
closing one (the space on each side), before any pairing."""
from __future__ import annotations

import re

OPENING = "“«„"
CLOSING = "”»"
STRAIGHT = '"'
DOUBLED_APOSTROPHE = "''"  # some wires and archives type a double quote as two apostrophes
BACKTICKS = "``"  # and some open it with two backticks (``...'')
# Marks of one style: a quote opened with one is closed by another placed as a closing mark
# ('\'\'The fall was unsurvivable," Gaskin said': an archive's doubled apostrophes, a straight close).
PLAIN_DOUBLE = (STRAIGHT, DOUBLED_APOSTROPHE, BACKTICKS)
# Punctuation that English style puts inside the closing mark but that belongs to the frame.
FRAME_PUNCT = ",;:"
SENTENCE_END = frozenset({".", "!", "?"})
# The last character inside the marks of a quote that a frame follows ('“...,” she said').
UTTERANCE_END = frozenset(",?!…—–-")
NESTED_CLOSING = "'’‘"  # a nested quote closing with the outer one: '... ‘That is ridiculous,’”'
# A straight mark typed for an apostrophe ('last week"s earthquake', from 1987 wire copy): between a
# letter and a possessive "s", it is no quotation mark.
_APOSTROPHE_TYPED_AS_MARK = r'(?<=[^\W\d_])"s\b'
# Where mark_at can find a mark: the text between is skipped in one search, not character by character.
NEXT_MARK = re.compile(re.escape(DOUBLED_APOSTROPHE) + "|" + re.escape(BACKTICKS) + "|[" + re.escape(OPENING + CLOSING)
                       + "]|(?!" + _APOSTROPHE_TYPED_AS_MARK + ")" + re.escape(STRAIGHT))


def mark_at(text: str, i: int) -> str:
    """The quotation mark starting at `i`, if any: one character, or two apostrophes ('')."""
    if text.startswith(DOUBLED_APOSTROPHE, i):
        return DOUBLED_APOSTROPHE
    if text.startswith(BACKTICKS, i):
        return BACKTICKS
    ch = text[i]
    return ch if ch in OPENING or ch in CLOSING or ch == STRAIGHT else ""


def closing_shaped(text: str, i: int, mark: str) -> bool:
    """A straight mark placed as a closing one: after a word or punctuation, before a space,
    punctuation or the line's end."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    return not before.isspace() and not after.isalnum()


def opening_shaped(text: str, i: int, mark: str, para_start: int) -> bool:
    """A closing mark placed as an opening one ('”Mr. Trump embodies ...”'): some feeds type
    both marks of a quote as ”; at a word's start with no quote open, it opens one."""
    before = text[i - 1] if i > para_start else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    return before.isspace() and after.isalnum()
