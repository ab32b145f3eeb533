"""The units the cleaners count and classify: words in any script, and paragraph-sized lines.

Words: the cleaners' thresholds are in words ("a prose line has 10+ words", "an article has 15+
words"). Counting words by spaces fails on scripts written without them: a Chinese article of
2,000 characters in 12 paragraphs has 12 "words", so it came out `empty` ("too little article
text") before the language step could name it. Characters of those scripts are counted instead,
`CHARS_PER_WORD` to a word (a Chinese word averages 1.5-2 characters, a Japanese one about 2;
Thai and Khmer words are longer, so the count there errs low, never high).

Lines: the line classifier's evidence is absolute (a markup token count, "a line that opens with
`Photo:`", "a headline glued to its summary"), which holds for a paragraph, not for a whole
article on one line: a 60,000-character PolNeAR article joined onto one line holds 20 markup
tokens of its embedded tweets and came out `junk`, and one opening with "Photo: Reuters." came
out `boilerplate`. A line longer than `MAX_LINE_CHARS` (6 of the 34,797 lines of the 181
benchmark text dumps; the 99.9th percentile is 955 characters) is cut at sentence ends into
paragraphs of about `PARAGRAPH_CHARS`, so every unit the classifier sees is paragraph-sized.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

# Scripts written without spaces between words: Han, Hiragana, Katakana (and their
# extensions), Thai, Lao, Tibetan, Myanmar, Khmer.
UNSPACED = (r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9d"
            r"\u0e00-\u0e7f\u0e80-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff")
_UNSPACED_CHAR = re.compile(f"[{UNSPACED}]")
_WORD_CHAR = re.compile(r"\w")
# Where an unspaced script's words end: its characters and the CJK punctuation between them.
_UNSPACED_OR_CJK_PUNCTUATION = re.compile(f"[{UNSPACED}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]")
CHARS_PER_WORD = 2
# Most of a text's letters in unspaced scripts: its words cannot be told by spaces.
UNSPACED_SHARE = 0.3
_LETTER = re.compile(r"[^\W\d_]")


def unspaced_chars(text: str) -> int:
    return len(_UNSPACED_CHAR.findall(text))


def is_unspaced(text: str) -> bool:
    """Whether a sizeable share of the text's letters are in a script written without spaces."""
    unspaced = unspaced_chars(text)
    if not unspaced:  # nearly every text: its letters need no counting
        return False
    letters = len(_LETTER.findall(text))
    return bool(letters) and unspaced >= UNSPACED_SHARE * letters


def count_words(text: str) -> int:
    """Words of `text`: its space-separated tokens, except that characters of unspaced scripts
    count `CHARS_PER_WORD` to a word (rounded up, so one character still counts)."""
    unspaced = unspaced_chars(text)
    if not unspaced:
        return len(text.split())
    spaced = [token for token in _UNSPACED_OR_CJK_PUNCTUATION.sub(" ", text).split() if _WORD_CHAR.search(token)]
    return len(spaced) + -(-unspaced // CHARS_PER_WORD)


MAX_LINE_CHARS = 2000
PARAGRAPH_CHARS = 600
# A sentence ends at . ! ? … (then closing quotes or brackets, then a space) before a word that
# is not lower-case; in CJK text at 。！？ with or without a space.
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?\w)|[。！？｡][\"'”’»」』)\]]*\s*")
# An abbreviation before a full stop ("Mr. Smith", "J. Smith", "U.S. officials"): no sentence end.
_ABBREVIATION = re.compile(r"(?:^|\W)(?:[A-Z][a-z]{0,2}|[A-Z](?:\.[A-Z])+)\.$")


def _sentence_ends(line: str) -> Iterator[int]:
    for match in _SENTENCE_BREAK.finditer(line):
        following = line[match.end():match.end() + 2].lstrip("\"'“‘«([")
        if following[:1].islower() or _ABBREVIATION.search(line[max(0, match.start() - 6):match.start() + 1]):
            continue
        yield match.end()


def _hard_cuts(piece: str, limit: int) -> Iterator[str]:
    """A piece with no sentence end for `limit` characters: cut at the last space before it, or
    (text without spaces) at the limit itself."""
    while len(piece) > limit:
        cut = piece.rfind(" ", limit // 2, limit)
        cut = cut if cut > 0 else limit
        yield piece[:cut].strip()
        piece = piece[cut:].strip()
    if piece:
        yield piece


def split_long_line(line: str, max_chars: int = MAX_LINE_CHARS, paragraph_chars: int = PARAGRAPH_CHARS) -> list[str]:
    """`line` itself when it is paragraph-sized, else its sentences grouped into paragraphs of at
    least `paragraph_chars` characters (none over `max_chars`). No character but the spaces at
    the cuts is lost or moved."""
    if len(line) <= max_chars:
        return [line]
    paragraphs, start = [], 0
    for end in _sentence_ends(line):
        if end - start >= paragraph_chars:
            paragraphs.append(line[start:end])
            start = end
    paragraphs.append(line[start:])
    return [piece for paragraph in paragraphs for piece in _hard_cuts(paragraph.strip(), max_chars) if piece]


def paragraph_lines(lines: Iterable[str], max_chars: int = MAX_LINE_CHARS) -> list[str]:
    """The lines of a page, each overlong one split into paragraphs (`split_long_line`)."""
    return [part for line in lines for part in split_long_line(line, max_chars)]
