"""Claims stage: relation mentions over resolved entities -> canonical claims.

Identical claims (same canonical subject, predicate, object or value, qualifiers, attribution,
polarity and modality) merge into one with all their evidence; `support` counts distinct
articles; the confidence is calibrated per construction and combined over articles
(pipeline/calibration.py). Symmetric predicates are stored with the smaller entity id as subject.

Readings only the learned pair scorer made (rule `learned_pair`: two named mentions of the right
types in one sentence, no rule reading them) are claimed for two constructions only, unless all
are asked for: a killing (the syntax gate wants a kill word between the two people) and a place
joined to its region by a comma alone ("Rockville, Md."), not inside a list. Hand judgement
found the others 3 of 16 right since the syntax gate (pair_gate.py), wrong ones scored up to
0.97, so no threshold separates them. The scorer still decides the rules' own readings.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from models import ArticleAnalysis, Claim, EntityRef, Evidence, RelationMention, Resolution
from pipeline.calibration import calibrated, combine
from pipeline.lexicon import (
    ATTEMPT_WORDS, OBJECT_TYPES_EXCLUDED, SUBJECT_TYPES_EXCLUDED, SYMMETRIC_PREDICATES,
)
from pipeline.us_states import US_STATE_ABBREVIATIONS, US_STATE_NAMES
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


LEARNED_PAIR_RULE = "learned_pair"  # the rule name extract.relations.typed gives a scorer-only reading


def learned_reading_claimed(predicate: str, text: str, subject: tuple[int, int], obj: tuple[int, int]) -> bool:
    """Whether a scorer-only reading of `predicate` between the mentions at `subject` and `obj`
    (character offsets into `text`) is claimed by default (see the module doc)."""
    if predicate == "killed":
        # "convicted of attempted murder in the shooting of X": a killing tried, not done
        (left_start, _), (_, right_end) = sorted((subject, obj))
        return not ATTEMPTED_KILLING.search(text[left_start:right_end])
    if predicate != "located_in":
        return False
    (left_start, left_end), (right_start, right_end) = sorted((subject, obj))
    if text[left_end:right_start].strip() != ",":
        return False
    first, region = text[left_start:left_end], text[right_start:right_end]
    if _us_state(region):
        return not _us_state(first)  # "Pennsylvania, Michigan" are two states of a list
    # "named Birmingham, Bradford, Derby", "through St. Petersburg, Tehran, and Damascus", "Russia,
    # the US, Iran": items of a list, not a place and its region
    before = re.sub(r"\b(the|and|or)$", "", text[:left_start].rstrip(), flags=re.IGNORECASE).rstrip()
    after = text[right_end:].lstrip()
    following = after[1:].split(None, 1)[0].rstrip(",;") if after.startswith(",") and after[1:].split() else ""
    # "Music Park at Walnut Creek, Raleigh, NC": a state after the pair closes it, no list goes on
    return not before.endswith(",") and (_us_state(following) or not LIST_GOES_ON.match(after))


# ", 7, 8": a list of numbered items (versions, models) going on
ATTEMPTED_KILLING = re.compile(r"\b(" + "|".join(sorted(ATTEMPT_WORDS - {"failed"} | {"attempts"})) + r")\b", re.IGNORECASE)
LIST_GOES_ON = re.compile(r",\s*(and |or )?(the )?[A-Z]|(and|or) (the )?[A-Z]|,\s*\d[\w.]*\s*(,|and\b|or\b)")


def _us_state(name: str) -> bool:
    return name in US_STATE_NAMES or name in US_STATE_ABBREVIATIONS


# Subject types whose home, read by a rule that takes the subject for a person ("private Spanish radio
# station Cadena Ser" -> Spain, the station typed PERSON in its sentence), is where the thing is: located_in.
HOUSED_TYPES = frozenset({"ORG", "FAC"})
NUMBERED_NAME = re.compile(r"^\d|(?<![.\d])\d{2,}$")


def _no_person(entity_type: str, name: str) -> bool:
    """A PERSON whose name starts or ends with a number is a show, a product or a misread
    ("Anderson Cooper 360", "Trump2016", "60 Minutes"): a claim about it as a person would be wrong
    (judged seed 14). A persona's version ("Guccifer 2.0") stays."""
    return entity_type == "PERSON" and NUMBERED_NAME.search(name) is not None


def build_claims(analyses: Iterable[ArticleAnalysis], resolution: Resolution,
                 learned_pairs: bool = False) -> Iterator[Claim]:
    """`learned_pairs`: also claim what only the learned pair scorer read (see the module doc)."""
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
            if rel.rule == LEARNED_PAIR_RULE and not learned_pairs and not learned_reading_claimed(
                    rel.predicate, article.text, span(rel.subject) or (0, 0), span(rel.object) or (0, 0)):
                continue
            subject, obj = ref(rel.subject), ref(rel.object)
            if subject is None or (rel.object is not None and obj is None):
                continue
            if obj is not None and subject.entity_id == obj.entity_id:
                continue
            if rel.predicate == "lives_in" and types[subject.entity_id] in HOUSED_TYPES:
                rel = rel.model_copy(update={"predicate": "located_in"})
            if types[subject.entity_id] in SUBJECT_TYPES_EXCLUDED.get(rel.predicate, ()) or (
                    obj is not None and types[obj.entity_id] in OBJECT_TYPES_EXCLUDED.get(rel.predicate, ())):
                continue
            if any(_no_person(types[r.entity_id], r.name) for r in (subject, obj) if r is not None):
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
