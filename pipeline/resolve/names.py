"""Within one article: group the named mentions that stand for the same entity.

Evidence, strongest first: an acronym defined in the text ("Moscow Aviation Institute (MAI)"),
a misspelling of a name in the same article ("Xi Jinpin"), a surname or given name standing
for the one full name it belongs to ("Allen" -> "Bethany Allen"), a short form that drops
generic words ("Beihang" -> "Beihang University"), and an undefined acronym that reads as the
initials of exactly one longer name ("US" -> "United States"). Ambiguous evidence merges nothing.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from models import ArticleAnalysis
from pipeline.resolve.acronyms import abbreviates, find_acronym_definitions
from pipeline.resolve.aliases import AliasBook
from pipeline.resolve.guards import ConstrainedUnionFind, majority_label, type_class, typo_variant
from pipeline.lexicon import ORG_GENERIC_WORDS
from pipeline.resolve.normalize import acronym_shape, clean_name, name_key


@dataclass
class LocalEntity:
    """The mentions of one entity in one article."""

    article_id: str
    mention_indices: list[int] = field(default_factory=list)
    forms: Counter = field(default_factory=Counter)  # cleaned display form -> mentions
    labels: Counter = field(default_factory=Counter)
    keys: set[str] = field(default_factory=set)
    acronym_keys: set[str] = field(default_factory=set)  # keys that abbreviate the others
    defined_long: str | None = None  # long form an acronym definition gave, if no mention spells it
    pin: str | None = None

    @cached_property
    def type_class(self) -> str:
        return type_class(majority_label(self.labels))

    @cached_property
    def head_key(self) -> str:
        """The most complete name: most words, then most mentions, then longest, then alphabetical."""
        return name_key(best_form(self.forms, self.acronym_keys) or "")


def best_form(forms: Counter, acronym_keys: set[str]) -> str | None:
    spelled = [f for f in forms if name_key(f) not in acronym_keys] or list(forms)
    if not spelled:
        return None
    return min(spelled, key=lambda f: (-len(name_key(f).split()), -forms[f], -len(f), f))


def generic_stem(key: str) -> str:
    """The name without trailing generic words: 'beihang university' -> 'beihang'."""
    words = key.split()
    while len(words) > 1 and words[-1] in ORG_GENERIC_WORDS:
        words.pop()
    return " ".join(words)


def short_forms(key: str) -> set[str]:
    """The short forms short_form_of accepts for a long name: its generic stem, its part before "of"."""
    found = {generic_stem(key)}
    words = key.split()
    if "of" in words:
        before = words[:words.index("of")]
        if len(before) >= 2 and not all(w in ORG_GENERIC_WORDS for w in before):
            found.add(" ".join(before))
    return found - {key}


def short_form_of(short_key: str, long_key: str) -> bool:
    """'beihang' / 'beihang university': the long name is the short one plus generic words only;
    or 'seven sons' / 'seven sons of national defense': the short one is all before "of" (two words or more)."""
    short, long = short_key.split(), long_key.split()
    if len(long) <= len(short) or long[:len(short)] != short:
        return False
    rest = long[len(short):]
    return all(w in ORG_GENERIC_WORDS for w in rest) or (
        rest[0] == "of" and len(short) >= 2 and not all(w in ORG_GENERIC_WORDS for w in short))


def same_person_name(key_a: str, key_b: str) -> bool:
    """'raj k chohan' / 'raj chohan' / 'raj kumar chohan': same first and last word, middles that agree.

    Middle words agree when one side has none, or word by word they are equal or one is the
    other's initial; 'john paul smith' / 'john michael smith' do not.
    """
    a, b = key_a.split(), key_b.split()
    if len(a) < 2 or len(b) < 2 or a == b or a[0] != b[0] or a[-1] != b[-1]:
        return a == b
    mid_a, mid_b = a[1:-1], b[1:-1]
    if not mid_a or not mid_b:
        return True
    if len(mid_a) != len(mid_b):
        return False
    return all(x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
               for x, y in zip(mid_a, mid_b))


def name_part_of(short_key: str, long_key: str) -> bool:
    """'allen' / 'bethany allen', 'xi' / 'xi jinping': the first or last words of a person's name."""
    short, long = short_key.split(), long_key.split()
    return len(long) > len(short) and (long[:len(short)] == short or long[-len(short):] == short)


class _ArticleGroups:
    def __init__(self, book: AliasBook):
        self.book = book
        self.uf = ConstrainedUnionFind(book.never_merge)
        self.labels: dict[str, Counter] = {}
        self.order: list[str] = []
        self.kinds: dict[str, str] = {}  # filled once all mentions are added
        self.acronym_keys: set[str] = set()  # keys linked as abbreviations of a longer name

    def add_key(self, key: str, label: str | None) -> None:
        if key not in self.labels:
            self.labels[key] = Counter()
            self.order.append(key)
            self.uf.add(key, [key], self.book.pin_of(key))
        if label is not None:
            self.labels[key][label] += 1

    def kind(self, key: str) -> str:
        if key not in self.kinds:
            self.kinds[key] = type_class(majority_label(self.labels[key]))
        return self.kinds[key]

    def link_unique(self, key: str, candidates: list[str]) -> None:
        roots = sorted({self.uf.find(c) for c in candidates if self.uf.find(c) != self.uf.find(key)}, key=repr)
        if len(roots) == 1:
            self.uf.union(key, roots[0])


def group_article(analysis: ArticleAnalysis, book: AliasBook | None = None) -> list[LocalEntity]:
    """Group an article's named mentions (those without `refers_to`) into local entities."""
    groups = _ArticleGroups(book or AliasBook())
    key_of: dict[int, str] = {}
    display: dict[int, str] = {}
    label_of: dict[int, str] = {}
    for m in analysis.mentions:
        if m.refers_to is not None:
            continue
        form = clean_name(m.text, m.label)
        key = name_key(form)
        if any(c.isalpha() for c in key):
            key_of[m.index], display[m.index], label_of[m.index] = key, form, m.label
            groups.add_key(key, m.label)
    if not key_of:
        return []
    defined_long = _link_definitions(groups, analysis.article.text or "")
    keys = sorted(groups.labels)
    _link_misspellings(groups, keys)
    _link_person_parts(groups, keys)
    _link_short_forms(groups, keys)
    _link_place_prefixed(groups, keys)
    _link_initials(groups, keys)

    uf = groups.uf
    by_root: dict[str, LocalEntity] = {}
    for key in groups.order:
        root = uf.find(key)
        entity = by_root.setdefault(root, LocalEntity(analysis.article.article_id, pin=uf.pin[root]))
        entity.keys.add(key)
        if key in groups.acronym_keys:
            entity.acronym_keys.add(key)
        if key in defined_long:
            entity.defined_long = defined_long[key]
    for index, key in key_of.items():
        entity = by_root[uf.find(key)]
        entity.mention_indices.append(index)
        entity.forms[display[index]] += 1
        entity.labels[label_of[index]] += 1
    for entity in by_root.values():
        # A long form only the definition spells out still names the entity (with no mentions of its own).
        if entity.defined_long and not any(name_key(f) == name_key(entity.defined_long) for f in entity.forms):
            entity.forms[entity.defined_long] += 0
    return [e for e in by_root.values() if e.mention_indices]


def _link_definitions(groups: _ArticleGroups, text: str) -> dict[str, str]:
    """'Moscow Aviation Institute (MAI)': MAI joins its long form; returns long forms no mention spells."""
    defined_long: dict[str, str] = {}
    for definition in find_acronym_definitions(text):
        long = clean_name(definition.long)
        short_key, long_key = name_key(definition.short), name_key(long)
        if short_key in groups.labels and short_key != long_key:
            if long_key not in groups.labels:
                groups.add_key(long_key, None)
                defined_long[long_key] = long
            if groups.uf.union(short_key, long_key):
                groups.acronym_keys.add(short_key)
    return defined_long


def _link_misspellings(groups: _ArticleGroups, keys: list[str]) -> None:
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if groups.kind(a) == groups.kind(b) and typo_variant(a, b):
                groups.uf.union(a, b)


def _link_person_parts(groups: _ArticleGroups, keys: list[str]) -> None:
    """'Raj K Chohan' / 'Raj Chohan'; then 'Allen' (tagged PERSON, or ORG as the model often does) -> 'Bethany Allen'."""
    persons = [k for k in keys if groups.kind(k) == "person" and len(k.split()) > 1]
    for key in persons:
        groups.link_unique(key, [p for p in persons if p != key and same_person_name(key, p)])
    for key in keys:
        if groups.kind(key) in {"person", "org", "any"} and key not in groups.acronym_keys:
            groups.link_unique(key, [p for p in persons if name_part_of(key, p)])


def _link_short_forms(groups: _ArticleGroups, keys: list[str]) -> None:
    """'Beihang' -> 'Beihang University', unless the short form is mostly tagged a place ('Harbin')."""
    for key in keys:
        labels = groups.labels[key]
        place_votes = labels["GPE"] + labels["LOC"]
        if groups.kind(key) in {"org", "any"} and place_votes <= sum(labels.values()) / 2:
            groups.link_unique(key, [k for k in keys if groups.kind(k) == "org" and short_form_of(key, k)])


def _link_place_prefixed(groups: _ArticleGroups, keys: list[str]) -> None:
    """'Saints' -> 'New Orleans Saints' when 'New Orleans' is a place named in the same article."""
    places = {k for k in keys if groups.kind(k) == "place"}
    for key in keys:
        words = key.split()
        if groups.kind(key) not in {"org", "any"} or len(words) < 2:
            continue
        for cut in range(1, min(4, len(words))):
            rest = " ".join(words[cut:])
            if " ".join(words[:cut]) in places and rest in groups.labels and groups.kind(rest) in {"org", "any"} \
                    and not all(w in ORG_GENERIC_WORDS for w in words[cut:]):
                groups.link_unique(rest, [key])


def _link_initials(groups: _ArticleGroups, keys: list[str]) -> None:
    """An undefined acronym ('US') joins the one longer name whose initials it is ('United States')."""
    uf = groups.uf
    for key in keys:
        alone = all(uf.find(k) != uf.find(key) for k in keys if k != key)
        if not acronym_shape(key) or key in groups.acronym_keys or not alone:
            continue
        candidates = [k for k in keys if k != key and groups.kind(k) not in {"person", "norp"} and abbreviates(key, k)]
        groups.link_unique(key, candidates)
        if any(uf.find(c) == uf.find(key) for c in candidates):
            groups.acronym_keys.add(key)
