"""Properties of resolve_entities over generated articles (hypothesis).

- the result does not depend on the order articles arrive in;
- nor on the case or surrounding whitespace of the mention texts (same mention clusters);
- a user alias always wins: every mention of a listed name gets that user entity;
- listed never-merge pairs never share an entity;
- per-article facts worked out ahead (in the extracting processes) give the same result.
"""
from __future__ import annotations

import pickle

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from models import Article, ArticleAnalysis, Mention
from pipeline.resolve import GatheredFacts, article_facts, resolve_entities
from pipeline.resolve.aliases import AliasBook
from pipeline.resolve.normalize import clean_name
from pipeline.name_strings import name_key
from support.resolve import partition

# Surface forms with the labels spaCy tends to give them: full names, short names, acronyms,
# misspellings and look-alikes, so the generated articles exercise every rule.
POOL = [
    ("Harbin Institute of Technology", "ORG"), ("HIT", "ORG"), ("HIT", "GPE"), ("Harbin", "GPE"),
    ("Moscow Aviation Institute", "ORG"), ("MAI", "ORG"), ("Moscow", "GPE"),
    ("Beihang University", "ORG"), ("Beihang", "ORG"), ("Beihang", "GPE"),
    ("Xi Jinping", "PERSON"), ("Xi Jinpin", "PERSON"), ("Xi", "PERSON"), ("Chinese leader Xi Jinping", "PERSON"),
    ("Vladimir Putin", "PERSON"), ("Putin", "PERSON"), ("Russian President Vladimir Putin", "PERSON"),
    ("Bethany Allen", "PERSON"), ("Paul Allen", "PERSON"), ("Allen", "PERSON"), ("Allen", "ORG"),
    ("Republic of China", "GPE"), ("People's Republic of China", "GPE"), ("China", "GPE"),
    ("United States", "GPE"), ("US", "GPE"), ("European Union", "ORG"), ("EU", "ORG"),
    ("Raj K. Chohan", "PERSON"), ("Raj Chohan", "PERSON"), ("Chohan", "FAC"),
    ("New Orleans Saints", "ORG"), ("Saints", "ORG"), ("New Orleans", "GPE"),
    ("Skolkovo Institute of Science and Technology", "ORG"), ("St Petersburg State University", "ORG"),
]

articles_strategy = st.lists(st.lists(st.sampled_from(POOL), min_size=1, max_size=7), min_size=1, max_size=5)


def build(articles: list[list[tuple[str, str]]], definitions: bool = True) -> list[ArticleAnalysis]:
    analyses = []
    for n, names in enumerate(articles):
        text, mentions = "", []
        for surface, label in names:
            start = len(text)
            text += surface
            mentions.append(Mention(index=len(mentions), text=surface, label=label, start=start, end=len(text)))
            if definitions and surface == "Harbin Institute of Technology":
                text += " (HIT)"  # an acronym definition in the text, not a mention
            text += ". "
        analyses.append(ArticleAnalysis(
            article=Article(article_id=f"a{n:03d}", source=str(n), status="kept", text=text), mentions=mentions))
    return analyses


def restyle(analysis: ArticleAnalysis, styles: list[int]) -> ArticleAnalysis:
    """The same article with each mention text re-cased and padded with whitespace."""
    changed = []
    for m, style in zip(analysis.mentions, styles):
        text = [m.text, m.text.upper(), m.text.lower(), m.text.title()][style % 4]
        pad = [" ", "\t", "  ", "\n "][style % 4]
        changed.append(m.model_copy(update={"text": pad + text + pad if style >= 4 else text}))
    return analysis.model_copy(update={"mentions": changed})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles_strategy, st.randoms(use_true_random=False))
def test_result_does_not_depend_on_article_order(articles, rng):
    analyses = build(articles)
    shuffled = list(analyses)
    rng.shuffle(shuffled)
    assert resolve_entities(analyses).model_dump_json() == resolve_entities(shuffled).model_dump_json()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles_strategy, st.lists(st.integers(0, 7), min_size=7, max_size=7))
@example(
    articles=[[('Xi Jinping', 'PERSON')],
     [('Harbin Institute of Technology', 'ORG'),
      ('Harbin Institute of Technology', 'ORG'),
      ('Xi Jinping', 'PERSON'),
      ('Xi Jinpin', 'PERSON'),
      ('Xi Jinpin', 'PERSON')],
     [('Xi Jinpin', 'PERSON')]],
    styles=[0, 0, 0, 0, 1, 0, 0],
)
def test_clusters_do_not_depend_on_case_or_whitespace(articles, styles):
    analyses = build(articles)
    restyled = [restyle(a, styles) for a in analyses]
    assert partition(resolve_entities(analyses), analyses) == partition(resolve_entities(restyled), restyled)


def _keys(surface: str, label: str) -> str:
    return name_key(clean_name(surface, label))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles_strategy, st.lists(st.tuples(st.sampled_from(POOL), st.integers(0, 2)), min_size=1, max_size=6))
def test_a_user_alias_always_wins(articles, assignments):
    analyses = build(articles)
    book = AliasBook()
    owners = [("User Entity One", "ORG"), ("User Entity Two", "PERSON"), ("User Entity Three", "GPE")]
    wanted: dict[str, int] = {}
    for (surface, label), owner in assignments:
        wanted.setdefault(_keys(surface, label), owner)  # the first listing of a name wins, as in a file
    for owner, (name, type_) in enumerate(owners):
        book.add_entity(name, type_, [s for s, lab in POOL if wanted.get(_keys(s, lab)) == owner])
    resolution = resolve_entities(analyses, aliases=book)
    ids = {owner: book.by_key[name_key(name)] for owner, (name, _) in enumerate(owners)}
    for a in analyses:
        for m in a.mentions:
            owner = wanted.get(_keys(m.text, m.label))
            if owner is not None:
                assert resolution.entity_of[a.article.article_id][m.index] == ids[owner], m.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles_strategy, st.lists(st.tuples(st.sampled_from(POOL), st.sampled_from(POOL)), min_size=1, max_size=5))
def test_never_merge_pairs_never_merge(articles, pairs):
    analyses = build(articles)
    book = AliasBook()
    for (a, _), (b, _) in pairs:
        book.add_never_merge([a, b])
    resolution = resolve_entities(analyses, aliases=book)
    entities_of_key: dict[str, set[str]] = {}
    for a in analyses:
        for m in a.mentions:
            entities_of_key.setdefault(_keys(m.text, m.label), set()).add(resolution.entity_of[a.article.article_id][m.index])
    for key_a, key_b in book.never_merge:
        assert not (entities_of_key.get(key_a, set()) & entities_of_key.get(key_b, set())), (key_a, key_b)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles_strategy, st.randoms(use_true_random=False), st.booleans())
def test_facts_gathered_ahead_give_the_same_result(articles, rng, with_aliases):
    analyses = build(articles)
    book = AliasBook()
    if with_aliases:
        book.add_entity("User Entity One", "ORG", ["HIT", "Beihang"])
        book.add_never_merge(["Xi", "Xi Jinping"])
    ahead = [a for a in analyses if rng.random() < 0.7]  # the others come from an earlier run's state
    rng.shuffle(ahead)  # in the order the processes finish
    gathered = GatheredFacts()
    for a in ahead:
        gathered.add(pickle.loads(pickle.dumps(article_facts(a, book))))  # as a worker process returns them
    expected = resolve_entities(analyses, aliases=book).model_dump_json()
    assert resolve_entities(analyses, aliases=book, gathered=gathered).model_dump_json() == expected


def test_facts_gathered_for_an_article_resolution_is_not_given_are_an_error():
    analyses = build([[("Vladimir Putin", "PERSON")], [("Putin", "PERSON")]])
    gathered = GatheredFacts()
    gathered.add(article_facts(analyses[1]))
    with pytest.raises(ValueError, match="a001"):
        resolve_entities(analyses[:1], gathered=gathered)
