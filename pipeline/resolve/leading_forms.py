"""Within one article: a name introduced in full and then shortened to its opening words.

"NASA's Hubble Space Telescope ... Hubble's detection", "Goddard Space Flight Center ...
Goddard planetary scientist", "Take-Two Interactive ... CEO of Take-Two": once an article has
named something in full, a later bare form made of its first written word ("Take-Two" is one) is
that thing, when nothing else in the article could be meant. The evidence required, all of it from the article:
- the full name comes first: a short form written before the full name was introduced on its
  own ("Google ... Google Stadia": the maker, then its product);
- the rest of the full name is not a name the article also uses alone ("Google Stadia" /
  "Stadia": then the first word is the maker, and the rest its product);
- the rest is one to three words, does not open with "of" ("State of the Union"), holds no number ("Boeing 737 Max", "Galaxy S10": a maker's
  model), does not open with a facility or event word ("Scotiabank Arena", "Davis Cup": named
  after it, orgs.named_after) and names no part of a body ("House Intelligence Committee":
  lexicon.BODY_PART_WORDS); the full name coordinates nothing ("House and Senate") and is not two
  names glued by a hyphen ("NBC News-Wall Street Journal");
- a short form the model tagged PERSON needs a full name ending in an organisation's kind word
  or legal form ("Goddard Space Flight Center", "Bucknell University"; not "Trump Tower");
- exactly one full name of the article opens with the short form;
- the short form is no place, nationality, given name ("Stephenie Meyer"), acronym ("MTV" /
  "MTV Unplugged", "PGA" / "PGA Tour": an organisation known by its letters names its own
  products and events), words the article writes in lower case ("national security" /
  "National Security Council"), and was not joined to anything else (a person's surname) nor written after a person's
  title ("President Trump" beside "Trump Tower").

A company named after one person ("John Labatt Ltd") is also shortened to that person's surname
("Labatt purchased ...", the model's PERSON): link_founder_surnames, where the article names no person
of that surname.
"""
from __future__ import annotations

import re

from pipeline.given_names import is_given_name
from pipeline.lexicon import BODY_PART_WORDS, ORG_GENERIC_WORDS
from pipeline.resolve.guards import demonym
from pipeline.name_strings import known_place
from pipeline.resolve.orgs import named_after, strip_legal_form


def link_leading_forms(groups, keys: list[str], first_at: dict[str, int], forms: dict[str, set[str]]) -> None:
    """Join each short form to the one full name of the article it opens (see the module's rules)."""
    uf = groups.uf
    sizes: dict = {}
    for key in keys:
        root = uf.find(key)
        sizes[root] = sizes.get(root, 0) + 1
    longer: dict[str, list[str]] = {}
    for key in keys:
        words = key.split()
        if len(words) < 2 or groups.kind(key) in {"person", "place"}:
            continue
        for cut in range(1, min(3, len(words))):
            longer.setdefault(" ".join(words[:cut]), []).append(key)
    for key in keys:
        if key not in longer or sizes[uf.find(key)] > 1 or not _may_be_shortened(groups, key) \
                or any(" " in form for form in forms.get(key, ())):
            continue  # one written word only: "Fox News" is no short form of "Fox News Nemesis"
        size = len(key.split())
        fits = [long for long in longer[key] if first_at.get(long, first_at[key]) < first_at[key]
                and _rest_is_descriptive(groups, key, long, size, forms.get(long, set()))]
        if len({uf.find(long) for long in longer[key]}) == 1 and len(fits) == len(longer[key]):
            groups.link_unique(key, fits)


def _may_be_shortened(groups, key: str) -> bool:
    kind = groups.kind(key)
    words = key.split()
    if key in groups.titled or key in groups.acronym_keys or groups.placed(key) or known_place(key) \
            or demonym(key) or all(w in groups.lower_words for w in words) or is_given_name(key) \
            or key in groups.capitals:
        return False
    return kind in {"org", "any", "person"}


def _rest_is_descriptive(groups, short: str, long: str, size: int, written: set[str]) -> bool:
    rest = long.split()[size:]
    if len(rest) > 3 or rest[0] == "of" or "&" in rest or " ".join(rest) in groups.labels or any(c.isdigit() for w in rest for c in w) \
            or named_after(short, long) or BODY_PART_WORDS & set(rest):
        return False
    if any(_glued(form, size) for form in written):
        return False
    # "Goddard Space Flight Center": a word the model took for a person's stands for the body only
    # when the full name says what kind of body it is (a generic word or a legal form)
    return groups.kind(short) != "person" or rest[-1] in ORG_GENERIC_WORDS or strip_legal_form(long) != long


def _glued(form: str, size: int) -> bool:
    """Whether, in a written form of the full name, the short form's `size` words are joined to the
    rest by a hyphen ("Post-ABC", "NBC News-Wall Street Journal"): two names run together."""
    parts = re.split(r"([\s-]+)", form.strip())  # words and the separators between them
    separator_after = 2 * size - 1
    return separator_after < len(parts) and "-" in parts[separator_after]


def link_founder_surnames(groups, keys: list[str]) -> None:
    """'Labatt' (the model's person) -> 'John Labatt Ltd': the surname of the one person a company with a
    legal form is named after stands for the company, unless it is part of a person's name the
    article writes ('Charles Schwab said' beside 'Charles Schwab Corp' stays his)."""
    by_surname: dict[str, list[str]] = {}
    for key in keys:
        stem = strip_legal_form(key)
        words = stem.split()
        if groups.kind(key) == "org" and stem != key and len(words) == 2 and is_given_name(words[0]):
            by_surname.setdefault(words[1], []).append(key)
    for key in keys:
        if key in by_surname and key not in groups.person_parts and _person_of_surname(groups, key) is None:
            groups.link_unique(key, by_surname[key])


def _person_of_surname(groups, surname: str) -> str | None:
    """A person's full name of the article ending in `surname`, if any."""
    return next((k for k in groups.labels if k.endswith(" " + surname) and groups.kind(k) == "person"), None)
