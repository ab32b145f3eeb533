"""A speaker does not name themselves in the third person: '"Of course New Line want to make money,
but Mr Weitz is a wonderful director," ...' is not Mr Weitz speaking, and '"I said to Harry 'I
hope you don't go'," he said' is not Harry. A quote whose words call the person chosen as its
speaker by an honorific and a name of theirs ("Mr Weitz", "Sir Alex") or by their given name alone
("Harry") was given to the wrong person (a pronoun's or a continuation's guess, as often as not);
no speaker beats that one.

Only people: an organisation names itself in its statements ('"Microsoft is committed to ...,"
the company said'), and a surname alone may name a family, a firm or a government ('the Blair
government').
"""
from __future__ import annotations

import re
from typing import Iterable

from pipeline.lexicon import HONORIFICS

_WORD = re.compile(r"[A-Z][\w'’-]*")
# A quote the speaker quotes ('Marla called and said, \'Susan, I can't do it.\''): someone else's words,
# which may well call the speaker by name.
_NESTED_QUOTE = re.compile(r"(?:(?<=\s)|^|(?<=[,:;(]))[‘'](?=\w).*?[’'](?=[\s.,;:!?)]|$)")


def names_in_third_person(words: str, name: str, others: Iterable[str] = ()) -> bool:
    """Whether `words` (a quote) call the person whose canonical name is `name` by an honorific
    and one of their names, or by their given name alone (not followed by another capitalised
    word: 'Harry Kewell' is someone else). A name word that `others` (the names of the other
    people in the text) hold too may be theirs ('I believe David will make a great leader', said
    David Moorcroft of David Collins)."""
    parts = [p.strip(".,") for p in name.split()]
    if len(parts) < 2 or parts[0].lower() in HONORIFICS:
        return False
    shared = {w.strip(".,") for other in others for w in other.split()}
    given = parts[0] if parts[0] not in shared else None
    surname = parts[-1] if parts[-1] not in shared else None
    if given is None and surname is None:
        return False
    words = _NESTED_QUOTE.sub(" ", words)
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(words)]
    for k, (word, start, end) in enumerate(tokens):
        before = tokens[k - 1] if k else None
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        titled = before is not None and before[0].lower() in HONORIFICS and words[before[2]:start] == " "
        if word in (given, surname) and titled:
            return True
        if word == given and not titled and not (after is not None and words[end:after[1]] == " ") \
                and not (before is not None and words[before[2]:start] == " "):
            return True
    return False
