"""Across articles: link local entities into run-wide clusters.

Full names link freely, each link type-checked and passing the never-merge / user-pin guard of
ConstrainedUnionFind:
1. the same most complete name (head key);
2. a misspelling of a head name, found by rapidfuzz inside blocks of names equal but for one
   word's tail (never all pairs over everything);
3. variants of one person's full name: middle names and initials, suffixes, nicknames
   ("Pat Simmons" / "Patrick Simmons"), compared inside blocks of one surname and given name.
A national party's names ("Labour", "the Tories", "the Lib Dems") link by party (parties.py).
Short and ambiguous names link only with story evidence (evidence.py):
4. an entity known only by a short name (a lone surname or given name, an initial and surname,
   a one-word name that is also a common word, a short form of an organisation, an acronym)
   joins the cluster whose full name it is part of, or another article's same short name, when
   the articles share evidence of telling the same story, and that candidate's evidence clearly
   beats the others'. Being the only candidate in the run is no evidence: in a run of unrelated
   stories the only "Allen" with a full name is often someone else.
Candidate links are collected first and applied in sorted order, so the clusters do not depend
on the order articles arrive in.
"""
from __future__ import annotations

from collections import defaultdict

from pipeline.lexicon import COUNTRY_ALIASES, TOWN_GENERIC_WORDS
from pipeline.resolve.candidates import short_name_candidates
from pipeline.resolve.evidence import MIN_NICKNAME_EVIDENCE, MIN_STORY_EVIDENCE, StoryEvidence, choose
from pipeline.resolve.guards import ConstrainedUnionFind, loosely_compatible, strictly_compatible
from pipeline.resolve.typos import typo_pairs
from pipeline.resolve.homonyms import (HOMONYM_EVIDENCE, VARIANT_EVIDENCE, ArticleNames, same_name_groups,
                                      spellings_share_story)
from pipeline.resolve.names import LocalEntity
from pipeline.resolve.orgs import spelling_key, strip_legal_form
from pipeline.resolve.parties import party_links, party_of
from pipeline.resolve.persons import person_words, same_person_name

def is_short(entity: LocalEntity, common_heads: set[str]) -> bool:
    """Known in its article only by a name that could belong to several entities of a run:
    a lone surname or given name, an initial and a surname, a one-word common word, or a name
    every town has ("High Street", "City Council": lexicon.TOWN_GENERIC_WORDS)."""
    words = entity.head_key.split()
    if entity.type_class == "person" and (len(words) == 1 or len(words[0]) == 1):
        return True
    if len(words) == 1:
        # not a place: "UK" is one country however often the run writes "a UK firm" (an acronym's
        # common use) or the model types it ORG somewhere; a place's name is no common word
        return entity.head_key in common_heads and entity.type_class != "place"
    return all(w in TOWN_GENERIC_WORDS for w in words)


def link_entities(locals_: list[LocalEntity], never_merge: list[tuple[str, str]],
                  common_heads: set[str] = frozenset(), story_evidence: bool = True,
                  article_words: dict[str, frozenset[str]] | None = None,
                  common_nouns: frozenset[str] = frozenset()) -> list[list[int]]:
    """Cluster local entities; returns lists of indices into `locals_`, each sorted.

    `story_evidence` False links a short name to its only candidate in the run instead, the rule
    before story evidence (kept so that benchmarks can measure what the evidence changes).

    `common_heads`: one-word names written in lower case somewhere in the run ("early", "apple"),
    which are short names even when the model tags them ORG. `article_words`: capitalised words
    each article writes outside its mentions (names the model missed), more story evidence.
    `common_nouns`: words the run writes in lower case ("mafia", "court"), which name no one thing."""
    uf = ConstrainedUnionFind(never_merge)
    heads = [e.head_key for e in locals_]
    kinds = [e.type_class for e in locals_]
    parties = [party_of(e) for e in locals_]  # a party's names link by party, never as short names
    short = [is_short(e, set(common_heads)) and parties[i] is None for i, e in enumerate(locals_)]
    for i, e in enumerate(locals_):
        uf.add(i, e.keys, e.pin, scope=e.apart)  # two people its article told apart stay apart

    links: list[tuple[int, int]] = []
    by_pin: dict[str, list[int]] = defaultdict(list)
    by_head: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(locals_):
        if e.pin is not None:
            by_pin[e.pin].append(i)
        if not short[i] and parties[i] is None:
            # "UK" is "Britain"
            by_head[COUNTRY_ALIASES.get(heads[i], heads[i]) if kinds[i] == "place" else heads[i]].append(i)
    for members in list(by_pin.values()):
        links += [(members[0], j) for j in members[1:]]
    links += party_links(parties)
    kind_heads: dict[str, dict[str, int]] = {}  # head -> kind -> its first local entity
    article_names = ArticleNames(locals_, article_words or {})
    kin = {i for i, e in enumerate(locals_) if e.kin}
    # the full names written with each surname in the run: a surname only one full name wears ("John
    # Jenkin") names one person wherever it is written; a surname several names wear ("George Bush",
    # "George W. Bush"; "Michael McDonald", "Michael P. McDonald"; "Bob McDonald") may hide a namesake
    names_of_surname: dict[str, set[str]] = defaultdict(set)
    for i, e in enumerate(locals_):
        words = person_words(heads[i])
        if kinds[i] == "person" and not short[i] and len(words) > 1:
            names_of_surname[words[-1]].add(" ".join(words))
    for head, members in by_head.items():
        # Chain the entities of each kind, then join kinds that may be confused: the same
        # connectivity as comparing all pairs, in linear time for a name seen in many articles.
        # A person's full name is chained only among articles sharing other names (homonyms.py).
        first_of_kind: dict[str, int] = {}
        persons = [i for i in members if kinds[i] == "person"]
        if story_evidence and len(persons) > 1:
            shared_surname = len(names_of_surname[person_words(head)[-1]]) > 1 if person_words(head) else False
            for group in (same_name_groups(persons, locals_, article_names, kin) if shared_surname else [persons]):
                links += [(group[0], j) for j in group[1:]]
            first_of_kind["person"] = persons[0]
        for i in members:
            if kinds[i] == "person" and "person" in first_of_kind and story_evidence:
                continue
            if kinds[i] in first_of_kind:
                links.append((first_of_kind[kinds[i]], i))
            else:
                first_of_kind[kinds[i]] = i
        kind_heads[head] = first_of_kind
        for i in members:
            kind_heads.setdefault(heads[i], first_of_kind)
        present = sorted(first_of_kind)
        # a town written before its state ("Warren, Michigan") that is a surname of the run is no
        # organisation or person of that name by the name alone ("Warren" tagged ORG: Elizabeth Warren)
        town = head in names_of_surname and any(locals_[i].town for i in members)
        for a_pos, a in enumerate(present):
            for b in present[a_pos + 1:]:
                if loosely_compatible(a, b) and not (town and "place" in (a, b)):
                    links.append((first_of_kind[a], first_of_kind[b]))
    # "Microsoft Corp." is "Microsoft": a legal form is no part of an organisation's name (only
    # organisations: "Sierra Nevada Corp." is not the Sierra Nevada).
    by_legal_base: dict[str, list[int]] = defaultdict(list)
    for i in range(len(locals_)):
        if kinds[i] == "org" and not short[i]:
            by_legal_base[strip_legal_form(heads[i])].append(i)
    for members in by_legal_base.values():
        if len({heads[i] for i in members}) > 1:
            links += [(members[0], j) for j in members[1:]]
    _apply(uf, links, locals_)

    # A one-word name differing by a letter is often another word ("Angers" / "Angels",
    # "Nazis" / "Nazism"): across articles only names of two words or more are typo-linked; and
    # never places, where a letter tells two real places apart ("Marin County" / "Marion County",
    # "Gulf island" / "Gulf Islands") more often than an outlet misspells one.
    pairs = typo_pairs([(heads[i], kinds[i]) for i in range(len(locals_))
                        if not short[i] and " " in heads[i] and kinds[i] != "place" and parties[i] is None])
    by_compact: dict[str, list[str]] = defaultdict(list)
    for head in sorted(kind_heads):
        by_compact[spelling_key(head)].append(head)
    pairs |= {(variants[0], other) for variants in by_compact.values() for other in variants[1:]}
    # A family shares a surname and often near-identical given names ("his first wife, Ivana Trump" /
    # Ivanka Trump): a name the run introduces as someone's relative is not another's misspelling.
    relatives = {heads[i] for i in kin} if story_evidence else set()
    links = []
    for a_key, b_key in sorted(pairs):
        if (a_key in relatives or b_key in relatives) and a_key.split()[1:] == b_key.split()[1:]:
            continue
        for kind_a, a in sorted(kind_heads[a_key].items()):
            for kind_b, b in sorted(kind_heads[b_key].items()):
                if strictly_compatible(kind_a, kind_b) and not (
                        story_evidence and "person" in (kind_a, kind_b) and not spellings_share_story(
                            by_head[a_key], by_head[b_key], locals_, article_names)):
                    links.append((a, b))
    _apply(uf, links, locals_)

    _apply(uf, _person_name_links(heads, kinds, short, locals_, article_names if story_evidence else None, kin,
                                  names_of_surname), locals_)
    _apply(uf, _evidence_links(locals_, heads, kinds, short, uf, story_evidence, article_words or {},
                               frozenset(common_heads), article_names, common_nouns), locals_)
    groups = uf.groups()
    return sorted(sorted(members) for members in groups.values())


def _apply(uf: ConstrainedUnionFind, links: list[tuple[int, int]], locals_: list[LocalEntity]) -> None:
    order = {i: (e.article_id, e.head_key, min(e.mention_indices)) for i, e in enumerate(locals_)}
    for a, b in sorted(links, key=lambda ab: sorted((order[ab[0]], order[ab[1]]))):
        uf.union(a, b)


def _person_name_links(heads: list[str], kinds: list[str], short: list[bool], locals_: list[LocalEntity],
                       article_names: ArticleNames | None, kin: set[int],
                       names_of_surname: dict[str, set[str]]) -> list[tuple[int, int]]:
    """'Raj K Chohan' / 'Raj Chohan', 'W. Mark Felt' / 'Mark Felt' in different articles.

    Names are blocked by surname and given name; a block is linked only when all its names agree
    pairwise, so 'John A Smith' and 'John B Smith' are not joined through 'John Smith'. A
    nickname ('Rick Perry' / 'Richard Perry') is a different given name written down: across
    articles it links only on story evidence (candidates.py), as two people of one surname may
    carry those two names. With `article_names`, names are linked only among articles that share
    other names (homonyms.py: "Michael P. McDonald" the political scientist is not the musician)."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, head in enumerate(heads):
        words = person_words(head)
        if kinds[i] != "person" or short[i] or len(words) < 2:
            continue
        givens = [words[0]] + ([words[1]] if len(words) > 2 and len(words[0]) == 1 else [])
        for given in givens:
            blocks[(words[-1], given)].append(i)
    links = []
    for block in sorted(blocks):
        members = sorted(set(blocks[block]))
        names = sorted({heads[i] for i in members})
        if len(names) > 1 and all(same_person_name(a, b, initials=False) for a in names for b in names):
            # only among articles sharing other names, like one full name (homonyms.py)
            # a middle name spelled out ("John Bel Edwards") may tell a person from a namesake
            # ("John Edwards"): more evidence than a middle initial, which news adds or drops at will
            spelled = any(len(w) > 1 and w not in {"jr", "sr"} for n in names for w in person_words(n)[1:-1]
                          if any(c in "aeiouy" for c in w))
            groups = same_name_groups(members, locals_, article_names, kin,
                                      VARIANT_EVIDENCE if spelled else HOMONYM_EVIDENCE) \
                if article_names and len(names_of_surname[block[0]]) > 1 else [members]
            links += [(group[0], j) for group in groups for j in group[1:]]
    return links


def _evidence_links(locals_: list[LocalEntity], heads: list[str], kinds: list[str], short: list[bool],
                    uf: ConstrainedUnionFind, story_evidence: bool,
                    article_words: dict[str, frozenset[str]], common_heads: frozenset[str] = frozenset(),
                    article_names: ArticleNames | None = None,
                    common_nouns: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Each cluster known by a short name -> the one candidate its articles share a story with."""
    root_of = [uf.find(i) for i in range(len(locals_))]
    members: dict[int, list[int]] = defaultdict(list)
    for i, root in enumerate(root_of):
        members[root].append(i)
    root_head = {root: min((heads[i] for i in ms), key=lambda h: (-len(h.split()), h)) for root, ms in members.items()}
    root_kind = {root: kinds[min(ms, key=lambda i: (-len(heads[i].split()), heads[i], i))] for root, ms in members.items()}
    articles = {root: {locals_[i].article_id for i in ms} for root, ms in members.items()}

    candidates = short_name_candidates(locals_, heads, kinds, short, root_of, root_head, root_kind, common_heads,
                                       article_names.names if article_names else {}, common_nouns)
    short_root = {root: all(short[i] for i in ms) or kinds[ms[0]] != "person" or len(root_head[root].split()) < 2
                  for root, ms in members.items()}
    names_of_article: dict[str, dict[tuple, set]] = defaultdict(lambda: defaultdict(set))
    for i, e in enumerate(locals_):
        names = names_of_article[e.article_id]
        if not short[i]:
            names[("entity", root_of[i])].add(root_of[i])
        for key in e.keys:
            if " " not in key:
                names[("name", key)].add(root_of[i])
            elif kinds[i] == "person":  # a full name also writes its surname ("Putin" / "Vladimir Putin")
                names[("name", person_words(key)[-1])].add(root_of[i])
    for article_id, words in article_words.items():
        if article_id in names_of_article:
            names = names_of_article[article_id]
            for word in words:
                names[("word", word)]  # a capitalised word outside any mention: owned by no entity
    evidence = StoryEvidence(names_of_article)

    names_of_root = {root: {("name", k) for i in ms for k in locals_[i].keys} for root, ms in members.items()}

    links = []
    if not story_evidence:
        for root in sorted(candidates):
            named = [c for c in candidates[root] if not all(short[i] for i in members[c])]
            if len(named) == 1:
                links.append((root, named[0]))
        return links
    # Nodes in order of their first article, so the articles' names are followed once each.
    for root in sorted(candidates, key=lambda r: (min(articles[r]), r)):
        own = {("entity", root)} | {("entity", c) for c in candidates[root]} | names_of_root[root]
        # A few articles on both sides are compared pair by pair; more follow the node's names once.
        follow = len(articles[root]) * sum(len(articles[c]) for c in candidates[root]) > 32
        scores = {other: evidence.best(articles[root], articles[other], own | names_of_root[other], follow)
                  for other in sorted(candidates[root])}
        minimum = MIN_STORY_EVIDENCE if short_root[root] else MIN_NICKNAME_EVIDENCE
        chosen = choose(scores, minimum)
        if chosen is None and " " not in root_head[root] and root_kind[root] == "person":
            chosen = _usual_referent(root_head[root], scores, minimum, members, locals_)
        if chosen is not None:
            links.append((root, chosen))
    return links


# A lone surname or given name another article's story evidence cannot place between two candidates ("Clinton" beside
# Hillary and Bill Clinton, each named in many articles of one campaign) goes to the one the run's
# writers mean by it: the candidate their own articles call by that lone name in at least USUAL_SHARE
# times as many articles as any other, and in USUAL_ARTICLES articles or more.
USUAL_ARTICLES = 5
USUAL_SHARE = 10


def _usual_referent(word: str, scores: dict[int, float], minimum: float, members: dict[int, list[int]],
                    locals_: list[LocalEntity]) -> int | None:
    """The candidate with story evidence that the run's articles call `word` far more often than the others."""
    usage = {c: len({locals_[i].article_id for i in members[c] if word in locals_[i].keys}) for c in scores}
    ranked = sorted(usage, key=lambda c: (-usage[c], c))
    best, runner_up = ranked[0], (usage[ranked[1]] if len(ranked) > 1 else 0)
    if usage[best] >= max(USUAL_ARTICLES, USUAL_SHARE * runner_up) and scores[best] >= minimum:
        return best
    return None
