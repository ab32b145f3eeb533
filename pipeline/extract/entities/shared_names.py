"""Coordinated names that share their last words: one surname ("Charles G. and David H. Koch", "Bill
and Hillary Clinton"), or one place's name after two compass words ("East and West Germany", "North
and South Korea").

The first name's text stops before the words it shares, so on its own it names nobody ("Charles
G.", "East": a claim placed a bank's branches in "East"). Its full name is the text plus the shared
words of the name after "and"; the mention keeps its own offsets and carries the full name beside
them (Mention.name).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

INITIAL = re.compile(r"^[A-Z]\.$")
COORDINATORS = frozenset({"and", "&"})
_KEY = "newsclaims.surnames_after"
# Words that make a place of a place's name ("East Germany", "Southern Africa", "Central America")
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                           "upper", "lower", "northeast", "northwest", "southeast", "southwest"})
PLACE_LABELS = frozenset({"GPE", "LOC"})


def _surnames_after(doc: Doc) -> dict[str, frozenset[str]]:
    """For each first word of a person's full name in the article, the last words it is written with
    ("Bill" -> {"Clinton"} where the article writes "Bill Clinton")."""
    surnames = doc.user_data.get(_KEY)
    if surnames is None:
        found: dict[str, set[str]] = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) >= 2:
                found.setdefault(ent[0].text, set()).add(ent[-1].text)
        surnames = doc.user_data[_KEY] = {word: frozenset(last) for word, last in found.items()}
    return surnames


def shared_surname_name(doc: Doc, ent: Span, entity_at: dict[int, Span] | None = None) -> str | None:
    """The full name of a PERSON mention that ends before a surname shared with the next name, else
    None. `entity_at` maps each of doc.ents by its start token (doc.ents builds every entity anew
    on each read)."""
    if ent.label_ != "PERSON" or ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in COORDINATORS:
        return None
    if entity_at is None:
        entity_at = {e.start: e for e in doc.ents}
    following = entity_at.get(ent.end + 1)
    if following is None or following.label_ != "PERSON" or len(following) < 2:
        return None
    surname = following[-1]
    if not surname.is_title or not surname.is_alpha:
        return None
    last = ent[-1]
    # A lone word shares the surname only where the article writes the two together elsewhere:
    # "Bill and Hillary Clinton" after "Bill Clinton", never "Hillary and Huma Abedin" after
    # "Hillary Clinton", nor "Trump and Hillary Clinton".
    if INITIAL.match(last.text) or (len(ent) == 1 and surname.text in _surnames_after(doc).get(last.text, ())):
        return f"{ent.text} {surname.text}"
    return None


def compass_pair(first: Span, second: Span) -> bool:
    """Whether `first` is a lone compass word sharing the place's name of `second` after "and" ("East"
    and "West Germany")."""
    return len(first) == 1 and first[0].lower_ in COMPASS_WORDS and first[0].is_title \
        and len(second) >= 2 and second[0].lower_ in COMPASS_WORDS and second[0].is_title and second[1].is_title


def shared_place_name(doc: Doc, ent: Span, entity_at: dict[int, Span] | None = None) -> str | None:
    """The full name of a place mention that is a lone compass word before "and" and another place's
    compass-word name ("East" of "East and West Germany": East Germany), else None."""
    if ent.label_ not in PLACE_LABELS or ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in COORDINATORS:
        return None
    if entity_at is None:
        entity_at = {e.start: e for e in doc.ents}
    following = entity_at.get(ent.end + 1)
    if following is None or following.label_ not in PLACE_LABELS or not compass_pair(ent, following):
        return None
    return f"{ent.text} {following[1:].text}"
