"""News datelines: "DAYTON, Ohio (AP) --", "SAN FRANCISCO (Reuters) -", "TROY, Mich. --".

The statistical NER misses places written in capitals at the head of a story, and those places
carry relations (where an organisation is based, where a person lives). A dateline is a run of
capitalised words opening a sentence, then a region after a comma and/or a wire agency in
brackets, then a dash.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator, Optional

import spacy
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from models import Article, Dateline
from pipeline.extract.doctext import doc_text

from pipeline.lexicon import DASHES

# A dateline ends in a dash, or in an underscore or colon on some wires.
DATELINE_ENDS = DASHES | {"_", ":"}
MAX_PLACE_WORDS = 4
MAX_REGION_WORDS = 3
# A story's own dateline opens its text: its first lines (a headline may come first). There a place
# alone before a dash counts too ("WASHINGTON — ..."), unless the capitals are a kicker.
DATELINE_LINES = 3
NOT_PLACES = frozenset({"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "VIDEO", "OPINION", "ANALYSIS",
                        "EDITORIAL", "LIVE", "NEW", "REVIEW", "PHOTOS", "CORRECTION", "ALERT", "FLASHBACK"})
MAX_DATELINE_LINE = 400


def _is_capitals(token) -> bool:
    return token.is_alpha and token.is_upper and len(token) >= 2


def _dateline_at(doc: Doc, start: int, end: int, bare: bool = False) -> list[Span]:
    """The spans of a dateline opening doc[start:end], or none. A place alone before the dash
    ("WASHINGTON —") counts only when `bare` (the story's opening line)."""
    i = start
    while i < end and doc[i].is_space:
        i += 1
    j = i
    while j < end and j - i < MAX_PLACE_WORDS and _is_capitals(doc[j]):
        j += 1
    if j == i or (j < end and _is_capitals(doc[j])):
        return []
    spans = [Span(doc, i, j, label="GPE")]
    k = j
    if k < end and doc[k].text == ",":
        e = k + 1
        while e < end and e - (k + 1) < MAX_REGION_WORDS and doc[e].text[:1].isupper() and not doc[e].is_punct:
            e += 1
        if e > k + 1:
            spans.append(Span(doc, k + 1, e, label="GPE"))
            k = e
    has_agency = k + 2 < end and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].text[:1].isupper()
    if has_agency:
        spans.append(Span(doc, k + 1, k + 2, label="ORG"))
        k += 3
    if k >= len(doc) or doc[k].text not in DATELINE_ENDS:
        return []
    if len(spans) == 1 and not (bare and spans[0].text not in NOT_PLACES and doc[k].text in DASHES
                                and doc[k - 1].whitespace_):
        return []  # "BUSTED: ...", a kicker, "SIEGEL--Jerome Arthur" (a death notice), or not an opening line
    return spans


def dateline_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens of every dateline (place, region, agency and the punctuation between).

    A dateline is the article's metadata, where and by whom it was filed: "BEIJING (AP) -" states
    no fact about the agency, so the relation rules leave its names alone."""
    found = set()
    opening = _opening_end(doc_text(doc))
    for sentence in doc.sents:
        spans = _dateline_at(doc, sentence.start, sentence.end, bare=sentence.start_char < opening)
        if spans:
            found.update(range(spans[0].start, spans[-1].end + (1 if doc[spans[-1].end].text == ")" else 0)))
    return found


def _opening_end(text: str) -> int:
    """Where a story's opening lines (the first DATELINE_LINES non-empty ones) end."""
    seen, position = 0, 0
    for line in text.splitlines(keepends=True):
        position += len(line)
        seen += bool(line.strip())
        if seen >= DATELINE_LINES:
            break
    return position


def tag_datelines(doc: Doc) -> None:
    """Give every dateline's place, region and agency their entity labels, replacing what overlaps."""
    found = [span for sentence in doc.sents for span in _dateline_at(doc, sentence.start, sentence.end)]
    if not found:
        return
    taken = {i for span in found for i in range(span.start, span.end)}
    kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    doc.ents = sorted(filter_spans(kept + found), key=lambda s: s.start)


@lru_cache(maxsize=1)
def _tokenizer():
    return spacy.blank("en").tokenizer  # the same tokens the model's pipeline starts from


def article_dateline(text: Optional[str]) -> Optional[Dateline]:
    """The dateline a story opens with ("BEIJING (AP) - ..."), read by the rule that keeps its
    names out of relations, or None."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        doc = _tokenizer()(line[:MAX_DATELINE_LINE])
        spans = _dateline_at(doc, 0, len(doc), bare=True)
        if spans:
            places = [s.text for s in spans if s.label_ == "GPE"]
            agency = next((s.text for s in spans if s.label_ == "ORG"), None)
            return Dateline(place=places[0], region=places[1] if len(places) > 1 else None, agency=agency)
    return None


def with_datelines(articles: Iterable[Article]) -> Iterator[Article]:
    """Kept articles with their dateline as metadata (articles.jsonl's `dateline`)."""
    for article in articles:
        dateline = article_dateline(article.text) if article.status == "kept" else None
        yield article.model_copy(update={"dateline": dateline}) if dateline is not None else article
