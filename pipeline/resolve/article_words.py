"""What an article writes besides its mentions, read once per article for the cross-article
evidence: its lower-case words (is a one-word name also a common word of the run?), the acronyms it
uses as common nouns, and the capitalised words no mention covers."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable, Iterable

from models import ArticleAnalysis
from pipeline.lexicon import NAME_TITLES
from pipeline.us_states import US_STATE_ABBREVIATIONS, US_STATE_NAMES

# A word in lower case, not a part of an address ("amazon.co.uk", "news.bbc.co.uk/sport",
# "info@bbc.co.uk"): a domain's "uk" is no common use of the word, and as one it made every "UK"
# of a run a short name, linked across articles only on story evidence (187 "UK" entities in the
# BBC test run of session 13).
_LOWER_WORD = re.compile(r"(?<![\w'./@-])[a-z][a-z'-]*(?![\w'@-]|[./]\w)")


def lower_words(text: str) -> set[str]:
    """The words a text writes in lower case, outside web and mail addresses."""
    return set(_LOWER_WORD.findall(text))


ACRONYM_USE = "\x1facronym:"  # marks an acronym's common-noun use among lower_case_words
_COUNTED_ACRONYM = re.compile(r"\b(?:[Aa]n?|[Ss]uper)\s+([A-Z]{2,6})s?\b")


def lower_case_words(analysis: ArticleAnalysis) -> set[str]:
    """The words an article writes in lower case ("house", "parliament"), and, marked with
    ACRONYM_USE, the acronyms it uses as common nouns ("a PAC", "an IPO", "super PACs")."""
    text = analysis.article.text or ""
    return lower_words(text) | {ACRONYM_USE + m.casefold() for m in _COUNTED_ACRONYM.findall(text)}


_CAPITALISED = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{2,}(?:[-'][A-Za-z]+)?")


def loose_capitalised_words(analysis: ArticleAnalysis) -> frozenset[str]:
    """Capitalised words inside sentences that no mention covers ("Promises", "Malibu" the model
    missed), casefolded: what else the article names, as story evidence."""
    text = analysis.article.text or ""
    starts, ends = _merged_spans((m.start, m.end) for m in analysis.mentions)
    found = set()
    for match in _CAPITALISED.finditer(text):
        at = bisect_right(starts, match.start()) - 1  # the last covered stretch starting at or before it
        if at < 0 or match.start() >= ends[at]:
            found.add(match.group().casefold())
    return frozenset(found)


def _merged_spans(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts and ends of the disjoint stretches the (start, end) spans cover, in order: an
    offset is covered when the last stretch starting at or before it ends after it (one bisection,
    not a look at every mention: an article of 1 MB has some 16,000 mentions)."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if start >= end:
            continue  # covers nothing
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


# "Defenders of Wildlife", "director of Fish and Wildlife": a capitalised word (not opening a sentence)
# and "of"/"and" right before a one-word mention
_NAME_HEAD_BEFORE = re.compile(r"(?<=[\w,;:] )([A-Z][\w'’-]+) (?:of|and|&) $")


def name_tails(analysis: ArticleAnalysis) -> set[int]:
    """The one-word named mentions of an article that end a longer name the tagger cut (name_tail)."""
    text = analysis.article.text or ""
    starts, ends = _merged_spans((m.start, m.end) for m in analysis.mentions)

    def covered(offset: int) -> bool:
        at = bisect_right(starts, offset) - 1
        return at >= 0 and offset < ends[at]

    return {m.index for m in analysis.mentions if m.refers_to is None and " " not in m.text.strip()
            and name_tail(text, m.start, covered)}


def name_tail(text: str, start: int, covered: Callable[[int], bool]) -> bool:
    """Whether the one-word mention at `start` ends a longer capitalised name the tagger cut ("Wildlife"
    of "Defenders of Wildlife"): the word before "of"/"and" is capitalised inside a sentence, in no
    mention (`covered`) and no title ("Secretary of State")."""
    match = _NAME_HEAD_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and not covered(match.start(1)) and match.group(1).lower() not in NAME_TITLES


_STATE_AFTER = re.compile(r"^,\s+([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)")


def state_after(text: str, end: int) -> bool:
    """Whether a US state follows the name ending at `end` after a comma ("Warren, Michigan", "Coralville,
    Iowa", "Paris, Texas"): the name is a town there, whatever else a run calls by it."""
    match = _STATE_AFTER.match(text[end:end + 30])
    if match is None:
        return False
    words = match.group(1).split()
    return any(" ".join(words[:n]) in US_STATE_NAMES or " ".join(words[:n]) in US_STATE_ABBREVIATIONS
               for n in (1, 2) if n <= len(words))
