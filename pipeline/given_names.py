"""gender_guesser's table of 40,000+ given names, loaded once per process.

Extraction reads it (coreference: the gender a first name suggests, whether a two-word name opens
with a given name; name runs) and so does resolution (whether a word is a given name). Loading it parses a
2 MB text file, about 0.3 s CPU: with one loader, a run loads it once in the main process
(`load_nlp`), and forked workers inherit it instead of loading it again.
"""
from __future__ import annotations

from functools import cache


@cache
def gender_detector():
    """The read-only table: it never changes what a call returns."""
    import gender_guesser.detector as detector

    return detector.Detector(case_sensitive=False)


@cache
def is_given_name(word: str) -> bool:
    """A first name people are known to carry (gender_guesser's table of 40,000+ given names)."""
    return len(word) > 1 and word.isalpha() and gender_detector().get_gender(word) != "unknown"
