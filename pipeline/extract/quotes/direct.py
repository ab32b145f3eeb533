"""Direct quotes with their speaker, as `said` relations; reported speech is re-exported.

Each quote's frame (quotes/frames.py) names its speaker; quotes without one carry on the speaker
before them (quotes/continuation.py). The speaker is a mention, named or resolved by coreference
to a named one ("he said", "the statement said"), so resolution gives every quote its canonical
entity.
"""
from __future__ import annotations

from spacy.tokens import Doc

from models import Mention, RelationMention
from pipeline.extract.doctext import doc_quote_spans, doc_text
from pipeline.extract.mention_index import MentionIndex
from pipeline.extract.quotes.content import CONTENT_KEY, reaches_past_quote, reported_content
from pipeline.extract.quotes.blocks import block_statements
from pipeline.extract.quotes.continuation import continue_speakers
from pipeline.extract.quotes.frames import Framed, best_frame
from pipeline.extract.quotes.reported import attribute_reported_speech
from pipeline.extract.quotes.self_naming import names_in_third_person
from pipeline.lexicon import HONORIFICS
from pipeline.extract.quotes.spans import find_quote_spans, is_nickname
from pipeline.extract.quotes.speech import UNNAMED
from pipeline.extract.quotes.transcripts import labelled_turn, transcript_turns
from pipeline.extract.quotes.headlines import headline_quotes

__all__ = ["extract_quotes", "attribute_reported_speech", "find_quote_spans"]

CONFIDENCE = {
    "quote:frame-after": 0.9,
    "quote:frame-before": 0.85,
    "quote:credit": 0.8,
    "quote:embedded": 0.7,
    "quote:governed": 0.65,
    "quote:continued": 0.8,
    "quote:next-paragraph": 0.7,
    "quote:open-paragraph": 0.8,
    "quote:after-report": 0.7,
    "quote:block": 0.7,
    "quote:transcript": 0.75,
    "quote:headline": 0.7,
}
PRONOUN_PENALTY = 0.9


def _sentence_bounds(doc: Doc, framed: Framed) -> tuple[int, int]:
    """The sentences holding the quote and, when the frame is its own, the speech verb. (The
    speaker's sentence is added for every relation by evidence.cover_arguments.)"""
    quote = framed.quote
    points = [quote.start, quote.end - 1]
    if framed.verb is not None and framed.rule in ("quote:frame-after", "quote:frame-before", "quote:embedded", "quote:block",
                                                     "quote:governed", "quote:after-report"):
        points.append(framed.verb.idx)
    starts, ends = [quote.mark_start], [quote.mark_end]
    for offset in points:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is not None:
            starts.append(span.sent.start_char)
            ends.append(span.sent.end_char)
    return min(starts), max(ends)


def _not_named_inside(doc: Doc, frame: Framed, index: MentionIndex) -> Framed:
    """The frame, or its quote with no speaker when the quote calls the person chosen as its
    speaker by name in the third person (quotes/self_naming.py)."""
    if frame.speaker is None or frame.speaker == UNNAMED:
        return frame
    root = index.root(index.by_index[frame.speaker])
    if root.label != "PERSON":
        return frame
    own_words = set(root.text.split())
    # names that may be the speaker's own ('Mr Blunkett', 'Blunkett' beside 'David Blunkett') are no one else's
    others = {m.text for m in index.by_index.values() if m.label == "PERSON" and m.refers_to is None
              and not {w for w in m.text.split() if w.lower() not in HONORIFICS} <= own_words}
    if names_in_third_person(frame.quote.text(doc_text(doc)), root.text, others):
        return Framed(frame.quote, UNNAMED, frame.verb, frame.rule)
    return frame


def extract_quotes(doc: Doc, mentions: list[Mention], index: MentionIndex | None = None) -> list[RelationMention]:
    """A `said` relation for each direct quote whose speaker is a named (or resolved) mention."""
    index = index or MentionIndex(doc, mentions)
    quotes = [q for q in doc_quote_spans(doc) if not is_nickname(doc_text(doc), q)]
    framed: list[Framed] = []
    for i, quote in enumerate(quotes):
        next_start = quotes[i + 1].mark_start if i + 1 < len(quotes) else len(doc_text(doc))
        prev_end = quotes[i - 1].mark_end if i else 0
        frame = best_frame(doc, quote, prev_end, next_start, index, quotes)
        if frame.speaker is None:
            # a label opening the quotation ('"Chris Matthews: ..."') names the speaker when it has no
            # frame: with one ('"Trump: You ...," tweeted the prince', 'the protesters chanted
            # “Chris Christie: Bad for New Jersey”') it is an address or a topic
            frame = labelled_turn(doc, quote, index) or frame
        framed.append(_not_named_inside(doc, frame, index))
    continue_speakers(doc, framed, index, mentions)
    framed = [_not_named_inside(doc, frame, index) for frame in framed]  # a continuation's speaker as well
    framed += headline_quotes(doc, index, framed)
    framed += block_statements(doc, index, quotes)
    framed += transcript_turns(doc, index)
    by_index = index.by_index
    relations = []
    for item in framed:
        if item.speaker is None or item.speaker == UNNAMED:
            continue
        speaker = by_index[item.speaker]
        confidence = CONFIDENCE[item.rule] * (PRONOUN_PENALTY if speaker.refers_to is not None else 1.0)
        start, end = _sentence_bounds(doc, item)
        speaker_tokens = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        content = reported_content(doc, item.quote, item.verb, speaker_tokens)
        qualifiers = {}
        if reaches_past_quote(doc_text(doc), content, item.quote):
            qualifiers[CONTENT_KEY] = doc_text(doc)[content[0]:content[1]]
            start, end = min(start, content[0]), max(end, content[1])
        relations.append(RelationMention(
            predicate="said", subject=speaker.index, value=item.quote.text(doc_text(doc)),
            value_span=(item.quote.start, item.quote.end), qualifiers=qualifiers, modality="asserted",
            confidence=round(confidence, 4), sentence_start=start, sentence_end=end, rule=item.rule,
        ))
    return relations
