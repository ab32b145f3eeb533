"""Turns of an interview transcript as quotes: 'JOEL BENENSON: We've said all along ...'.

The label is a speaker mention that coreference linked to the person the article names
(coreference/transcript.py), or a name the NER read itself; the rest of the paragraph is what
they said. A paragraph whose words open with a quotation mark has frames of its own; one that
names the labelled person is a section about them ('Bernie Sanders: Credit scores ...').
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extract.coreference.transcript import transcript_turns_in
from pipeline.extract.doctext import doc_text
from pipeline.extract.mention_index import MentionIndex
from pipeline.extract.quotes.frames import Framed
from pipeline.extract.quotes.spans import QuoteSpan, paragraph_bounds
from pipeline.extract.quotes.speech import UNNAMED

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


# 'Chris Matthews: Seriously, ...' opening a quotation: at most this many words before the colon.
MAX_LABEL_WORDS = 4
LABEL_WORDS = re.compile(r"[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}")
# Another turn's label inside the quotation: a capitalised name and a colon after a sentence's end.
ANOTHER_LABEL = re.compile(r"(?:[.!?\n][\"'”’]?\s*)[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}:\s")


def labelled_turn(doc: Doc, quote: QuoteSpan, index: MentionIndex) -> Framed | None:
    """A quotation that opens with a person's name and a colon ('"Chris Matthews: Seriously,
    seriously about this. ..."' after 'Matthews and Lopez argued that ...') quotes a transcript: the
    words after the label are the labelled person's, whoever reports them around the quotation."""
    text = doc_text(doc)
    if quote.open_ended:
        return None  # a transcript quoted paragraph by paragraph ('"WALLACE: ...' left open): not read
    colon = text.find(":", quote.start, quote.end)
    if colon < 0 or not 0 < len(text[quote.start:colon].split()) <= MAX_LABEL_WORDS:
        return None
    label = text[quote.start:colon]
    if not LABEL_WORDS.fullmatch(label):
        return None
    # the label's own mention: the NER's, or coreference's reading of a transcript label ('PENCE'
    # tagged ORG by the NER, linked to Mike Pence by coreference/transcript.py)
    mention = next((m for m in index.mentions if (m.start, m.end) == (quote.start, colon)
                    and index.root(m).label == "PERSON"), None)
    if mention is None:
        # 'PENCE: ...' the NER did not read: the one person named in full with that surname; else,
        # in capitals, a turn of someone unnamed, which carries on nobody's words
        surname_of = person_with_surname(index, label) if " " not in label else None
        mention = index.by_index[surname_of] if surname_of is not None else None
    if mention is None:
        return Framed(quote, UNNAMED, None, "quote:transcript") if label.isupper() else None
    start = colon + 1
    while start < quote.end and text[start].isspace():
        start += 1
    if start >= quote.end or _names(text[start:quote.end], index.root(mention).text):
        return None
    if ANOTHER_LABEL.search(text, start, quote.end):
        return None  # 'WALLACE: ... PENCE: ...': several turns, whose bounds the marks do not give
    turn = QuoteSpan(start=start, end=quote.end, mark_start=quote.mark_start, mark_end=quote.mark_end,
                     open_ended=quote.open_ended, inner_end=quote.inner_end)
    return Framed(turn, mention.index, None, "quote:transcript")


def _names(words: str, person: str) -> bool:
    """True when the turn names its own speaker ('Bernie Sanders: Credit scores On his campaign
    website, Senator Bernie Sanders calls for ...'): a section about them, not their turn."""
    surname = person.split()[-1].casefold()
    return any(w.strip(".,;:!?'’\"”").casefold().removesuffix("'s").removesuffix("’s") == surname
               for w in words.split())


def person_with_surname(index: MentionIndex, surname: str) -> int | None:
    """The mention index of the one person the article names in full with this surname, in any
    case ('Ryan' or 'PENCE' for 'Paul Ryan', 'Gov. Mike Pence'), the first time named."""
    wanted = surname.casefold()
    owners = sorted((m for m in index.by_index.values() if m.refers_to is None and m.label == "PERSON"
                     and len(m.text.split()) > 1 and m.text.split()[-1].casefold() == wanted), key=lambda m: m.start)
    return owners[0].index if owners and len({m.text for m in owners}) == 1 else None
