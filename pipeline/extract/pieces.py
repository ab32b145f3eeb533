"""Articles of any length: a text too long for one spaCy Doc is analysed in pieces.

spaCy refuses texts over `nlp.max_length` (1,000,000 characters by default: error E088), and
its parser's memory, and the cost of our per-Doc rules, grow with the Doc: measured on PolNeAR
text, one Doc of 50k characters peaked at 338 MB and 3.0 s, of 100k at 516 MB and 7.7 s, of 200k
at 847 MB and 22.7 s. A text longer than MAX_WHOLE_CHARS is therefore cut into pieces of at most
PIECE_CHARS, at a paragraph break where there is one, else at a sentence end, else at a space;
each piece is analysed as an article of its own, one at a time, and the results are shifted back
so that every offset points into the whole article's text and every mention index is unique.

What a piece cannot see is lost: a pronoun at the start of a piece does not reach a name in the
piece before. Pieces end at paragraph breaks, so this is rare; articles up to MAX_WHOLE_CHARS
(every article of the shared evaluation data) are analysed whole, exactly as before.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc

from models import Article, ArticleAnalysis, Mention, RelationMention
from pipeline.defaults import MAX_WHOLE_CHARS, PIECE_CHARS
from pipeline.extract.doctext import doc_text

# A cut this far into the window at the earliest: a paragraph break near the window's start
# would make a tiny piece and leave most of the window for the next one.
MIN_PIECE_SHARE = 0.25
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
SPACE = re.compile(r"\s+")

# Fields of the extraction records, by what a piece's shift does to them. Every field of Mention
# and RelationMention must be listed here (a test checks it), so a field added later is shifted
# or deliberately left alone, never silently left pointing into the wrong piece.
MENTION_OFFSETS = ("start", "end")
MENTION_INDEXES = ("index", "refers_to")
MENTION_UNSHIFTED = ("text", "label", "name")
RELATION_OFFSETS = ("sentence_start", "sentence_end")
RELATION_SPANS = ("value_span",)
RELATION_INDEXES = ("subject", "object", "attributed_to")
RELATION_UNSHIFTED = ("predicate", "value", "qualifiers", "polarity", "modality", "confidence", "rule")
ANALYSIS_MERGED = ("article", "mentions", "relations", "failure")  # one failed piece rejects the article


def whole_limit(nlp: Language) -> int:
    """The longest text analysed as one Doc."""
    return min(MAX_WHOLE_CHARS, nlp.max_length)


def piece_bounds(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces that cover `text`, each at most `limit` characters."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = start + _cut(text[start:start + limit])
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut(window: str) -> int:
    """Where to end a piece within `window`: after its last paragraph break, sentence end or space
    past MIN_PIECE_SHARE of it; at its end when it has none (one unbroken 'word')."""
    earliest = int(len(window) * MIN_PIECE_SHARE)
    newline = window.rfind("\n")
    if newline >= earliest:
        return newline + 1
    for pattern in (SENTENCE_END, SPACE):
        last = None
        for last in pattern.finditer(window, earliest):
            pass
        if last is not None:
            return last.end()
    return len(window)


def analyse_in_pieces(nlp: Language, article: Article,
                      analyse: Callable[[Doc, Article], ArticleAnalysis]) -> ArticleAnalysis:
    """`analyse` over each piece of the article's text, merged into one analysis of the whole.

    Pieces are parsed one at a time (batch of one), so memory holds one piece's Doc at most.
    """
    text = article.text or ""
    bounds = piece_bounds(text, min(PIECE_CHARS, nlp.max_length))
    pieces = (text[start:end] for start, end in bounds)
    return merge_pieces(article, (
        (start, analyse(doc, article.model_copy(update={"text": text[start:start + len(doc_text(doc))]})))
        for (start, _), doc in zip(bounds, nlp.pipe(pieces, batch_size=1))))


def merge_pieces(article: Article, pieces: Iterable[tuple[int, ArticleAnalysis]]) -> ArticleAnalysis:
    """The analyses of an article's pieces, in order, each with the offset where its piece starts,
    as one analysis of the whole article (also for pieces analysed in other processes)."""
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    index_base = 0
    failure = None
    for start, found in pieces:
        mentions += [shift_mention(m, start, index_base) for m in found.mentions]
        relations += [shift_relation(r, start, index_base) for r in found.relations]
        index_base = max((m.index for m in mentions), default=-1) + 1
        failure = failure or found.failure
    if failure is not None:  # one piece failed: the article is rejected whole, not half-read
        return ArticleAnalysis(article=article, failure=failure)
    return ArticleAnalysis(article=article, mentions=mentions, relations=relations)


def _plus(value: int | None, amount: int) -> int | None:
    return None if value is None else value + amount


def shift_mention(mention: Mention, chars: int, indexes: int) -> Mention:
    update = {name: _plus(getattr(mention, name), chars) for name in MENTION_OFFSETS}
    update |= {name: _plus(getattr(mention, name), indexes) for name in MENTION_INDEXES}
    return mention.model_copy(update=update)


def shift_relation(relation: RelationMention, chars: int, indexes: int) -> RelationMention:
    update: dict[str, object] = {name: _plus(getattr(relation, name), chars) for name in RELATION_OFFSETS}
    update |= {name: _plus(getattr(relation, name), indexes) for name in RELATION_INDEXES}
    for name in RELATION_SPANS:
        span = getattr(relation, name)
        update[name] = None if span is None else (span[0] + chars, span[1] + chars)
    return relation.model_copy(update=update)
