"""The language of each kept article; an article in a language the model does not read is
`skipped` ("language de"), not mined for entities.

A spaCy model trained on English reads German as English: "Wärmepumpen" came out a PERSON and
"Nach Angaben des Ministeriums" an ORG. py3langid (langid.py's model, shipped in the package,
offline) names the language. The thresholds come from its probabilities on the shared data:
every English text (924 PolNeAR articles, the 161 English pages of article-extraction-benchmark)
gave English at least 0.60, every one of the benchmark's 20 pages in other languages (de, it, pt,
ru, id, ja, ko) gave English at most 0.00002. A short English headline is uncertain
("Merkel visits Paris": English 0.018, Afrikaans at the top with 0.059), so an article is
skipped only when another language is likely and the model's language is all but excluded.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from models import Article
from pipeline.ids import article_id

SAMPLE_CHARS = 4000  # enough text for a confident answer; the rest of a long article costs time
MIN_PROBABILITY = 0.5  # a language is named only at this probability
MAX_EXPECTED_PROBABILITY = 0.001  # below this for the model's language, the article is skipped


class LanguageFilter:
    """Names the language of kept articles and skips those not in `expected` (None: skip none)."""

    def __init__(self, expected: str | None):
        self.expected = expected
        self._identifier: Any = None

    def _rank(self, text: str) -> dict[str, float]:
        if self._identifier is None:  # loaded on first use: 2 s, and a run may have no text at all
            self._identifier = WindowedIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return dict(self._identifier.rank(text[:SAMPLE_CHARS]))

    def identify(self, text: str) -> tuple[str | None, bool]:
        """(the text's language if confident, whether it is out of the model's reach)."""
        probabilities = self._rank(text)
        best = max(probabilities, key=probabilities.__getitem__)
        language = best if probabilities[best] >= MIN_PROBABILITY else None
        foreign = (self.expected is not None and self.expected in probabilities and language is not None
                   and language != self.expected and probabilities[self.expected] < MAX_EXPECTED_PROBABILITY)
        return language, foreign

    def apply(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            if article.status != "kept" or not article.text:
                yield article
                continue
            language, foreign = self.identify(article.text)
            if foreign:
                yield article.model_copy(update=dict(
                    article_id=article_id(article.source, None), status="skipped", text=None,
                    error=f"language {language}", language=language))
            else:
                yield article.model_copy(update={"language": language})


class WindowedIdentifier(LanguageIdentifier):
    """py3langid's LanguageIdentifier whose byte automaton runs in numpy (`WindowedWalk`)."""

    __slots__ = ("_walk",)

    def _raw_score(self, text):
        try:
            walk = self._walk
        except AttributeError:
            walk = self._walk = WindowedWalk(self.tk_nextmove, self.tk_row, self.tk_output)
        visits = walk.visit_counts(text)
        if not visits:  # no feature (the library's fill), or a text no window explains (its own walk)
            return super()._raw_score(text)
        return self._sparse_score(visits, self.nb_ptc)


class WindowedWalk:
    """py3langid's `visit_counts` (the feature counts of its byte automaton over a text) in numpy.

    The automaton's state after a byte is the longest suffix of the text read so far that starts
    a feature, at most WINDOW bytes: so the state at each position is where the automaton ends
    reading the last WINDOW bytes from its start, and all positions are computed together, one
    array step per byte of the window. The result is then checked to follow the automaton byte by
    byte from the start state (one more array step); where it does not, None. py3langid's Python
    loop took 0.28-0.42 s CPU per 181 benchmark articles (4,000 characters each at most)."""

    WINDOW = 6  # the deepest state of py3langid 0.4's model is 6 bytes from the start

    def __init__(self, nextmove, rows, output):
        self._nextmove = np.frombuffer(nextmove, dtype=np.dtype(nextmove.typecode))
        self._rowbase = np.frombuffer(rows, dtype=np.dtype(rows.typecode)).astype(np.intp) << 8
        self._output = np.asarray(output, dtype=np.intp)

    def visit_counts(self, text: bytes) -> dict[int, int] | None:
        """{feature: count} in the order of first occurrence, as Counter(indexes) has it; {} for none."""
        data = np.frombuffer(text, dtype=np.uint8).astype(np.intp)
        if not len(data):
            return {}
        states = np.zeros(len(data), dtype=np.intp)
        for back in range(min(self.WINDOW, len(data)) - 1, -1, -1):
            states[back:] = self._nextmove[self._rowbase[states[back:]] + data[:len(data) - back]]
        previous = np.concatenate(([0], states[:-1]))
        if not np.array_equal(self._nextmove[self._rowbase[previous] + data], states):
            return None
        features = self._output[states]
        features = features[features >= 0]
        if not len(features):
            return {}
        distinct, first, counts = np.unique(features, return_index=True, return_counts=True)
        order = np.argsort(first, kind="stable")
        return dict(zip(distinct[order].tolist(), counts[order].tolist()))
