"""Surface forms -> clean display names and comparison keys.

`clean_name` strips what is not part of a name (titles and roles, determiners, possessives,
quotes); `name_key` is the form names are compared by: NFKC, one kind of apostrophe, no
dots, single spaces, casefolded. Both are pure functions of the string.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.given_names import is_given_name
from pipeline.lexicon import HONORIFICS, NAME_TITLES, TITLE_ABBREVIATIONS
from pipeline.name_strings import canonical_text
from pipeline.organisation_words import ORG_HEADS

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# Function words inside names, skipped when initials are compared.
NAME_STOPWORDS = frozenset({"of", "for", "and", "the", "on", "in", "at", "de", "la", "&", "to", "a", "an"})

_EDGE_PUNCT = "\"'()[]{}«»,.;:!?"
_POSSESSIVE = re.compile(r"'s?$")  # "Putin's", "United States'"
_WEB_SUFFIX = re.compile(r"\s*\.\s*(?:com|org|net|co\.uk)$", re.IGNORECASE)
_TRAILING_AGE = re.compile(r"\s*,\s*\d{1,3}$")
_QUOTED_NICKNAME = re.compile(r'\s"[^"]{1,30}"\s')  # Vincent "The Chin" Gigante
# Words that only ever stand before a person's name, whatever label the model gave it ("Mr Smith" ORG).
PERSON_MARKERS = HONORIFICS | frozenset(TITLE_ABBREVIATIONS)


@lru_cache(maxsize=1 << 17)
def clean_name(text: str, label: str = "") -> str:
    """The name without leading determiners, person titles, quotes or a trailing possessive."""
    text = _TRAILING_AGE.sub("", _WEB_SUFFIX.sub("", canonical_text(text)))
    if label in {"PERSON", ""}:
        text = _QUOTED_NICKNAME.sub(" ", text)
    words = text.split()
    # Names start with a capital: lower-case words before one are modifiers ("notorious", "east").
    while len(words) > 1 and words[0][:1].islower() and any(w[:1].isupper() for w in words[1:]):
        words.pop(0)
    while words and words[0].strip(_EDGE_PUNCT) == "" and len(words) > 1:
        words.pop(0)
    if words:
        words[0] = words[0].lstrip(_EDGE_PUNCT) or words[0]
        words[-1] = words[-1].rstrip(_EDGE_PUNCT.replace(".", "")) or words[-1]
        if words[-1].endswith("."):  # keep "Inc." / "St." but drop a sentence full stop
            if len(words[-1]) > 4 and not words[-1][:-1].isupper():
                words[-1] = words[-1][:-1]
    while len(words) > 1 and words[0].casefold() in DETERMINERS:
        words.pop(0)
    if label in {"PERSON", ""}:
        words = words[_title_end(words):]
    else:
        while len(words) > 1 and _is_person_marker(words[0]):
            words.pop(0)
    if words:
        stripped = _POSSESSIVE.sub("", words[-1])
        if stripped:
            words[-1] = stripped
    return " ".join(words)


def _is_person_marker(word: str) -> bool:
    folded = word.casefold()
    return folded in PERSON_MARKERS or folded + "." in PERSON_MARKERS


@lru_cache(maxsize=1 << 16)
def has_person_title(text: str) -> bool:
    """Whether a surface form opens with a person's title or honorific ("Mr", "Sen.", "President"):
    evidence that it names a person whatever the model's label."""
    words = canonical_text(text).split()
    while len(words) > 1 and words[0].casefold() in DETERMINERS:
        words.pop(0)
    end = _title_end(words)
    # "Secretary of State": a title and its complement, no name after them; "Attorney General's
    # Office": the title holder's office, an organisation.
    # "State Attorney General": titles to the end, no name after them.
    # "General Agreement on Tariffs and Trade", "General Electric Co": no person's name has a
    # connective inside or an organisation's head word at its end
    if 0 < end < len(words) and words[end - 1].casefold() in COMPANY_OPENING_TITLES and not is_given_name(words[end]):
        return False  # "General Motors", "Major League Baseball"; not "General David Petraeus"
    return 0 < end < len(words) and words[end].casefold() not in {"of", "for"} \
        and words[-1].casefold().rstrip(".") not in TITLE_OFFICE_HEADS | ORG_HEADS \
        and not any(w in NAME_CONNECTIVES for w in words[end:]) and not all(_is_title(w) for w in words[end:])


TITLE_OFFICE_HEADS = frozenset({"office", "offices", "department", "bureau"})
NAME_CONNECTIVES = frozenset({"of", "on", "and", "for", "the", "&"})  # lower case: "Tariffs and Trade"
# Titles that open companies' and bodies' names too: a person's only before a given name
COMPANY_OPENING_TITLES = frozenset({"general", "major", "king", "queen", "prince", "princess"})


def _is_title(word: str) -> bool:
    folded = word.casefold()
    return folded in NAME_TITLES or folded.rstrip(".") in NAME_TITLES


def _title_end(words: list[str]) -> int:
    """How many leading words are a title or role, with what qualifies it ("Russian President", "Secretary of State").

    Everything up to the last title word before the final word goes; case is not consulted, so
    the result does not depend on it.
    """
    end = 0
    for i, word in enumerate(words[:-1]):
        if _is_title(word):
            end = i + 1
            # "Secretary of State", "Minister of Defence": the title's complement goes with it.
            if i + 3 < len(words) and words[i + 1].casefold() == "of":
                end = i + 3
    return end


def key_tokens(key: str) -> list[str]:
    return key.split()


def initials(key: str) -> str:
    """First letters of the content words of a name key: 'harbin institute of technology' -> 'hit'."""
    return "".join(w[0] for w in key.split() if w not in NAME_STOPWORDS and w[0].isalnum())


def acronym_shape(key: str) -> bool:
    """One short token that could be letters standing for words: 'hit', 'us', 'rfe/rl', 'csis'.

    Case is deliberately ignored so that resolution does not depend on it; whether the token
    really abbreviates a longer name is decided by matching initials (see acronyms.py).
    """
    core = key.replace("/", "").replace("&", "")
    return 2 <= len(core) <= 8 and " " not in key and core.isalnum() and any(c.isalpha() for c in core)
