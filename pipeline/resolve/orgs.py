"""Organisations' names: short forms, legal suffixes, spelling variants, and what is named after them.

A short form drops from the end of a name only words that say what kind of body it is:
legal forms ("Inc.", "Pty Ltd", "GmbH": the `cleanco` package's table of company forms of many
countries), generic words ("University", "Group", "Holdings") and media words ("<X> News").
Never a word naming a facility or an event: "<X> Arena", "<X> Center", "<X> Cup" are named
after X and are not X. All functions take name keys (normalize.name_key).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from pipeline.lexicon import (CHAPTER_HEADS, LEADING_GENERIC_WORDS, LEGAL_SUFFIXES, MEDIA_SUFFIXES,
                              NAMED_AFTER_HEADS, ORG_GENERIC_WORDS)
from pipeline.resolve.guards import nation
from pipeline.organisation_words import ORG_HEADS

DROPPABLE_WORDS = ORG_GENERIC_WORDS | MEDIA_SUFFIXES


@cache
def _legal_forms() -> dict[str, tuple[tuple[str, ...], ...]]:
    """cleanco's legal forms as word tuples by their last word, longest first.

    Two-letter forms other than our own legal suffixes are left out: they collide with country
    codes and words that end names ("Barclays UK", "Fiat AS").
    """
    from cleanco.clean import prepare_default_terms

    ours = {s.rstrip(".") for s in LEGAL_SUFFIXES}
    forms = {tuple(words) for _, words in prepare_default_terms()} | {(s,) for s in ours}
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        if len(form) > 1 or len(form[0]) > 2 or form[0] in ours:
            by_last.setdefault(form[-1], []).append(form)
    return {last: tuple(found) for last, found in by_last.items()}


def strip_legal_form(key: str) -> str:
    """'acme robotics pty ltd' -> 'acme robotics', 'cargill, inc' -> 'cargill'; a name that is nothing but a
    legal form stays."""
    words = key.split()
    for form in _legal_forms().get(words[-1], ()) if words else ():
        if len(words) > len(form) and tuple(words[-len(form):]) == form:
            return " ".join(words[:-len(form)]).rstrip(",")
    return key


def generic_stem(key: str) -> str:
    """The name without its legal form and trailing generic words: 'beihang university' -> 'beihang',
    'acme holdings co' -> 'acme', 'hawaii news' -> 'hawaii'. A facility or event word stops the cut."""
    words = strip_legal_form(key).split()
    while len(words) > 1 and words[-1] in DROPPABLE_WORDS and words[-1] not in NAMED_AFTER_HEADS:
        words.pop()
    return " ".join(words)


def named_after(short_key: str, long_key: str) -> bool:
    """'scotiabank' / 'scotiabank arena', 'cnn' / 'cnn center', 'davis' / 'davis cup': the long name is
    a facility or an event named after the short one."""
    short, long = short_key.split(), long_key.split()
    return len(long) > len(short) and long[:len(short)] == short and long[len(short)] in NAMED_AFTER_HEADS


@lru_cache(maxsize=1 << 16)
def short_forms(key: str, within_article: bool = True) -> frozenset[str]:
    """The short forms short_form_of accepts for a long name: its generic stem, the name without
    a generic opening word ("Project xCloud" -> "xCloud") and, within one article, its part
    before "of" ("Seven Sons" for "Seven Sons of National Defense"; one head word of an organisation's
    name too, "Academy" for "Academy of Motion Picture Arts and Sciences", ORG_HEADS).

    Across articles the part before "of" is not a short form: "<Agency>" and "<Agency> of
    <Country>" are often two bodies."""
    found = {generic_stem(key)}
    words = key.split()
    if len(words) > 1 and words[0] in LEADING_GENERIC_WORDS:
        found.add(" ".join(words[1:]))  # "Project xCloud" -> "xCloud"
    if within_article and "of" in words:
        before, after = words[:words.index("of")], " ".join(words[words.index("of") + 1:])
        if (len(before) >= 2 and not all(w in DROPPABLE_WORDS for w in before) or len(before) == 1 and before[0] in ORG_HEADS) \
                and not chapter(before[-1], after):
            found.add(" ".join(before))  # "Academy" for "Academy of Motion Picture Arts and Sciences" in its own article
    return frozenset(f for f in found - {key} if not named_after(f, key))


def chapter(head: str, place: str) -> bool:
    """Whether '<place> ... <head>' names a chapter of a body rather than the body: a party of a
    state or a city ("Texas Republican Party", "Republican Party of Wyoming"), not of a nation
    ("Chinese Communist Party", "Labour Party of Britain")."""
    return head in CHAPTER_HEADS and not nation(place)


def short_form_of(short_key: str, long_key: str, within_article: bool = True) -> bool:
    """Whether `short_key` is one of `long_key`'s short forms."""
    return short_key in short_forms(long_key, within_article)


def compact(key: str) -> str:
    """The key without spaces and apostrophes: 'orbit works' / 'orbitworks', 'take two' / 'taketwo'."""
    return key.replace(" ", "").replace("'", "")


# "Department of Labor" / "Labor Department", "U.S. Department of Commerce" / "U.S. Commerce
# Department": a government office's name written either way round ("Bank of America" and "University
# of Texas" are not: "America Bank" and "Texas University" are other bodies)
_OFFICE_OF = re.compile(r"^(?P<before>(?:.+ )?)(?P<office>department|ministry) of (?:the )?(?P<portfolio>.+)$")


def spelling_key(key: str) -> str:
    """One key for the ways one name is spelled: without spaces and apostrophes (`compact`), a
    government office's portfolio before its head ("department of labor" -> "labor department")."""
    office = _OFFICE_OF.match(key)
    if office is not None:
        key = f"{office['before']}{office['portfolio']} {office['office']}"
    return compact(key)
