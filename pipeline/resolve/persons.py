"""People's names: when two forms can name one person, and what marks a form as a person's name.

Forms are compared as name keys (name_strings.name_key: casefolded, no dots). A person's key is
read as given name, middle names or initials, surname, and an optional generational suffix
(Jr., Sr., III). Two full names agree when the surnames are equal, the suffixes agree (only Sr.
may be left out),
the given names are equal, one is the other's initial, or one is a nickname of the other (the
`nicknames` package: a maintained English name/nickname table, so "Bill" meets "William"), and
the middles agree word by word ("James P. Smith" / "James Patrick Smith"). A leading initial may
stand before the name a person goes by ("W. Mark Felt" / "Mark Felt").
"""
from __future__ import annotations

from functools import cache

from pipeline.lexicon import NAME_SUFFIXES

_SUFFIX_KEYS = frozenset(s.rstrip(".") for s in NAME_SUFFIXES)


@cache
def _nick_namer():
    from nicknames import NickNamer

    return NickNamer()


@cache
def name_forms(word: str) -> frozenset[str]:
    """A given name with its nicknames and the formal names it is a nickname of."""
    namer = _nick_namer()
    return frozenset({word} | namer.nicknames_of(word) | namer.canonicals_of(word))


def same_given_name(a: str, b: str) -> bool:
    """'bill' / 'william', 'pat' / 'patrick': equal, or one a nickname of the other."""
    if a == b:
        return True
    if len(a) < 2 or len(b) < 2:
        return False
    return b in name_forms(a) or a in name_forms(b)


def split_suffix(words: list[str]) -> tuple[list[str], str | None]:
    """'james p smith jr' -> (['james', 'p', 'smith'], 'jr')."""
    words = [w.rstrip(",") for w in words if w.rstrip(",")]
    # "Fred Sr." is Fred (Trump) Senior, never a person surnamed "Sr"
    if len(words) > 1 and words[-1] in _SUFFIX_KEYS:
        return words[:-1], words[-1]
    return words, None


def person_words(key: str) -> list[str]:
    """The words of a person's name key without a generational suffix."""
    return split_suffix(key.split())[0]


def _initial_of(a: str, b: str) -> bool:
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _initials_apart(middles: list[str]) -> list[str]:
    """'W.H.' has lost its dots in the key ('wh'): a short middle word without a vowel is initials."""
    out: list[str] = []
    for word in middles:
        out += list(word) if 1 < len(word) <= 3 and not any(c in "aeiouy" for c in word) else [word]
    return out


def _middles_agree(mid_a: list[str], mid_b: list[str]) -> bool:
    mid_a, mid_b = _initials_apart(mid_a), _initials_apart(mid_b)
    if not mid_a or not mid_b:
        return True
    if len(mid_a) != len(mid_b):
        return False
    return all(x == y or _initial_of(x, y) for x, y in zip(mid_a, mid_b))


def same_person_name(key_a: str, key_b: str, initials: bool = True) -> bool:
    """Whether two full names (two words or more) can name one person.

    'raj k chohan' / 'raj kumar chohan' / 'raj chohan'; 'pat simmons' / 'patrick simmons';
    'w mark felt sr' / 'mark felt'. Not 'john paul smith' / 'john michael smith', nor
    'james smith jr' / 'james smith sr', nor 'mark felt jr' / 'mark felt' (a son is named after
    his father; only "Sr." may be left out). With `initials` False a given name written as an
    initial ('j smith') does not match a spelled one: alone it could be anyone with that letter.
    """
    raw_a, raw_b = key_a.split(), key_b.split()
    if raw_a == raw_b:
        return True
    a, suffix_a = split_suffix(raw_a)
    b, suffix_b = split_suffix(raw_b)
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    if suffix_a != suffix_b and (suffix_a and suffix_b or (suffix_a or suffix_b) != "sr"):
        return False  # "Mark Felt Jr." is the son of "Mark Felt"; "Sr." may go unwritten
    if _given_agree(a, b, initials):
        return True
    # "W. Mark Felt": a leading initial before the name the person goes by.
    for longer, shorter in ((a, b), (b, a)):
        if len(longer) > 2 and len(longer[0]) == 1 and len(shorter[0]) > 1 and _given_agree(longer[1:], shorter, initials):
            return True
    return False


def _given_agree(a: list[str], b: list[str], initials: bool) -> bool:
    first_a, first_b = a[0], b[0]
    if not (same_given_name(first_a, first_b) or (initials and _initial_of(first_a, first_b))):
        return False
    return _middles_agree(a[1:-1], b[1:-1])


def name_part_of(short_key: str, long_key: str) -> bool:
    """'allen' / 'bethany allen', 'xi' / 'xi jinping', 'smith' / 'james smith jr': first or last words of a name."""
    short, long = short_key.split(), person_words(long_key)
    return len(long) > len(short) and (long[:len(short)] == short or long[-len(short):] == short)
