"""Within one article: what the text says about which person a name can be.

Three cues keep apart names that the name rules alone would join:
- an honorific states a gender ("Mrs. Clinton", "Mr. Obama"): a surname written after it is not the
  full name of a person whose given name has the other gender (Bill Clinton, Michelle Obama); a
  surname written after honorifics of both genders ("Mr. and Mrs. Clinton") names two people and
  stands for no one full name;
- two full names that agree as a person's name ("George Bush" / "George W. Bush") but are written
  in one sentence ("George Bush's son and George W. Bush's brother") are two people: a writer
  does not name one person twice, in two forms, in one sentence;
- given names listed before one surname ("Vincent, Lucia and Carmella Esposito") share it: the lone
  "Vincent" is Vincent Esposito, not the article's other Vincent (listed_full_names);
- a full name introduced as someone's relative ("His father, Duncan Hunter Sr.", "Mr. Bush's
  father, George Bush") is not the person of that surname the article is about: it joins no other
  full name of the surname, and a lone surname goes to the other full name when there is one;
- "Dr." and a surname ("Dr. King") refer back to a person named in full before: written before the
  article's only full name of that surname (Don King), they are someone else.

A given name's gender comes from gender_guesser's table, and only where the table is definite
both for all countries and for the United States ("Bill", "Hillary"): it calls "Laurence"
female, "Bernie" mostly female and "Lindsey" mostly female, and those names stay unknown.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.given_names import gender_detector, is_given_name
from pipeline.lexicon import HONORIFIC_GENDER, HONORIFICS, KINSHIP_NOUNS
from pipeline.resolve.persons import person_words, same_person_name

# "Mr. ", "Mrs ", "Ms. " just before a name (written capitalised: "miss" is also a verb).
_HONORIFIC_BEFORE = re.compile(
    r"(?<![\w.])(" + "|".join(sorted({h.rstrip(".").capitalize() for h in HONORIFIC_GENDER}, key=len, reverse=True))
    + r")\.?\s+$")
# Between two names of one sentence: no sentence end, no line break.
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s|\n")
# Words by which a sentence gives a second name of the same person ("also known as", "born").
_SAME_PERSON_WORDS = frozenset({"aka", "known", "born", "nee", "née", "formerly", "called", "nicknamed", "or",
                                "alias", "real", "name", "named"})
# Two forms a few words apart ("George Bush and George W. Bush"); farther apart, or across a
# quotation, a writer may well restate one person's name in another form.
_MAX_GAP = 80
# "his father, ", "Mr. Bush's late father ", "their son " just before a name.
_KIN_BEFORE = re.compile(r"(?:\b(?:his|her|their)|['’]s?)\s+(?:(?:late|younger|older|elder|eldest|first|second|third|former|ex-)\s*)?(?:"
                         + "|".join(sorted(KINSHIP_NOUNS)) + r")\s*,?\s+$", re.IGNORECASE)
_QUOTES = frozenset('"“”«»')


def honorific_gender(text: str, start: int, mention_text: str) -> str | None:
    """The gender an honorific just before a mention (or opening it) states, else None."""
    first = mention_text.split()[0] if mention_text.split() else ""
    if len(mention_text.split()) > 1 and first.rstrip(".").casefold() in HONORIFIC_GENDER:
        return HONORIFIC_GENDER[first.rstrip(".").casefold()]
    found = _HONORIFIC_BEFORE.search(text[max(0, start - 8):start])
    return HONORIFIC_GENDER[found.group(1).casefold()] if found else None


# Honorifics that state no gender ("Dr."): the gendered ones ("Mr.", "Mrs.") are read by
# honorific_gender, and newspapers that write them (NYT) use them in a lead before the full name.
_GENDERLESS_HONORIFICS = sorted({h.rstrip(".") for h in HONORIFICS} - {h.rstrip(".") for h in HONORIFIC_GENDER})
_GENDERLESS_BEFORE = re.compile(r"(?<![\w.])(?:" + "|".join(h.capitalize() for h in _GENDERLESS_HONORIFICS)
                                + r")\.?\s+$")


def honorific_written(text: str, start: int, mention_text: str) -> bool:
    """Whether "Dr." (an honorific that states no gender) stands just before a mention or opens it."""
    words = mention_text.split()
    if len(words) > 1 and words[0].rstrip(".").casefold() in _GENDERLESS_HONORIFICS:
        return True
    return bool(_GENDERLESS_BEFORE.search(text[max(0, start - 8):start]))


def kin_introduced(text: str, start: int) -> bool:
    """Whether a name is introduced as someone's relative ("his father, Duncan Hunter Sr.")."""
    return bool(_KIN_BEFORE.search(text, max(0, start - 40), start))


@lru_cache(maxsize=1 << 14)
def given_name_gender(key: str) -> str | None:
    """'bill clinton' -> 'male', 'hillary clinton' -> 'female'; None when the table is not definite."""
    word = key.split()[0] if key.split() else ""
    if len(word) < 2 or not word.isalpha():
        return None
    detector = gender_detector()
    gender = detector.get_gender(word)
    return gender if gender in {"male", "female"} and detector.get_gender(word, "usa") == gender else None


def fits_honorifics(genders: set[str], full_key: str) -> bool:
    """Whether a part written after honorifics of `genders` may stand for the person `full_key`."""
    if len(genders) > 1:
        return False
    given = given_name_gender(full_key)
    return not genders or given is None or given in genders


# "Mr. and Mrs. Clinton": an honorific joined to another names the couple, not one of them.
_COUPLE_BEFORE = re.compile(r"(?:\band|&)\s+(?:" + "|".join(sorted({h.rstrip(".").capitalize() for h in HONORIFIC_GENDER},
                                                                 key=len, reverse=True)) + r")\.?\s+$")


def surnames_by_honorific(groups, mentions, key_of: dict[int, str], text: str) -> None:
    """"Mr Jenkin was charged ... Miss Jenkin was a student": a surname written after honorifics of
    both genders names two people, so its key stands for no one full name (fits_honorifics); each of
    its mentions after one honorific goes to the one person of the surname whose given name has
    that gender (John Jenkin; Kathryn Jenkin, also written Katie Jenkin), and else stays the bare
    surname. Not a couple's ("Mr. and Mrs. Clinton")."""
    for m in mentions:
        key = key_of.get(m.index)
        if key is None or " " in key or len(groups.honorifics.get(key, ())) < 2 \
                or _COUPLE_BEFORE.search(text[max(0, m.start - 16):m.start]):
            continue
        gender = honorific_gender(text, m.start, m.text)
        fitting = [k for k in groups.labels if " " in k and person_words(k)[-1:] == [key]
                   and given_name_gender(k) == gender] if gender is not None else []
        if fitting and all(same_person_name(fitting[0], k) for k in fitting[1:]):  # "Kathryn" and "Katie Jenkin"
            key_of[m.index] = fitting[0]


def same_sentence(text: str, first_end: int, second_start: int) -> bool:
    """Whether two mentions, in text order, stand in one sentence and are not two names given for
    one person ("Pat (Patrick) Simmons", "John Smith, also known as Jack Smith")."""
    if second_start < first_end or second_start - first_end > _MAX_GAP:
        return False
    gap = text[first_end:second_start]
    words = re.findall(r"[^\W\d_]+", gap.casefold())
    return bool(words) and not _SENTENCE_BREAK.search(gap) and not _SAME_PERSON_WORDS & set(words) \
        and _QUOTES.isdisjoint(gap)


def forbid_names_of_one_sentence(groups, spans: list[tuple[int, int, str]], text: str) -> None:
    """'George Bush's son and George W. Bush's brother': two forms of a person's full name that
    would agree (same_person_name) but stand a few words apart in one sentence are two people."""
    by_surname: dict[str, list[tuple[int, int, str]]] = {}
    for start, end, key in sorted(spans):
        words = person_words(key)
        if len(words) > 1 and groups.kind(key) == "person":
            by_surname.setdefault(words[-1], []).append((start, end, key))
    for spans_of_surname in by_surname.values():
        for i, (_, end_a, key_a) in enumerate(spans_of_surname):
            for start_b, _, key_b in spans_of_surname[i + 1:]:
                if key_a != key_b and same_person_name(key_a, key_b) and same_sentence(text, end_a, start_b):
                    groups.uf.forbid(key_a, key_b)
                    groups.apart.append((key_a, key_b))


def without_relatives(groups, key: str, same: list[str]) -> list[str]:
    """The full names agreeing with `key` less those on the other side of a relative's introduction
    ("Duncan Hunter" / "his father, Duncan Hunter Sr."), which are told apart from it."""
    relatives = [p for p in same if (p in groups.kin) != (key in groups.kin)]
    for p in relatives:
        groups.uf.forbid(key, p)
        groups.apart.append((key, p))
    return [p for p in same if p not in relatives]


def part_candidates(groups, key: str, found: list[str]) -> list[str]:
    """The full names a part of a name (`key`) may stand for, of those its words fit: not against
    its honorifics ("Mrs. Clinton" is not Bill Clinton, told apart; "Mr. and Mrs. Clinton" is no one
    full name), and a lone surname is a relative ("his father, X") only when no one else fits."""
    # "Dr. King" written before the article's one King, Don King, is not him: "Dr." and a surname
    # refer back to a person named in full earlier, they do not introduce one
    found = [p for p in found if not (key in groups.honorific_at and groups.honorific_at[key] < groups.first_at[p])]
    genders = groups.honorifics.get(key, set())
    groups.apart += [(key, p) for p in found if not fits_honorifics(genders, p)]
    found = [p for p in found if fits_honorifics(genders, p)]
    if " " not in key:
        found = [p for p in found if p not in groups.kin] or found
    return found


# Between two given names of a list: a comma, "and", "&", and untagged given names in between.
_LIST_GAP = re.compile(r"^(?:\s*,\s*[A-Z][a-z]+)*\s*,?\s*(?:and|&)?\s*$")
_CONJUNCTION = re.compile(r"\band\b|&")
# A family's members introduced as such shortly before the list ("his eight children, ", "their sons ").
_FAMILY_BEFORE = re.compile(r"\b(?:children|kids|siblings|parents|grandchildren|"
                            + "|".join(sorted(KINSHIP_NOUNS)) + r")s?\b[^.!?\n]{0,40}$", re.IGNORECASE)


def listed_full_names(mentions: list[tuple[int, int, int, str, str]], text: str) -> dict[int, str]:
    """'his children, Vincent, Lucia and Carmella Esposito': given names listed as members of a family
    before one full name carry its surname. `mentions`: (start, end, index, cleaned form, label) in
    any order; returns index -> the full form ("Vincent Esposito") for each one-word given name of
    such a list. Only after words naming relatives: elsewhere "Hillary and Tim Kaine" lists two
    people, one known by her given name."""
    ordered = sorted(mentions)
    found: dict[int, str] = {}
    for at, (first_start, end, index, form, label) in enumerate(ordered):
        if label != "PERSON" or " " in form or not is_given_name(form.casefold()) or index in found \
                or not _FAMILY_BEFORE.search(text, max(0, first_start - 60), first_start):
            continue
        listed, previous_end = {index: form}, end
        for start, next_end, other, other_form, other_label in ordered[at + 1:]:
            gap = text[previous_end:start]
            if other_label != "PERSON" or not _LIST_GAP.match(gap) or not ("," in gap or _CONJUNCTION.search(gap)):
                break
            words = other_form.split()
            if len(words) == 1 and is_given_name(other_form.casefold()):
                listed[other] = other_form
                previous_end = next_end
                continue
            if len(words) == 2 and is_given_name(words[0].casefold()) and _CONJUNCTION.search(gap):
                # "... and Carmella Esposito"
                found.update({i: f"{f} {words[1]}" for i, f in listed.items()})
            break
    return found
