"""What the review page shows: a run's output folder, read once per change, with the decisions on top.

Article texts are not held: their byte offsets in articles.jsonl are, and a text is read when a
page shows it. The decisions file is read on every request (it is small and other tabs append
to it), so each page shows what is decided now, not at the last run.
"""
from __future__ import annotations

import json
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.outputs import current_set
from pipeline.review.decisions import CLAIM_DECISIONS, Decision, DecisionLog
from pipeline.review.journal import REVIEW_FILE, read_decisions

STATUSES = ("unreviewed", "accepted", "corrected", "added", "rejected")
STATUS_OF = {"accept": "accepted", "reject": "rejected", "correct": "corrected"}
OUTPUT_FILES = ("articles.jsonl", "entities.jsonl", "claims.jsonl", "run.json")


@dataclass
class ArticleInfo:
    article_id: str
    title: str | None
    source: str
    status: str
    offset: int  # byte offset of its line in articles.jsonl


@dataclass
class RunData:
    out: Path
    articles: dict[str, ArticleInfo] = field(default_factory=dict)
    entities: dict[str, dict] = field(default_factory=dict)
    claims: list[dict] = field(default_factory=list)
    run_info: dict = field(default_factory=dict)

    @property
    def claims_by_id(self) -> dict[str, dict]:
        return self._claims_by_id

    def __post_init__(self) -> None:
        self._claims_by_id: dict[str, dict] = {}
        self._claims_of: dict[str, list[dict]] = {}

    def index(self) -> None:
        self._claims_by_id = {c["claim_id"]: c for c in self.claims}
        for claim in self.claims:
            for eid in entity_ids_of(claim):
                self._claims_of.setdefault(eid, []).append(claim)

    def claims_of(self, entity_id: str) -> list[dict]:
        return self._claims_of.get(entity_id, [])

    def article_text(self, article_id: str) -> str:
        info = self.articles.get(article_id)
        if info is None:
            return ""
        with open(self.out / "articles.jsonl", "rb") as fh:
            fh.seek(info.offset)
            return json.loads(fh.readline()).get("text") or ""


def entity_ids_of(claim: dict) -> list[str]:
    refs = (claim.get("subject"), claim.get("object"), claim.get("attributed_to"))
    return list(dict.fromkeys(r["entity_id"] for r in refs if r))


def load_run(out: Path) -> RunData:
    # one run's complete set, resolved once: the article offsets below stay valid for it even when
    # a run switches sets meanwhile (RunCache reloads when it sees the switch)
    out = current_set(out)
    data = RunData(out=out)
    offset = 0
    with open(out / "articles.jsonl", "rb") as fh:
        for line in fh:
            record = json.loads(line)
            data.articles[record["article_id"]] = ArticleInfo(
                record["article_id"], record.get("title"), record.get("source", ""), record.get("status", ""), offset)
            offset += len(line)
    data.entities = {e["entity_id"]: e for e in _jsonl(out / "entities.jsonl")}
    data.claims = list(_jsonl(out / "claims.jsonl"))
    run_json = out / "run.json"
    data.run_info = json.loads(run_json.read_text(encoding="utf-8")) if run_json.is_file() else {}
    data.index()
    return data


def _jsonl(path: Path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


class RunCache:
    """The folder's RunData, reloaded when a run has rewritten its files."""

    def __init__(self, out: Path):
        self.out = out
        self._lock = threading.Lock()
        self._stamp: tuple | None = None
        self._data: RunData | None = None

    def get(self) -> RunData:
        stamp = tuple((p.stat().st_mtime_ns, p.stat().st_size) if p.exists() else None
                      for p in (self.out / name for name in OUTPUT_FILES))
        with self._lock:
            if self._data is None or stamp != self._stamp:
                self._data, self._stamp = load_run(self.out), stamp
            return self._data


@dataclass
class ReviewState:
    """The decisions in force, as the page shows them."""

    log: DecisionLog
    claim_decision: dict[str, Decision]  # claim id -> the decision in force on it
    pending_adds: list[Decision]
    entity_decisions: list[Decision]

    @classmethod
    def read(cls, out: Path) -> "ReviewState":
        log = read_decisions(out / REVIEW_FILE)
        in_force = log.in_force()
        return cls(log=log,
                   claim_decision={d.claim_id: d for d in in_force.decisions if d.kind in CLAIM_DECISIONS},
                   pending_adds=in_force.of_kind("add"),
                   entity_decisions=in_force.of_kind("merge", "split", "rename", "not_entity"))

    def status(self, claim: dict) -> str:
        decision = self.claim_decision.get(claim["claim_id"])
        if decision is not None:
            return STATUS_OF[decision.kind]
        return claim.get("review") or "unreviewed"

    def decisions_on_entity(self, entity_id: str) -> list[Decision]:
        return [d for d in self.entity_decisions
                if entity_id in d.data.get("entity_ids", ()) or d.data.get("entity_id") == entity_id]


@dataclass(frozen=True)
class QueueFilter:
    predicate: str = ""
    entity: str = ""
    other: str = ""  # with `entity`: claims between the two
    article: str = ""
    status: str = ""
    min_confidence: float | None = None
    max_confidence: float | None = None

    @classmethod
    def from_args(cls, args) -> "QueueFilter":
        def number(name: str) -> float | None:
            try:
                return float(args.get(name, ""))
            except ValueError:
                return None
        status = args.get("status", "")
        return cls(predicate=args.get("predicate", ""), entity=args.get("entity", ""), other=args.get("other", ""),
                   article=args.get("article", ""), status=status if status in STATUSES else "",
                   min_confidence=number("min_confidence"), max_confidence=number("max_confidence"))

    def as_args(self) -> dict[str, str]:
        found = {"predicate": self.predicate, "entity": self.entity, "other": self.other, "article": self.article,
                 "status": self.status,
                 "min_confidence": "" if self.min_confidence is None else f"{self.min_confidence:g}",
                 "max_confidence": "" if self.max_confidence is None else f"{self.max_confidence:g}"}
        return {k: v for k, v in found.items() if v}

    def keeps(self, claim: dict, status: str) -> bool:
        ids = entity_ids_of(claim)
        return ((not self.predicate or claim["predicate"] == self.predicate)
                and (not self.entity or self.entity in ids) and (not self.other or self.other in ids)
                and (not self.article or any(e["article_id"] == self.article for e in claim["evidence"]))
                and (not self.status or status == self.status)
                and (self.min_confidence is None or claim["confidence"] >= self.min_confidence)
                and (self.max_confidence is None or claim["confidence"] <= self.max_confidence))


def queue(run: RunData, state: ReviewState, wanted: QueueFilter) -> list[tuple[dict, str]]:
    """(claim, status) to review, best use of the reviewer's time first: unreviewed, then the least
    confident, and among those the best supported (one decision there settles more evidence).

    "Unreviewed" in the order means as of the last run: a decision made now does not move its
    claim, so j/k keep walking the same list."""
    found = [(c, state.status(c)) for c in run.claims]
    found = [(c, s) for c, s in found if wanted.keeps(c, s)]
    found.sort(key=lambda cs: (bool(cs[0].get("review")), cs[0]["confidence"], -cs[0]["support"], cs[0]["claim_id"]))
    return found


def overview_counts(run: RunData, state: ReviewState) -> dict:
    statuses = Counter(state.status(c) for c in run.claims)
    statuses["added"] += len(state.pending_adds)
    statuses["rejected"] += run.run_info.get("review", {}).get("claims_rejected", 0)
    return {
        "statuses": [(s, statuses[s]) for s in STATUSES],
        "predicates": Counter(c["predicate"] for c in run.claims).most_common(),
        "entities": sorted(run.entities.values(), key=lambda e: (-e["mentions"], e["name"]))[:15],
        "articles": Counter(c.get("status") for c in (vars(a) for a in run.articles.values())),
    }
