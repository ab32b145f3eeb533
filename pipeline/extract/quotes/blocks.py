"""Statements set off as a paragraph of their own without quotation marks.

Web news often quotes a statement as a block: a paragraph ending 'Google confirmed this in a
statement…' or 'The company said:' and then the statement's words as the next paragraph, in the
maker's first person ('we render at a native 1080p'), with no quotation marks at all. The lead-in
names the speaker; the block is theirs. Only one paragraph is taken, only when it opens with no
quotation mark (a marked quote has frames of its own) and either speaks in the first person
without marks (the writer's own next paragraph does not) or follows a colon that closes the
speech verb's own phrase ('Wallnau elaborated on the message:', 'observing of Trump:').
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extract.doctext import doc_text
from pipeline.extract.mention_index import MentionIndex
from pipeline.extract.quotes.frames import Framed
from pipeline.extract.quotes.spans import QuoteSpan
from pipeline.extract.quotes.speech import UNNAMED, is_speech_verb, speaker_outside_quotes

# How a lead-in hands over to the block below it.
LEAD_IN_ENDS = (":", "…", "...")
QUOTATION_MARKS = re.compile(r"[\"“”«»„]|''")
FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My)\b")
# Pronouns that never name a person, whatever coreference made of them.
THING_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "which", "that"})
# A block longer than this is an article or an excerpt, not a statement.
MAX_BLOCK_CHARS = 1200


def _paragraphs(text: str) -> list[tuple[int, int]]:
    found, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            found.append((start + len(line) - len(line.lstrip()), end - (len(line) - len(line.rstrip()))))
        start = end + 1
    return found


def block_statements(doc: Doc, index: MentionIndex, quotes: list[QuoteSpan]) -> list[Framed]:
    """A frame for each unmarked statement paragraph whose lead-in names who made it."""
    text = doc_text(doc)
    found = []
    paragraphs = _paragraphs(text)
    for (lead_start, lead_end), (start, end) in zip(paragraphs, paragraphs[1:]):
        block = text[start:end]
        if (not text[lead_start:lead_end].endswith(LEAD_IN_ENDS) or QUOTATION_MARKS.match(block)
                or len(block) > MAX_BLOCK_CHARS):
            continue
        last = doc.char_span(lead_end - 1, lead_end, alignment_mode="expand")
        if last is None:
            continue
        sentence = last.sent
        if any(q.mark_start < sentence.end_char and sentence.start_char < q.mark_end for q in quotes):
            continue  # the lead-in quotes someone itself: its frame is about that quote
        verbs = [t for t in sentence if is_speech_verb(t) and (t.tag_ != "VBG" or _introduces(t, last[-1]))]
        if not verbs:
            continue
        if not (FIRST_PERSON.search(block) and not QUOTATION_MARKS.search(block)) and not _introduces(verbs[-1], last[-1]):
            continue
        speaker = speaker_outside_quotes(verbs[-1], index, quotes)
        if speaker == UNNAMED:
            continue
        if not FIRST_PERSON.search(block) and (index.root(index.by_index[speaker]).label != "PERSON"
                                               or _names(doc, index, start, end, speaker)):
            # an organisation's statement says 'we' ('Google said in a statement:' then 'The company
            # has had a difficult year' is the writer's); a person's words do not name them
            continue
        quote = QuoteSpan(start=start, end=end, mark_start=start, mark_end=end, open_ended=False, inner_end=end)
        found.append(Framed(quote, speaker, verbs[-1], "quote:block"))
    return found


def _introduces(verb, colon) -> bool:
    """True when the lead-in's speech verb hands over to the block by the colon itself ('Wallnau
    elaborated on the message he felt ...:', 'He wrote on his blog, observing of Trump:'): the
    verb's phrase runs up to the colon and holds no reported clause of its own. Such a block is
    the speaker's even in the third person or holding a quote of its own."""
    return (colon.text == ":" and (colon.head.i == verb.i or any(a.i == colon.head.i for a in verb.ancestors))
            and verb.right_edge.i >= colon.i - 1 and not any(c.dep_ == "ccomp" for c in verb.children)
            and colon.doc[colon.i - 1].lower_ != "that")  # 'Soerens argued that:': reported, not verbatim


def _names(doc: Doc, index: MentionIndex, start: int, end: int, speaker: int) -> bool:
    """True when the block names the speaker in the third person (by name or by a description
    coreference links to them)."""
    region = doc.char_span(start, end, alignment_mode="contract")
    root = index.root(index.by_index[speaker])
    last_word = root.text.split()[-1]
    return region is not None and any(
        (m := index.narrowest(t)) is not None and t.lower_ not in THING_PRONOUNS
        and (index.root(m).index == root.index or m.text == last_word) for t in region)
