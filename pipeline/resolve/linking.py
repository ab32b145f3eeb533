"""Across articles: link local entities into run-wide clusters.

Links, each type-checked and each passing the never-merge / user-pin guard of
ConstrainedUnionFind:
1. the same most complete name (head key);
2. a misspelling of a head name, found by rapidfuzz inside blocks of names equal but for one
   word's tail (never all pairs over everything);
3. a local entity known only by a short name (a surname, a short form, an acronym) to the one
   cluster whose full name it is part of; when several clusters fit, nothing is linked.
Candidate links are collected first and applied in sorted order, so the clusters do not depend
on the order articles arrive in.
"""
from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz, process

from pipeline.resolve.guards import (ConstrainedUnionFind, loosely_compatible, strictly_compatible,
                                     typo_variant)
from pipeline.resolve.names import LocalEntity, name_part_of, same_person_name, short_form_of, short_forms
from pipeline.resolve.normalize import acronym_shape, initials

MAX_BLOCK = 5000  # bounds the cost of one block (MAX_BLOCK**2 scores); larger ones are skipped
TYPO_CUTOFF = 80.0  # rapidfuzz ratio prefilter; typo_variant decides


def block_keys(head_key: str, kind: str) -> set[tuple[str, str]]:
    """Blocks a name falls in, one per word that may hold the misspelling.

    typo_variant allows one differing word with the same first letter, so a name is filed
    under each of its words masked to that first letter ('xi j*' for 'xi jinping'): two
    variants always share a block, and a block holds only names equal elsewhere.
    """
    words = head_key.split()
    return {(kind, " ".join(words[:i] + [w[0] + "*"] + words[i + 1:])) for i, w in enumerate(words) if len(w) >= 5}


def typo_pairs(heads: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """Pairs of distinct head keys (with their kinds) that are misspellings of each other."""
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, kind in sorted(set(heads)):
        if len(key) >= 4:
            for block in block_keys(key, kind):
                blocks[block].append(key)
    pairs: set[tuple[str, str]] = set()
    for block in sorted(blocks):
        members = sorted(set(blocks[block]))
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        scores = process.cdist(members, members, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF, dtype="uint8")
        for i, j in zip(*scores.nonzero()):
            if i < j and typo_variant(members[i], members[j]):
                pairs.add((members[i], members[j]))
    return pairs


def link_entities(locals_: list[LocalEntity], never_merge: list[tuple[str, str]]) -> list[list[int]]:
    """Cluster local entities; returns lists of indices into `locals_`, each sorted."""
    uf = ConstrainedUnionFind(never_merge)
    heads = [e.head_key for e in locals_]
    kinds = [e.type_class for e in locals_]
    for i, e in enumerate(locals_):
        uf.add(i, e.keys, e.pin)

    links: list[tuple[int, int]] = []
    by_pin: dict[str, list[int]] = defaultdict(list)
    by_head: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(locals_):
        if e.pin is not None:
            by_pin[e.pin].append(i)
        by_head[heads[i]].append(i)
    for members in list(by_pin.values()):
        links += [(members[0], j) for j in members[1:]]
    kind_heads: dict[str, dict[str, int]] = {}  # head -> kind -> its first local entity
    for head, members in by_head.items():
        # Chain the entities of each kind, then join kinds that may be confused: the same
        # connectivity as comparing all pairs, in linear time for a name seen in many articles.
        first_of_kind: dict[str, int] = {}
        for i in members:
            if kinds[i] in first_of_kind:
                links.append((first_of_kind[kinds[i]], i))
            else:
                first_of_kind[kinds[i]] = i
        kind_heads[head] = first_of_kind
        present = sorted(first_of_kind)
        for a_pos, a in enumerate(present):
            for b in present[a_pos + 1:]:
                if loosely_compatible(a, b):
                    links.append((first_of_kind[a], first_of_kind[b]))
    _apply(uf, links, locals_)

    pairs = typo_pairs([(heads[i], kinds[i]) for i in range(len(locals_))])
    links = []
    for a_key, b_key in sorted(pairs):
        for kind_a, a in sorted(kind_heads[a_key].items()):
            for kind_b, b in sorted(kind_heads[b_key].items()):
                if strictly_compatible(kind_a, kind_b):
                    links.append((a, b))
    _apply(uf, links, locals_)

    _apply(uf, _person_name_links(heads, kinds), locals_)
    _apply(uf, _short_name_links(locals_, heads, kinds, uf), locals_)
    groups = uf.groups()
    return sorted(sorted(members) for members in groups.values())


def _apply(uf: ConstrainedUnionFind, links: list[tuple[int, int]], locals_: list[LocalEntity]) -> None:
    order = {i: (e.article_id, e.head_key, min(e.mention_indices)) for i, e in enumerate(locals_)}
    for a, b in sorted(links, key=lambda ab: sorted((order[ab[0]], order[ab[1]]))):
        uf.union(a, b)


def _person_name_links(heads: list[str], kinds: list[str]) -> list[tuple[int, int]]:
    """'Raj K Chohan' and 'Raj Chohan' in different articles; nothing when the middles disagree."""
    by_ends: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, head in enumerate(heads):
        words = head.split()
        if kinds[i] == "person" and len(words) > 1:
            by_ends[(words[0], words[-1])].append(i)
    links = []
    for members in by_ends.values():
        names = sorted({heads[i] for i in members})
        if len(names) > 1 and all(same_person_name(a, b) for a in names for b in names):
            links += [(members[0], j) for j in members[1:]]
    return links


def _short_name_links(locals_: list[LocalEntity], heads: list[str], kinds: list[str],
                      uf: ConstrainedUnionFind) -> list[tuple[int, int]]:
    """Links from entities named only by a part of a name to the one cluster that name belongs to."""
    persons_by_word: dict[str, set[int]] = defaultdict(set)  # a first/last word -> person roots
    orgs_by_stem: dict[str, set[int]] = defaultdict(set)  # name without generic words -> org roots
    roots_by_acronym: dict[str, set[int]] = defaultdict(set)
    for i, e in enumerate(locals_):
        root = uf.find(i)
        words = heads[i].split()
        if kinds[i] == "person" and len(words) > 1:
            persons_by_word[words[0]].add(root)
            persons_by_word[words[-1]].add(root)
        if kinds[i] == "org":
            for stem in short_forms(heads[i]):
                orgs_by_stem[stem].add(root)
        for key in e.acronym_keys:
            roots_by_acronym[key].add(root)
    roots_by_initials: dict[str, set[int]] = defaultdict(set)
    for i in range(len(locals_)):
        if kinds[i] in {"org", "place"} and len(heads[i].split()) > 1:
            for letters in {initials(heads[i]), "".join(w[0] for w in heads[i].split())}:
                roots_by_initials[letters].add(uf.find(i))
    root_head: dict[int, str] = {}
    for i in range(len(locals_)):
        root = uf.find(i)
        if root not in root_head or len(heads[i].split()) > len(root_head[root].split()):
            root_head[root] = heads[i]

    links = []
    for i, e in enumerate(locals_):
        head, kind, own_root = heads[i], kinds[i], uf.find(i)
        candidates: set[int] = set()
        if acronym_shape(head) and all(k in e.acronym_keys or k == head for k in e.keys):
            # A definition elsewhere in the run outweighs the label ("MAI" tagged PERSON).
            candidates = roots_by_acronym.get(head, set()) if kind != "norp" else set()
            if not candidates and kind in {"org", "place", "any"}:
                # An acronym never defined in the run: the one name whose initials it is.
                candidates = {r for r in roots_by_initials.get(head.replace("/", "").replace("&", ""), set())
                              if loosely_compatible(kind, kinds[r])}
        if not candidates and kind in {"person", "any", "org"} and len(head.split()) == 1:
            candidates = {r for r in persons_by_word.get(head, set()) if name_part_of(head, root_head[r])}
        if not candidates and kind in {"org", "any"}:
            candidates = {r for r in orgs_by_stem.get(head, set()) if short_form_of(head, root_head[r])}
        candidates.discard(own_root)
        # Only a cluster that has no fuller name of its own is a short name for another.
        if len(candidates) == 1 and root_head[own_root] == head:
            links.append((i, next(iter(candidates))))
    return links
