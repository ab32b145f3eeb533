"""The records each stage yields.

Output records (Article, Entity, Claim) follow shared/CONTRACT.md field for field; the
intermediate ones (Document, Mention, RelationMention, ArticleAnalysis, Resolution) are what
the stages hand each other. Fields may be added (with defaults), never renamed.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

ArticleStatus = Literal["kept", "duplicate", "empty", "error"]
Polarity = Literal["affirmed", "negated"]
Modality = Literal["asserted", "reported", "hedged"]


class Document(BaseModel):
    """One readable unit from ingest: a file, a JSONL record or a WARC response record.

    `content` is decoded text (plain text or HTML, as `kind` says). When the unit could not be
    read, `content` is None and `error` says why in one line.
    """

    source: str
    kind: Literal["text", "html"] = "text"
    content: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    doc_id: Optional[str] = None  # an id the dump itself gave (JSONL `id`, WARC record id)
    captured: Optional[str] = None  # when a crawler fetched it (WARC-Date): an upper bound, not `published`
    error: Optional[str] = None


class Article(BaseModel):
    """One article: a line of articles.jsonl (CONTRACT.md)."""

    article_id: str
    source: str
    status: ArticleStatus
    duplicate_of: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    text: Optional[str] = None
    error: Optional[str] = None


class Mention(BaseModel):
    """An entity mention in an article's cleaned text (character offsets into Article.text).

    `refers_to` links a pronoun or descriptive mention ("the institute", "he") to the index of
    the named mention it stands for; such mentions are never used as aliases.
    """

    index: int
    text: str
    label: str
    start: int
    end: int
    refers_to: Optional[int] = None


class RelationMention(BaseModel):
    """A relation stated in one sentence, between mentions of one article (by Mention.index)."""

    predicate: str
    subject: int
    object: Optional[int] = None
    value: Optional[str] = None  # a literal object, e.g. a direct quote
    value_span: Optional[tuple[int, int]] = None
    qualifiers: dict[str, str] = Field(default_factory=dict)
    attributed_to: Optional[int] = None
    polarity: Polarity = "affirmed"
    modality: Modality = "asserted"
    confidence: float = 0.5
    sentence_start: int
    sentence_end: int
    rule: str = ""  # the construction that produced it; confidence is calibrated per rule


class ArticleAnalysis(BaseModel):
    """What extraction found in one article."""

    article: Article
    mentions: list[Mention] = Field(default_factory=list)
    relations: list[RelationMention] = Field(default_factory=list)


class Entity(BaseModel):
    """One canonical entity: a line of entities.jsonl (CONTRACT.md)."""

    entity_id: str
    name: str
    type: str
    aliases: list[str] = Field(default_factory=list)
    mentions: int = 0


class Resolution(BaseModel):
    """Resolve's answer: the canonical entities and, per article, mention index -> entity_id."""

    entities: list[Entity] = Field(default_factory=list)
    entity_of: dict[str, dict[int, str]] = Field(default_factory=dict)

    def entity_id(self, article_id: str, mention_index: int) -> Optional[str]:
        return self.entity_of.get(article_id, {}).get(mention_index)


class EntityRef(BaseModel):
    entity_id: str
    name: str


class Evidence(BaseModel):
    article_id: str
    sentence: str
    start: int
    end: int
    subject_span: Optional[tuple[int, int]] = None
    object_span: Optional[tuple[int, int]] = None


class Claim(BaseModel):
    """One canonical claim: a line of claims.jsonl (CONTRACT.md)."""

    model_config = ConfigDict(populate_by_name=True)

    claim_id: str
    subject: EntityRef
    predicate: str
    object: Optional[EntityRef] = None
    value: Optional[str] = None
    qualifiers: dict[str, str] = Field(default_factory=dict)
    attributed_to: Optional[EntityRef] = None
    polarity: Polarity = "affirmed"
    modality: Modality = "asserted"
    confidence: float
    evidence: list[Evidence]
    support: int
