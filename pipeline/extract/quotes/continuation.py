"""Quotes without a frame of their own, given the speaker they carry on.

A quote without a frame continues the previous quote's speaker when nothing in between
introduces someone else: later in the same paragraph, or opening the next paragraph, or as the
reopened continuation of a quote left open at a paragraph's end (news style: an opening mark on
each paragraph, a closing mark only at the end of the last). A paragraph left open that the next
does not reopen with the same mark is prose quoted from elsewhere and carries nobody's words. A
described but unnamed speaker ("a senior EU diplomat") is carried along the same way, so its
quotes are dropped rather than given to the last named person. A quote sentence right after a
sentence reporting a named speaker's words carries them on.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from models import Mention
from pipeline.extract.doctext import doc_text
from pipeline.extract.mention_index import MentionIndex
from pipeline.extract.quotes.content import is_verdict_verb
from pipeline.extract.quotes.frames import MIN_EMBEDDED_WORDS, Framed, char_span_of
from pipeline.extract.quotes.spans import (
    SENTENCE_END, QuoteSpan, inside_sentence, paragraph_bounds, previous_paragraph_start, same_style,
    sentence_goes_on, starts_paragraph, word_count,
)
from pipeline.extract.quotes.speech import UNNAMED, is_speech_verb, speaker_outside_quotes
from pipeline.speech_words import REPORTING_VERBS


def _names_someone_else(doc: Doc, start: int, end: int, speaker: int, index: MentionIndex,
                        mentions: list[Mention]) -> bool:
    """True when a person other than `speaker` is named between two quotes as a possible speaker.

    Only a subject counts: "said Caddell, speaking of Clinton's health" names Clinton in passing.
    """
    region = char_span_of(doc, start, end)
    if region is None:
        return False
    by_index = index.by_index
    same = {speaker}
    if speaker in by_index and by_index[speaker].refers_to is not None:
        same.add(by_index[speaker].refers_to)
    speaker_text = by_index[speaker].text if speaker in by_index else None
    for token in region:
        mention = index.narrowest(token)
        if mention is None or mention.label != "PERSON":
            continue
        if mention.index in same or mention.refers_to in same or mention.text == speaker_text:
            continue
        if token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ in ("compound", "appos")
                                                    and token.head.dep_ in ("nsubj", "nsubjpass")):
            return True
    return False


def _speaks_of(doc: Doc, quote: QuoteSpan, speaker: int, index: MentionIndex) -> bool:
    """True when a quote names the person who spoke the quote before by name ('One of the
    shortcomings of Byler's otherwise excellent piece ...' after Byler's quoted paragraph):
    someone else's words about them, not theirs going on. Checked across paragraphs only: in one
    paragraph ('he said. “... something new like Trump?”') a speaker may name himself."""
    if speaker == UNNAMED or index.root(index.by_index[speaker]).label != "PERSON":
        return False
    region = char_span_of(doc, quote.start, quote.end)
    name = index.root(index.by_index[speaker]).text
    if region is None:
        return False
    for mention in {m.index: m for t in region if (m := index.narrowest(t)) is not None}.values():
        if mention.refers_to is None and (
                mention.text == name or name.endswith(" " + mention.text)):
            return True
    return False


def continue_speakers(doc: Doc, framed: list[Framed], index: MentionIndex, mentions: list[Mention]) -> None:
    text = doc_text(doc)
    # A quote left open at a paragraph's end and reopened at the next one is one quote.
    for _ in range(2):  # forward then backward, so a frame on either piece names the speaker
        for a, b in zip(framed, framed[1:]):
            if _reopens(text, a.quote, b.quote) or _runs_on(a.quote, b.quote):
                if a.speaker is None and b.speaker is not None:
                    a.speaker, a.verb, a.rule = b.speaker, b.verb, "quote:open-paragraph"
                elif b.speaker is None and a.speaker is not None:
                    b.speaker, b.verb, b.rule = a.speaker, a.verb, "quote:open-paragraph"
    reopened = {id(a) for a, b in zip(framed, framed[1:]) if _reopens(text, a.quote, b.quote)}
    prev: Framed | None = None
    for cur in framed:
        # A paragraph left open that the next one does not reopen ('"Trump walked onto the stage,
        # chanting “U-S-A!”' then '“That's right,” Melanie said') marks text quoted from
        # elsewhere, the writer's source's prose: nobody's speech by continuation.
        block = cur.quote.open_ended and id(cur) not in reopened
        # Credited quotes stand alone: a list of them is many voices.
        if (prev is not None and cur.speaker is None and prev.speaker is not None and prev.rule != "quote:credit"
                and not block):
            own_sentence = not inside_sentence(text, cur.quote) and not sentence_goes_on(text, cur.quote)
            rule = _continuation(doc, prev, cur) if own_sentence else ""
            if rule and word_count(cur.quote.text(text)) >= MIN_EMBEDDED_WORDS and not _names_someone_else(
                    doc, prev.quote.mark_end, cur.quote.mark_start, prev.speaker, index, mentions
            ) and not (rule == "quote:next-paragraph" and _speaks_of(doc, cur.quote, prev.speaker, index)):
                cur.speaker, cur.verb, cur.rule = prev.speaker, prev.verb, rule
        if (cur.speaker is None and not block and not inside_sentence(text, cur.quote)
                and not sentence_goes_on(text, cur.quote) and word_count(cur.quote.text(text)) >= MIN_EMBEDDED_WORDS):
            reporter = _reported_just_before(doc, cur.quote, index, quotes_of(framed))
            if reporter is not None:
                cur.speaker, cur.verb, cur.rule = reporter[0], reporter[1], "quote:after-report"
        # A title or label quoted inside a sentence ('on Fox News’s “Fox and Friends.”') is
        # nobody's speech and does not interrupt the speaker's quotes around it.
        if cur.speaker is not None or not inside_sentence(text, cur.quote):
            prev = cur


def _runs_on(piece: QuoteSpan, quote: QuoteSpan) -> bool:
    """Whether `quote` reopens `piece` at its next sentence without a closing mark between
    ('"... me. "As club captain ... again," he said'): spans.py ends the piece at the reopening
    mark, and only there do two quotes touch. One quote, one speaker, framed on either piece."""
    return piece.mark_end == quote.mark_start


def _reopens(text: str, left_open: QuoteSpan, quote: QuoteSpan) -> bool:
    """Whether `quote` reopens a quote left open at the end of the paragraph right before it.
    A quote starting a paragraph further on ('"Some people were crying. / Everyone called ...
    OK." / ... / "They cuffed him," he said') is someone's new quote, not the open one going on;
    only lines of page clutter (captions, headlines of other stories) may stand between."""
    if not (left_open.open_ended and starts_paragraph(text, quote) and same_style(text, left_open, quote)):
        return False
    open_paragraph = paragraph_bounds(text, left_open.mark_start)[0]
    between = previous_paragraph_start(text, quote.mark_start)
    while between > open_paragraph:
        if _is_prose(text[slice(*paragraph_bounds(text, between))]):
            return False
        between = previous_paragraph_start(text, between)
    return between == open_paragraph


# What a line of prose ends with; a page's captions, headlines and labels between the pieces of
# a quote ('(Image: GETTY )', 'SEE MORE: Hong Kong protests', 'Club statement') end otherwise.
PROSE_ENDS = frozenset(".!?\"”’'…")


def _is_prose(line: str) -> bool:
    """Whether a line between two pieces of a quote is a sentence of the writer's, which ends
    the quote, rather than page clutter set in among its paragraphs."""
    line = line.rstrip()
    return bool(line) and line[-1] in PROSE_ENDS


def quotes_of(framed: list[Framed]) -> list[QuoteSpan]:
    return [f.quote for f in framed]


def _reported_just_before(doc: Doc, quote: QuoteSpan, index: MentionIndex,
                          quotes: list[QuoteSpan]) -> tuple[int, Token] | None:
    """The named speaker of the sentence right before a quote with no frame, when that sentence
    reports their words in the writer's own ('Schiff said the administration may be reluctant
    to act. “The other factor is ...”'): the quote goes on with what they said."""
    first = doc.char_span(quote.mark_start, quote.mark_end, alignment_mode="expand")
    if first is None or first.start == 0:
        return None
    before = doc[first.start - 1].sent
    text = doc_text(doc)
    if any(q.mark_start < before.end_char and before.start_char < q.mark_end for q in quotes):
        return None  # the sentence before has quotes of its own: their frames decide
    if text[before.end_char:quote.mark_start].strip():
        return None  # not the sentence right before
    verb = before.root
    if not (is_speech_verb(verb, REPORTING_VERBS) or is_verdict_verb(verb)):
        return None
    speaker = speaker_outside_quotes(verb, index, quotes)
    return (speaker, verb) if speaker != UNNAMED else None


def _continuation(doc: Doc, prev: Framed, cur: Framed) -> str:
    """The rule by which `cur` may continue `prev`'s quote, or '' when its position rules it out."""
    text = doc_text(doc)
    if paragraph_bounds(text, prev.quote.end) == paragraph_bounds(text, cur.quote.start):
        return "quote:continued"
    if (starts_paragraph(text, cur.quote)
            and previous_paragraph_start(text, cur.quote.mark_start) <= prev.quote.end
            and _frame_closes_paragraph(doc, prev)):
        return "quote:next-paragraph"
    return ""


def _frame_closes_paragraph(doc: Doc, framed: Framed) -> bool:
    """True when nothing but the quote's own frame sentence follows it in its paragraph."""
    para_end = paragraph_bounds(doc_text(doc), framed.quote.end)[1]
    rest = char_span_of(doc, framed.quote.mark_end, para_end)
    if rest is None:
        return True
    seen_end = False
    for token in rest:
        if seen_end and not token.is_punct and not token.is_space:
            return False
        seen_end = seen_end or token.text in SENTENCE_END
    return True
