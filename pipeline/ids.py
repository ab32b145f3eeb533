"""Stable, content-derived ids: the same content always gets the same id."""
from __future__ import annotations

import hashlib
import json


def stable_hash(*parts: object, length: int = 16) -> str:
    """Hex digest of the parts; dicts and lists are hashed in their canonical JSON form."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        if not isinstance(part, str):
            part = json.dumps(part, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def article_id(source: str, text: str | None) -> str:
    return "a_" + stable_hash(source, text or "")


def entity_id(entity_type: str, canonical_name: str) -> str:
    return "e_" + stable_hash(entity_type, canonical_name.casefold())


def claim_id(subject_id: str, predicate: str, object_key: str, qualifiers: dict) -> str:
    return "c_" + stable_hash(subject_id, predicate, object_key, qualifiers)
