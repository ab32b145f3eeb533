"""Hard-wrapped text: lines of a fixed width joined back into the paragraphs they were cut from.

Newswire archives, e-mail and many text exports break every paragraph into lines of at most a
fixed width (Reuters-21578 stories: 65 characters). The line classifier's evidence is per line
("a prose line has 10+ words"), so a page where no line is a paragraph lost its article whole:
a run over 1,134 Reuters stories of 1987 kept 227 and called 898 `empty` ("too little article
text"). A page is taken as hard-wrapped when its running lines stop at one width (`wrap_width`)
and the lines filled to it mostly break off mid-sentence, as no paragraph-per-line page's do; its
lines are then joined into paragraphs, which break where the writer broke them: a blank line, an indented first line, a
line left short after a sentence's end, a table row or a list item.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from pipeline.clean.units import is_unspaced

WRAP_MIN_LINES = 4  # fewer lines tell no width
WRAP_MIN_WIDTH = 40  # a page of short lines is a menu or a list, not wrapped prose
WRAP_MAX_WIDTH = 100  # wrapping tools stop at 60-80 characters; a paragraph-per-line page goes far past 100
WIDTH_PERCENTILE = 0.95  # the width is nearly the longest line: a stray longer line (a URL) does not set it
FULL_LINE_SHARE = 0.75  # a line at least this share of the width was cut by it, not ended by its writer
MIN_FULL_SHARE = 0.25  # of the prose lines, at least this share filled to the width
MIN_BROKEN_OFF = 2  # full lines that break off mid-sentence: at least this many ...
BROKEN_OFF_SHARE = 0.3  # ... and this share of the full lines
OVERLONG_SHARE = 1.1  # a line this much longer than the width was not wrapped at it ...
MAX_OVERLONG_SHARE = 0.02  # ... and a wrapped page has few (a URL in a long page)
HEADLINE_CAPITALS_SHARE = 0.6  # "Trump Impeachment Inquiry Hearings Live Updates": a line of a menu
_WORD = re.compile(r"[^\W\d_]+")
_GOES_ON = re.compile(r"\s*[a-z0-9(\"'“‘$£€]")  # a sentence going on in the next line
_TABLE_ROW = re.compile(r"\S {3,}\S|\t")  # columns set apart by runs of spaces or tabs
_LIST_ITEM = re.compile(r"\s*(?:[-*•]|\d{1,2}[.)])\s")
_PARAGRAPH_END = re.compile(r"[.!?:…。！？][\"'”’»」』)\]]*$")
_WORD_BROKEN_AT_HYPHEN = re.compile(r"[^\W\d_]-$")  # "one-billion-" + "dlr": no space goes back in


def _prose(line: str) -> bool:
    """A line of running text: not blank, not a table row."""
    return bool(line.strip()) and not _TABLE_ROW.search(line.strip())


def _headline_cased(line: str) -> bool:
    words = _WORD.findall(line)
    return bool(words) and sum(w[0].isupper() for w in words) >= HEADLINE_CAPITALS_SHARE * len(words)


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width the page's running text was wrapped at, or None when it was not: its lines stop
    at one width of 40-100 characters (all but a stray few), and most lines filled to it break off
    mid-sentence, in words of running text or with the sentence going on in lower case in the
    next line. A page that writes a paragraph per line has lines far longer, or full lines that end
    their sentences, or (a menu, a list of headlines) capitalised ones with another below."""
    prose = [line.rstrip() for line in lines if _prose(line)]
    if len(prose) < WRAP_MIN_LINES or is_unspaced("".join(prose)):
        return None  # a line of Chinese holds no spaces to wrap at: its width says nothing
    lengths = sorted(map(len, prose))
    width = lengths[int(WIDTH_PERCENTILE * (len(lengths) - 1))]
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return None
    if sum(1 for n in lengths if n > OVERLONG_SHARE * width) > MAX_OVERLONG_SHARE * len(lengths):
        return None
    full = sum(1 for n in lengths if FULL_LINE_SHARE * width <= n <= width)
    if full < MIN_FULL_SHARE * len(lengths):
        return None
    broken_off = sum(1 for line, after in zip(lines, lines[1:])
                     if _prose(line) and _prose(after) and (_GOES_ON.match(after) or not _headline_cased(line))
                     and FULL_LINE_SHARE * width <= len(line.rstrip()) <= width
                     and not _PARAGRAPH_END.search(line.strip()))
    return width if broken_off >= MIN_BROKEN_OFF and broken_off >= BROKEN_OFF_SHARE * full else None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def unwrap_lines(lines: Sequence[str]) -> list[str]:
    """`lines` with each hard-wrapped paragraph joined onto one line (blank lines kept in place),
    or `lines` unchanged when the page is not hard-wrapped (`wrap_width`)."""
    width = wrap_width(lines)
    if width is None:
        return list(lines)
    # the indentation of a paragraph's continuation lines (a line more indented opens a paragraph):
    # the commonest one among lines after a full line that broke off mid-sentence, else the least one
    after_full = [_indent(after) for line, after in zip(lines, lines[1:])
                  if _prose(after) and FULL_LINE_SHARE * width <= len(line.rstrip()) <= width
                  and not _PARAGRAPH_END.search(line.strip())]
    body_indent = (Counter(after_full).most_common(1)[0][0] if after_full
                   else min(_indent(line) for line in lines if _prose(line)))
    joined: list[str] = []
    open_paragraph = False  # whether the last line of `joined` may go on in the next line
    full_before = False  # whether the line before was filled to the width without ending a sentence
    in_item = False  # whether the last line of `joined` is a list item
    for line in lines:
        text = line.strip()
        item = bool(_LIST_ITEM.match(line))
        # "- which controls half the market -" wraps onto a line of its own as a list item would
        # open one: after a full line of running text that ended no sentence, a dash goes on with it
        continues = (open_paragraph and _prose(line) and _indent(line) <= body_indent
                     and (not item or full_before and not in_item))
        if continues:
            before = joined[-1].rstrip()
            joined[-1] = before + text if _WORD_BROKEN_AT_HYPHEN.search(before) else before + " " + text
        else:
            joined.append(line)
            in_item = item
        ended = bool(_PARAGRAPH_END.search(text))
        full = len(line.rstrip()) >= FULL_LINE_SHARE * width
        open_paragraph = _prose(line) and (full or not ended)
        full_before = full and not ended
    return joined
