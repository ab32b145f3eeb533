"""Story evidence: whether two articles tell the same story, from the names they have in common.

A short or ambiguous name (a lone surname, a one-word short form, an undefined acronym, a name
that is also a common word) is linked to an entity of another article only when the two
articles share evidence of being about the same story: other resolved names in common, each
weighted by how rare it is in the run. A name found in `df` articles weighs 1 / sqrt(df): 0.71
for a name two articles alone share, 0.32 for one in ten articles, 0.1 for one in a hundred
("United States" in a large run counts for little). The weight depends on how many articles
hold the name, not on the size of the run, so a run of three related articles links as readily
as a large one. Two articles share a story when their common names, less the candidate entity
and the short name itself, weigh MIN_STORY_EVIDENCE or more: two rare names, or four names found
in ten articles each; a single name in common is never enough.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Hashable

MIN_STORY_EVIDENCE = 1.0
# A full name written with another form of the given name ("Rick Perry" / "Richard Perry") is
# less ambiguous than a lone surname: one rare name in common besides it is enough (still two
# names, one of them an entity: _score).
MIN_NICKNAME_EVIDENCE = 0.5
# A candidate wins only if its evidence beats every other candidate's by this much and is at
# least twice the next: a short name that fits two entities of one story ("Bush" beside two
# Bushes) stays unlinked.
MIN_EVIDENCE_LEAD = 0.5
# A node's own articles read, so one name in 100,000 articles costs a bounded time; the first
# ones by article id are taken, which keeps the result independent of input order.
MAX_COMPARED_ARTICLES = 300
# Names found in more articles than this weigh under 0.071 and are not followed: common names
# ("United States", a president) say little about which story an article tells, and following
# them would make every comparison cost as much as the run is large.
MAX_NAME_ARTICLES = 200


class StoryEvidence:
    """The names of each article and their rarity.

    Names are tokens of two kinds: ("entity", cluster) for each resolved entity an article
    mentions by a full name, and ("name", word) for each one-word name it writes (a surname
    standing alone, an acronym, a short form), whatever entity that word was given to. A word two
    articles share counts unless both gave it to the same entity (then the entity already counts).
    At least one shared name must be an entity: words alone are what is being decided.
    """

    def __init__(self, names_of_article: dict[str, dict[tuple, set]]):
        self.names = names_of_article  # article -> token -> the clusters that carry it there
        self.postings: dict[tuple, list[str]] = defaultdict(list)
        for article in sorted(names_of_article):
            for name in names_of_article[article]:
                self.postings[name].append(article)
        self.weight = {name: len(arts) ** -0.5 for name, arts in self.postings.items()}
        self._recent: dict[str, dict[str, list]] = {}

    def shared_with(self, a: str) -> dict[str, list]:
        """Every article sharing names with article a -> those names (the last few answers are kept).

        Follows a's names to the articles that hold them: cheap whatever the size of the run."""
        if a in self._recent:
            return self._recent[a]
        shared: dict[str, list] = defaultdict(list)
        for name, clusters in self.names.get(a, {}).items():
            posting = self.postings[name]
            if len(posting) > MAX_NAME_ARTICLES:
                continue
            is_entity = name[0] == "entity"
            for b in posting:
                if b != a and (is_entity or not clusters & self.names[b][name]):
                    shared[b].append(name)
        if len(self._recent) >= 8:
            self._recent.pop(next(iter(self._recent)))
        self._recent[a] = shared
        return shared

    def between(self, a: str, b: str, exclude: set) -> float:
        """The evidence between two articles, compared name by name."""
        names_a, names_b = self.names.get(a, {}), self.names.get(b, {})
        if a == b:
            return 0.0
        if len(names_a) > len(names_b):
            names_a, names_b = names_b, names_a
        return self._score([n for n, clusters in names_a.items() if n in names_b and n not in exclude
                            and (n[0] == "entity" or not clusters & names_b[n])])

    def best(self, articles_a: set[str], articles_b: set[str], exclude: set, follow: bool = True) -> float:
        """The strongest evidence between any article of one side and any of the other.

        Side a follows its names (shared_with) unless it is the larger and holds more than
        three articles; at most MAX_COMPARED_ARTICLES of the following side are read. With
        `follow` False the articles are compared pair by pair, cheaper for a handful of pairs."""
        if not follow:
            return max((self.between(a, b, exclude) for a in sorted(articles_a)[:MAX_COMPARED_ARTICLES]
                        for b in sorted(articles_b)[:MAX_COMPARED_ARTICLES]), default=0.0)
        if len(articles_a) > max(3, len(articles_b)):
            articles_a, articles_b = articles_b, articles_a
        best = 0.0
        for a in sorted(articles_a)[:MAX_COMPARED_ARTICLES]:
            shared = self.shared_with(a)
            found = articles_b & shared.keys() if len(articles_b) < len(shared) else shared.keys() & articles_b
            for b in found:
                best = max(best, self._score([n for n in shared[b] if n not in exclude]))
        return best

    def _score(self, shared: list) -> float:
        """Zero unless two or more shared names remain, one of them an entity."""
        kept = [n for n in shared if len(self.postings[n]) <= MAX_NAME_ARTICLES]
        if len(kept) < 2 or not any(n[0] == "entity" for n in kept):
            return 0.0
        return sum(self.weight[n] for n in kept)


def choose(scores: dict[Hashable, float], minimum: float = MIN_STORY_EVIDENCE) -> Hashable | None:
    """The candidate with enough evidence (`minimum`) and a clear lead over the others, or None."""
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], repr(kv[0])))
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if score >= minimum and score - runner_up >= MIN_EVIDENCE_LEAD and score >= 2 * runner_up:
        return best
    return None
