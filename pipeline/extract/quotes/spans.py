"""Quotation spans found in plain text, before any parsing.

News style marks a quote that runs on into the next paragraph by leaving it open at the end of
the paragraph and reopening it at the start of the next one; such pieces come back as separate
spans with `open_ended=True` on all but the last, so the caller can give them one speaker. A
quote left open that a later line closes without reopening it, over lines with no marks (one
sentence a line, the marks of the lines between lost), is one span across those lines.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.extract.quotes.marks import (
    BACKTICKS, CLOSING, DOUBLED_APOSTROPHE, FRAME_PUNCT, NESTED_CLOSING, NEXT_MARK, OPENING, PLAIN_DOUBLE, SENTENCE_END,
    STRAIGHT, UTTERANCE_END, closing_shaped, mark_at, opening_shaped,
)
from pipeline.extract.quotes.reopening import SPACED_CLOSING, colon_frame_start, reopens_sentence
from pipeline.speech_words import speech_word

if TYPE_CHECKING:
    from spacy.tokens import Doc


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


def _closes(text: str, i: int, mark: str, opened_with: str, nested: int) -> bool:
    """Whether `mark` at `i` closes the quote opened with `opened_with`.

    The same opening mark placed as a closing one closes the quote. A mark of the other style
    usually opens or closes a quote nested inside; but writers and feeds mix styles ('“Immunity deals ... FBI," Chaffetz said', '"more hours”'), so a mark
    of the other style placed as a closing one, with no nested quote open, closes the quote.
    """
    if opened_with in PLAIN_DOUBLE:
        if mark == opened_with == STRAIGHT and (nested or _straight_nested_opening(text, i)):
            return False  # '"They could be talking to a "white knight" right now," said X'
        if mark == opened_with and mark != BACKTICKS:
            return True
        if mark in (STRAIGHT, DOUBLED_APOSTROPHE) and not nested and closing_shaped(text, i, mark):
            return True  # '\'\'...," he said', '``...\'\''
        return mark in CLOSING and not nested
    if mark in CLOSING:
        return True
    if mark == opened_with and not nested and closing_shaped(text, i, mark):
        return True  # '“We will win,“ Smith said': the opening mark typed again to close
    return mark == STRAIGHT and not nested and closing_shaped(text, i, mark)


def _straight_nested_opening(text: str, i: int) -> bool:
    """A straight mark inside an open straight quote that opens a quote of its own: placed as an
    opening one (a space before, a word after), with a mark placed as a closing one next and
    another after it in the paragraph to close the outer quote ('"... to a "white knight" right
    now," said X'). Wire copy has no other mark to nest with."""
    if not opening_shaped(text, i, STRAIGHT, 0):
        return False
    line_end = text.find("\n", i)
    line = text[i + 1:line_end if line_end >= 0 else len(text)]
    later = [k for k, c in enumerate(line) if c == STRAIGHT]
    return len(later) >= 2 and closing_shaped(line, later[0], STRAIGHT) and closing_shaped(line, later[1], STRAIGHT)


def _nesting_after(mark: str, opened_with: str, nested: int) -> int:
    """How many quotes of the other style are open inside the current one after `mark` (a straight
    quote nested in a straight one counts as of the other style)."""
    if mark == opened_with == STRAIGHT:
        return 1 - nested
    if opened_with in PLAIN_DOUBLE:
        return nested + 1 if mark in OPENING else nested - 1 if mark in CLOSING else nested
    return 1 - nested if mark == STRAIGHT else nested


def _quotes_in_paragraph(text: str, para_start: int, para_end: int, reopening: bool = False) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    opened_at: int | None = None
    opened_with = ""
    nested = 0  # quotes of the other style opened and not yet closed inside the current one
    i = para_start
    while i < para_end:
        found = NEXT_MARK.search(text, i, para_end)  # the next i where _mark_at finds a mark
        if found is None:
            break
        i = found.start()
        mark = mark_at(text, i)
        if opened_at is None:
            if mark not in CLOSING or opening_shaped(text, i, mark, para_start):
                opened_at, opened_with, nested = i, mark, 0
            i += len(mark)
            continue
        frame_start = colon_frame_start(text, i, mark, opened_at + len(opened_with), para_start) if not nested else None
        if frame_start is not None:
            # '"... this happens. In reply, Mr Milburn said: "Michael Howard is ...': a colon frame
            # inside the open quote starts narration; the paragraph break that closed the quote was
            # lost. A "quote" opened by a closing mark was narration all along: the marks were out of step
            start, end = _trimmed(text, opened_at + len(opened_with), frame_start)
            if end > start and not closing_shaped(text, opened_at, opened_with):
                spans.append(QuoteSpan(start, end, opened_at, frame_start, False, frame_start))
            opened_at, opened_with = i, mark
            i += len(mark)
            continue
        if reopening and not nested and reopens_sentence(text, i, mark, opened_with, para_start):
            # '"I'm signed here ... down to me. "As club captain ... again."': the quote goes on
            # with a new sentence; the piece before ends at the reopening mark
            start, end = _trimmed(text, opened_at + len(opened_with), i)
            if end > start:
                spans.append(QuoteSpan(start, end, opened_at, i, False, i))
            opened_at, opened_with = i, mark
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

    A quote never crosses a line break, save one whose marks were lost on the lines it runs
    over: a quote left open at a paragraph's end is cut there (open_ended) and its continuation
    is the next paragraph's first quote, unless a later line closes it without reopening it and
    every line between holds no mark at all (one sentence a line: '"The government should go. /
    It didn't handle it well. / We will not open until Christmas." she said'); that quote is one
    span from its opening mark to the closing one.
    """
    spans: list[QuoteSpan] = []
    reopening = SPACED_CLOSING.search(text) is None
    unmarked_since_open = -1  # lines with no mark since the last span was left open; -1: none open
    for para_start, para_end in _paragraphs(text):
        closing = _closing_of_open_quote(text, spans[-1], para_start, para_end) \
            if 0 <= unmarked_since_open <= MAX_UNMARKED_LINES else None
        if closing is not None and _credit_line(text, para_start, closing.inner_end):
            # '"What we have seen is ... claims. / Amy Pope, deputy homeland security advisor."': a
            # pull quote closing on its credit; the credit is no part of the words
            if unmarked_since_open == 0:
                start, end = _trimmed(text, para_start, closing.inner_end)
                spans.append(QuoteSpan(start, end, para_start, closing.mark_end, False, closing.inner_end))
            para_start = closing.mark_end
        elif closing is not None:
            spans[-1] = closing
            para_start = closing.mark_end
        elif unmarked_since_open >= 0 and NEXT_MARK.search(text, para_start, para_end) is None:
            unmarked_since_open += 1
            continue
        found = _quotes_in_paragraph(text, para_start, para_end, reopening)
        if not (spans and spans[-1].open_ended) and _wraps_paragraph(text, found, para_start, para_end):
            # '"“You don't win ...,” Rubio responded before adding ..."': a passage quoted whole
            # from elsewhere in straight marks; the quotes are the curly ones inside it
            found = _quotes_in_paragraph(text, found[0].mark_start + 1, found[0].inner_end)
        spans.extend(found)
        unmarked_since_open = 0 if found and found[-1].open_ended else -1
    return spans


def _credit_line(text: str, start: int, end: int) -> bool:
    """A line that is only a name, perhaps with a description after a comma ('Donald Trump.',
    'Amy Pope, deputy homeland security advisor.'), closing a quote opened on a line before."""
    name = text[start:end].strip().rstrip(".").split(",")[0].split()
    return 0 < len(name) <= 4 and all(w[:1].isupper() for w in name) and text[start:end].count(",") <= 1


# How many unmarked lines a quote left open may run over before a line closes it: a quotation of
# a few sentences set one a line, not an open mark's stray partner many paragraphs on.
MAX_UNMARKED_LINES = 6
MAX_FRAME_NAME_WORDS = 3  # '"said Captain Manohar Nambiar', '"Jane Roe said'


def _closing_of_open_quote(text: str, left_open: QuoteSpan, para_start: int, para_end: int) -> QuoteSpan | None:
    """The whole of a quote left open at the end of an earlier paragraph, when this paragraph's
    first mark closes it without reopening it and only unmarked lines lie between ('"Some people
    were crying. / Everyone was calling their family to say they were OK."', one sentence a
    line): one span from the opening mark to this one. None when the first mark opens a quote
    (the news convention of reopening each paragraph) or there is none. A straight mark ending
    the line closes even with a space before it ('We take it seriously. "')."""
    found = NEXT_MARK.search(text, para_start, para_end)
    if found is None:
        return None
    i = found.start()
    mark, opened_with = mark_at(text, i), mark_at(text, left_open.mark_start)
    ends_line = mark in PLAIN_DOUBLE and not text[i + len(mark):para_end].strip()
    glued = _glued_to_frame(text, i, mark, para_start, para_end)
    if not ends_line and not glued and (not closing_shaped(text, i, mark) or opening_shaped(text, i, mark, para_start)):
        return None
    if not _closes(text, i, mark, opened_with, 0) and not ((ends_line or glued) and opened_with in PLAIN_DOUBLE):
        return None
    start, end = _trimmed(text, left_open.start, i)
    return QuoteSpan(start, end, left_open.mark_start, i + len(mark), False, i) if end > start else None


def _glued_to_frame(text: str, i: int, mark: str, para_start: int, para_end: int) -> bool:
    """'... boarding-and-search action, "said Captain Manohar Nambiar': a paragraph's only straight mark,
    after the quote's comma and glued to a speech verb (or a name and one), closes a quote left open
    (detokenised text moves the space to the wrong side of the mark)."""
    if mark != STRAIGHT or text.count(STRAIGHT, para_start, para_end) != 1 or text[i - 2:i] not in (", ", "? ", "! "):
        return False
    words = text[i + 1:min(para_end, i + 80)].split()[:MAX_FRAME_NAME_WORDS + 1]
    for word in words:
        if speech_word(word.strip(",.")):
            return True
        if not word[:1].isupper():
            return False
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


def quote_paragraphs(text: str, quote: QuoteSpan) -> tuple[int, int]:
    """From the start of the line the quote opens on to the end of the line it closes on: one
    line, unless its marks were lost on the lines between (see find_quote_spans)."""
    return paragraph_bounds(text, quote.start)[0], paragraph_bounds(text, quote.end)[1]


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
    def style(quote: QuoteSpan) -> str:
        # a quote's rest closed on the next line has no opening mark: its closing mark tells
        mark = text[quote.mark_start] if mark_at(text, quote.mark_start) else text[quote.inner_end]
        return "straight" if mark in "\"'" else "curly"
    return style(left_open) == style(reopening)


def quote_start_token(doc: Doc, quote: QuoteSpan) -> int:
    span = doc.char_span(quote.mark_start, quote.mark_end, alignment_mode="expand")
    return span.start if span is not None else len(doc)
