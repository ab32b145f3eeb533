"""Entity decisions (merge, split, rename, not_entity) applied to the resolver's answer.

They work like the user's alias file in that they win over automatic resolution, but on the
entities the reviewer saw rather than on name keys: an alias such as "Allen" may belong to two
entities of a run, and a merge of two of them must not pull in a third that shares a name.
Applied in file order to the resolution of every run, so mentions that arrive with new
articles follow the decisions too. A decision may name an entity that an earlier decision
merged away (the page shows the output of the last run): the id is followed to the survivor.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable

from models import ArticleAnalysis, Entity, Resolution
from pipeline.ids import entity_id as derive_entity_id
from pipeline.resolve.names import best_form
from pipeline.resolve.normalize import clean_name
from pipeline.name_strings import name_key
from pipeline.review.decisions import Decision

MentionKey = tuple[str, int]  # (article_id, mention index)


@dataclass
class EntityEdits:
    """What the entity decisions did, for the claim decisions and the report."""

    redirect: dict[str, str] = field(default_factory=dict)  # merged-away or emptied id -> where it went
    dropped: dict[str, int] = field(default_factory=dict)  # not-an-entity id -> decision line
    origins: dict[str, set[str]] = field(default_factory=dict)  # entity id -> the automatic ids it holds
    applied: Counter = field(default_factory=Counter)
    stale: list[dict] = field(default_factory=list)

    def current(self, eid: str) -> str | None:
        """The entity `eid` is now part of, or None when it is gone or never existed."""
        seen = set()
        while eid in self.redirect and eid not in seen:
            seen.add(eid)
            eid = self.redirect[eid]
        return None if eid in self.dropped else eid

    def origins_of(self, eid: str) -> set[str]:
        return self.origins.get(eid, {eid})


class _Table:
    def __init__(self, resolution: Resolution):
        self.entities: dict[str, Entity] = {e.entity_id: e for e in resolution.entities}
        self.assigned: dict[MentionKey, str] = {
            (article, index): eid for article, mentions in resolution.entity_of.items()
            for index, eid in mentions.items()}
        self.members: dict[str, set[MentionKey]] = defaultdict(set)
        for key, eid in self.assigned.items():
            self.members[eid].add(key)
        self.ever: set[str] = set(self.entities)

    def move(self, keys: Iterable[MentionKey], to: str) -> None:
        for key in keys:
            self.members[self.assigned[key]].discard(key)
            self.assigned[key] = to
            self.members[to].add(key)

    def recount(self, eid: str) -> None:
        self.entities[eid] = self.entities[eid].model_copy(update={"mentions": len(self.members[eid])})

    def resolution(self) -> Resolution:
        entity_of: dict[str, dict[int, str]] = {}
        for (article, index), eid in sorted(self.assigned.items()):
            entity_of.setdefault(article, {})[index] = eid
        return Resolution(entities=sorted(self.entities.values(), key=lambda e: e.entity_id), entity_of=entity_of)


@dataclass
class _Mentions:
    """Surface form of each named mention, and what each pronoun or description refers to."""

    forms: dict[MentionKey, str] = field(default_factory=dict)
    refers_to: dict[MentionKey, MentionKey] = field(default_factory=dict)

    @classmethod
    def read(cls, analyses: Iterable[ArticleAnalysis]) -> "_Mentions":
        found = cls()
        for analysis in analyses:
            article = analysis.article.article_id
            for m in analysis.mentions:
                if m.refers_to is None:
                    found.forms[(article, m.index)] = clean_name(m.text, m.label)
                else:
                    found.refers_to[(article, m.index)] = (article, m.refers_to)
        return found


def apply_entity_decisions(resolution: Resolution, decisions: list[Decision],
                           analyses: Callable[[], Iterable[ArticleAnalysis]]) -> tuple[Resolution, EntityEdits]:
    """The resolution after the decisions, in file order; `analyses` is read only for splits."""
    edits = EntityEdits()
    if not decisions:
        return resolution, edits
    table = _Table(resolution)
    mentions = _Mentions.read(analyses()) if any(d.kind == "split" for d in decisions) else _Mentions()
    for decision in decisions:
        handler = {"merge": _merge, "split": _split, "rename": _rename, "not_entity": _not_entity}[decision.kind]
        reason = handler(table, edits, decision, mentions)
        if reason:
            edits.stale.append({"line": decision.line, "decision": decision.kind, "reason": reason})
        else:
            edits.applied[decision.kind] += 1
    return table.resolution(), edits


def _missing(edits: EntityEdits, eid: str) -> str:
    seen = eid
    while seen in edits.redirect:
        seen = edits.redirect[seen]
    if seen in edits.dropped:
        return f"entity {eid} was marked not an entity (line {edits.dropped[seen]})"
    return f"entity {eid} is not in this run's entities"


def _merge(table: _Table, edits: EntityEdits, decision: Decision, mentions: _Mentions) -> str | None:
    wanted = decision.data["entity_ids"]
    present = list(dict.fromkeys(c for c in (edits.current(e) for e in wanted) if c in table.entities))
    missing = [e for e in wanted if edits.current(e) not in table.entities]
    if len(present) < 2:
        return "; ".join(_missing(edits, e) for e in missing) or "the entities are already one"
    survivor, others = present[0], present[1:]
    kept = table.entities[survivor]
    aliases = set(kept.aliases)
    for other in others:
        table.move(list(table.members[other]), survivor)
        aliases |= set(table.entities.pop(other).aliases)
        edits.redirect[other] = survivor
        edits.origins[survivor] = edits.origins_of(survivor) | edits.origins_of(other)
    name = clean_name(decision.data.get("name") or kept.name)
    table.entities[survivor] = kept.model_copy(update={"name": name, "aliases": sorted(aliases)})
    table.recount(survivor)
    if missing:  # the present ones are merged; the rest is reported, not silently ignored
        edits.stale.append({"line": decision.line, "decision": "merge",
                            "reason": "partly applied: " + "; ".join(_missing(edits, e) for e in missing)})
    return None


def _split(table: _Table, edits: EntityEdits, decision: Decision, mentions: _Mentions) -> str | None:
    forms = mentions.forms
    source_id = edits.current(decision.data["entity_id"])
    if source_id not in table.entities:
        return _missing(edits, decision.data["entity_id"])
    source = table.entities[source_id]
    keys = {name_key(clean_name(a)) for a in decision.data["aliases"]} - {""}
    named = [k for k in table.members[source_id] if k in forms and name_key(forms[k]) in keys]
    moving_aliases = sorted(a for a in source.aliases if name_key(a) in keys)
    if not named and not moving_aliases:
        return f"none of the aliases {decision.data['aliases']} belong to entity {source_id}"
    if not [k for k in table.members[source_id] if k in forms and name_key(forms[k]) not in keys] \
            and set(moving_aliases) == set(source.aliases):
        return f"the aliases are all of entity {source_id}: nothing would remain (rename it instead)"
    moving = set(named) | {k for k in table.members[source_id] if mentions.refers_to.get(k) in set(named)}
    moved_forms = Counter(forms[k] for k in named)
    name = clean_name(decision.data.get("name") or best_form(moved_forms, set()) or moving_aliases[0])
    new_id = derive_entity_id(source.type, name)
    if new_id in table.ever:  # the name is taken by another entity of the run (or was): still one id per entity
        new_id = derive_entity_id(source.type, name + "\x1f" + source_id)
    table.ever.add(new_id)
    table.entities[new_id] = Entity(entity_id=new_id, name=name, type=source.type,
                                    aliases=sorted(set(moved_forms) | set(moving_aliases)))
    table.move(moving, new_id)
    remaining = sorted(a for a in source.aliases if name_key(a) not in keys)
    table.entities[source_id] = source.model_copy(update={"aliases": remaining})
    table.recount(source_id)
    table.recount(new_id)
    edits.origins[new_id] = set(edits.origins_of(source_id))
    return None


def _rename(table: _Table, edits: EntityEdits, decision: Decision, mentions: _Mentions) -> str | None:
    eid = edits.current(decision.data["entity_id"])
    if eid not in table.entities:
        return _missing(edits, decision.data["entity_id"])
    table.entities[eid] = table.entities[eid].model_copy(update={"name": clean_name(decision.data["name"])})
    return None


def _not_entity(table: _Table, edits: EntityEdits, decision: Decision, mentions: _Mentions) -> str | None:
    eid = edits.current(decision.data["entity_id"])
    if eid not in table.entities:
        return _missing(edits, decision.data["entity_id"])
    for key in list(table.members.pop(eid, ())):
        del table.assigned[key]
    del table.entities[eid]
    edits.dropped[eid] = decision.line
    return None
