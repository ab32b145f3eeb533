"""Resolve stage: entity mentions of kept articles -> canonical entities.

First within each article (names.group_article: acronym definitions, surnames, short forms,
misspellings, person name variants), then across the run (linking.link_entities: same full
names, misspellings found in blocks with rapidfuzz, person name variants; short and ambiguous
names only where the articles share story evidence, evidence.py), always under the guards of
guards.py and the user's alias file (aliases.py), which overrides automatic decisions.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from models import ArticleAnalysis, Entity, Resolution
from pipeline.ids import entity_id
from pipeline.resolve.acronyms import AcronymDefinition, find_acronym_definitions
from pipeline.resolve.aliases import AliasBook, load_aliases, parse_aliases
from pipeline.resolve.guards import cluster_label, majority_label
from pipeline.resolve.linking import link_entities
from pipeline.resolve.article_words import ACRONYM_USE, loose_capitalised_words, lower_case_words
from pipeline.resolve.names import LocalEntity, best_form, group_article
from pipeline.resolve.parties import party_name, party_of
from pipeline.resolve.persons import name_part_of
from pipeline.resolve.normalize import clean_name
from pipeline.name_strings import name_key

__all__ = ["resolve_entities", "load_lexicons", "article_facts", "ArticleFacts", "GatheredFacts",
           "AliasBook", "load_aliases", "parse_aliases", "find_acronym_definitions",
           "AcronymDefinition", "clean_name", "name_key"]


def load_lexicons() -> None:
    """Load the word lists resolution reads (GeoNames places and nations, nicknames, legal forms)
    now rather than at their first use, so a run can load them while its workers clean
    (engines.LocalEngine.preload_model); every one is cached once loaded."""
    from pipeline import name_strings
    from pipeline.resolve import guards, orgs, persons

    name_strings._place_names()
    guards._nation_keys()
    persons._nick_namer()
    orgs._legal_forms()


@dataclass
class ArticleFacts:
    """What resolution keeps of one article: the per-article half of its work, which needs nothing
    from the other articles and can be done where the article was extracted (pipeline/tasks.py)."""
    article_id: str
    locals_: list[LocalEntity]
    lower_case_words: set[str]  # article_words.lower_case_words
    loose_words: frozenset[str]  # article_words.loose_capitalised_words
    references: list[tuple[int, int, str | None]]  # (mention, the mention it refers to, its named form)


def article_facts(analysis: ArticleAnalysis, book: AliasBook | None = None) -> ArticleFacts:
    return ArticleFacts(
        article_id=analysis.article.article_id,
        locals_=group_article(analysis, book or AliasBook()),
        lower_case_words=lower_case_words(analysis),
        loose_words=loose_capitalised_words(analysis),
        references=[(m.index, m.refers_to, _named_form(m)) for m in analysis.mentions if m.refers_to is not None])


@dataclass
class GatheredFacts:
    """ArticleFacts worked out ahead of resolution, by article, as they arrive. An article's
    lower-case words are counted on arrival rather than kept: they are the bulk of its facts, and
    resolution needs only the counts."""
    facts: dict[str, ArticleFacts] = field(default_factory=dict)
    lower_case_articles: Counter = field(default_factory=Counter)  # word -> articles writing it in lower case
    acronym_uses: Counter = field(default_factory=Counter)  # acronym -> articles using it as a common noun ("a PAC")

    def add(self, facts: ArticleFacts) -> None:
        self._count(facts.lower_case_words)
        facts.lower_case_words = set()
        self.facts[facts.article_id] = facts

    def take(self, analysis: ArticleAnalysis, book: AliasBook) -> ArticleFacts:
        """The article's facts, gathered ahead (each used once) or worked out now."""
        facts = self.facts.pop(analysis.article.article_id, None)
        if facts is None:
            facts = article_facts(analysis, book)
            self._count(facts.lower_case_words)
        return facts

    def _count(self, words: set[str]) -> None:
        self.lower_case_articles.update(w for w in words if not w.startswith(ACRONYM_USE))
        self.acronym_uses.update(w[len(ACRONYM_USE):] for w in words if w.startswith(ACRONYM_USE))


def resolve_entities(analyses: Iterable[ArticleAnalysis], aliases: AliasBook | None = None,
                     story_evidence: bool = True, gathered: GatheredFacts | None = None) -> Resolution:
    """Canonical entities over all analyses, and for every mention of each article its entity id.

    `story_evidence` False links short names to their only candidate in the run (the former
    rule); benchmarks use it to measure what requiring story evidence changes. `gathered`: the
    facts of some of the articles, worked out ahead with the same `aliases` (run.py: by the
    processes that extracted them); each analysis must then come exactly once."""
    book = aliases or AliasBook()
    gathered = gathered if gathered is not None else GatheredFacts()
    locals_: list[LocalEntity] = []
    references: dict[str, list[tuple[int, int]]] = {}  # article -> (mention, the mention it refers to)
    article_words: dict[str, frozenset[str]] = {}
    for analysis in analyses:  # one pass: only what resolution needs is kept, not the analyses
        facts = gathered.take(analysis, book)
        locals_.extend(facts.locals_)
        article_words[facts.article_id] = facts.loose_words
        references[facts.article_id] = facts.references
    if gathered.facts:
        raise ValueError(f"facts gathered for {len(gathered.facts)} articles resolution was not given, "
                         f"e.g. {next(iter(gathered.facts))}: their words were counted")
    lower_case_articles, acronym_uses = gathered.lower_case_articles, gathered.acronym_uses
    # Articles may arrive in any order; everything downstream sees them sorted by id.
    locals_.sort(key=lambda e: (e.article_id, min(e.mention_indices)))
    common_heads = {key for e in locals_ for key in e.lower_case_keys} | common_words(locals_, lower_case_articles, acronym_uses)
    clusters = link_entities(locals_, book.never_merge, common_heads, story_evidence, article_words,
                             common_nouns=frozenset(lower_case_articles))

    entities: list[Entity] = []
    entity_of: dict[str, dict[int, str]] = {}
    used_ids: set[str] = set()
    for members in sorted(clusters, key=lambda ms: _cluster_order(locals_, ms)):
        forms, labels, acronym_keys = Counter(), Counter(), set()
        pins = set()
        for i in members:
            forms.update(locals_[i].forms)
            labels.update(locals_[i].labels)
            acronym_keys |= locals_[i].acronym_keys
            if locals_[i].pin is not None:
                pins.add(locals_[i].pin)
        user = book.entities[min(pins)] if pins else None
        if user is not None:
            name, type_, eid = user.name, user.type or majority_label(labels), user.entity_id
        else:
            party = any(party_of(locals_[i]) for i in members)  # not a bad span that holds a party's name
            name = (party_name(forms) if party else None) or best_form(forms, acronym_keys) or ""
            type_ = cluster_label(labels, forms)
            eid = entity_id(type_, name)
            if eid in used_ids:  # two clusters kept apart by a guard but named alike
                eid = entity_id(type_, name + "\x1f" + _cluster_order(locals_, members)[1])
        used_ids.add(eid)
        alias_forms = sorted(set(forms) | (set(user.aliases) if user else set()))
        n_mentions = 0
        for i in members:
            local = locals_[i]
            assigned = entity_of.setdefault(local.article_id, {})
            for index in local.mention_indices:
                assigned[index] = eid
            n_mentions += len(local.mention_indices)
        entities.append(Entity(entity_id=eid, name=name, type=type_, aliases=alias_forms, mentions=n_mentions))

    mention_counts = Counter()
    named_references: dict[str, set[str]] = {}
    for article_id in sorted(references):
        assigned = entity_of.setdefault(article_id, {})
        for index, refers_to, form in references[article_id]:
            if refers_to in assigned:
                assigned[index] = assigned[refers_to]
                mention_counts[assigned[index]] += 1
                if form:
                    named_references.setdefault(assigned[index], set()).add(form)
        entity_of[article_id] = dict(sorted(assigned.items()))
    entities = [e.model_copy(update={"mentions": e.mentions + mention_counts[e.entity_id],
                                     "aliases": _with_name_parts(e.aliases, named_references.get(e.entity_id, ()))})
                for e in entities]
    entities.sort(key=lambda e: e.entity_id)
    return Resolution(entities=entities, entity_of=entity_of)


def common_words(locals_: list[LocalEntity], lower_case_articles: Counter, acronym_uses: Counter) -> set[str]:
    """One-word names that are also common words of the run: written in lower case in at least as
    many articles as name them ("Parliament", "Church", "Independent", "Legislature" in a run of
    unrelated stories; not "Apple" or "Amazon", named far more often than written in lower case).
    Such a name stands for different things in different stories, so across articles it links
    only on story evidence (linking.is_short), like a lone surname."""
    named: Counter = Counter()
    for e in locals_:
        # not people (lone person names are short already), places ("Nice") nor peoples ("Greek");
        # an acronym written in capitals is told apart from a name written so ("APPLE" is Apple's);
        # it counts as common where the run uses it as a common noun ("a PAC":
        # article_words.lower_case_words) or where it spells a word of the run that no name of the run
        # is written as ("WHO")
        if " " not in e.head_key and e.type_class not in {"person", "place", "norp"}:
            named[e.head_key, all(form.isupper() for form in e.forms)] += 1
    # "WHO" undefined is the health body in one article and Des Moines' TV station in another: like
    # the word it spells, it links across articles only on story evidence
    return {key for (key, acronym), n in named.items()
            if (acronym_uses[key] >= n or (lower_case_articles[key] >= n and (key, False) not in named)
                if acronym else lower_case_articles[key] >= n)}


def _named_form(mention) -> str | None:
    """A reference written as a name ("Lopez" for an earlier "Feliciano Lopez"), not a pronoun or
    description: its cleaned form, else None."""
    form = clean_name(mention.text, mention.label)
    words = form.split()
    return form if len(words) == 1 and words[0][:1].isupper() and not words[0].isupper() else None


def _with_name_parts(aliases: list[str], forms) -> list[str]:
    """The aliases plus the named references that are a part of one of them (a surname, a given name)."""
    keys = [name_key(a) for a in aliases]
    extra = {f for f in forms if any(name_part_of(name_key(f), k) for k in keys)}
    return sorted(set(aliases) | extra) if extra else aliases


def _cluster_order(locals_: list[LocalEntity], members: list[int]) -> tuple[str, str]:
    first = min((locals_[i].article_id, min(locals_[i].mention_indices)) for i in members)
    heads = sorted(locals_[i].head_key for i in members)
    return heads[0], f"{first[0]}:{first[1]}"
