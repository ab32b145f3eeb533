"""Across articles: one full name, two people.

A person's full name written in two articles is one person only when the two articles share
something besides that name: in a run of unrelated stories two articles naming "Michael McDonald"
(a musician, a political scientist) or "Brad Sherman" share nothing else, while two articles about
one person almost always name someone or something else in common (a team, a party, a place, a
colleague). So the articles writing one full name are split into groups connected by such shared
names, and the name is linked freely only inside each group (linking.link_entities); the groups
may still meet through the other links (a variant of the name, story evidence).

What counts is what the short-name evidence counts (evidence.py), with a lower bar: every key an
article names (full names, one-word names, surnames) and its capitalised words no mention covers,
less the name itself and its words, each weighing 1/sqrt(articles holding it), names in more than
MAX_NAME_ARTICLES articles ignored, a known place at half that weight, a month or weekday not at
all. Two articles are connected when their shared names weigh HOMONYM_EVIDENCE or more: any one
name other than a place, a place no more than 100 articles of the run name, or a few commoner ones. A full name one article introduces as someone's relative ("Mr. Bush's father, George Bush")
is told apart from another form of the name there, so elsewhere the same string may well be that
other person ("George Bush" for his son): it links to a use of the name not so introduced only on full
story evidence (MIN_STORY_EVIDENCE).

Two forms of a name that differ ("John Bel Edwards" / "John Edwards", "Michael P. McDonald" /
"Michael McDonald") are weaker evidence than one form written twice: the longer form may tell a
person apart from a better-known namesake. They link on VARIANT_EVIDENCE, as a nickname does.

Only a surname that several full names of the run wear ("George Bush" and "George W. Bush"; "Michael
McDonald" and "Bob McDonald") is split so (linking.link_entities): a full name whose surname no
other name of the run wears ("John Jenkin" in eleven wire stories of a few sentences, which share
no other name) is one person wherever it is written. On ECB+ end to end this keeps the short
stories of one topic together (CoNLL F1 0.713 -> 0.715) and on the audit run 32 famous people
named in passing (George Clooney, Katie Couric).

A name written in more than MAX_SPLIT_ARTICLES articles is linked freely: a name that common in a
run is one famous person far more often than two, and following all its articles would cost time.
"""
from __future__ import annotations

from collections import defaultdict

from pipeline.lexicon import CALENDAR_WORDS
from pipeline.name_strings import known_place
from pipeline.resolve.evidence import MAX_NAME_ARTICLES, MIN_NICKNAME_EVIDENCE, MIN_STORY_EVIDENCE
from pipeline.resolve.persons import person_words

# Any one name in common that at most MAX_NAME_ARTICLES articles hold (1/sqrt(200) = 0.07): the
# articles of one person share little more when they are short (a few sentences of a wire story
# name "CNN" and "Barack Obama" beside "Sanjay Gupta"), and a higher bar split such a person into
# one entity an article.
HOMONYM_EVIDENCE = 0.05
# A known place counts half (PLACE_SHARE): a state or a city ("Iowa" in 135 articles of a
# campaign-year run) is named by the articles of two namesakes as readily as by two articles about
# one person: Rep. Brad Sherman of California and a Coralville pastor Brad Sherman shared only
# "Iowa" (and "November", a month: CALENDAR_WORDS name no story and are not counted). A rare place
# (the town a wire story happened in, in a few articles) still connects on its own; on the audit run
# this split the two Brad Shermans and two David Shaws (a hedge-fund donor, a federal agent) and cut
# one article each off four right names whose articles shared only a common state (Eric Garner,
# Trayvon Martin, Ron Johnson, Ivanka Trump). Ignoring places altogether split 12 right names, and
# a cap of 50 articles on every name split 40 politicians (James Comey, Tim Kaine) into pieces.
PLACE_SHARE = 0.5
MAX_SPLIT_ARTICLES = 12
VARIANT_EVIDENCE = MIN_NICKNAME_EVIDENCE


class ArticleNames:
    """The names each article writes, and how many articles write each one."""

    def __init__(self, locals_, article_words: dict[str, frozenset[str]]):
        self.names: dict[str, set[str]] = defaultdict(set)
        for e in locals_:
            names = self.names[e.article_id]
            for key in e.keys:
                names.add(key)
                if e.type_class == "person" and " " in key:
                    names.add(person_words(key)[-1])  # a full name also writes its surname
        for article_id, words in article_words.items():
            if article_id in self.names:  # a month or weekday ("November") is no name of a story
                self.names[article_id] |= words - CALENDAR_WORDS
        self._places: dict[str, bool] = {}
        self.postings: dict[str, list[str]] = defaultdict(list)
        for article_id in sorted(self.names):
            for name in self.names[article_id]:
                self.postings[name].append(article_id)

    def shared(self, a: str, b: str, exclude: set[str]) -> float:
        """The weight of the names articles a and b have in common, less `exclude`."""
        small, large = sorted((self.names.get(a, set()), self.names.get(b, set())), key=len)
        return sum(len(self.postings[n]) ** -0.5 * (PLACE_SHARE if self._place(n) else 1.0) for n in small
                   if n in large and n not in exclude and len(self.postings[n]) <= MAX_NAME_ARTICLES)

    def _place(self, name: str) -> bool:
        if name not in self._places:
            self._places[name] = known_place(name)
        return self._places[name]


def same_name_groups(members: list[int], locals_, names: ArticleNames, kin: set[int],
                     minimum: float = HOMONYM_EVIDENCE) -> list[list[int]]:
    """The local entities of one full name (indices into locals_), split into the groups whose
    articles are connected by shared names weighing `minimum` or more; one group when the name is
    in many articles."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for i in members:
        by_article[locals_[i].article_id].append(i)
    articles = sorted(by_article)
    if len(articles) < 2 or len(articles) > MAX_SPLIT_ARTICLES:
        return [members]
    keys = {k for i in members for k in locals_[i].keys | {locals_[i].head_key}}
    exclude = keys | {w for k in keys for w in k.split()}
    parent = {a: a for a in articles}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for x, a in enumerate(articles):
        for b in articles[x + 1:]:
            if find(a) == find(b):
                continue
            # one side introduced as a relative, the other not: maybe the namesake of the family
            relative = any(i in kin for i in by_article[a]) != any(i in kin for i in by_article[b])
            if names.shared(a, b, exclude) >= (MIN_STORY_EVIDENCE if relative else minimum):
                parent[find(b)] = find(a)
    groups: dict[str, list[int]] = defaultdict(list)
    for a in articles:
        groups[find(a)] += by_article[a]
    return sorted(sorted(g) for g in groups.values())


# The articles of each spelling compared pair by pair (the first ones by id, for a bounded cost).
MAX_SPELLING_ARTICLES = 20


def spellings_share_story(a_members: list[int], b_members: list[int], locals_, names: ArticleNames,
                          minimum: float = VARIANT_EVIDENCE) -> bool:
    """Whether two full names of people a letter apart ("Xi Jinping" / "Xi Jinpin") are written in one
    article, or by two articles sharing other names that weigh `minimum` or more (less the two names
    and their words). Two people may wear names a letter apart ("Rick Perry" the Texas governor,
    "Rick Parry" a football club's chief executive) in a run where politics and sport run together:
    like a nickname ("Rick Perry" / "Richard Perry"), two spellings each written in two articles or
    more ("Parry" in two football stories) link only where the stories agree."""
    # an article writes a spelling when any of its names is that spelling, whichever form its entity is
    # named by (the form its writer used most, which case and counts may tip)
    a_articles, b_articles = _writing(a_members, locals_, names), _writing(b_members, locals_, names)
    if set(a_articles) & set(b_articles):
        return True
    if min(len(_written_in(a_members, b_members, locals_, names)), len(_written_in(b_members, a_members, locals_, names))) < 2:
        # a spelling one article alone writes (with its own words, alone or in the full name) is a
        # slip ("Justin Beiber", "Kristen Gillibrand", "Abu Bakr al-Baghadi": 7 of 8 such pairs on the
        # audit run); two spellings each written in two articles or more are two names
        return True
    keys = {k for i in a_members + b_members for k in locals_[i].keys | {locals_[i].head_key}}
    exclude = keys | {w for k in keys for w in k.split()}
    return any(names.shared(a, b, exclude) >= minimum
               for a in a_articles[:MAX_SPELLING_ARTICLES] for b in b_articles[:MAX_SPELLING_ARTICLES])


def _written_in(members: list[int], others: list[int], locals_, names: ArticleNames) -> set[str]:
    """The articles writing one spelling: its full name, or a word of it the other spelling lacks (the
    surname "Parry" standing alone)."""
    own = {w for i in members for w in locals_[i].head_key.split()}
    theirs = {w for i in others for w in locals_[i].head_key.split()}
    found = set(_writing(members, locals_, names))
    for word in own - theirs:
        found.update(names.postings.get(word, ()))
    return found


def _writing(members: list[int], locals_, names: ArticleNames) -> list[str]:
    """The articles of `members` and every article that writes one of their head names."""
    found = {locals_[i].article_id for i in members}
    for head in {locals_[i].head_key for i in members}:
        found.update(names.postings.get(head, ()))
    return sorted(found)
