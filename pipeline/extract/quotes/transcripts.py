"""Turns of an interview transcript as quotes: 'JOEL BENENSON: We've said all along ...'.

The label is a speaker mention that coreference linked to the person the article names
(coreference/transcript.py), or a name the NER read itself; the rest of the paragraph is what
they said. A paragraph whose words open with a quotation mark has frames of its own; one that
names the labelled person is a section about them ('Bernie Sanders: Credit scores ...').
"""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract.coreference.transcript import transcript_turns_in
from pipeline.extract.doctext import doc_text
from pipeline.extract.mention_index import MentionIndex
from pipeline.extract.quotes.frames import Framed
from pipeline.extract.quotes.spans import QuoteSpan, paragraph_bounds

QUOTATION_OPENERS = "\"“«'‘"


def transcript_turns(doc: Doc, index: MentionIndex) -> list[Framed]:
    text = doc_text(doc)
    found = []
    turns = transcript_turns_in(text)
    if not turns:
        return found
    by_bounds = {}
    for m in index.mentions:
        if index.root(m).label == "PERSON":
            by_bounds.setdefault((m.start, m.end), m)
    for turn in turns:
        speaker = by_bounds.get((turn.start(1), turn.end(1)))
        if speaker is None:
            continue
        start = turn.end(1) + 1
        while start < len(text) and text[start] in " \t":
            start += 1
        end = paragraph_bounds(text, start)[1]
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start or text[start] in QUOTATION_OPENERS or _names(text[start:end], index.root(speaker).text):
            continue
        quote = QuoteSpan(start=start, end=end, mark_start=start, mark_end=end, open_ended=False, inner_end=end)
        found.append(Framed(quote, speaker.index, None, "quote:transcript"))
    return found


def _names(words: str, person: str) -> bool:
    """True when the turn names its own speaker ('Bernie Sanders: Credit scores On his campaign
    website, Senator Bernie Sanders calls for ...'): a section about them, not their turn."""
    surname = person.split()[-1].casefold()
    return any(w.strip(".,;:!?'’\"”").casefold().removesuffix("'s").removesuffix("’s") == surname
               for w in words.split())
