"""Claims stage: relation mentions over resolved entities -> canonical claims.

Identical claims (same canonical subject, predicate, object or value, qualifiers, attribution,
polarity and modality) merge into one with all their evidence; `support` counts distinct
articles; the confidence is calibrated per construction and combined over articles
(pipeline/calibration.py). Symmetric predicates are stored with the smaller entity id as subject.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from models import ArticleAnalysis, Claim, EntityRef, Evidence, RelationMention, Resolution
from pipeline.calibration import calibrated, combine
from pipeline.lexicon import SUBJECT_TYPES_EXCLUDED, SYMMETRIC_PREDICATES
from pipeline.ids import claim_id


def canonical_claim_id(subject_id: str, predicate: str, object_id: str | None, value: str | None,
                       qualifiers: dict[str, str], attributed_id: str | None, polarity: str, modality: str) -> str:
    """The id of the claim these fields make: what two claims share exactly when they merge into one."""
    object_key = object_id if object_id else "value:" + (value or "")
    extra = {"attributed_to": attributed_id, "polarity": polarity, "modality": modality}
    return claim_id(subject_id, predicate, object_key, {**dict(sorted(qualifiers.items())), **extra})


def evidence_order(evidence: Evidence) -> tuple:
    return evidence.article_id, evidence.start, evidence.subject_span or (0, 0)


def _place(evidence: Evidence) -> tuple:
    """Where evidence is, whatever construction read it: one sentence counts once for a claim."""
    return evidence.article_id, evidence.start, evidence.end, evidence.subject_span, evidence.object_span


def build_claims(analyses: Iterable[ArticleAnalysis], resolution: Resolution) -> Iterator[Claim]:
    names = {e.entity_id: e.name for e in resolution.entities}
    types = {e.entity_id: e.type for e in resolution.entities}
    groups: dict[tuple, dict] = {}
    for analysis in analyses:
        article = analysis.article
        if article.status != "kept" or not article.text:
            continue
        mention_by_index = {m.index: m for m in analysis.mentions}

        def ref(index: int | None) -> EntityRef | None:
            if index is None:
                return None
            eid = resolution.entity_id(article.article_id, index)
            return EntityRef(entity_id=eid, name=names[eid]) if eid else None

        def span(index: int | None) -> tuple[int, int] | None:
            m = mention_by_index.get(index) if index is not None else None
            return (m.start, m.end) if m else None

        for rel in analysis.relations:
            subject, obj = ref(rel.subject), ref(rel.object)
            if subject is None or (rel.object is not None and obj is None):
                continue
            if obj is not None and subject.entity_id == obj.entity_id:
                continue
            if types[subject.entity_id] in SUBJECT_TYPES_EXCLUDED.get(rel.predicate, ()):
                continue
            subject_span, object_span = span(rel.subject), span(rel.object) or rel.value_span
            if rel.predicate in SYMMETRIC_PREDICATES and obj is not None and obj.entity_id < subject.entity_id:
                subject, obj = obj, subject
                subject_span, object_span = object_span, subject_span
            attributed = ref(rel.attributed_to)
            key = (
                subject.entity_id, rel.predicate, obj.entity_id if obj else None, rel.value,
                tuple(sorted(rel.qualifiers.items())), attributed.entity_id if attributed else None,
                rel.polarity, rel.modality,
            )
            evidence = Evidence(
                article_id=article.article_id,
                sentence=article.text[rel.sentence_start:rel.sentence_end],
                start=rel.sentence_start, end=rel.sentence_end,
                subject_span=subject_span, object_span=object_span, rule=rel.rule or None,
                score=rel.confidence,
            )
            group = groups.setdefault(key, dict(rel=rel, subject=subject, object=obj, attributed=attributed,
                                               evidence=[], confidences=[]))
            if all(_place(evidence) != _place(held) for held in group["evidence"]):
                group["evidence"].append(evidence)
                group["confidences"].append((article.article_id, calibrated(rel.rule, rel.confidence)))
    claims = []
    for key, g in groups.items():
        rel: RelationMention = g["rel"]
        qualifiers = dict(sorted(rel.qualifiers.items()))
        evidence = sorted(g["evidence"], key=evidence_order)
        claims.append(Claim(
            claim_id=canonical_claim_id(g["subject"].entity_id, rel.predicate, key[2], rel.value, qualifiers,
                                        key[5], rel.polarity, rel.modality),
            subject=g["subject"], predicate=rel.predicate, object=g["object"], value=rel.value,
            qualifiers=qualifiers, attributed_to=g["attributed"], polarity=rel.polarity, modality=rel.modality,
            confidence=combine(g["confidences"]), evidence=evidence,
            support=len({e.article_id for e in evidence}),
        ))
    claims.sort(key=lambda c: c.claim_id)
    yield from claims
