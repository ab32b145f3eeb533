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
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
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
