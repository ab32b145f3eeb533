"""Clean stage: Documents -> Articles holding only article text."""
from __future__ import annotations

from typing import Iterable, Iterator

import trafilatura

from models import Article, Document
from pipeline.ids import article_id


def clean_text(text: str) -> str:
    return "\n\n".join(p.strip() for p in text.split("\n\n") if p.strip())


def clean_documents(docs: Iterable[Document]) -> Iterator[Article]:
    for doc in docs:
        meta = dict(title=doc.title, url=doc.url, published=doc.published)
        if doc.error is not None or doc.content is None:
            yield Article(article_id=article_id(doc.source, None), source=doc.source, status="error",
                          error=doc.error or "no content", **meta)
            continue
        if doc.kind == "html":
            text = trafilatura.extract(doc.content, deduplicate=False) or ""
        else:
            text = clean_text(doc.content)
        if not text.strip():
            yield Article(article_id=article_id(doc.source, None), source=doc.source, status="empty",
                          error="no article text found", **meta)
            continue
        yield Article(article_id=article_id(doc.source, text), source=doc.source, status="kept", text=text, **meta)
