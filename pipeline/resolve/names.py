"""Within one article: group the named mentions that stand for the same entity.

Evidence, strongest first: an acronym defined in the text ("Moscow Aviation Institute (MAI)"),
a misspelling of a name in the same article ("Xi Jinpin"), the same name spelled with or
without spaces ("Orbit Works" / "OrbitWorks"), variants of one person's full name (initials,
middle names, suffixes, nicknames: persons.py), a surname or given name standing for the one
full name it belongs to ("Allen" -> "Bethany Allen"), a short form that drops generic words
("Beihang" -> "Beihang University", "Acme" -> "Acme Holdings Co.": orgs.py), and an undefined
acronym that reads as the initials of exactly one longer name ("US" -> "United States").
Ambiguous evidence merges nothing, and a known place tagged as a place never joins a person.

Each mention votes for its entity's type with its label, except that a mention opening with a
person's title or honorific, and a name joined to a person as a part of their name, vote PERSON.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from models import ArticleAnalysis
from pipeline.lexicon import ATTITUDE_PREFIXES, CASED_ACRONYMS, COUNTRY_ALIASES, GATHERING_HEADS, PRODUCT_LINE_WORDS
from pipeline.resolve.acronyms import acronym_core, find_acronym_definitions, initial_forms
from pipeline.resolve.aliases import AliasBook
from pipeline.resolve.article_words import lower_words, name_tails, state_after
from pipeline.resolve.alternates import link_also_known_as, link_bracketed_names
from pipeline.resolve.leading_forms import link_founder_surnames, link_leading_forms
from pipeline.resolve.prefixed import link_place_prefixed
from pipeline.resolve.org_cues import forbid_related, office_after
from pipeline.resolve.guards import ConstrainedUnionFind, demonym, majority_label, type_class, typo_variant
from pipeline.name_strings import country, known_place
from pipeline.resolve.normalize import DETERMINERS, acronym_shape, clean_name, has_person_title
from pipeline.name_strings import WORD_MARK, name_key
from pipeline.resolve.orgs import short_form_of, short_forms, spelling_key
from pipeline.resolve.person_cues import (forbid_names_of_one_sentence, honorific_gender, honorific_written,
                                          kin_introduced, listed_full_names, part_candidates, surnames_by_honorific,
                                          without_relatives)
from pipeline.resolve.persons import name_part_of, person_words, same_person_name
from pipeline.resolve.type_votes import mention_vote
from pipeline.given_names import is_given_name

__all__ = ["LocalEntity", "best_form", "group_article", "same_person_name", "short_form_of", "name_part_of"]


@dataclass
class LocalEntity:
    """The mentions of one entity in one article."""

    article_id: str
    mention_indices: list[int] = field(default_factory=list)
    forms: Counter = field(default_factory=Counter)  # cleaned display form -> mentions
    labels: Counter = field(default_factory=Counter)  # type votes of the mentions
    keys: set[str] = field(default_factory=set)
    acronym_keys: set[str] = field(default_factory=set)  # keys that abbreviate the others
    defined_long: str | None = None  # long form an acronym definition gave, if no mention spells it
    pin: str | None = None
    lower_case_keys: set[str] = field(default_factory=set)  # one-word keys the article also writes in lower case
    apart: set[tuple] = field(default_factory=set)  # tokens shared with the entities its article tells apart from it
    kin: bool = False  # introduced as someone's relative ("his father, George Bush"): homonyms.py
    cut: bool = False  # every mention the tail of a longer name ("Defenders of [Wildlife]"): article_words.name_tail
    town: bool = False  # a place written before its US state ("Warren, Michigan"): article_words.state_after

    @cached_property
    def type_class(self) -> str:
        return type_class(majority_label(self.labels))

    @cached_property
    def head_key(self) -> str:
        """The most complete name: most words, then most mentions, then longest, then alphabetical."""
        return name_key(best_form(self.forms, self.acronym_keys) or "")


def best_form(forms: Counter, acronym_keys: set[str]) -> str | None:
    if len(forms) == 1:
        return next(iter(forms))
    spelled = [f for f in forms if name_key(f) not in acronym_keys] or list(forms)
    if not spelled:
        return None
    keys = {name_key(f) for f in forms}
    spelled = [f for f in spelled if not _pair_compound(f, keys)] or spelled
    return min(spelled, key=lambda f: (-len(name_key(f).split()), -forms[f], -len(f), f))


def _pair_compound(form: str, keys: set[str]) -> bool:
    """"Japan-European Community" beside "European Community": a country joined by a hyphen to
    another of the entity's names is a pair ("a Japan-European Community axis"), never the entity's
    fuller name; a place named so ("Guinea-Bissau") is one name."""
    left, dash, rest = form.partition("-")
    return bool(dash and rest) and country(name_key(left)) and name_key(rest) in keys and not known_place(name_key(form))


class _ArticleGroups:
    def __init__(self, book: AliasBook):
        self.book = book
        self.uf = ConstrainedUnionFind(book.never_merge)
        self.labels: dict[str, Counter] = {}
        self.order: list[str] = []
        self.kinds: dict[str, str] = {}  # filled once all mentions are added
        self.acronym_keys: set[str] = set()  # keys linked as abbreviations of a longer name
        self.person_parts: set[str] = set()  # keys joined to a person as part of their name
        self.lower_words: set[str] = set()  # words the article writes in lower case ("house", "early")
        self.titled: set[str] = set()  # keys written after a person's title or honorific somewhere
        self.capitals: set[str] = set()  # one-word keys written in capitals (acronyms: "MTV", "PGA")
        self.honorifics: dict[str, set[str]] = {}  # key -> genders of the honorifics written before it
        self.apart: list[tuple[str, str]] = []  # key pairs the text tells apart (person_cues.py)
        self.kin: set[str] = set()  # full names introduced as someone's relative ("his father, X")
        self.first_at: dict[str, int] = {}  # key -> offset of its first mention
        self.honorific_at: dict[str, int] = {}  # one-word key -> first offset written after "Mr.", "Dr."...
        self.with_office: set[str] = set()  # keys written before an office ("DNC chair"): org_cues.office_after
        self.towns: set[str] = set()  # places written before their US state ("Warren, Michigan")
        self.last_words: Counter = Counter()  # a name's last word -> mentions ending with it

    def spelled_apart(self, word_a: str, word_b: str) -> bool:
        """Two spellings of a name's last word that the article writes twice or more each are two
        names ("Reagan" seven times beside "Donald Regan" and "Regan's"): a misspelling is a slip,
        not the writer's habit."""
        return word_a != word_b and min(self.last_words[word_a], self.last_words[word_b]) >= 2

    def add_key(self, key: str, label: str | None) -> None:
        if key not in self.labels:
            self.labels[key] = Counter()
            self.order.append(key)
            self.uf.add(key, [key], self.book.pin_of(key))
        if label is not None:
            self.labels[key][label] += 1

    def kind(self, key: str) -> str:
        """The key's kind of thing by its votes; a full name whose first word is a known given name
        counts as a person when any of its mentions was tagged PERSON (the model wavers on people)."""
        if key not in self.kinds:
            votes = self.labels[key]
            kind = type_class(majority_label(votes))
            words = key.split()
            if kind != "person" and len(words) > 1 and is_given_name(words[0]) and words[0] not in ATTITUDE_PREFIXES \
                    and words[-1] not in PRODUCT_LINE_WORDS and (
                    votes["PERSON"] or words[-1] in self.labels):
                # the model wavers on people: a known given name and a PERSON vote, or the surname
                # also written alone in the article ("Diego Schwartzman" ORG ... "Schwartzman")
                kind = "person"
            self.kinds[key] = kind
        return self.kinds[key]

    def placed(self, key: str) -> bool:
        """Tagged mostly as a place and a known place name: never a part of a person's name."""
        labels = self.labels[key]
        if labels["NORP"] > sum(labels.values()) / 2 and demonym(key):
            return True  # "Cuban immigrants" beside "Mark Cuban"
        return labels["GPE"] + labels["LOC"] > sum(labels.values()) / 2 and known_place(key)

    def link_unique(self, key: str, candidates: list[str]) -> bool:
        roots = sorted({self.uf.find(c) for c in candidates if self.uf.find(c) != self.uf.find(key)}, key=repr)
        return len(roots) == 1 and self.uf.union(key, roots[0])


def group_article(analysis: ArticleAnalysis, book: AliasBook | None = None) -> list[LocalEntity]:
    """Group an article's named mentions (those without `refers_to`) into local entities."""
    groups = _ArticleGroups(book or AliasBook())
    key_of: dict[int, str] = {}
    display: dict[int, str] = {}
    vote_of: dict[int, str] = {}
    first_at: dict[str, int] = {}
    written: dict[str, set[str]] = {}
    text = analysis.article.text or ""
    # "Vincent, Lucia and Carmella Esposito": each listed given name carries the list's surname
    groups.lower_words = lower_words(text)
    listed = listed_full_names([(m.start, m.end, m.index, clean_name(m.name or m.text, m.label), m.label)
                                for m in analysis.mentions if m.refers_to is None], text)
    for m in analysis.mentions:
        if m.refers_to is not None:
            continue
        form = listed.get(m.index) or clean_name(_cased_surface(m, text), m.label)
        key = name_key(form)
        if any(c.isalpha() for c in key):
            titled = has_person_title(m.text)
            vote = "PERSON" if titled else mention_vote(m.label, text, m.start, m.end, form, groups.lower_words)
            key_of[m.index], display[m.index], vote_of[m.index] = key, form, vote
            groups.add_key(key, vote)
            groups.last_words[key.split()[-1]] += 1
            first_at[key] = min(first_at.get(key, m.start), m.start)
            written.setdefault(key, set()).add(form)
            if titled:
                groups.titled.add(key)
            if " " in key and kin_introduced(text, m.start):
                groups.kin.add(key)
            if acronym_shape(key) and office_after(text, m.end):
                groups.with_office.add(key)
            if m.label in {"GPE", "LOC"} and state_after(text, m.end):
                groups.towns.add(key)
            if " " not in key and honorific_written(text, m.start, m.text):
                groups.honorific_at[key] = min(groups.honorific_at.get(key, m.start), m.start)
            gender = honorific_gender(text, m.start, m.text)
            if gender is not None:
                groups.honorifics.setdefault(key, set()).add(gender)
    if not key_of:
        return []
    surnames_by_honorific(groups, analysis.mentions, key_of, text)  # "Mr Jenkin" and "Miss Jenkin": two people
    groups.first_at = first_at
    forbid_names_of_one_sentence(groups, [(analysis.mentions[i].start, analysis.mentions[i].end, k)
                                           for i, k in key_of.items()], text)
    forbid_related(groups, analysis, key_of)  # "UBS, the U.S. unit of Union Bank of Switzerland"
    # An acronym the article writes in capitals ("US") is not the common word ("us").
    capitals = {key for index, key in key_of.items() if key in groups.lower_words
                and _written_in_capitals(analysis.mentions[index], text)}
    groups.capitals = {key for index, key in key_of.items() if acronym_shape(key)
                       and _written_in_capitals(analysis.mentions[index], text)}
    defined_long = _link_definitions(groups, text)
    spans = [(analysis.mentions[i].start, analysis.mentions[i].end, k) for i, k in key_of.items()]
    link_bracketed_names(groups, spans, text)
    link_also_known_as(groups, spans, text)
    keys = sorted(groups.labels)
    _link_misspellings(groups, keys)
    _link_spacing_variants(groups, keys)
    _link_person_parts(groups, keys, {k for k, forms in written.items() if not any(" " in f for f in forms)})
    _link_short_forms(groups, keys)
    link_founder_surnames(groups, keys)
    link_place_prefixed(groups, keys)
    link_leading_forms(groups, keys, first_at, written)
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
        if key in groups.kin:
            entity.kin = True
    for index, key in key_of.items():
        entity = by_root[uf.find(key)]
        entity.mention_indices.append(index)
        entity.forms[display[index]] += 1
        entity.labels["PERSON" if key in groups.person_parts else vote_of[index]] += 1
    for a, b in groups.apart:  # across articles too: neither joins a cluster holding the other
        if uf.find(a) != uf.find(b):
            token = (analysis.article.article_id, *sorted((a, b)))
            by_root[uf.find(a)].apart.add(token)
            by_root[uf.find(b)].apart.add(token)
    tails = name_tails(analysis)
    for entity in by_root.values():
        entity.cut = all(i in tails for i in entity.mention_indices)
        entity.town = bool(entity.keys & groups.towns)
        entity.lower_case_keys = {k for k in entity.keys if " " not in k and k in groups.lower_words
                                  and k not in capitals}
        # A long form only the definition spells out still names the entity (with no mentions of its own).
        if entity.defined_long and not any(name_key(f) == name_key(entity.defined_long) for f in entity.forms):
            entity.forms[entity.defined_long] += 0
    return [e for e in by_root.values() if e.mention_indices]


def _cased_surface(mention, text: str) -> str:
    """The mention's surface, read from the article's text where case tells two names apart ("Us" the
    magazine / "US", lexicon.CASED_ACRONYMS), so that the result does not depend on how a mention's
    copy is cased."""
    surface = mention.name or mention.text
    written = text[mention.start:mention.end]
    if written and name_key(clean_name(written, mention.label)).rstrip(WORD_MARK) in CASED_ACRONYMS:
        return written
    return surface


def _written_in_capitals(mention, text: str) -> bool:
    """Whether the article writes the mention in capital letters (read from the text, not the mention's
    copy of it)."""
    letters = [c for c in text[mention.start:mention.end] if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _link_definitions(groups: _ArticleGroups, text: str) -> dict[str, str]:
    """'Moscow Aviation Institute (MAI)': MAI joins its long form; returns long forms no mention spells."""
    defined_long: dict[str, str] = {}
    for definition in find_acronym_definitions(text):
        if sum(c.isupper() for c in definition.short) < 2:
            continue  # "(Calif.)" abbreviates a word, it does not name what precedes it
        opening = [w for w in definition.long.split() if w.casefold() not in DETERMINERS][:1]
        if opening and opening[0][:1].islower():
            continue  # "digital terrestrial TV (DTT)" spells out a thing, not a name ("TV" is not DTT)
        long = clean_name(definition.long, "ORG")  # a body's name: "General Agreement on ..." keeps "General"
        short_key, long_key = name_key(definition.short), name_key(long)
        if short_key in groups.labels and short_key != long_key:
            if long_key not in groups.labels:
                groups.add_key(long_key, None)
                defined_long[long_key] = long
            if groups.uf.union(short_key, long_key):
                groups.acronym_keys.add(short_key)
    return defined_long


def _link_misspellings(groups: _ArticleGroups, keys: list[str]) -> None:
    """'Xi Jinpin' / 'Xi Jinping': compared inside blocks of keys equal but for one word's tail."""
    blocks: dict[tuple, list[str]] = {}
    for key in keys:
        words = key.split()
        for i, w in enumerate(words):
            if len(w) >= 5:
                blocks.setdefault((groups.kind(key), i, tuple(words[:i]), w[0], tuple(words[i + 1:])), []).append(key)
    for block in sorted(blocks):
        members = blocks[block]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if typo_variant(a, b, plural_last=block[0] != "person") \
                        and not (block[0] == "person" and " " not in a + b and groups.spelled_apart(a, b)):
                    groups.uf.union(a, b)


def _link_spacing_variants(groups: _ArticleGroups, keys: list[str]) -> None:
    """'Orbit Works' / 'OrbitWorks', 'Hawaii News Now' / 'HawaiiNewsNow': one name spelled with or without
    spaces; and the other names of a country (lexicon.COUNTRY_ALIASES)."""
    by_compact: dict[str, list[str]] = {}
    for key in keys:
        # "UK" / "Britain" / "United Kingdom": other names of one country
        spelled = COUNTRY_ALIASES.get(key, key) if groups.kind(key) in {"place", "any"} else key
        by_compact.setdefault(spelling_key(spelled), []).append(key)
    for variants in by_compact.values():
        for other in variants[1:]:
            if {groups.kind(variants[0]), groups.kind(other)} != {"person", "place"}:
                groups.uf.union(variants[0], other)


def _link_person_parts(groups: _ArticleGroups, keys: list[str], one_word: set[str]) -> None:
    """'Raj K Chohan' / 'Raj Chohan' / 'Pat Simmons' / 'Patrick Simmons'; then 'Allen' -> 'Bethany Allen'.

    A one-word part joins whatever the model called it (surnames are often tagged ORG, GPE or
    NORP), except a known place tagged as a place ("Washington" beside "Denzel Washington"); so
    does a hyphenated surname written as one word ("Holden-Brown said", typed ORG, beside "Derrick
    Holden-Brown"; `one_word`: keys never written with a space); a part of several words ("Lo
    Presti") only when it too is tagged a person, so "White House" does not join a person because a
    mention ran "Obama White House" together."""
    # "George W. Bush and Congress" (one PERSON span) is two names, not a person named "Congress"
    persons = [k for k in keys if groups.kind(k) == "person" and len(person_words(k)) > 1 and "&" not in k.split()]
    by_surname: dict[str, list[str]] = {}
    by_part: dict[str, list[str]] = {}
    for p in persons:
        words = person_words(p)
        by_surname.setdefault(words[-1], []).append(p)
        for n in range(1, len(words)):
            by_part.setdefault(" ".join(words[:n]), []).append(p)
            by_part.setdefault(" ".join(words[-n:]), []).append(p)
    for key in persons:
        same = [p for p in by_surname.get(person_words(key)[-1], ()) if p != key and same_person_name(key, p)]
        groups.link_unique(key, without_relatives(groups, key, same))
    for key in keys:
        if key in groups.acronym_keys or groups.placed(key) or (" " in key and groups.kind(key) != "person"
                                                                and key not in one_word) \
                or any(k != key and groups.kind(k) == "place" for k in groups.uf.keys[groups.uf.find(key)]):
            continue  # "America" joined to "United States" is not America Ferrera's given name
        found = by_part.get(key, [])
        if groups.kind(key) != "person":
            # a word the model did not call a person joins only a name that reads as a person's
            # ("Vindman" -> "Alexander Vindman", not "Apple" -> "Apple Watches" tagged PERSON)
            found = [p for p in found if is_given_name(p.split()[0])]
        if not found and " " not in key:  # a surname misspelt ("Zelenskyy" beside "Volodymyr Zelensky")
            found = [p for surname, ps in by_surname.items() if surname[:1] == key[:1] and typo_variant(key, surname)
                     and not groups.spelled_apart(key, surname) for p in ps]
        found = part_candidates(groups, key, found)
        if found and groups.link_unique(key, found):
            groups.person_parts.add(key)


def _link_short_forms(groups: _ArticleGroups, keys: list[str]) -> None:
    """'Beihang' -> 'Beihang University', unless the short form is mostly tagged a place ('Harbin') or
    is a person's surname of the article ("Trump" beside Donald Trump is not Trump University)."""
    longs_of: dict[str, list[str]] = {}
    for key in keys:
        if groups.kind(key) == "org":
            for short in short_forms(key):
                longs_of.setdefault(short, []).append(key)
    for key in keys:
        labels = groups.labels[key]
        place_votes = labels["GPE"] + labels["LOC"]
        if key in longs_of and groups.kind(key) in {"org", "any"} and place_votes <= sum(labels.values()) / 2 \
                and key not in groups.person_parts:
            groups.link_unique(key, longs_of[key])


def _link_initials(groups: _ArticleGroups, keys: list[str]) -> None:
    """An undefined acronym ('US') joins the one longer name whose initials it is ('United States')."""
    uf = groups.uf
    sizes = Counter(uf.find(k) for k in keys)
    longer = [k for k in keys if " " in k and groups.kind(k) not in {"person", "norp"}]
    # positions in `longer` by initials: a short key looks its candidates up instead of testing
    # every longer name (quadratic: 5 of 8 s of resolve on one 3 MB article)
    by_initials: dict[str, list[int]] = {}
    for position, k in enumerate(longer):
        for form in initial_forms(k):
            by_initials.setdefault(form, []).append(position)
    for key in keys:
        if not acronym_shape(key) or key in groups.acronym_keys or sizes[uf.find(key)] > 1:
            continue
        core = acronym_core(key)  # candidates are those abbreviates(key, k) accepts, in order
        # "US" is a word of "US Senate", not its initials
        candidates = [longer[p] for p in sorted(by_initials.get(core, ())) if key not in longer[p].split()
                      and not (key in groups.with_office and longer[p].split()[-1] in GATHERING_HEADS)] \
            if core is not None else []  # "DNC chair": the committee, not the "Democratic National Convention"
        if groups.link_unique(key, candidates):
            groups.acronym_keys.add(key)
