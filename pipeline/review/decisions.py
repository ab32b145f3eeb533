"""Reviewers' decisions (review.jsonl, CONTRACT.md): parse, validate, and pick the ones in force.

A file may be written by `newsclaims review`, by hand or by another tool, so every line is
checked on its own: a malformed line is reported with its number and a one-line reason and
skipped, the rest still apply. Beyond the contract's decisions, `undo` (`line`: an earlier
line's number) withdraws that line, which is how the page undoes without rewriting the file.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterable

CLAIM_DECISIONS = ("accept", "reject", "correct")
ENTITY_DECISIONS = ("merge", "split", "rename", "not_entity")
DECISIONS = (*CLAIM_DECISIONS, "add", *ENTITY_DECISIONS, "undo")
CORRECTABLE = ("subject", "predicate", "object", "value", "qualifiers", "polarity", "modality")
POLARITIES = ("affirmed", "negated")
MODALITIES = ("asserted", "reported", "hedged")


class Malformed(ValueError):
    """A decision line that cannot be applied; the message is the one-line reason."""


@dataclass(frozen=True)
class Decision:
    line: int  # 1-based line number in the file: how reports and `undo` name a decision
    kind: str
    data: dict[str, Any]

    @property
    def reviewer(self) -> str | None:
        return self.data.get("reviewer")

    @property
    def claim_id(self) -> str | None:
        return self.data.get("claim_id")


@dataclass
class DecisionLog:
    decisions: list[Decision] = field(default_factory=list)  # valid lines, in file order
    malformed: list[dict] = field(default_factory=list)  # {"line", "reason"}

    def in_force(self) -> "InForce":
        """Drop undone lines; of the claim decisions on one claim id, only the last line stays."""
        undone: set[int] = set()
        for d in reversed(self.decisions):  # an undo can itself be undone: later lines first
            if d.kind == "undo" and d.line not in undone:
                undone.add(d.data["line"])
        live = [d for d in self.decisions if d.kind != "undo" and d.line not in undone]
        last_on_claim: dict[str, Decision] = {}
        for d in live:
            if d.kind in CLAIM_DECISIONS:
                last_on_claim[d.claim_id] = d
        kept = [d for d in live if d.kind not in CLAIM_DECISIONS or last_on_claim[d.claim_id] is d]
        return InForce(decisions=kept, undone=len(undone & {d.line for d in self.decisions}),
                       superseded=len(live) - len(kept))


@dataclass
class InForce:
    decisions: list[Decision]
    undone: int = 0
    superseded: int = 0

    def of_kind(self, *kinds: str) -> list[Decision]:
        return [d for d in self.decisions if d.kind in kinds]


def parse_decisions(lines: Iterable[str]) -> DecisionLog:
    log = DecisionLog()
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            log.decisions.append(parse_line(raw, number))
        except Malformed as exc:
            log.malformed.append({"line": number, "reason": str(exc)})
    return log


def parse_line(raw: str, number: int) -> Decision:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise Malformed(f"not JSON: {exc.msg} at column {exc.colno}") from None
    return validate(data, number)


def validate(data: Any, number: int) -> Decision:
    """The decision `data` states, or Malformed saying what is wrong with it."""
    if not isinstance(data, dict):
        raise Malformed("not a JSON object")
    kind = data.get("decision")
    if kind not in DECISIONS:
        raise Malformed(f"unknown decision {kind!r}; expected one of {', '.join(DECISIONS)}")
    for optional in ("reviewer", "at", "note", "id"):
        if data.get(optional) is not None and not isinstance(data[optional], str):
            raise Malformed(f"{optional} must be a string")
    _CHECKS[kind](data, number)
    return Decision(line=number, kind=kind, data=data)


def _text(data: dict, key: str, where: str = "") -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise Malformed(f"{where}{key} must be a non-empty string")
    return value


def _entity_ref(value: Any, where: str) -> None:
    if not isinstance(value, dict) or not any(isinstance(value.get(k), str) and value[k].strip()
                                              for k in ("entity_id", "name")):
        raise Malformed(f"{where} must be an object with entity_id or name")
    if value.get("type") is not None and not isinstance(value["type"], str):
        raise Malformed(f"{where}.type must be a string")


def _qualifiers(value: Any, where: str) -> None:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise Malformed(f"{where} must be an object of strings")


def _choice(data: dict, key: str, allowed: tuple[str, ...], where: str) -> None:
    if key in data and data[key] not in allowed:
        raise Malformed(f"{where}{key} must be one of {', '.join(allowed)}")


def _check_claim_target(data: dict, number: int) -> None:
    _text(data, "claim_id")


def _check_correct(data: dict, number: int) -> None:
    _text(data, "claim_id")
    changes = data.get("set")
    if not isinstance(changes, dict) or not changes:
        raise Malformed("set must be a non-empty object")
    unknown = sorted(set(changes) - set(CORRECTABLE))
    if unknown:
        raise Malformed(f"set cannot change {', '.join(unknown)}; only {', '.join(CORRECTABLE)}")
    if "subject" in changes:
        _entity_ref(changes["subject"], "set.subject")
    if changes.get("object") is not None:
        _entity_ref(changes["object"], "set.object")
    if "predicate" in changes:
        _text(changes, "predicate", "set.")
    if changes.get("value") is not None and not isinstance(changes["value"], str):
        raise Malformed("set.value must be a string or null")
    if "qualifiers" in changes:
        _qualifiers(changes["qualifiers"], "set.qualifiers")
    _choice(changes, "polarity", POLARITIES, "set.")
    _choice(changes, "modality", MODALITIES, "set.")


def _check_add(data: dict, number: int) -> None:
    claim = data.get("claim")
    if not isinstance(claim, dict):
        raise Malformed("claim must be an object")
    _entity_ref(claim.get("subject"), "claim.subject")
    _text(claim, "predicate", "claim.")
    if claim.get("object") is not None:
        _entity_ref(claim["object"], "claim.object")
    elif not isinstance(claim.get("value"), str) or not claim["value"].strip():
        raise Malformed("claim needs an object or a value")
    if claim.get("attributed_to") is not None:
        _entity_ref(claim["attributed_to"], "claim.attributed_to")
    if "qualifiers" in claim:
        _qualifiers(claim["qualifiers"], "claim.qualifiers")
    _choice(claim, "polarity", POLARITIES, "claim.")
    _choice(claim, "modality", MODALITIES, "claim.")
    evidence = claim.get("evidence")
    if not isinstance(evidence, dict):
        raise Malformed("claim.evidence must be an object with article_id, start and end")
    _text(evidence, "article_id", "claim.evidence.")
    if not all(_is_int(evidence.get(k)) for k in ("start", "end")) or not 0 <= evidence["start"] < evidence["end"]:
        raise Malformed("claim.evidence start and end must be integers with 0 <= start < end")
    for key in ("subject_span", "object_span"):
        span = evidence.get(key)
        if span is not None and not (isinstance(span, list) and len(span) == 2 and all(map(_is_int, span))
                                     and 0 <= span[0] < span[1]):
            raise Malformed(f"claim.evidence.{key} must be [start, end] or null")


def _check_merge(data: dict, number: int) -> None:
    ids = data.get("entity_ids")
    if not isinstance(ids, list) or not all(isinstance(i, str) and i for i in ids) or len(set(ids)) < 2:
        raise Malformed("entity_ids must list two or more distinct entity ids")
    if data.get("name") is not None:
        _text(data, "name")


def _check_split(data: dict, number: int) -> None:
    _text(data, "entity_id")
    aliases = data.get("aliases")
    if not isinstance(aliases, list) or not aliases or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise Malformed("aliases must be a non-empty list of names")
    if data.get("name") is not None:
        _text(data, "name")


def _check_rename(data: dict, number: int) -> None:
    _text(data, "entity_id")
    _text(data, "name")


def _check_entity(data: dict, number: int) -> None:
    _text(data, "entity_id")


def _check_undo(data: dict, number: int) -> None:
    target = data.get("line")
    if not _is_int(target) or not 1 <= target < number:
        raise Malformed("undo needs line: the number of an earlier line")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_CHECKS = {
    "accept": _check_claim_target, "reject": _check_claim_target, "correct": _check_correct, "add": _check_add,
    "merge": _check_merge, "split": _check_split, "rename": _check_rename, "not_entity": _check_entity,
    "undo": _check_undo,
}
