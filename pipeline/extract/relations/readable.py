"""Which text the relation rules read: English prose, not a title-case headline, not a dateline.

The rules are written for an English parse of running prose: a page in another language, a
headline in title case ("Obama Just Pulled Out The Race Card") or a wire dateline ("BEIJING
(AP) -", where the story was filed, not where the agency is) gives parses they misread.
"""
from __future__ import annotations

from spacy.attrs import IS_ALPHA, IS_STOP
from spacy.tokens import Doc, Span

from models import Mention
from pipeline.extract.doctext import token_pos, token_texts, word_flags
from pipeline.lexicon import QUOTE_CLOSERS, QUOTE_OPENERS

MIN_ENGLISH_STOPWORD_SHARE = 0.2


def looks_english(doc: Doc) -> bool:
    """Whether enough of the words are English function words (about 0.4 in English news, under 0.1
    in German or Indonesian) for the English parse, and so the rules, to mean anything."""
    alpha, stop = doc.to_array([IS_ALPHA, IS_STOP]).T.astype(bool)  # no Token object per token
    words = int(alpha.sum())
    if words < 20:
        return True
    return int((alpha & stop).sum()) / words >= MIN_ENGLISH_STOPWORD_SHARE


def is_title_case(sentence: Span) -> bool:
    """A headline written in title case ("Obama Just Pulled Out The Race Card On Trump In A Major
    Way"): most words capitalised, function words included."""
    alpha, stop, capital = word_flags(sentence.doc)  # token indices, not a Token object per token
    words = [i for i in range(sentence.start, sentence.end) if alpha[i]]
    if len(words) < 5:
        return False
    capitalised = [i for i in words if capital[i]]
    function_words = [i for i in capitalised[1:] if stop[i] and i != sentence.start]
    return len(capitalised) >= 0.7 * len(words) and len(function_words) >= 2


def outside_datelines(doc: Doc, mentions: list[Mention], dateline: frozenset[int]) -> list[Mention]:
    """The mentions that may carry relations: not those of a dateline ("BEIJING (AP) -", its tokens
    `dateline`: datelines.dateline_tokens), which says where the story was filed, not where the agency is."""
    if not dateline:
        return mentions
    kept = []
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not any(i in dateline for i in range(span.start, span.end)):
            kept.append(mention)
    return kept


# with the TeX-style marks the tokenizer leaves in some pages (``quoted''): a headline's marks
OPENING_MARKS = QUOTE_OPENERS | {"``", "''"}
CLOSING_MARKS = QUOTE_CLOSERS | {"''"}


def quoted_headlines(sentence: Span) -> list[tuple[int, int]]:
    """Character ranges of title-case headlines quoted inside a sentence ('an email stating,
    "Speaker Paul Ryan Joins Growing List of Conservatives Rebuking Trump as He Captures GOP
    Nomination."'): their parse and their pronouns are as unreliable as a headline's own."""
    doc = sentence.doc
    alpha, stop, capital = word_flags(doc)
    texts, tags = token_texts(doc), token_pos(doc)  # token indices, not a Token object per token
    found = []
    start = None
    for i in range(sentence.start, sentence.end):
        text = texts[i]
        if start is None and text in OPENING_MARKS:
            start = i + 1
        elif start is not None and (text in CLOSING_MARKS or i == sentence.end - 1):
            # a quote running to the sentence's end may close in the next one ('... Nomination.”')
            words = [w for w in range(start, i + 1) if alpha[w]]
            capitalised = [w for w in words if capital[w]]
            # a capitalised function word or verb past the first word: no name writes "Joins", "To"
            headline_words = [w for w in capitalised[1:] if stop[w] or tags[w] in ("VERB", "AUX")]
            if len(words) >= 5 and len(capitalised) >= 0.7 * len(words) and headline_words:
                found.append((doc[start].idx, doc[i].idx + len(text)))
            start = None
    return found

