"""The text, entity spans and quotation spans of a parsed Doc, read once.

spaCy's `Doc.text` joins every token's text and `Doc.ents` builds new Span objects on each
read: rules that consult them per quote, mention or pair made them the main cost of extraction
(10.5 of 12.2 s on 25 benchmark articles for Doc.text alone).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from typing import Iterable

import numpy
from spacy.attrs import DEP, IS_ALPHA, IS_STOP, LEMMA, LOWER, ORTH, POS
from spacy.tokens import Doc

from pipeline.extract.quotes.spans import QuoteSpan, find_quote_spans

_KEY = "newsclaims.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed on the first call and kept in the Doc's user_data."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Keep `text`, the string `doc` was parsed from, as its `doc_text`: spaCy's tokenizer keeps
    every character, so it equals `doc.text` without joining every token's text again."""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) != len(text):
        raise ValueError("the text is not the one the Doc was parsed from")
    doc.user_data[_KEY] = text


def doc_entity_bounds(doc: Doc) -> tuple[tuple[int, int], ...]:
    """(start, end) token offsets of `doc.ents`, computed on the first call."""
    key = "newsclaims.entity_bounds"
    bounds = doc.user_data.get(key)
    if bounds is None:
        bounds = doc.user_data[key] = tuple((ent.start, ent.end) for ent in doc.ents)
    return bounds


def entities_between(doc: Doc, start: int, end: int) -> int:
    """How many entities of `doc_entity_bounds` lie within tokens [start, end). spaCy keeps
    entities apart and in order, so their starts and ends both ascend: two bisections, not a
    look at every entity of the document for each pair of mentions."""
    key = "newsclaims.entity_starts_ends"
    starts_ends = doc.user_data.get(key)
    if starts_ends is None:
        bounds = doc_entity_bounds(doc)
        starts_ends = doc.user_data[key] = ([b[0] for b in bounds], [b[1] for b in bounds])
    starts, ends = starts_ends
    return max(0, bisect_right(ends, end) - bisect_left(starts, start))


def doc_quote_spans(doc: Doc) -> list[QuoteSpan]:
    """`find_quote_spans` over the doc's text, found on the first call (coreference and the quote
    rules both need them)."""
    key = "newsclaims.quote_spans"
    spans = doc.user_data.get(key)
    if spans is None:
        spans = doc.user_data[key] = tuple(find_quote_spans(doc_text(doc)))
    return list(spans)


def word_counts(doc: Doc) -> Counter:
    """How many tokens of the doc are written as each text: `Counter(t.text for t in doc)`, read
    from the token array instead of making a Token object for each token. Rules that test each
    word's text look at each distinct text once. Counted on the first call (a token's text never
    changes once the tokenizer has made it) and shared: callers read it, never change it."""
    key = "newsclaims.word_counts"
    counts = doc.user_data.get(key)
    if counts is None:
        orths, numbers = numpy.unique(doc.to_array(ORTH), return_counts=True)
        strings = doc.vocab.strings
        counts = doc.user_data[key] = Counter({strings[int(orth)]: int(n) for orth, n in zip(orths, numbers)})
    return counts


def tokens_written(doc: Doc, texts: Iterable[str]) -> list[int]:
    """The indices, in order, of the tokens whose text is one of `texts`."""
    strings = doc.vocab.strings
    wanted = [strings[t] for t in texts if t in strings]
    if not wanted:
        return []
    return numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), numpy.array(wanted, dtype=numpy.uint64))).tolist()


def token_lowers(doc: Doc) -> list[str]:
    """`[t.lower_ for t in doc]`, read from the LOWER array with each distinct string looked up once
    (a Token's `lower_` looks its string up again on every read), kept in the Doc's user_data."""
    return _token_strings(doc, LOWER, "newsclaims.token_lowers")


def token_texts(doc: Doc) -> list[str]:
    """`[t.text for t in doc]`, as `token_lowers`."""
    return _token_strings(doc, ORTH, "newsclaims.token_texts")


def token_deps(doc: Doc) -> list[str]:
    """`[t.dep_ for t in doc]`, as `token_lowers`."""
    return _token_strings(doc, DEP, "newsclaims.token_deps")


def token_pos(doc: Doc) -> list[str]:
    """`[t.pos_ for t in doc]`, as `token_lowers`."""
    return _token_strings(doc, POS, "newsclaims.token_pos")


def lemma_lowers(doc: Doc) -> list[str]:
    """`[t.lemma_.lower() for t in doc]`, as `token_lowers`."""
    key = "newsclaims.lemma_lowers"
    lowers = doc.user_data.get(key)
    if lowers is None:
        lowers = doc.user_data[key] = _lowered(_token_strings(doc, LEMMA, "newsclaims.token_lemmas"))
    return lowers


def _lowered(texts: list[str]) -> list[str]:
    done: dict[str, str] = {}
    return [done[t] if t in done else done.setdefault(t, t.lower()) for t in texts]


def _token_strings(doc: Doc, attr: int, key: str) -> list[str]:
    """The string of `attr` for each token, read from its array with each distinct value looked up
    once, kept in the Doc's user_data (plain strings: no reference back to the Doc)."""
    texts = doc.user_data.get(key)
    if texts is None:
        strings = doc.vocab.strings
        looked_up: dict[int, str] = {}
        texts = doc.user_data[key] = [looked_up[h] if h in looked_up else looked_up.setdefault(h, strings[h])
                                      for h in doc.to_array(attr).tolist()]
    return texts


def word_flags(doc: Doc) -> tuple[list[bool], list[bool], list[bool]]:
    """For each token: is it alphabetic, a stop word, written with a capital first letter; read from
    the IS_ALPHA, IS_STOP and ORTH arrays (each distinct text tested once), kept in the Doc's user_data."""
    key = "newsclaims.word_flags"
    flags = doc.user_data.get(key)
    if flags is None:
        if not len(doc):
            return [], [], []
        alpha, stop, orth = doc.to_array([IS_ALPHA, IS_STOP, ORTH]).T.tolist()
        strings = doc.vocab.strings
        capital_of: dict[int, bool] = {}
        capital = [capital_of[h] if h in capital_of else capital_of.setdefault(h, strings[h][:1].isupper())
                   for h in orth]
        flags = doc.user_data[key] = ([bool(a) for a in alpha], [bool(s) for s in stop], capital)
    return flags
