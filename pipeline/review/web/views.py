"""The parts of a claim's and an entity's page: evidence in its article, aliases, other claims."""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.lexicon import LABEL_ORDER, PREDICATES
from pipeline.review.web.data import ReviewState, RunData

RELATION_TYPES = PREDICATES
ENTITY_TYPES = LABEL_ORDER  # offered for an entity a reviewer names that no mention resolves to
CONTEXT_CHARS = 6000  # of the article around the sentence; the rest is one click away (whole=1)


@dataclass(frozen=True)
class Segment:
    start: int  # offset into the article text: the page's text selection maps back through it
    text: str
    classes: str


def segments(text: str, marks: list[tuple[int, int, str]], window: tuple[int, int] | None = None) -> list[Segment]:
    """The text cut at every mark boundary, each piece with the classes of the marks covering it."""
    lo, hi = window or (0, len(text))
    cuts = {lo, hi}
    for start, end, _ in marks:
        cuts |= {min(max(start, lo), hi), min(max(end, lo), hi)}
    bounds = sorted(cuts)
    found = []
    for start, end in zip(bounds, bounds[1:]):
        if start < end:
            classes = " ".join(sorted({name for s, e, name in marks if s <= start and end <= e}))
            found.append(Segment(start, text[start:end], classes))
    return found


def claim_detail(run: RunData, state: ReviewState, claim: dict, ev: str, whole: bool = False) -> dict:
    evidence = claim["evidence"]
    index = int(ev) if ev.isdigit() and int(ev) < len(evidence) else 0
    shown = evidence[index] if evidence else None
    parts, window, truncated = [], (0, 0), False
    if shown:
        text = run.article_text(shown["article_id"])
        marks = [(shown["start"], shown["end"], "sentence")]
        for span, name in ((shown.get("subject_span"), "subject"), (shown.get("object_span"), "object")):
            if span:
                marks.append((span[0], span[1], name))
        window = (0, len(text)) if whole or len(text) <= CONTEXT_CHARS else (
            max(0, shown["start"] - CONTEXT_CHARS // 2), min(len(text), shown["end"] + CONTEXT_CHARS // 2))
        parts = segments(text, marks, window)
        truncated = window != (0, len(text))
    roles = [(role, claim.get(role)) for role in ("subject", "object", "attributed_to") if claim.get(role)]
    related = []
    for role, ref in roles:
        entity = run.entities.get(ref["entity_id"], {"entity_id": ref["entity_id"], "name": ref["name"],
                                                     "aliases": [], "type": "?", "mentions": 0})
        others = [(c, state.status(c)) for c in run.claims_of(ref["entity_id"]) if c["claim_id"] != claim["claim_id"]]
        related.append((role, entity, others[:30], len(others)))
    article = run.articles.get(shown["article_id"]) if shown else None
    return {"evidence": evidence, "index": index, "shown": shown, "segments": parts, "article": article,
            "window": window, "truncated": truncated, "related": related, "status": state.status(claim),
            "decision": state.claim_decision.get(claim["claim_id"])}


def entity_detail(run: RunData, state: ReviewState, entity_id: str) -> dict:
    entity = run.entities[entity_id]
    claims = [(c, state.status(c)) for c in run.claims_of(entity_id)]
    return {"entity": entity, "claims": claims, "decisions": state.decisions_on_entity(entity_id)}
