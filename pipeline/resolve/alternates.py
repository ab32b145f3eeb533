"""Within one article: a name followed by another name in brackets, or by "also known as" and other
names, is one thing under several names.

'the "Caja Magica" (Magic Box) centre court', 'Partido Popular (People's Party)': a name, then a
bracket holding nothing but another name of two or more words, gives a translation, an official
or a former name. Not a one-word bracket ("Bayer (Germany)", "Apple (AAPL)": a place, a ticker;
acronym definitions are read in acronyms.py), not a known place on either side, not a
coordination ("Pokemon (Sword or Shield)"), and never a person's full name: a bracket after a
person gives an affiliation or a role ("Jane Doe (Harvard University)", "Mel Gibson (William
Wallace)").

"the Islamic State, also known as ISIS or ISIL": a name, then "also known as" (or "aka", "better
known as", "formerly known as") and one or more names joined by commas, "or" and "and", gives other
names of it; an acronym among them written in capitals is defined there (acronym_keys), so the
acronym used bare in other articles is read as defined in the run (candidates.short_name_candidates).
"""
from __future__ import annotations

import re

from pipeline.given_names import is_given_name
from pipeline.name_strings import known_place

_OPENING = re.compile(r"""^["'”’]?\s*\($""")
_CLOSING = re.compile(r"^\s*\)")
_ALSO_KNOWN_AS = re.compile(r"^\s*,?\s*\(?(?:(?:also|better|formerly|commonly|widely)\s+)?(?:known|referred to)\s+as\s+$"
                            r"|^\s*,?\s*\(?a\.?k\.?a\.?\s+$", re.IGNORECASE)
_NEXT_NAME = re.compile(r"^\s*(?:,|,?\s*(?:or|and))\s*$")


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


def link_also_known_as(groups, mentions: list[tuple[int, int, str]], text: str) -> None:
    """'the Islamic State, also known as ISIS, ISIL or Daesh': every name of the list joins the first.
    `mentions`: (start, end, key) of the article's named mentions."""
    ordered = sorted(mentions)
    for at, (_, end, key) in enumerate(ordered[:-1]):
        start = ordered[at + 1][0]
        if not _ALSO_KNOWN_AS.match(text[end:start]):
            continue
        previous_end = end
        for other_start, other_end, other in ordered[at + 1:]:
            gap = text[previous_end:other_start]
            if previous_end != end and not _NEXT_NAME.match(gap):
                break
            if other != key and {groups.kind(key), groups.kind(other)} != {"person", "place"}:
                if groups.uf.union(key, other) and other in groups.capitals:
                    groups.acronym_keys.add(other)
            previous_end = other_end
