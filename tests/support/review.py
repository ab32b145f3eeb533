"""Builders for the review tests: a small hand-built run, and the decisions applied to it as run.py does."""
from __future__ import annotations

import json
from pathlib import Path

from models import Article, ArticleAnalysis, Mention, RelationMention
from pipeline.claims import build_claims
from pipeline.resolve import resolve_entities
from pipeline.review.apply import RunReview
from pipeline.review.decisions import parse_decisions

TEXT = ("Acme Corp partnered with Globex. Acme visited Paris. Jane Doe works for Acme Corp. "
        "Globex hired Bob Stone in London.")


def _mention(index: int, text: str, label: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return Mention(index=index, text=text, label=label, start=start, end=start + len(text))


def _sentence(n: int) -> tuple[int, int]:
    starts = [0] + [i + 2 for i, c in enumerate(TEXT) if c == "." and i + 2 < len(TEXT)]
    start = starts[n]
    return start, TEXT.index(".", start) + 1


def sample_analysis() -> ArticleAnalysis:
    article = Article(article_id="a_sample", source="sample.txt", status="kept", text=TEXT)
    mentions = [_mention(0, "Acme Corp", "ORG"), _mention(1, "Globex", "ORG"), _mention(2, "Acme", "ORG", 1),
                _mention(3, "Paris", "GPE"), _mention(4, "Jane Doe", "PERSON"), _mention(5, "Acme Corp", "ORG", 1),
                _mention(6, "Globex", "ORG", 1), _mention(7, "Bob Stone", "PERSON"), _mention(8, "London", "GPE")]

    def rel(predicate: str, subject: int, obj: int, sentence: int, confidence: float = 0.6) -> RelationMention:
        start, end = _sentence(sentence)
        return RelationMention(predicate=predicate, subject=subject, object=obj, sentence_start=start,
                               sentence_end=end, confidence=confidence)

    relations = [rel("partnered_with", 0, 1, 0), rel("visited", 2, 3, 1), rel("affiliated_with", 4, 5, 2),
                 rel("affiliated_with", 7, 6, 3, 0.4), rel("visited", 7, 8, 3, 0.3)]
    return ArticleAnalysis(article=article, mentions=mentions, relations=relations)


def run_with_decisions(decisions: list[dict | str]) -> tuple[dict, dict, dict]:
    """(entities by name, claims by (subject name, predicate, object name), run.json's review) after the decisions."""
    entities, claims, report = run_records(decisions)
    by_name = {e.name: e for e in entities}
    by_triple = {(c.subject.name, c.predicate, c.object.name if c.object else c.value): c for c in claims}
    return by_name, by_triple, report


def run_records(decisions: list[dict | str]):
    analyses = [sample_analysis()]
    lines = [d if isinstance(d, str) else json.dumps(d) for d in decisions]
    review = RunReview(parse_decisions(lines), Path("review.jsonl"))
    resolution = review.resolve(resolve_entities(analyses), lambda: analyses)
    claims = review.claims(build_claims(analyses, resolution), [a.article for a in analyses])
    return review.entities, claims, review.report()


def baseline() -> tuple[dict, dict]:
    entities, claims, _ = run_with_decisions([])
    return entities, claims


HOSTILE_TEXT = ('Mallory Corp said <script>alert("pwned")</script> nothing. '
                'Mallory Corp partnered with Eve Ltd in 2020. Eve Ltd is based in Oslo.')


def write_run(out: Path, text: str = HOSTILE_TEXT) -> dict:
    """A minimal output folder, written by hand: one article holding markup, two entities, two claims."""
    out.mkdir(parents=True, exist_ok=True)
    article = {"article_id": "a_1", "source": "x.html", "status": "kept", "duplicate_of": None,
               "title": "<b>Title</b>", "published": None, "url": None, "text": text, "error": None}
    entities = [{"entity_id": "e_1", "name": "Mallory <i>Corp</i>", "type": "ORG", "aliases": ["Mallory Corp"],
                 "mentions": 2},
                {"entity_id": "e_2", "name": "Eve Ltd", "type": "ORG", "aliases": ["Eve Ltd"], "mentions": 2}]
    s1 = text.index("Mallory Corp partnered")
    s1_end = text.index(".", s1) + 1
    claims = [
        {"claim_id": "c_said", "subject": {"entity_id": "e_1", "name": "Mallory <i>Corp</i>"}, "predicate": "said",
         "object": None, "value": '<script>alert("pwned")</script>', "qualifiers": {}, "attributed_to": None,
         "polarity": "affirmed", "modality": "asserted", "confidence": 0.9,
         "evidence": [{"article_id": "a_1", "sentence": text[:text.index(".") + 1], "start": 0,
                       "end": text.index(".") + 1, "subject_span": [0, 12], "object_span": [18, 49]}], "support": 1},
        {"claim_id": "c_partner", "subject": {"entity_id": "e_1", "name": "Mallory <i>Corp</i>"},
         "predicate": "partnered_with", "object": {"entity_id": "e_2", "name": "Eve Ltd"}, "value": None,
         "qualifiers": {"date": "2020"}, "attributed_to": None, "polarity": "affirmed", "modality": "asserted",
         "confidence": 0.4, "evidence": [{"article_id": "a_1", "sentence": text[s1:s1_end], "start": s1, "end": s1_end,
                                          "subject_span": [s1, s1 + 12], "object_span": [s1 + 28, s1 + 35]}],
         "support": 1},
    ]
    for name, records in (("articles.jsonl", [article]), ("entities.jsonl", entities), ("claims.jsonl", claims)):
        (out / name).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (out / "run.json").write_text(json.dumps({"counts": {"articles": {"kept": 1}, "entities": 2, "claims": 2}}))
    return {"article": article, "entities": entities, "claims": claims}
