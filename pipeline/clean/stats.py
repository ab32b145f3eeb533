"""Cross-dump line statistics: a line that recurs in many documents of one dump is boilerplate.

Built in a first pass over the dump (`LineStats.from_documents`), then handed to
`clean_documents`. Memory stays bounded: only an 8-byte hash of each normalised line is
counted, once per document, and only lines short enough to be page furniture are counted.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from models import Document
from pipeline.clean.wrapping import unwrap_lines

MAX_COUNTED_CHARS = 400  # longer lines are prose; syndicated prose must not count as furniture
# In a small dump most documents may be copies of one story (a folder holding an article three
# times): its sentences recur in "most of the dump" without being furniture. Prose counts as
# boilerplate only in a dump at least this large, where dedup cannot explain the repetition.
MIN_DOCUMENTS_FOR_PROSE = 20
PROSE_MIN_SHARE = 0.5


def line_hash(line: str) -> int:
    key = " ".join(line.split()).casefold().encode("utf-8")
    return int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "big")


@dataclass
class LineStats:
    """How many documents of a dump contain each (hashed, normalised) line."""

    documents: int = 0
    document_frequency: Counter = field(default_factory=Counter)
    min_documents: int = 3
    min_share: float = 0.05

    def add_text(self, text: str) -> None:
        self.documents += 1
        # the units the classifier asks about: a hard-wrapped paragraph is one line there
        seen = {line_hash(line) for line in unwrap_lines(text.splitlines())
                if line.strip() and len(line) <= MAX_COUNTED_CHARS}
        self.document_frequency.update(seen)

    @classmethod
    def from_documents(cls, docs: Iterable[Document], **options) -> "LineStats":
        """Count lines over the plain-text documents of a dump (HTML pages are cleaned by structure)."""
        stats = cls(**options)
        for doc in docs:
            if doc.error is None and doc.content is not None and doc.kind == "text":
                stats.add_text(doc.content)
        return stats

    def digest(self) -> str:
        """Stable digest of the statistics, for cache keys of results cleaned with them."""
        h = hashlib.blake2b(digest_size=16)
        h.update(f"{self.documents}|{self.min_documents}|{self.min_share}".encode())
        for key, count in sorted(self.document_frequency.items()):
            h.update(key.to_bytes(8, "big") + count.to_bytes(4, "big"))
        return h.hexdigest()

    def frequency(self, line: str) -> int:
        if len(line) > MAX_COUNTED_CHARS:
            return 0
        return self.document_frequency.get(line_hash(line), 0)

    def is_boilerplate(self, line: str) -> bool:
        """True when the line recurs in at least `min_documents` documents and `min_share` of the dump.

        Two copies of one article (a duplicate, a syndicated story) share their lines too, which is
        why a couple of documents are never enough: dedup, not cleaning, handles those.
        """
        df = self.frequency(line)
        return df >= self.min_documents and df >= self.min_share * self.documents

    def is_boilerplate_prose(self, line: str) -> bool:
        """True when a sentence-like line recurs in most documents of a sizeable dump (a site-wide disclaimer)."""
        return (self.documents >= MIN_DOCUMENTS_FOR_PROSE
                and self.frequency(line) >= max(self.min_documents, PROSE_MIN_SHARE * self.documents))
