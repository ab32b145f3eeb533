"""Across articles: the clusters a short name may stand for, before any story evidence is weighed
(linking._evidence_links weighs it): the people whose surname or given name it is (or a misspelling of
that surname), the people of a surname and initial, a nickname's other forms, acronyms defined in the
run or the initials of a longer name, and organisations whose short form or name less its place it is.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from pipeline.given_names import is_given_name
from pipeline.lexicon import ORG_GENERIC_WORDS
from pipeline.name_strings import known_place
from pipeline.resolve.guards import country, demonym, typo_variant
from pipeline.resolve.normalize import NAME_STOPWORDS, acronym_shape, initials
from pipeline.resolve.orgs import chapter, named_after, short_forms
from pipeline.resolve.persons import name_forms, name_part_of, person_words, same_person_name
from pipeline.resolve.typos import deletions

def short_name_candidates(locals_, heads, kinds, short, root_of, root_head, root_kind,
                common_heads: frozenset[str] = frozenset(),
                names_of_article: dict[str, set[str]] | None = None,
                common_nouns: frozenset[str] = frozenset()) -> dict[int, set[int]]:
    """Cluster root -> clusters its short name may stand for (before any evidence is weighed)."""
    persons_by_word: dict[str, set[int]] = defaultdict(set)  # a first/last word -> person roots
    persons_by_surname: dict[str, set[int]] = defaultdict(set)
    persons_by_given: dict[tuple[str, str], set[int]] = defaultdict(set)  # (given name, surname) -> roots
    persons_by_deletion: dict[str, set[int]] = defaultdict(set)  # surname less one letter -> person roots
    orgs_by_stem: dict[str, set[int]] = defaultdict(set)  # short form -> org roots
    orgs_by_place: dict[str, set[int]] = defaultdict(set)  # a name less its leading place -> org roots
    roots_by_acronym: dict[str, set[int]] = defaultdict(set)  # acronym defined in some article -> roots
    roots_by_initials: dict[str, set[int]] = defaultdict(set)  # initials of a name of 3+ words -> roots
    short_by_head: dict[str, set[int]] = defaultdict(set)
    places = {heads[i] for i in range(len(locals_)) if kinds[i] == "place"}
    for i, e in enumerate(locals_):
        root, head, kind = root_of[i], heads[i], kinds[i]
        words = person_words(head) if kind == "person" else head.split()
        if short[i]:
            short_by_head[head].add(root)
        elif kind == "person" and len(words) > 1:
            persons_by_word[words[0]].add(root)
            persons_by_word[words[-1]].add(root)
            if len(words[-1]) >= 5:  # misspelt surnames are looked up by their one-letter deletions
                for variant in deletions(words[-1]):
                    persons_by_deletion[variant].add(root)
            persons_by_surname[words[-1]].add(root)
            persons_by_given[(words[0], words[-1])].add(root)
        if kind == "org":
            for stem in short_forms(head, within_article=False):
                orgs_by_stem[stem].add(root)
            for cut in range(1, min(4, len(words))):
                prefix, rest = " ".join(words[:cut]), " ".join(words[cut:])
                # not a generic word alone ("Party" of "Green Party": Green is also a town)
                if (prefix in places or known_place(prefix)) and not named_after(rest, head) \
                        and not chapter(words[-1], prefix) and not all(w in ORG_GENERIC_WORDS for w in words[cut:]):
                    orgs_by_place[rest].add(root)  # "Saints" for "New Orleans Saints"
        for key in e.acronym_keys:
            roots_by_acronym[key].add(root)
        if kind in {"org", "place"} and not short[i] and len(initials(head)) >= 3:
            roots_by_initials[initials(head)].add(root)

    # First and last words of the people each article names in full: a lone "John" in an article
    # naming John Kasich, John Hammond and Tom John stays unlinked here as it did there.
    parts_in_article: dict[str, set[str]] = defaultdict(set)
    for i, e in enumerate(locals_):
        words = person_words(heads[i])
        if kinds[i] == "person" and len(words) > 1:
            parts_in_article[e.article_id].update((words[0], words[-1]))

    sizes, person_members = Counter(root_of), Counter(r for i, r in enumerate(root_of) if kinds[i] == "person")
    person_roots = {r for r, n in person_members.items() if 2 * n > sizes[r]}  # clusters mostly of people
    found: dict[int, set[int]] = defaultdict(set)
    for i, e in enumerate(locals_):
        root, head, kind = root_of[i], heads[i], kinds[i]
        if root_head[root] != head or head in parts_in_article[e.article_id]:
            continue  # only a cluster with no fuller name of its own is a short name for another
        words = head.split()
        if short[i]:
            found[root] |= short_by_head[head]
            if len(words) == 1:
                # a word that is the surname of as many people of the run as it is the given name of
                # is read as a surname: "Wolf" of a byline is one of the Wolfs (Chad, Markus), not
                # Wolf Blitzer
                as_surname = len(persons_by_surname.get(head, ()))
                # a person's cluster only: "Citizens United" once tagged PERSON lends no surname "United"
                found[root] |= {r for r in persons_by_word.get(head, ()) if name_part_of(head, root_head[r])
                                and r in person_roots and (person_words(root_head[r])[-1] == head
                                     or as_surname < len(persons_by_word[head]) - as_surname)}
                if len(head) >= 5 and kind == "person" and head not in common_heads:
                    # a lone word misspelling a surname ("Zelenskyy"): not a word its article also writes in
                    # lower case ("Head Start" / Ken Starr), not a word the model did not
                    # call a person ("Start" / Ken Starr), nor the surname of another person of the
                    # run ("Stein" of Jill Stein is not Howard Stern)
                    near = set().union(*(persons_by_deletion.get(v, set()) for v in deletions(head)))
                    found[root] |= {r for r in near if typo_variant(head, person_words(root_head[r])[-1])
                                    and persons_by_surname.get(head, set()) <= {r}}
            elif kind == "person":  # "J. Smith": the people of that surname and initial
                found[root] |= {r for r in persons_by_surname.get(words[-1], ())
                                if same_person_name(head, root_head[r])}
        elif kind == "person" and len(person_words(head)) > 1:
            # "Rick Perry" / "Richard Perry": the given name's other forms (nicknames), on evidence
            given, surname = person_words(head)[0], person_words(head)[-1]
            for form in sorted(name_forms(given) - {given}):
                found[root] |= {r for r in persons_by_given.get((form, surname), ())
                                if same_person_name(head, root_head[r], initials=False)}
        if acronym_shape(head) and kind != "norp" and all(k in e.acronym_keys or k == head for k in e.keys):
            # A definition elsewhere in the run outweighs the label ("MAI" tagged PERSON).
            # An acronym of two letters never defined in the run stays apart: such initials fit
            # too many names ("TB" and the Touch Bar, "AC" and Amazon Credit).
            found[root] |= roots_by_acronym.get(head, set())
            if len(head) >= 3 and not roots_by_acronym.get(head):
                # three letters or more may stand for a name of another article whose initials
                # they are ("ESA" / "European Space Agency"), on story evidence like any short name;
                # not when the run defines the acronym: "ISIS", defined as the Islamic State ("also
                # known as ISIS"), is not the Institute for Science and International Security
                found[root] |= {r for r in roots_by_initials.get(head, ()) if head not in root_head[r].split()}
        if len(words) == 1 and not short[i] and (kind != "place" or not known_place(head)) \
                and not (kind == "norp" and demonym(head)) and not country(head):  # "France" (ORG, the team) is no Brian France
            # a surname the model tagged ORG, GPE or NORP ("Vindman", "Gupta"), of a name that reads
            # as a person's
            found[root] |= {r for r in persons_by_word.get(head, ()) if name_part_of(head, root_head[r])
                            and is_given_name(root_head[r].split()[0])}
        if kind in {"org", "any"} and not known_place(head) and not e.cut:
            # a word cut from a longer name ("Defenders of [Wildlife]") is no short form of another one
            # a known place is not the organisation named after it ("New York" / "New York University")
            stems = {r for r in orgs_by_stem.get(head, ()) if root_kind[r] == "org"}
            placed = {r for r in orgs_by_place.get(head, ()) if root_kind[r] == "org"}
            if names_of_article is not None:
                # a common word ("Daily News" aside, "Legislature", "Post") stands for a longer name of
                # another article ("New York Daily News", "Florida Legislature") only where its own
                # article writes the rest of that name: the Daily News of a Cairo story is not New York's;
                # nor is a noun after a place ("New York Mafia", "Bellflower Superior Court") another
                # article's bare noun ("Mafia" of a Palermo story, a Los Angeles "Superior Court") unless
                # that article writes the place: one word (not a plural, a team's nickname: "Saints"), or
                # words the run writes in lower case; a name of its own after the place ("London
                # Marathon", "Carolina Panthers") links as before
                names = names_of_article.get(e.article_id, set())
                if short[i] and " " not in head:
                    stems = {r for r in stems if rest_written(root_head[r], head, names)}
                if (" " not in head and not _plural(head)) or all(w in common_nouns for w in head.split()):
                    placed = {r for r in placed if rest_written(root_head[r], head, names)}
            found[root] |= stems | placed
    return {root: cands - {root} for root, cands in found.items() if cands - {root}}


def rest_written(long_key: str, short_key: str, names: set[str]) -> bool:
    """Whether an article's names hold the words of `long_key` other than `short_key` and generic
    words ("florida" of "florida legislature"; "new york" of "new york daily news")."""
    if long_key in names:
        return True  # the article writes the long name itself ("The Washington Post reported ... the Post")
    rest = [w for w in long_key.split() if w not in short_key.split() and w not in ORG_GENERIC_WORDS
            and w not in NAME_STOPWORDS]
    return not rest or " ".join(rest) in names or all(w in names for w in rest)


def _plural(word: str) -> bool:
    """'saints', 'harlequins', not 'mafia', 'congress', 'status'."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
