"""Deduplicate stage: marks repeated articles `duplicate` with `duplicate_of` the kept copy."""
from __future__ import annotations

import hashlib
from typing import Iterable, Iterator

from models import Article


def _fingerprint(text: str) -> str:
    return hashlib.blake2b(" ".join(text.split()).casefold().encode(), digest_size=16).hexdigest()


def deduplicate(articles: Iterable[Article]) -> Iterator[Article]:
    articles = list(articles)
    keeper: dict[str, Article] = {}
    for art in sorted((a for a in articles if a.status == "kept"), key=lambda a: a.article_id):
        keeper.setdefault(_fingerprint(art.text or ""), art)
    for art in articles:
        if art.status == "kept":
            kept = keeper[_fingerprint(art.text or "")]
            if kept.article_id != art.article_id:
                art = art.model_copy(update=dict(status="duplicate", duplicate_of=kept.article_id, text=None))
        yield art
