"""Within one article: a name followed by another name in brackets is one thing under two names.

'the "Caja Magica" (Magic Box) centre court', 'Partido Popular (People's Party)': a name, then a
bracket holding nothing but another name of two or more words, gives a translation, an official
or a former name. Not a one-word bracket ("Bayer (Germany)", "Apple (AAPL)": a place, a ticker;
acronym definitions are read in acronyms.py), not a known place on either side, not a
coordination ("Pokemon (Sword or Shield)"), and never a person's full name: a bracket after a
person gives an affiliation or a role ("Jane Doe (Harvard University)", "Mel Gibson (William
Wallace)").
"""
from __future__ import annotations

import re

from pipeline.given_names import is_given_name
from pipeline.name_strings import known_place

_OPENING = re.compile(r"""^["'”’]?\s*\($""")
_CLOSING = re.compile(r"^\s*\)")


def link_bracketed_names(groups, mentions: list[tuple[int, int, str]], text: str) -> None:
    """`mentions`: (start, end, key) of the article's named mentions."""
    ordered = sorted(mentions)
    for (_, end, key), (start, next_end, other) in zip(ordered, ordered[1:]):
        if key == other or len(other.split()) < 2 or not _OPENING.match(text[end:start]) \
                or not _CLOSING.match(text[next_end:next_end + 2]):
            continue
        if known_place(key) or known_place(other) or groups.placed(key) or groups.placed(other):
            continue
        if _full_person(groups, key) or _full_person(groups, other) or {"or", "&"} & set(other.split()):
            continue
        groups.uf.union(key, other)


def _full_person(groups, key: str) -> bool:
    words = key.split()
    return groups.kind(key) == "person" and len(words) > 1 and is_given_name(words[0])
