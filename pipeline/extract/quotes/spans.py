"""Quotation spans found in plain text, before any parsing.

News style marks a quote that runs on into the next paragraph by leaving it open at the end of
the paragraph and reopening it at the start of the next one; such pieces come back as separate
spans with `open_ended=True` on all but the last, so the caller can give them one speaker. A
quote left open whose next line closes it without reopening it (one sentence a line) comes back
the same way: the closed rest is a span from the line's start.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

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
# Where _mark_at can find a mark: the text between is skipped in one search, not character by character.
_NEXT_MARK = re.compile(re.escape(DOUBLED_APOSTROPHE) + "|" + re.escape(BACKTICKS) + "|[" + re.escape(OPENING + CLOSING + STRAIGHT) + "]")


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # first character of the quoted words (after the opening mark)
    end: int  # one past the last quoted character (before the closing mark)
    mark_start: int  # offset of the opening mark
    mark_end: int  # one past the closing mark, or the paragraph end when the quote is left open
    open_ended: bool  # no closing mark before the paragraph ended
    inner_end: int  # where the closing mark starts (the paragraph end when open)

    def text(self, source: str) -> str:
        return source[self.start:self.end]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    end = text.find("\n")
    while end >= 0:
        spans.append((start, end))
        start = end + 1
        end = text.find("\n", start)
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in FRAME_PUNCT):
        end -= 1
    return start, end


def _mark_at(text: str, i: int) -> str:
    """The quotation mark starting at `i`, if any: one character, or two apostrophes ('')."""
    if text.startswith(DOUBLED_APOSTROPHE, i):
        return DOUBLED_APOSTROPHE
    if text.startswith(BACKTICKS, i):
        return BACKTICKS
    ch = text[i]
    return ch if ch in OPENING or ch in CLOSING or ch == STRAIGHT else ""


def _closing_shaped(text: str, i: int, mark: str) -> bool:
    """A straight mark placed as a closing one: after a word or punctuation, before a space,
    punctuation or the line's end."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _opening_shaped(text: str, i: int, mark: str, para_start: int) -> bool:
    """A closing mark placed as an opening one ('”Mr. Trump embodies ...”'): some feeds type
    both marks of a quote as ”; at a word's start with no quote open, it opens one."""
    before = text[i - 1] if i > para_start else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    return before.isspace() and after.isalnum()


def _closes(text: str, i: int, mark: str, opened_with: str, nested: int) -> bool:
    """Whether `mark` at `i` closes the quote opened with `opened_with`.

    The same opening mark placed as a closing one closes the quote. A mark of the other style
    usually opens or closes a quote nested inside; but writers and feeds mix styles ('“Immunity deals ... FBI," Chaffetz said', '"more hours”'), so a mark
    of the other style placed as a closing one, with no nested quote open, closes the quote.
    """
    if opened_with in PLAIN_DOUBLE:
        if mark == opened_with and mark != BACKTICKS:
            return True
        if mark in (STRAIGHT, DOUBLED_APOSTROPHE) and not nested and _closing_shaped(text, i, mark):
            return True  # '\'\'...," he said', '``...\'\''
        return mark in CLOSING and not nested
    if mark in CLOSING:
        return True
    if mark == opened_with and not nested and _closing_shaped(text, i, mark):
        return True  # '“We will win,“ Smith said': the opening mark typed again to close
    return mark == STRAIGHT and not nested and _closing_shaped(text, i, mark)


def _nesting_after(mark: str, opened_with: str, nested: int) -> int:
    """How many quotes of the other style are open inside the current one after `mark`."""
    if opened_with in PLAIN_DOUBLE:
        return nested + 1 if mark in OPENING else nested - 1 if mark in CLOSING else nested
    return 1 - nested if mark == STRAIGHT else nested


def _quotes_in_paragraph(text: str, para_start: int, para_end: int) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    opened_at: int | None = None
    opened_with = ""
    nested = 0  # quotes of the other style opened and not yet closed inside the current one
    i = para_start
    while i < para_end:
        found = _NEXT_MARK.search(text, i, para_end)  # the next i where _mark_at finds a mark
        if found is None:
            break
        i = found.start()
        mark = _mark_at(text, i)
        if opened_at is None:
            if mark not in CLOSING or _opening_shaped(text, i, mark, para_start):
                opened_at, opened_with, nested = i, mark, 0
            i += len(mark)
            continue
        closes = _closes(text, i, mark, opened_with, nested)
        if not closes:
            nested = _nesting_after(mark, opened_with, nested)
        else:
            start, end = _trimmed(text, opened_at + len(opened_with), i)
            if end > start:
                spans.append(QuoteSpan(start, end, opened_at, i + len(mark), False, i))
            opened_at = None
        i += len(mark)
    if opened_at is not None:
        start, end = _trimmed(text, opened_at + len(opened_with), para_end)
        if end > start:
            spans.append(QuoteSpan(start, end, opened_at, para_end, True, para_end))
    return spans


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every double-quoted stretch of `text`, in order; curly, straight, '' and guillemet marks.

    A quote never crosses a line break: a quote left open at a paragraph's end is cut there
    (open_ended) and its continuation is the next paragraph's first quote.
    """
    spans: list[QuoteSpan] = []
    previous_end = -1
    paragraphs = _paragraphs(text)
    for n, (para_start, para_end) in enumerate(paragraphs):
        left_open = spans[-1] if spans and spans[-1].open_ended and spans[-1].mark_end == previous_end else None
        closing = _closing_of_open_quote(text, left_open, para_start, para_end) if left_open else None
        previous_end = para_end
        if left_open is not None and closing is None and _runs_on_unmarked(text, left_open, paragraphs[n:]):
            start, end = _trimmed(text, para_start, para_end)
            spans.append(QuoteSpan(start, end, para_start, para_end, True, para_end))
            continue
        if closing is not None:
            spans.append(closing)
            para_start = closing.mark_end
        found = _quotes_in_paragraph(text, para_start, para_end)
        if not (spans and spans[-1].open_ended) and _wraps_paragraph(text, found, para_start, para_end):
            # '"“You don't win ...,” Rubio responded before adding ..."': a passage quoted whole
            # from elsewhere in straight marks; the quotes are the curly ones inside it
            found = _quotes_in_paragraph(text, found[0].mark_start + 1, found[0].inner_end)
        spans.extend(found)
    return spans


def _closing_of_open_quote(text: str, left_open: QuoteSpan, para_start: int, para_end: int) -> QuoteSpan | None:
    """The rest of a quote left open at the end of the paragraph before, when this paragraph's
    first mark closes it without reopening it ('"Some people were crying. / Everyone was calling
    their family to say they were OK."', one sentence a line): the span from the paragraph's
    start to that mark, with the paragraph start as its `mark_start`. None when the first mark
    opens a quote (the news convention of reopening each paragraph) or there is none."""
    found = _NEXT_MARK.search(text, para_start, para_end)
    if found is None:
        return None
    i = found.start()
    mark, opened_with = _mark_at(text, i), _mark_at(text, left_open.mark_start)
    if not _closing_shaped(text, i, mark) or _opening_shaped(text, i, mark, para_start) \
            or not _closes(text, i, mark, opened_with, 0):
        return None
    start, end = _trimmed(text, para_start, i)
    return QuoteSpan(start, end, para_start, i + len(mark), False, i) if end > start else None


# Lines with no quotation mark a quote opened mid-sentence may run through before a later line
# closes it ('Police said Ortiz "spotted Diaz ... / Diaz then pulled a gun. / He shot Ortiz."').
MAX_UNMARKED_LINES = 2


def _runs_on_unmarked(text: str, left_open: QuoteSpan, paragraphs: list[tuple[int, int]]) -> bool:
    """Whether a quote left open runs on through the first of `paragraphs`, which has no mark:
    up to MAX_UNMARKED_LINES such lines follow, then a line whose first mark closes the quote
    without reopening it. Only for a quote opened inside a sentence (news style reopens a quote
    that opens its paragraph on each paragraph, and a line without a mark after it is prose)."""
    if text[paragraph_bounds(text, left_open.mark_start)[0]:left_open.mark_start].strip() == "":
        return False
    for para_start, para_end in paragraphs[:MAX_UNMARKED_LINES + 1]:
        if _NEXT_MARK.search(text, para_start, para_end) is not None:
            return _closing_of_open_quote(text, left_open, para_start, para_end) is not None
    return False


def _wraps_paragraph(text: str, found: list[QuoteSpan], para_start: int, para_end: int) -> bool:
    """True when one straight-marked quote is the whole paragraph and opens with a curly quote of
    its own: a passage that itself starts by quoting someone. (Someone's words holding a quote
    later, '"..., I'm going to read you the question: “...”"', are theirs; a quote left open at
    the paragraph before is a quote running on, not a passage.)"""
    if len(found) != 1 or found[0].open_ended or text[found[0].mark_start] != STRAIGHT:
        return False
    quote = found[0]
    return (not text[para_start:quote.mark_start].strip() and not text[quote.mark_end:para_end].strip()
            and text[quote.start:quote.start + 1] in OPENING)


def paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    """The line (paragraph) of `text` holding `offset`."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


# --- Where a quote sits in its sentence and paragraph ---------------------------------------


def word_count(text: str) -> int:
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


def last_mark_char(text: str, quote: QuoteSpan) -> str:
    """The last non-space character inside the marks, e.g. the comma of '“...,” she said'; a
    nested quote closing with it ('“... I would say, ‘That’s ridiculous,’” he added') is looked
    through."""
    inner = text[quote.start:quote.inner_end].rstrip().rstrip(NESTED_CLOSING).rstrip()
    return inner[-1] if inner else ""


def is_nickname(text: str, quote: QuoteSpan) -> bool:
    """True for a quoted nickname inside a name ('Del. Marcia "Cia" Price'): a capitalised word or
    two between capitalised words, part of the name rather than anyone's words."""
    words = quote.text(text).split()
    # the word before the opening mark and the word after the closing one (splitting all the text
    # before and after each quote into words made this quadratic in a long article)
    before = text[:quote.mark_start].rstrip()
    before = before.rsplit(None, 1)[-1:] if before else []
    after = text[quote.mark_end:].lstrip()
    after = after.split(None, 1)[:1] if after else []
    return (0 < len(words) <= 2 and all(w[:1].isupper() for w in words) and text[quote.mark_start - 1:quote.mark_start].isspace()
            and bool(before) and before[-1][:1].isupper() and bool(after) and after[0][:1].isupper())


def starts_paragraph(text: str, quote: QuoteSpan) -> bool:
    return not text[paragraph_bounds(text, quote.mark_start)[0]:quote.mark_start].strip()


def previous_paragraph_start(text: str, offset: int) -> int:
    para_start = paragraph_bounds(text, offset)[0]
    cursor = para_start - 1
    while cursor > 0 and not text[paragraph_bounds(text, cursor)[0]:cursor].strip():
        cursor -= 1
    return paragraph_bounds(text, max(cursor, 0))[0]


def inside_sentence(text: str, quote: QuoteSpan) -> bool:
    """True when words of the quote's own sentence come before its opening mark, other than a
    frame introducing it ('X said, “...”', 'X said: “...”')."""
    before = text[paragraph_bounds(text, quote.mark_start)[0]:quote.mark_start].rstrip()
    return bool(before) and before[-1] not in SENTENCE_END and before[-1] not in "”»\"',:—–-"


def sentence_goes_on(text: str, quote: QuoteSpan) -> bool:
    """True when the writer's words go on after the quote in its sentence ('“American Skin” was
    written by ...'): the quote is a name inside a sentence, not a sentence of speech. A frame
    ('“...,” he said') is not counted; the quote then has a frame of its own."""
    if quote.open_ended or last_mark_char(text, quote) in SENTENCE_END | UTTERANCE_END:
        return False
    after = text[quote.mark_end:paragraph_bounds(text, quote.mark_end)[1]].lstrip()
    return bool(after) and after[0].isalnum()


def same_style(text: str, left_open: QuoteSpan, reopening: QuoteSpan) -> bool:
    """True when the next paragraph reopens the quote with the same kind of mark: a paragraph
    opened with '"' and left open, then '“That's right,” Melanie said', is a block quoted from
    elsewhere followed by someone's words, not one speaker's quote running on."""
    def style(quote: QuoteSpan) -> str | None:
        # a quote's rest closed on the next line has no opening mark: its closing mark tells; a
        # line it runs through unmarked has neither, and goes with any
        mark = text[quote.mark_start] if _mark_at(text, quote.mark_start) else \
            text[quote.inner_end] if quote.inner_end < len(text) and _mark_at(text, quote.inner_end) else None
        return None if mark is None else "straight" if mark in "\"'" else "curly"
    styles = style(left_open), style(reopening)
    return None in styles or styles[0] == styles[1]


def quote_start_token(doc: Doc, quote: QuoteSpan) -> int:
    span = doc.char_span(quote.mark_start, quote.mark_end, alignment_mode="expand")
    return span.start if span is not None else len(doc)
