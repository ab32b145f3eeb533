"""Turns of an interview transcript as quotes: 'JOEL BENENSON: We've said all along ...'.

The label is a speaker mention that coreference linked to the person the article names
(coreference/transcript.py), or a name the NER read itself; the rest of the paragraph is what
they said. A paragraph whose words open with a quotation mark has frames of its own.
"""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract.coreference.transcript import MIN_TURNS, TURN
from pipeline.extract.doctext import doc_text
from pipeline.extract.mention_index import MentionIndex
from pipeline.extract.quotes.frames import Framed
from pipeline.extract.quotes.spans import QuoteSpan, paragraph_bounds

QUOTATION_OPENERS = "\"“«'‘"


def transcript_turns(doc: Doc, index: MentionIndex) -> list[Framed]:
    text = doc_text(doc)
    turns = list(TURN.finditer(text))
    if len(turns) < MIN_TURNS:
        return []
    found = []
    for turn in turns:
        speaker = next((m for m in index.mentions if m.start == turn.start(1) and m.end == turn.end(1)
                        and index.root(m).label == "PERSON"), None)
        if speaker is None:
            continue
        start = turn.end(1) + 1
        while start < len(text) and text[start] in " \t":
            start += 1
        end = paragraph_bounds(text, start)[1]
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start or text[start] in QUOTATION_OPENERS:
            continue
        quote = QuoteSpan(start=start, end=end, mark_start=start, mark_end=end, open_ended=False, inner_end=end)
        found.append(Framed(quote, speaker.index, None, "quote:transcript"))
    return found
