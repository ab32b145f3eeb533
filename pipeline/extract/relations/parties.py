"""The party a party word names: "Republican presidential candidate X", "X, a Democrat from
California", "Sen. Ron Wyden (D-Ore.)" -> affiliated_with the party, when the article names the
party itself ("the Republican Party", "the GOP", "the Democratic party").

Only the national party, and only when the article names no state or local party of the same
side ("the Iowa Republican Party", "the Republican Party of Wyoming"): in such an article the
short name may be the local party's, and entity resolution merges the two.
"""
from __future__ import annotations

from typing import Iterable, Optional

from models import Mention
from pipeline.extract.relations.arguments import ArgumentFinder
from pipeline.lexicon import ORG_LABELS
from pipeline.party_words import PARTY_KEYS, PARTY_LETTER_KEYS, PARTY_NAMES


def party_named(finder: ArgumentFinder, words: Iterable[str]) -> Optional[Mention]:
    """The article's first mention of the national party the first party word names, or None."""
    for word in words:
        key = PARTY_KEYS.get(word.casefold()) or PARTY_LETTER_KEYS.get(word)
        if key is None:
            continue
        # "the Tories", "the Lib Dems": a party's name whatever the model typed it as (PARTY_NAMES)
        named = [m for m in finder.index.mentions if m.refers_to is None
                 and (m.label in ORG_LABELS or _listed_party(m.text) is not None)]
        if any(_local_party_key(m.text) == key for m in named):
            return None  # "the Iowa Republican Party" is named: "the Republican Party" may be it
        listed = [m for m in named if _party_key(m.text) == key]
        # its name typed an organisation first: "the Republicans" (NORP) stands for it too, but only
        # where no such name is there to carry the claim
        return next((m for m in listed if m.label in ORG_LABELS), listed[0] if listed else None)
    return None


def _words(name: str) -> list[str]:
    return name.casefold().removeprefix("the ").replace(".", "").split()


def _party_key(name: str) -> Optional[str]:
    """"the Republican Party" -> "republican", "GOP" -> "republican"; None for other names."""
    words = _words(name)
    if words == ["gop"]:
        return "republican"
    if len(words) == 2 and words[1] == "party":
        return PARTY_KEYS.get(words[0])
    return _listed_party(name)


def _listed_party(name: str) -> Optional[str]:
    """The key of a national party's name as news writes it ("the Tories", "Labour", "the Lib Dems")."""
    return PARTY_NAMES.get(" ".join(_words(name)))


def _local_party_key(name: str) -> Optional[str]:
    """"Iowa Republican Party", "Republican Party of Wyoming", "Indiana GOP" -> the side's key."""
    words = _words(name)
    if len(words) < 3 and not (len(words) == 2 and words[1] == "gop"):
        return None
    for i, word in enumerate(words):
        if word == "gop" and i > 0:
            return "republican"
        if word == "party" and i > 0 and words[i - 1] in PARTY_KEYS and len(words) > 2:
            return PARTY_KEYS[words[i - 1]]
    return None
