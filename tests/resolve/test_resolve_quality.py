"""Quality floors on third-party data and the sample corpus, so regressions fail CI.

Floors sit a little under what was measured (benchmarks/resolution.py prints the figures).
"""
from __future__ import annotations

import json
import unicodedata

import pytest

from models import Article, ArticleAnalysis
from pipeline.extract.entities.mentions import collect_mentions
from pipeline.resolve import resolve_entities
from benchmarks.evaluation.resolution import (bcubed, exact_string_clusters, load_ab3p, load_ecbplus, load_sdu22,
                                         pairwise, score_definitions, score_sdu22)
from support import CORPUS, SHARED

pytestmark = pytest.mark.quality


@pytest.fixture(scope="module")
def ecbplus(shared_data):
    analyses, gold = load_ecbplus(shared_data)
    resolution = resolve_entities(analyses)
    ours = {(aid, i): eid for aid, assigned in resolution.entity_of.items() for i, eid in assigned.items()}
    return analyses, gold, ours


def test_ecbplus_every_gold_mention_is_resolved(ecbplus):
    _, gold, ours = ecbplus
    assert len(gold) > 1200 and set(gold) <= set(ours)


def test_ecbplus_bcubed_beats_exact_string_baseline(ecbplus):
    analyses, gold, ours = ecbplus
    base, score = bcubed(exact_string_clusters(analyses), gold), bcubed(ours, gold)
    # Short names link across documents only on story evidence (pipeline/resolve/evidence.py); with
    # only the gold mentions to go on, documents share few names, so recall is lower than with
    # the former lone-candidate rule (0.871, P 0.929, R 0.820) and precision higher.
    assert score.f1 >= 0.81  # measured 0.821 (P 0.946, R 0.725); 0.824 before nicknames and common words needed evidence
    assert score.precision >= 0.935
    assert score.f1 >= base.f1 + 0.01  # baseline 0.804


def test_ecbplus_pairwise(ecbplus):
    _, gold, ours = ecbplus
    score = pairwise(ours, gold)
    assert score.precision >= 0.93 and score.f1 >= 0.68  # measured P 0.947, F1 0.692


def test_ab3p_acronym_definitions(shared_data):
    s = score_definitions(load_ab3p(shared_data))
    assert s["pairs_gold"] > 1150
    assert s["precision"] >= 0.94 and s["recall"] >= 0.77  # measured P 0.960, R 0.793


def test_sdu22_legal_definitions_are_precise(shared_data):
    s = score_sdu22(load_sdu22(shared_data, "legal"))
    assert s["acronyms_precision"] >= 0.96 and s["long-forms_precision"] >= 0.82  # measured 0.989, 0.851


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    for a, b in (("’", "'"), ("‘", "'")):
        s = s.replace(a, b)
    s = " ".join(s.split()).casefold()
    return s[4:] if s.startswith("the ") else s


def test_sample_corpus_entity_seeds(nlp):
    """Every merge and apart check of the seeds, on mentions from the project's own rules."""
    seeds = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))["entities"]
    analyses = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        article = Article(article_id=path.stem, source=path.name, status="kept", text=text)
        analyses.append(ArticleAnalysis(article=article, mentions=collect_mentions(nlp(text))))
    resolution = resolve_entities(analyses)
    ids_by_form: dict[str, set[str]] = {}
    for e in resolution.entities:
        for form in [e.name, *e.aliases]:
            ids_by_form.setdefault(_norm(form), set()).add(e.entity_id)
    for group in seeds["must_merge"]:
        common = set.intersection(*(ids_by_form.get(_norm(f), set()) for f in group))
        assert common, f"not merged: {group}"
    for a, b in seeds["must_not_merge"]:
        ia, ib = ids_by_form.get(_norm(a), set()), ids_by_form.get(_norm(b), set())
        assert ia and ib, f"not found: {a if not ia else b}"
        assert not ia & ib, f"merged: {a} / {b}"
