"""Acronym definitions in running text, after Schwartz & Hearst (PSB 2003).

"the Moscow Aviation Institute (MAI)" defines MAI; so does the reverse order
"MAI (Moscow Aviation Institute)". The long form is the shortest word sequence before the
parenthesis whose words' initials spell the short form (`initials_long_form`); failing that,
the shortest whose characters contain the short form's letters in order, the first letter
starting a word (the published algorithm, `best_long_form`). Initials come first because the
letter match alone stops at the first word that holds them all: "American Soybean Association
(ASA)" would define ASA as "Association". Matching ignores case, so the result does not depend
on it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.resolve.normalize import NAME_STOPWORDS, initials
from pipeline.name_strings import name_key

_PAREN = re.compile(r"\(([^()\n]{1,120})\)")
_WORD = re.compile(r"\S+")
# "U.S. Department of Agriculture (USDA)": a dotted abbreviation's full stop ends no sentence
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z]\.[A-Z])[.!?;:]\s|\n")


@dataclass(frozen=True, order=True)
class AcronymDefinition:
    """One definition: `short` abbreviates `long`; offsets are character offsets into the text."""

    short_start: int
    short: str
    long: str
    long_start: int


def best_long_form(short: str, candidate: str) -> str | None:
    """Schwartz-Hearst: the shortest suffix of `candidate` that holds `short`'s letters in order."""
    s_idx, l_idx = len(short) - 1, len(candidate) - 1
    while s_idx >= 0:
        c = short[s_idx].lower()
        if not c.isalnum():
            s_idx -= 1
            continue
        while l_idx >= 0 and (candidate[l_idx].lower() != c
                              or (s_idx == 0 and l_idx > 0 and candidate[l_idx - 1].isalnum())):
            l_idx -= 1
        if l_idx < 0:
            return None
        l_idx -= 1
        s_idx -= 1
    start = candidate.rfind(" ", 0, l_idx + 1) + 1
    return candidate[start:]


def initials_long_form(short: str, candidate: str) -> str | None:
    """The shortest run of `candidate`'s last words whose content words' initials spell `short`
    ('ASA' in 'chance, American Soybean Association' -> 'American Soybean Association'); failing
    that, the shortest whose every word's initials do. Content words first, so that 'OPEC' is not
    'of Petroleum Exporting Countries'."""
    core = acronym_core(name_key(short))
    if not core:
        return None
    words = list(_WORD.finditer(candidate))
    suffixes = [candidate[words[-n].start():] for n in range(1, len(words) + 1)]
    for content_only in (True, False):
        for suffix in suffixes:
            if _spelled_initials(name_key(suffix), content_only) == core:
                return suffix
    return None


def _spelled_initials(key: str, content_only: bool) -> str:
    """Initials of a name key, a dotted abbreviation giving all its letters ('u.s. department of
    agriculture' -> 'usda')."""
    return "".join(acronym_core(w) or w[0] if "." in w.strip(".") else w[0]
                   for w in key.split() if not (content_only and w in NAME_STOPWORDS) and w[0].isalnum())


def _valid_short_form(short: str) -> bool:
    words = short.split()
    return (2 <= len(short) <= 10 and short[0].isalnum() and any(c.isalpha() for c in short)
            and len(words) <= 2 and not any(w.isdigit() for w in words)
            # a lower-case word in brackets is an aside ("(trials)"), not an abbreviation
            and not (short.isalpha() and short.islower() and len(short) > 3))


def _window(text: str, end: int, n_words: int) -> tuple[str, int]:
    """Up to n_words words ending at `end`, not crossing a sentence break; and where they start."""
    start = end
    for brk in _SENTENCE_BREAK.finditer(text, max(0, end - 600), end):
        start = brk.end()
    if start == end:
        start = max(0, end - 600)
    words = list(_WORD.finditer(text, start, end))[-n_words:]
    if not words:
        return "", end
    return text[words[0].start():end], words[0].start()


def _clean_long(long: str, short: str) -> str | None:
    long = long.strip().strip(",;\"'“”‘’")
    if any(c in long for c in "()[]{}"):
        return None
    if not long or len(long) <= len(short) or short.lower() in [w.lower() for w in long.split()]:
        return None
    if long.split()[0].lower() in NAME_STOPWORDS:
        return None
    return long


def find_acronym_definitions(text: str) -> list[AcronymDefinition]:
    """Every "long form (SF)" and "SF (long form)" definition in `text`, in text order."""
    found: list[AcronymDefinition] = []
    for paren in _PAREN.finditer(text):
        inside = paren.group(1).strip()
        inside = re.split(r"[,;]\s", inside)[0].strip()
        if _valid_short_form(inside):
            short = inside
            n_letters = sum(c.isalnum() for c in short)
            candidate, cand_start = _window(text, paren.start(), min(n_letters + 5, n_letters * 2))
            candidate = candidate.rstrip()
            long = initials_long_form(short, candidate) or best_long_form(short, candidate)
            long = long and _clean_long(long, short)
            if long and _plausible(short, long):
                found.append(AcronymDefinition(paren.start(1) + paren.group(1).find(short), short, long,
                                               cand_start + candidate.rfind(long)))
                continue
        # Reverse order: "MAI (Moscow Aviation Institute)".
        before = _WORD.findall(text[max(0, paren.start() - 12):paren.start()])
        if before and len(inside.split()) >= 2:
            short = before[-1].strip(",;\"'“”‘’")
            if _valid_short_form(short) and len(short.split()) == 1:
                long = best_long_form(short, inside)
                long = long and _clean_long(long, short)
                if long and long == inside and _plausible(short, long):
                    found.append(AcronymDefinition(paren.start() - 1 - len(before[-1]) + text[
                        paren.start() - 1 - len(before[-1]):paren.start()].find(short), short, long,
                        paren.start(1) + paren.group(1).find(long)))
    return sorted(set(found))


def _plausible(short: str, long: str) -> bool:
    """Reject matches that spread one short form over too many words (Schwartz-Hearst's length rule)."""
    n_words = len(long.split())
    n_chars = sum(c.isalnum() for c in short)
    return n_words <= min(n_chars + 5, n_chars * 2)


def abbreviates(short_key: str, long_key: str) -> bool:
    """Whether a short key is the initials of a long name key ('hit' / 'harbin institute of technology').

    Initials of the content words, or of every word; no looser letter matching, because an
    undefined short word ('harbin', 'iran') must not read as an acronym. Keys are casefolded,
    so case does not matter.
    """
    core = acronym_core(short_key)
    return core is not None and core in initial_forms(long_key)


def acronym_core(short_key: str) -> str | None:
    """The letters and digits a short key would abbreviate with ('u.s.' -> 'us'), None if it holds
    anything else."""
    core = short_key.replace("/", "").replace("&", "").replace(".", "")
    return core if core.isalnum() else None


def initial_forms(long_key: str) -> frozenset[str]:
    """What a long name key is abbreviated to: initials of its content words, or of every word;
    nothing for a one-word key. abbreviates(short, long) is acronym_core(short) in initial_forms(long)."""
    words = long_key.split()
    if len(words) < 2:
        return frozenset()
    return frozenset({initials(long_key), "".join(w[0] for w in words)})


def definition_keys(definition: AcronymDefinition) -> tuple[str, str]:
    return name_key(definition.short), name_key(definition.long)
