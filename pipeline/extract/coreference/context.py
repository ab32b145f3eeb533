"""The document as the reference rules of links.py read it (moved out of links.py unchanged,
then indexed: a long article has thousands of mentions, and each pronoun or capitalised word
looked at every one of them)."""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right

from spacy.attrs import IDX, IS_ALPHA
from spacy.tokens import Doc, Span, Token

from models import Mention
from pipeline.extract.coreference.roles import PersonRoles
from pipeline.extract.coreference.rules import EntityGroups, given_name_first
from pipeline.extract.doctext import doc_quote_spans, doc_text
from pipeline.extract.mention_index import root_mention
from pipeline.us_states import US_STATE_NAMES


def _sentence_index(doc: Doc, quoted: list[tuple[int, int]]) -> dict[int, int]:
    """Token index -> sentence number, where a sentence opening inside a quotation counts with
    the one before it: a long quote runs to many sentences, but its '..., she said' still
    refers to whoever the narrative named just before it."""
    numbers, n = {}, -1
    alpha, offset = doc.to_array([IS_ALPHA, IDX]).T.tolist() if len(doc) else ([], [])  # no Token per token
    previous = None
    for sent in doc.sents:
        first_word = next((i for i in range(sent.start, sent.end) if alpha[i]), sent.start)
        if n < 0 or not (any(start <= offset[first_word] < end for start, end in quoted)
                         or _split_mid_sentence(doc, previous, sent)):
            n += 1
        previous = sent
        numbers.update(dict.fromkeys(range(sent.start, sent.end), n))
    return numbers


def _split_mid_sentence(doc: Doc, previous, sent) -> bool:
    """The parser cut one written sentence in two: the part before ends with no sentence-final
    mark and no line break ('Mr Howard told BBC Radio 4's Today programme / Mr Blair had refused
    ...'); its subject is still the main one for a 'he said' after it."""
    if previous is None:
        return False
    last = next((t for t in reversed(previous) if not t.is_space), None)
    return (last is not None and last.text not in SENTENCE_FINAL and last.is_alpha
            and "\n" not in doc_text(doc)[last.idx:sent.start_char + 1])  # doc.text joins every token anew


# What ends a written sentence; a parser's sentence ending otherwise (on a word) was cut short.
SENTENCE_FINAL = frozenset({".", "!", "?", "…", '"', "”", "'", "’", ":", ";", ")"})


class Context:
    """What the rules of links.py read of one document: its named mentions with their spans (in
    text order), the entity groups, quotations, sentence numbers and person roles."""

    def __init__(self, doc: Doc, mentions: list[Mention]):
        self.doc = doc
        self.groups = EntityGroups(doc, mentions)
        self.spans: list[tuple[Mention, Span]] = []
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                self.spans.append((mention, span))
        self.spans.sort(key=_order)
        self._keys = [_order(pair) for pair in self.spans]
        self.covered = {i for _, span in self.spans for i in range(span.start, span.end)}
        self.by_index = {m.index: m for m in mentions}
        self.quoted = [(q.start, q.end) for q in doc_quote_spans(doc)]
        self.sentence_of = _sentence_index(doc, self.quoted)
        self._first_token: dict[int, int] = {}  # sentence number -> its first token
        for i in range(len(doc)):
            self._first_token.setdefault(self.sentence_of[i], i)
        self._full_names: dict[str, list[tuple[Mention, Span]]] | None = None
        self._capitalised_inside: set[str] | None = None
        self._us_states: list[tuple[str, Mention, Span]] | None = None
        self._introduced: dict[str, list[int]] | None = None
        self.roles = PersonRoles.learn(doc, self.groups, self.spans, self.covered)

    def root(self, mention: Mention) -> Mention:
        return root_mention(mention, self.by_index)

    def window_start(self, i: int, window: int) -> int:
        """The first token of the sentence `window` sentences before token `i`'s (0 at the start)."""
        first = self.sentence_of[i] - window
        return self._first_token.get(first, 0) if first > 0 else 0

    def first_token(self, sentence: int) -> int | None:
        """The first token of sentence number `sentence`, or None past the text's end."""
        return self._first_token.get(sentence)

    def before(self, token: Token, window: int, labels: tuple[str, ...],
               narrative: bool = False) -> list[tuple[Mention, Span]]:
        """Mentions with one of `labels` ending before `token`, within `window` earlier sentences, latest first.

        With `narrative`, mentions inside quotation marks are left out: a pronoun in the
        writer's words ('..., he said') stands for someone the writer named, not for a name in
        the speaker's words.
        """
        first = self.sentence_of[token.i] - window
        # only spans starting from that sentence on up to the token can qualify: sentence
        # numbers ascend with the tokens, and the spans are in text order
        lo = bisect_left(self._keys, (self.window_start(token.i, window),))
        hi = bisect_right(self._keys, (token.i, math.inf))
        found = [(m, s) for m, s in self.spans[lo:hi]
                 if s.end <= token.i and self.sentence_of[s.start] >= first
                 and self.groups.labels(self.root(m)) & set(labels)
                 and not (narrative and self.in_quotes(s.start_char))]
        return list(reversed(found))

    def between(self, first: int, last: int) -> list[tuple[Mention, Span]]:
        """Mentions starting at token `first` to `last` (inclusive), in text order."""
        lo = bisect_left(self._keys, (first,))
        hi = bisect_right(self._keys, (last, math.inf))
        return self.spans[lo:hi]

    def capitalised_inside(self, word: str) -> bool:
        """True when the text writes `word` capitalised somewhere other than at a sentence's start
        (a name, not a capital the sentence start explains). Indexed on first use."""
        if self._capitalised_inside is None:
            self._capitalised_inside = {t.text for t in self.doc if t.is_title and not t.is_sent_start}
        return word in self._capitalised_inside

    def us_states(self) -> list[tuple[str, Mention, Span]]:
        """(state name, mention, span) of the named GPE mentions of a US state, in text order.
        Indexed on first use; mentions added later all refer, so it stays whole."""
        if self._us_states is None:
            self._us_states = [(name, m, s) for m, s in self.spans if m.refers_to is None and m.label == "GPE"
                               and (name := next((n for n in (m.name, m.text) if n and n in US_STATE_NAMES), None))]
        return self._us_states

    def introductions(self, word: str, first: int, last: int) -> list[Token]:
        """The tokens `word` (lower case) from token `first` up to `last` (exclusive) that a/an
        brings in ("a spokesman"), in text order. Indexed on first use: every description looked
        back over its whole window for them."""
        if self._introduced is None:
            self._introduced = {}
            for token in self.doc:
                if token.dep_ == "det" and token.lower_ in ("a", "an") and token.head.i != token.i:
                    self._introduced.setdefault(token.head.lower_, []).append(token.head.i)
            for found in self._introduced.values():
                found[:] = sorted(set(found))
        found = self._introduced.get(word, [])
        return [self.doc[i] for i in found[bisect_left(found, first):bisect_left(found, last)]]

    def in_quotes(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.quoted)

    def add(self, mention: Mention) -> None:
        self.by_index[mention.index] = mention
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            at = bisect_right(self._keys, _order((mention, span)))  # where a stable sort puts it
            self.spans.insert(at, (mention, span))
            self._keys.insert(at, _order((mention, span)))
            self.covered.update(range(span.start, span.end))

    def full_names_ending(self, word: str) -> list[tuple[Mention, Span]]:
        """The named (not referring) mentions of two or more words ending with `word` that are a
        person's (PERSON, or a known given name first), in text order. Mentions added later all
        refer, so the index built on the first call stays whole."""
        if self._full_names is None:
            self._full_names = {}
            for mention, span in self.spans:
                words = mention.text.split()
                if mention.refers_to is None and len(words) > 1 and (
                        mention.label == "PERSON" or given_name_first(mention.text)):
                    self._full_names.setdefault(words[-1], []).append((mention, span))
        return self._full_names.get(word, [])


def _order(pair: tuple[Mention, Span]) -> tuple[int, int]:
    return pair[1].start, pair[0].index
