"""Claim decisions (correct, add, accept, reject) applied to the claims stage's output.

Order: corrections first (they say what a claim is), then added claims, then accept and reject
on the result, so a decision on a corrected or added claim's new id applies to it. A claim id
the reviewer saw may have changed since because an entity decision merged or split its
subject or object; each claim therefore answers to the ids it would have had without the
entity decisions too (EntityEdits.origins), and such a decision still finds it.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import product
from typing import Iterable

from models import Article, Claim, Entity, EntityRef, Evidence
from pipeline.claims import canonical_claim_id, evidence_order
from pipeline.lexicon import SYMMETRIC_PREDICATES
from pipeline.ids import entity_id as derive_entity_id
from pipeline.resolve.normalize import clean_name
from pipeline.name_strings import name_key
from pipeline.review.decisions import Decision
from pipeline.review.entity_decisions import EntityEdits

REVIEW_OF = {"accept": "accepted", "correct": "corrected", "add": "added"}
UNKNOWN_TYPE = "UNKNOWN"  # an entity a reviewer named that no mention of the run resolves to
MAX_ORIGIN_IDS = 256


class Stale(Exception):
    """The decision's target is not in this run; the message says which."""


@dataclass
class ClaimOutcome:
    claims: list[Claim]
    entities: list[Entity]
    applied: Counter = field(default_factory=Counter)
    rejected: int = 0
    stale: list[dict] = field(default_factory=list)


class _Entities:
    """Entity references of decisions -> entities of this run, creating the ones no mention has."""

    def __init__(self, entities: Iterable[Entity], edits: EntityEdits):
        self.by_id = {e.entity_id: e for e in entities}
        self.edits = edits
        self.created: dict[str, set[tuple]] = {}  # created entity id -> its (article, span) mentions
        self._keys: dict[str, list[tuple[int, Entity]]] | None = None

    def ref(self, ref: dict) -> EntityRef:
        if ref.get("entity_id"):
            eid = self.edits.current(ref["entity_id"])
            if eid not in self.by_id:
                raise Stale(f"entity {ref['entity_id']} is not in this run's entities")
            return EntityRef(entity_id=eid, name=self.by_id[eid].name)
        name = clean_name(ref["name"])
        found = self._lookup(name_key(name))
        if found is None:
            type_ = (ref.get("type") or UNKNOWN_TYPE).strip().upper()
            found = Entity(entity_id=derive_entity_id(type_, name), name=name, type=type_, aliases=[name])
            self.by_id[found.entity_id] = found
            self.created[found.entity_id] = set()
            self._keys = None
        return EntityRef(entity_id=found.entity_id, name=found.name)

    def _lookup(self, key: str) -> Entity | None:
        """The entity so named; else the one with the alias; ties: most mentions, then smallest id."""
        if self._keys is None:
            self._keys = {}
            for e in self.by_id.values():
                self._keys.setdefault(name_key(e.name), []).append((0, e))
                for alias in e.aliases:
                    self._keys.setdefault(name_key(alias), []).append((1, e))
        matches = self._keys.get(key, [])
        return min(matches, key=lambda m: (m[0], -m[1].mentions, m[1].entity_id))[1] if matches else None

    def note_mention(self, ref: EntityRef | None, article_id: str, span: list | tuple | None) -> None:
        if ref is not None and ref.entity_id in self.created and span is not None:
            self.created[ref.entity_id].add((article_id, tuple(span)))

    def all(self) -> list[Entity]:
        found = [e.model_copy(update={"mentions": len(self.created[e.entity_id])}) if e.entity_id in self.created
                 else e for e in self.by_id.values()]
        return sorted(found, key=lambda e: e.entity_id)


def apply_claim_decisions(claims: Iterable[Claim], decisions: list[Decision], edits: EntityEdits,
                          entities: list[Entity], articles: Iterable[Article]) -> ClaimOutcome:
    by_id = {c.claim_id: c for c in claims}
    outcome = ClaimOutcome(claims=[], entities=entities)
    if not decisions:
        outcome.claims = sorted(by_id.values(), key=lambda c: c.claim_id)
        return outcome
    refs = _Entities(entities, edits)
    origins = _origin_index(by_id.values(), edits)

    def targets(claim_id: str) -> list[str]:
        found = [claim_id] if claim_id in by_id else []
        return found + sorted((origins.get(claim_id, set()) - {claim_id}) & set(by_id))

    def record(decision: Decision, apply) -> None:
        try:
            apply(decision)
            outcome.applied[decision.kind] += 1
        except Stale as exc:
            outcome.stale.append({"line": decision.line, "decision": decision.kind, "reason": str(exc)})

    def correct(decision: Decision) -> None:
        found = targets(decision.claim_id)
        if not found:
            raise Stale(f"claim {decision.claim_id} is not in this run's claims")
        corrected = [_corrected(by_id[t], decision, refs) for t in found]  # all or none: Stale leaves by_id as is
        for old_id, claim in zip(found, corrected):
            del by_id[old_id]
            _put(by_id, claim)

    texts = _texts_of(articles, {d.data["claim"]["evidence"]["article_id"] for d in decisions if d.kind == "add"})
    for decision in (d for d in decisions if d.kind == "correct"):
        record(decision, correct)
    for decision in (d for d in decisions if d.kind == "add"):
        record(decision, lambda d: _put(by_id, _added(d, refs, texts)))

    verdicts: dict[str, Decision] = {}  # claim id -> the last accept or reject that reaches it

    def verdict(decision: Decision) -> None:
        found = targets(decision.claim_id)
        if not found:
            raise Stale(f"claim {decision.claim_id} is not in this run's claims")
        verdicts.update((t, decision) for t in found)

    for decision in (d for d in decisions if d.kind in ("accept", "reject")):
        record(decision, verdict)
    for claim_id, decision in verdicts.items():
        if decision.kind == "reject":
            del by_id[claim_id]
            outcome.rejected += 1
        elif by_id[claim_id].review is None:
            by_id[claim_id] = by_id[claim_id].model_copy(update={"review": "accepted",
                                                                   "reviewed_by": decision.reviewer})
    outcome.claims = sorted(by_id.values(), key=lambda c: c.claim_id)
    outcome.entities = refs.all()
    return outcome


def _origin_index(claims: Iterable[Claim], edits: EntityEdits) -> dict[str, set[str]]:
    """Claim id without the entity decisions -> the claim ids it became."""
    index: dict[str, set[str]] = {}
    if not edits.origins:
        return index
    for claim in claims:
        roles = [claim.subject.entity_id, claim.object.entity_id if claim.object else None,
                 claim.attributed_to.entity_id if claim.attributed_to else None]
        choices = [sorted(edits.origins_of(r)) if r else [None] for r in roles]
        if len(choices[0]) * len(choices[1]) * len(choices[2]) > MAX_ORIGIN_IDS:
            continue
        for subject, obj, attributed in product(*choices):
            if claim.predicate in SYMMETRIC_PREDICATES and obj is not None and obj < subject:
                subject, obj = obj, subject
            old = canonical_claim_id(subject, claim.predicate, obj, claim.value, claim.qualifiers, attributed,
                                     claim.polarity, claim.modality)
            index.setdefault(old, set()).add(claim.claim_id)
    return index


def _texts_of(articles: Iterable[Article], wanted: set[str]) -> dict[str, str]:
    if not wanted:
        return {}
    return {a.article_id: a.text for a in articles if a.article_id in wanted and a.status == "kept" and a.text}


def _finish(claim: Claim) -> Claim:
    """Symmetric predicates keep the smaller id as subject; the id follows the fields."""
    if claim.predicate in SYMMETRIC_PREDICATES and claim.object and claim.object.entity_id < claim.subject.entity_id:
        claim = claim.model_copy(update={
            "subject": claim.object, "object": claim.subject,
            "evidence": [e.model_copy(update={"subject_span": e.object_span, "object_span": e.subject_span})
                         for e in claim.evidence]})
    evidence = sorted(claim.evidence, key=evidence_order)
    return claim.model_copy(update={
        "claim_id": canonical_claim_id(
            claim.subject.entity_id, claim.predicate, claim.object.entity_id if claim.object else None, claim.value,
            claim.qualifiers, claim.attributed_to.entity_id if claim.attributed_to else None,
            claim.polarity, claim.modality),
        "evidence": evidence, "support": len({e.article_id for e in evidence})})


def _put(by_id: dict[str, Claim], claim: Claim) -> None:
    """Add a reviewed claim; if the run already has that claim, the two become one."""
    existing = by_id.get(claim.claim_id)
    if existing is not None:
        evidence = list(existing.evidence) + [e for e in claim.evidence if e not in existing.evidence]
        evidence.sort(key=evidence_order)
        claim = claim.model_copy(update={"evidence": evidence, "support": len({e.article_id for e in evidence}),
                                         "confidence": max(claim.confidence, existing.confidence)})
    by_id[claim.claim_id] = claim


def _corrected(claim: Claim, decision: Decision, refs: _Entities) -> Claim:
    changes = decision.data["set"]
    subject = refs.ref(changes["subject"]) if "subject" in changes else claim.subject
    if "object" in changes:
        obj = refs.ref(changes["object"]) if changes["object"] is not None else None
        value = changes.get("value", None if obj is not None else claim.value)
    else:
        obj, value = claim.object, changes.get("value", claim.value)
    if obj is None and not value:
        raise Stale("the correction leaves the claim with neither object nor value")
    if obj is not None and obj.entity_id == subject.entity_id:
        raise Stale("the correction makes subject and object the same entity")
    old_spans = {claim.subject.entity_id: "subject_span"}
    if claim.object is not None:
        old_spans[claim.object.entity_id] = "object_span"

    def span(evidence: Evidence, ref: EntityRef | None, literal_kept: bool) -> tuple[int, int] | None:
        if ref is None:  # a literal object: its span holds while the value does
            return evidence.object_span if literal_kept else None
        return getattr(evidence, old_spans[ref.entity_id]) if ref.entity_id in old_spans else None

    literal_kept = claim.object is None and value == claim.value
    evidence = [e.model_copy(update={"subject_span": span(e, subject, False),
                                     "object_span": span(e, obj, literal_kept)}) for e in claim.evidence]
    return _finish(claim.model_copy(update={
        "subject": subject, "object": obj, "value": value,
        "predicate": changes.get("predicate", claim.predicate),
        "qualifiers": dict(sorted(changes.get("qualifiers", claim.qualifiers).items())),
        "polarity": changes.get("polarity", claim.polarity), "modality": changes.get("modality", claim.modality),
        "evidence": evidence, "review": "corrected", "reviewed_by": decision.reviewer}))


def _added(decision: Decision, refs: _Entities, texts: dict[str, str]) -> Claim:
    spec = decision.data["claim"]
    ev = spec["evidence"]
    text = texts.get(ev["article_id"])
    if text is None:
        raise Stale(f"article {ev['article_id']} is not a kept article of this run")
    spans = [ev.get("subject_span"), ev.get("object_span")]
    if ev["end"] > len(text) or any(s is not None and s[1] > len(text) for s in spans):
        raise Stale(f"offsets past the end of article {ev['article_id']} ({len(text)} characters)")
    subject = refs.ref(spec["subject"])
    obj = refs.ref(spec["object"]) if spec.get("object") is not None else None
    if obj is not None and obj.entity_id == subject.entity_id:
        raise Stale("subject and object are the same entity")
    attributed = refs.ref(spec["attributed_to"]) if spec.get("attributed_to") is not None else None
    refs.note_mention(subject, ev["article_id"], spans[0])
    refs.note_mention(obj, ev["article_id"], spans[1])
    evidence = Evidence(article_id=ev["article_id"], sentence=text[ev["start"]:ev["end"]], start=ev["start"],
                        end=ev["end"], subject_span=spans[0], object_span=spans[1])
    return _finish(Claim(
        claim_id="", subject=subject, predicate=spec["predicate"].strip(), object=obj,
        value=spec.get("value") if obj is None else None, qualifiers=dict(sorted(spec.get("qualifiers", {}).items())),
        attributed_to=attributed, polarity=spec.get("polarity", "affirmed"),
        modality=spec.get("modality", "asserted"), confidence=1.0, evidence=[evidence], support=1,
        review="added", reviewed_by=decision.reviewer))
