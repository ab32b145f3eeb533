"""Coordinated names that share one surname: "Charles G. and David H. Koch", "Bill and Hillary Clinton".

The first name's text stops before the surname it shares, so on its own it names nobody
("Charles G."). Its full name is the text plus the surname of the name after "and"; the mention
keeps its own offsets and carries the full name beside them (Mention.name).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

INITIAL = re.compile(r"^[A-Z]\.$")
COORDINATORS = frozenset({"and", "&"})
_KEY = "newsclaims.given_name_words"


def _given_name_words(doc: Doc) -> frozenset[str]:
    """Words the article writes as the first word of a person's full name and never later in
    one ("Bill" of "Bill Clinton"; not "Trump" of "Donald Trump")."""
    words = doc.user_data.get(_KEY)
    if words is None:
        first, other = set(), set()
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) >= 2:
                first.add(ent[0].text)
                other.update(t.text for t in ent[1:])
        words = doc.user_data[_KEY] = frozenset(first - other)
    return words


def shared_surname_name(doc: Doc, ent: Span) -> str | None:
    """The full name of a PERSON mention that ends before a surname shared with the next name, else None."""
    if ent.label_ != "PERSON" or ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in COORDINATORS:
        return None
    following = next((e for e in doc.ents if e.start == ent.end + 1), None)
    if following is None or following.label_ != "PERSON" or len(following) < 2:
        return None
    surname = following[-1]
    if not surname.is_title or not surname.is_alpha:
        return None
    last = ent[-1]
    if INITIAL.match(last.text) or (len(ent) == 1 and last.text in _given_name_words(doc)):
        return f"{ent.text} {surname.text}"
    return None
