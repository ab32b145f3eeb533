"""gender_guesser's table of 40,000+ given names, loaded once per process.

Extraction reads it (coreference: the gender a first name suggests, whether a two-word name opens
with a given name; name runs) and so does resolution (whether a word is a given name). Loading it parses a
2 MB text file, about 0.1 s CPU (0.2 s with the library's own reader): with one loader, a run loads it once in the main process
(`load_nlp`), and forked workers inherit it instead of loading it again.
"""
from __future__ import annotations

from functools import cache


def _detector_class():
    import gender_guesser.detector as detector

    class WholeFileDetector(detector.Detector):
        """gender_guesser's Detector, its file read whole and split with str.splitlines: the lines
        the library's codecs reader yields (it splits with splitlines too), each parsed by the
        library's own _eat_name_line, in half the CPU (0.16-0.18 -> 0.08 s, process_time; issue 16).
        tests/test_given_names.py checks the table equals the library's own, order included."""

        def _parse(self, filename):
            self.names = {}
            with open(filename, encoding="utf-8", newline="") as file:
                for line in file.read().splitlines():
                    self._eat_name_line(line.strip())

    return WholeFileDetector


@cache
def gender_detector():
    """The read-only table: it never changes what a call returns."""
    return _detector_class()(case_sensitive=False)


@cache
def is_given_name(word: str) -> bool:
    """A first name people are known to carry (gender_guesser's table of 40,000+ given names)."""
    return len(word) > 1 and word.isalpha() and gender_detector().get_gender(word) != "unknown"


def _leaning(answer: str) -> str | None:
    return {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}.get(answer)


@cache
def first_name_gender(word: str) -> str:
    """The table's answer for a first name, as gender_detector().get_gender, but "andy" where its
    answer for the United States leans the other way: the global answer is the commonest one of
    all countries' ("Rand" female, as Rand Paul and ITT's Rand Araskog are not; "Jean" male), and
    US and British news writes US names."""
    detector = gender_detector()
    answer = detector.get_gender(word)
    leaning, american = _leaning(answer), _leaning(detector.get_gender(word, "usa"))
    return "andy" if leaning is not None and american is not None and american != leaning else answer
