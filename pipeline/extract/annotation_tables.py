"""Exact, faster stand-ins for two spaCy components that touch every token: the attribute ruler
and the rule lemmatizer.

Both are pure functions of a few token attributes, yet spaCy computes them token by token in
Python: over the 181 benchmark pages the attribute ruler (179 Matcher patterns mapping tags to
parts of speech and morphology) took 3.3 s and the lemmatizer 2.3 s of 32 s in spaCy. Here each
distinct input is worked out once, by the original component's own rules, and the answers are
written back a column at a time:

- `AttributeTable`: a one-token pattern's outcome depends only on the token's TAG, LOWER, DEP
  and IS_SPACE, so the attributes it sets are looked up per distinct tuple of those (worked out
  by evaluating the ruler's patterns in the ruler's order, later patterns winning, as spaCy
  does); the few multi-token patterns ("gon na", "let 's") still run through a spaCy Matcher.
- `LemmaTable`: the rule lemmatizer's answer is a function of ORTH, POS and MORPH (its own cache
  key), so it is asked once per distinct triple.

Either falls back to the original component where its patterns or mode go beyond what the table
reproduces (another model), so the output is the original's in every case but one; the tests
compare both on real text. The one: the rule lemmatizer answers with the last candidate it finds
in its verb index, so a verb in -ed/-ing/-es whose stem is a verb with and without a silent e gets
the wrong one ("hoped", "hoping", "hopes" -> "hop"; "fined" -> "fin", "raped" -> "rap"): 65 verbs of
the index, among them words the rules look up by lemma ("hope" hedges, "rape" is a crime).
`silent_e_lemma` puts the e back where English spelling says it belongs.
"""
from __future__ import annotations

import re
from typing import Any, Callable

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

# Token attributes a one-token pattern may test, as read from Doc.to_array.
_KEY_ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_SET_ATTRS = (POS, MORPH, LEMMA, TAG, DEP)


def _predicate(value: Any) -> Callable[[Any], bool] | None:
    """A test of one attribute value, as spaCy's Matcher reads the pattern value; None if unsupported."""
    if isinstance(value, (str, bool)):
        return lambda found: found == value
    if isinstance(value, dict) and len(value) == 1:
        (operator, operand), = value.items()
        if operator == "IN" and isinstance(operand, list):
            allowed = frozenset(operand)
            return lambda found: found in allowed
        if operator == "NOT_IN" and isinstance(operand, list):
            excluded = frozenset(operand)
            return lambda found: found not in excluded
        if operator == "REGEX" and isinstance(operand, str):
            compiled = re.compile(operand)
            return lambda found: bool(compiled.search(found))
    return None


def distinct_rows(rows: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """numpy.unique(rows, axis=0, return_index=True, return_inverse=True), rows in another order:
    the distinct rows, the first row index of each, and which distinct row each row is. unique
    sorts the rows as opaque byte strings, 4-5 times slower than a lexsort of the columns."""
    order = numpy.lexsort(rows.T[::-1])  # stable: the first row of each run is the first occurrence
    ordered = rows[order]
    starts = numpy.ones(len(rows), dtype=bool)
    starts[1:] = (ordered[1:] != ordered[:-1]).any(axis=1)
    inverse = numpy.empty(len(rows), dtype=numpy.intp)
    inverse[order] = numpy.cumsum(starts) - 1
    return ordered[starts], order[starts], inverse


# The attributes a first token may be filed under, most selective first (a word has more values than a tag).
_ANCHOR_ORDER = ("LOWER", "TAG", "DEP", "IS_SPACE")


def _anchor_values(first: dict[str, Any]) -> tuple[str, frozenset] | None:
    """(attribute, the only values it may have) for the most selective equality or IN test of a
    pattern's first token; None when no test there narrows the values (NOT_IN, REGEX)."""
    for name in _ANCHOR_ORDER:
        value = first.get(name)
        if isinstance(value, (str, bool)):
            return name, frozenset((value,))
        if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("IN"), list) \
                and all(isinstance(v, (str, bool)) for v in value["IN"]):
            return name, frozenset(value["IN"])
    return None


def _word_values(value: Any) -> frozenset[str] | None:
    """The only words a LOWER test lets through, when it names them (a word, IN a list of words)."""
    if isinstance(value, str):
        return frozenset((value,))
    if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("IN"), list) \
            and all(isinstance(v, str) for v in value["IN"]):
        return frozenset(value["IN"])
    return None


class AttributeTable:
    """The attribute ruler's output, worked out once per distinct (TAG, DEP, IS_SPACE, the
    patterns whose LOWER test the word passes), looked up per distinct (TAG, LOWER, DEP, IS_SPACE)."""

    def __init__(self, ruler: Any):
        self.ruler = ruler
        self.vocab = ruler.vocab
        # (rule id, tests per token): every pattern of every rule, in rule order
        self.patterns: list[tuple[int, list[list[tuple[str, Callable]]]]] = []
        self.exact = all(set(attrs) <= set(_SET_ATTRS) for attrs in ruler.attrs)
        firsts: list[dict] = []
        for rule_id in range(len(ruler.attrs)):
            _, patterns = ruler.matcher.get(self.vocab.strings[str(rule_id)])
            for pattern in patterns:
                tests = [[(name, _predicate(value)) for name, value in token.items()] for token in pattern]
                if not pattern or not all(name in _KEY_ATTRS and test is not None for token in tests for name, test in token):
                    self.exact = False  # an operator ("OP"), another attribute: only spaCy's Matcher reads it
                index = ruler.indices[rule_id]
                if not -len(pattern) <= index < len(pattern):
                    self.exact = False
                self.patterns.append((rule_id, tests))
                firsts.append(pattern[0] if pattern else {})
        # A pattern whose first token needs one of a few values of an attribute is only tried on
        # tokens with one of them: each is filed under the most selective such test of its first
        # token (a word before a tag: {"TAG": "NN", "LOWER": "nothing"} under the word), so a
        # token is tried against a handful of patterns, not every pattern of its tag.
        self._by_value: dict[tuple[str, Any], list[int]] = {}
        self._always: list[int] = []
        for number, first in enumerate(firsts):
            allowed = _anchor_values(first)
            if allowed is None:
                self._always.append(number)
                continue
            name, values = allowed
            for value in values:
                self._by_value.setdefault((name, value), []).append(number)
        # What a first token's word decides: the patterns whose LOWER test it passes. Most words pass
        # none, so tokens that differ only in such words share one outcome, worked out once.
        self._word_index: dict[str, list[int]] = {}
        self._word_tests: list[tuple[int, Callable]] = []  # LOWER tests no index answers (REGEX, NOT_IN)
        for number, first in enumerate(firsts):
            allowed = _word_values(first.get("LOWER"))
            if allowed is not None:
                for word in allowed:
                    self._word_index.setdefault(word, []).append(number)
            elif "LOWER" in first:
                self._word_tests.append((number, _predicate(first["LOWER"])))
        self._words: dict[int, frozenset[int]] = {}  # LOWER -> the patterns whose LOWER test it passes
        self._outcomes: dict[tuple, tuple] = {}  # (TAG, DEP, IS_SPACE, passed LOWER tests) -> outcome
        self._starts: dict[tuple[int, ...], tuple] = {}  # key -> what `_starting` says of it

    def _values(self, key: tuple[int, ...]) -> dict[str, Any]:
        strings = self.vocab.strings
        return {name: (bool(raw) if name == "IS_SPACE" else strings[raw]) for name, raw in zip(_KEY_ATTRS, key)}

    def _fits(self, tests: list[tuple[str, Callable]], values: dict[str, Any]) -> bool:
        return all(test(values[name]) for name, test in tests)

    def _starting(self, key: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[Any, ...], tuple[int, ...]]:
        """For a token with these attributes: the rules its own one-token patterns apply (in order),
        the value each attribute ends with (None: untouched), and the longer patterns whose first
        token it fits."""
        tag, lower, dep, space = key
        passed = self._words.get(lower)
        if passed is None:
            word = self.vocab.strings[lower]
            passed = self._words[lower] = frozenset(self._word_index.get(word, ())).union(
                number for number, test in self._word_tests if test(word))
        reduced = (tag, dep, space, passed)
        outcome = self._outcomes.get(reduced)
        if outcome is None:
            outcome = self._outcomes[reduced] = self._worked_out(key, passed)
        return outcome

    def _worked_out(self, key: tuple[int, ...], passed: frozenset[int]) -> tuple:
        """`_starting`'s answer, from the token's TAG, DEP and IS_SPACE and the patterns whose LOWER
        test its word passes (`passed`): the word itself is not read."""
        values = self._values(key)
        by_value = self._by_value
        candidates = sorted(passed.union(self._always, *(by_value.get((name, values[name]), ())
                                                         for name in ("TAG", "DEP", "IS_SPACE"))))
        fitting = [n for n in candidates
                   if all(n in passed if name == "LOWER" else test(values[name]) for name, test in self.patterns[n][1][0])]
        rules = tuple(self.patterns[n][0] for n in fitting if len(self.patterns[n][1]) == 1)
        final: list[Any] = [None] * len(_SET_ATTRS)
        for rule_id in rules:
            for attr, value in self.ruler.attrs[rule_id].items():
                final[_SET_ATTRS.index(attr)] = value
        return rules, tuple(final), tuple(n for n in fitting if len(self.patterns[n][1]) > 1)

    def __call__(self, doc: Doc) -> Doc:
        if not self.exact:
            return self.ruler(doc)
        if len(doc) == 0:
            return doc
        distinct, _, of_token = distinct_rows(doc.to_array(list(_KEY_ATTRS.values())))
        distinct_keys = [tuple(key) for key in distinct.tolist()]
        starts = self._starts
        outcomes = []
        for key in distinct_keys:
            outcome = starts.get(key)
            if outcome is None:
                outcome = starts[key] = self._starting(key)
            outcomes.append(outcome)
        values = doc.to_array(list(_SET_ATTRS))
        new = numpy.array([[v or 0 for v in final] for _, final, _ in outcomes], dtype=values.dtype)
        setting = numpy.array([[v is not None for v in final] for _, final, _ in outcomes], dtype=bool)
        values = numpy.where(setting[of_token], new[of_token], values)
        # Longer patterns ("gon na", "let 's"), tried where their first token fits; the token they
        # set gets every rule that matched it, again, in spaCy's order (rule, then position).
        extra: dict[int, list[tuple[int, int, int]]] = {}
        for number, (_, _, longer) in enumerate(outcomes):
            if not longer:
                continue
            for i in numpy.flatnonzero(of_token == number).tolist():
                for pattern in longer:
                    rule_id, tests = self.patterns[pattern]
                    end = i + len(tests)
                    if end <= len(doc) and all(self._fits(tests[k], self._values(distinct_keys[of_token[i + k]]))
                                               for k in range(1, len(tests))):
                        index = self.ruler.indices[rule_id]
                        extra.setdefault(i + index if index >= 0 else end + index, []).append((rule_id, i, end))
        for target, found in extra.items():
            found += [(rule_id, target, target + 1) for rule_id in outcomes[of_token[target]][0]]
            for rule_id, _, _ in sorted(found):
                self._set(values, [target], rule_id)
        doc.from_array(list(_SET_ATTRS), values)
        return doc

    def _set(self, values: numpy.ndarray, tokens: list[int], rule_id: int) -> None:
        for attr, value in self.ruler.attrs[rule_id].items():
            values[tokens, _SET_ATTRS.index(attr)] = value


class _IndexWords(list):
    """A lemma index (the words of one part of speech) that answers `in` from a set.

    spaCy's rule lemmatizer asks `form in index` for every rule that fits a word, and the index
    is a list of 4,000-58,000 words: a linear scan each time, 1.8 s of the 2 s the lemmatizer took
    over the 181 benchmark pages. Same contents and order, so every other use sees the list."""

    def __init__(self, words: list):
        super().__init__(words)
        self._members = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._members


def _index_as_sets(lemmatizer: Any) -> None:
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, _IndexWords):
            table[key] = _IndexWords(words)


VOWELS = frozenset("aeiou")
# Inflections after which a stem of one short vowel and one consonant doubles the consonant.
DOUBLING_SUFFIXES = ("ed", "ing")


def silent_e_lemma(form: str, lemma: str, verbs: Any) -> str:
    """The lemma of a verb form, with the silent e spaCy's rule lemmatizer drops where both spellings
    are verbs of its index. A stem of one vowel and one consonant doubles the consonant before -ed
    and -ing (hop -> hopped, hopping) and takes -s, not -es (hops): so "hoped", "hoping" and "hopes"
    are of "hope", "fined" of "fine", while "hopped" and "passes" stay as they were."""
    lower = form.lower()
    if len(lemma) < 3 or lemma + "e" not in verbs:
        return lemma
    last, vowel, before = lemma[-1], lemma[-2], lemma[-3]
    if last in VOWELS or last in "wxy" or vowel not in VOWELS or before in VOWELS:
        return lemma
    if any(lower == lemma + suffix for suffix in (*DOUBLING_SUFFIXES, "es")):
        return lemma + "e"
    return lemma


# Parts of speech spaCy's rule_lemmatize answers before asking is_base_form.
_NO_RULE_POS = ("", "eol", "space")


def _english_rule_lemmatizer(lemmatizer: Any) -> bool:
    """Whether `lemmatizer` lemmatizes with spaCy's own rule_lemmatize and English's is_base_form,
    whose answer `LemmaTable._lemma` gives for base forms without them."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.pipeline import Lemmatizer

    kind = type(lemmatizer)
    return (kind.is_base_form is EnglishLemmatizer.is_base_form and kind.rule_lemmatize is Lemmatizer.rule_lemmatize
            and getattr(lemmatizer.lemmatize, "__func__", None) is Lemmatizer.rule_lemmatize)


class LemmaTable:
    """The rule lemmatizer's lemma, computed once per distinct (ORTH, POS, MORPH)."""

    def __init__(self, lemmatizer: Any):
        self.lemmatizer = lemmatizer
        self.exact = getattr(lemmatizer, "mode", None) == "rule" and not lemmatizer.overwrite
        self._lemmas: dict[tuple[int, int, int], int] = {}
        self._verbs: Any = ()
        # English's rule lemmatizer answers the lower-cased word, before any table, for a base form:
        # a test of the POS and MORPH alone, so it is asked once per distinct pair of them.
        self._base_forms: dict[tuple[int, int], bool] | None = \
            {} if self.exact and _english_rule_lemmatizer(lemmatizer) else None
        if self.exact:
            _index_as_sets(lemmatizer)
            lookups = lemmatizer.lookups
            if lookups.has_table("lemma_index"):
                self._verbs = lookups.get_table("lemma_index").get("verb", ())

    def _lemma(self, token: Any, pos: int, morph: int) -> str:
        if self._base_forms is not None:
            base = self._base_forms.get((pos, morph))
            if base is None:
                base = self._base_forms[(pos, morph)] = token.pos_.lower() not in _NO_RULE_POS \
                    and bool(self.lemmatizer.is_base_form(token))
            if base:
                return token.text.lower()
        lemma = self.lemmatizer.lemmatize(token)[0]
        return silent_e_lemma(token.text, lemma, self._verbs) if token.pos_ in ("VERB", "AUX") else lemma

    def __call__(self, doc: Doc) -> Doc:
        if not self.exact:
            return self.lemmatizer(doc)
        if len(doc) == 0:
            return doc
        if not self.lemmatizer._validated:
            return self.lemmatizer(doc)  # the first call validates the tables and reports what is missing
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3].copy()
        todo = numpy.flatnonzero(lemmas == 0)  # the attribute ruler set some already
        if len(todo):
            distinct, first, of_token = distinct_rows(columns[todo, :3])
            strings, known = doc.vocab.strings, self._lemmas
            found = []
            for key, at in zip(map(tuple, distinct.tolist()), todo[first].tolist()):
                lemma = known.get(key)
                if lemma is None:
                    lemma = known[key] = strings.add(self._lemma(doc[at], key[1], key[2]))
                found.append(lemma)
            lemmas[todo] = numpy.array(found, dtype=lemmas.dtype)[of_token.reshape(-1)]
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("attribute_table")
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    return AttributeTable(nlp.get_pipe("attribute_ruler"))


@Language.factory("lemma_table")
def make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    return LemmaTable(nlp.get_pipe("lemmatizer"))


def use_annotation_tables(nlp: Language) -> None:
    """Put the table versions in the place (and under the name) of the attribute ruler and the lemmatizer."""
    for original, table in (("attribute_ruler", "attribute_table"), ("lemmatizer", "lemma_table")):
        if original in nlp.pipe_names and not isinstance(nlp.get_pipe(original), (AttributeTable, LemmaTable)):
            nlp.add_pipe(table, before=original)
            nlp.remove_pipe(original)
            nlp.rename_pipe(table, original)
