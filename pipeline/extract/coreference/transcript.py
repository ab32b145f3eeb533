"""Speaker labels of an interview transcript ('JOEL BENENSON: ...', 'TAPPER: ...').

A transcript opens each turn with the speaker's name and a colon, often in capitals the NER does
not read as a person. A label is taken as a speaker only in an article with at least two such
turns, and only when it names a person the article names elsewhere: the full name ('Joel
Benenson' for 'JOEL BENENSON') or the surname of exactly one of its people ('TAPPER' for 'CNN's
Jake Tapper'). 'UPDATE:', 'EXCLUSIVE:' or a headline 'Paul Ryan: ...' name nobody's turn.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from models import Mention
from pipeline.extract.doctext import doc_text

# A turn: at a line's start, one to three words of a name, a colon, then the words spoken.
TURN = re.compile(r"^[ \t]*([A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2}):[ \t]+\S", re.MULTILINE)
MIN_TURNS = 2
# Turns of a real exchange run on: a list of names with a number or a few words after each
# ('Hillary Clinton: 1,769.', 'Sanders: Win in a walk.') is no transcript.
LONG_TURN_WORDS = 5


def transcript_turns_in(text: str) -> list[re.Match]:
    """The label matches of an article that reads as a transcript (else none): two or more
    turns after the headline, someone speaking more than once, at least half of the turns
    running on for a sentence or more."""
    first_line = _line_end(text, 0)
    turns = [t for t in TURN.finditer(text) if t.start() > first_line]  # the first line is the headline
    surnames = [t.group(1).split()[-1].casefold() for t in turns]
    if len(turns) < MIN_TURNS or len(set(surnames)) == len(surnames):
        return []  # nobody speaks twice: sections headed by names ('Jeb Bush: Student loans ...')
    lengths = [len(text[t.end(1) + 1:_line_end(text, t.end(1))].split()) for t in turns]
    return turns if 2 * sum(n >= LONG_TURN_WORDS for n in lengths) >= len(turns) else []


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def transcript_labels(doc: Doc, mentions: list[Mention]) -> dict[int, tuple[Span, Mention | str]]:
    """{token index where a label starts: (the label's span, the named person it stands for)}. A
    person named only by the transcript's own labels ('JOEL BENENSON:', later 'BENENSON:') is given
    as the full label's case-folded text: the caller names them with the first such label."""
    text = doc_text(doc)
    turns = transcript_turns_in(text)
    if not turns:
        return {}
    people = [m for m in mentions if m.label == "PERSON" and m.refers_to is None and len(m.text.split()) > 1]
    by_full = {" ".join(m.text.split()).casefold(): m for m in people}
    by_last: dict[str, dict[str, Mention]] = {}
    for m in people:
        by_last.setdefault(m.text.split()[-1].casefold(), {}).setdefault(" ".join(m.text.split()).casefold(), m)
    named_at = {(m.start, m.end) for m in mentions if m.label == "PERSON"}
    one_word = {t.group(1).casefold() for t in turns if " " not in t.group(1)}
    found: dict[int, tuple[Span, Mention | str]] = {}
    for turn in turns:
        if (turn.start(1), turn.end(1)) in named_at:
            continue  # the NER read the label as a person already
        label = turn.group(1).casefold()
        person: Mention | str | None = by_full.get(label)
        if person is None and len(label.split()) == 1 and len(by_last.get(label, {})) == 1:
            person = next(iter(by_last[label].values()))
        elif person is None and len(label.split()) > 1 and label.split()[-1] in one_word:
            # 'JOEL BENENSON: ...' then 'BENENSON: ...': a person the transcript itself names
            person = label
        elif person is None and label in one_word and _introduced(label, turns):
            person = _introduced(label, turns)
        span = doc.char_span(turn.start(1), turn.end(1), alignment_mode="expand")
        if person is not None and span is not None:
            found[span.start] = (span, person)
    return found


def _introduced(surname: str, turns) -> str | None:
    """The full name a transcript gives in an earlier turn's label ending with `surname`."""
    fulls = {t.group(1).casefold() for t in turns if " " in t.group(1) and t.group(1).casefold().split()[-1] == surname}
    return next(iter(fulls)) if len(fulls) == 1 else None


def transcript_person(label: tuple[Span, Mention | str], named_by_label: dict[str, Mention]) -> tuple[Span, Mention | None] | None:
    """(label span, the person it refers to), or (span, None) for the first label of a person the
    transcript alone names; None for a short label whose full one has not come yet."""
    span, person = label
    if isinstance(person, Mention):
        return span, person
    if " ".join(span.text.split()).casefold() == person:
        return (span, None) if person not in named_by_label else (span, named_by_label[person])
    return (span, named_by_label[person]) if person in named_by_label else None
