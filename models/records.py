"""The records each stage yields.

Output records (Article, Entity, Claim) follow shared/CONTRACT.md field for field; the
intermediate ones (Document, Mention, RelationMention, ArticleAnalysis, Resolution) are what
the stages hand each other. Fields may be added (with defaults), never renamed.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

ArticleStatus = Literal["kept", "duplicate", "empty", "skipped", "error"]
Polarity = Literal["affirmed", "negated"]
Modality = Literal["asserted", "reported", "hedged"]
ReviewStatus = Literal["accepted", "corrected", "added"]


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


class Dateline(BaseModel):
    """Where and by whom a wire story says it was filed: "BEIJING (AP) -", "TROY, Mich. --"."""

    place: Optional[str] = Field(None, description="The place written in capitals: 'BEIJING' (none in 'Dec 29 (Reuters) -').")
    region: Optional[str] = Field(None, description="The region or country after a comma: 'Mich.'.")
    date: Optional[str] = Field(None, description="The date as the wire writes it: 'Dec 29', 'Nov. 19'.")
    agency: Optional[str] = Field(None, description="The agency in brackets: 'AP'.")


class Article(BaseModel):
    """One article: a line of articles.jsonl (CONTRACT.md)."""

    article_id: str = Field(description="Stable id derived from the content: 'a_' + 16 hex digits of a hash.")
    source: str = Field(description="Where it came from: a path under the input root, with '#L<line>' for a "
                                    "JSONL record, '#story-<n>' for one of several stories on a page, or "
                                    "'<file>.warc.gz#<record id>'.")
    status: ArticleStatus = Field(description="kept (claims point into its text), duplicate (of duplicate_of), "
                                              "empty (no article text found), skipped (readable, not processed) "
                                              "or error (unreadable).")
    duplicate_of: Optional[str] = Field(None, description="article_id of the kept copy this one duplicates.")
    title: Optional[str] = Field(None, description="Title or headline, when the page or record states one.")
    published: Optional[str] = Field(None, description="Publication date or time, ISO 8601, when known.")
    url: Optional[str] = Field(None, description="The page's URL, when known.")
    text: Optional[str] = Field(None, description="Cleaned article text; every evidence offset of claims.jsonl "
                                                  "is a character offset into it. Null unless kept.")
    error: Optional[str] = Field(None, description="One-line reason when the status is error, empty or skipped.")
    authors: Optional[list[str]] = Field(None, description="Bylines the page states (JSON-LD author, author "
                                                           "meta tags), when known.")
    section: Optional[str] = Field(None, description="The site's section for the article (JSON-LD "
                                                     "articleSection, article:section), when known.")
    language: Optional[str] = Field(None, description="ISO 639-1 code of the article's language, when identified "
                                                      "with confidence (a skipped article says which).")
    dateline: Optional[Dateline] = Field(None, description="The story's dateline, when its text opens with one: "
                                                           "article metadata, never a claim (an added field).")


class Mention(BaseModel):
    """An entity mention in an article's cleaned text (character offsets into Article.text).

    `refers_to` links a pronoun or descriptive mention ("the institute", "he") to the index of
    the named mention it stands for; such mentions are never used as aliases. `name` is the full
    name where the text lacks the surname it shares with the next name ("Charles G." in
    "Charles G. and David H. Koch" is Charles G. Koch).
    """

    index: int
    text: str
    label: str
    start: int
    end: int
    refers_to: Optional[int] = None
    name: Optional[str] = None


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
    # why extraction failed on this article (a one-line reason): it is written as an `error` article
    failure: Optional[str] = None


class Entity(BaseModel):
    """One canonical entity: a line of entities.jsonl (CONTRACT.md)."""

    entity_id: str = Field(description="Stable id: the same entity gets the same id in every run.")
    name: str = Field(description="Canonical name: the longest, most complete form found.")
    type: str = Field(description="spaCy label: PERSON, ORG, GPE, LOC, NORP, FAC, PRODUCT, EVENT, ...")
    aliases: list[str] = Field(default_factory=list, description="Every surface form resolved to this entity.")
    mentions: int = Field(0, description="Mentions over all kept articles, pronouns and descriptions included.")


class Resolution(BaseModel):
    """Resolve's answer: the canonical entities and, per article, mention index -> entity_id."""

    entities: list[Entity] = Field(default_factory=list)
    entity_of: dict[str, dict[int, str]] = Field(default_factory=dict)

    def entity_id(self, article_id: str, mention_index: int) -> Optional[str]:
        return self.entity_of.get(article_id, {}).get(mention_index)


class EntityRef(BaseModel):
    """A pointer to an entity of entities.jsonl, with its name for reading."""

    entity_id: str = Field(description="An entity_id of entities.jsonl.")
    name: str = Field(description="That entity's canonical name.")


class Evidence(BaseModel):
    """Where a claim is stated: a sentence of one kept article."""

    article_id: str = Field(description="The kept article (articles.jsonl) whose text holds the sentence.")
    sentence: str = Field(description="The sentence(s) stating the claim: text[start:end] of that article.")
    start: int = Field(description="Character offset of the sentence's start in the article's text.")
    end: int = Field(description="Character offset just past the sentence's end.")
    subject_span: Optional[tuple[int, int]] = Field(
        None, description="[start, end] of the subject's mention in the article's text.")
    object_span: Optional[tuple[int, int]] = Field(
        None, description="[start, end] of the object's mention, or of the quoted words of a said claim.")
    rule: Optional[str] = Field(
        None, description="The construction that read the claim off the sentence (judging, calibration).")
    score: Optional[float] = Field(
        None, description="The extractor's score for this reading, before calibration (pipeline/calibration.py).")


class Claim(BaseModel):
    """One canonical claim: a line of claims.jsonl (CONTRACT.md)."""

    model_config = ConfigDict(populate_by_name=True)

    claim_id: str = Field(description="Stable id derived from subject, predicate, object and qualifiers.")
    subject: EntityRef = Field(description="Who or what the claim is about.")
    predicate: str = Field(description="A relation type of the contract (affiliated_with, said, visited, ...) "
                                       "or 'open:<lemma>' for an untyped relation.")
    object: Optional[EntityRef] = Field(None, description="The other entity, or null when the object is a literal.")
    value: Optional[str] = Field(None, description="The literal object: the quoted words of a said claim.")
    qualifiers: dict[str, str] = Field(default_factory=dict,
                                       description="Details stated with it: date (ISO 8601), role, status, ...")
    attributed_to: Optional[EntityRef] = Field(None, description="Who asserts the claim (a source, a speaker).")
    polarity: Polarity = Field("affirmed", description="affirmed, or negated ('did not visit').")
    modality: Modality = Field("asserted", description="asserted by the article, reported (someone says "
                                                       "so: see attributed_to) or hedged ('may have').")
    confidence: float = Field(description="0..1: how likely the claim is right, combined over its evidence.")
    evidence: list[Evidence] = Field(description="Every sentence stating it, by article.")
    support: int = Field(description="Number of distinct kept articles that state it.")
    review: Optional[ReviewStatus] = Field(None, description="After review: accepted, corrected or added; "
                                                             "absent when unreviewed (rejected claims are not written).")
    reviewed_by: Optional[str] = Field(None, description="Who reviewed it (the decision's reviewer).")

    @model_serializer(mode="wrap")
    def _omit_unreviewed(self, handler: SerializerFunctionWrapHandler) -> dict:
        # Unreviewed claims leave the review fields out: a run without decisions writes the
        # same bytes it wrote before review existed.
        data = handler(self)
        if data.get("review") is None and data.get("reviewed_by") is None:
            data.pop("review", None)
            data.pop("reviewed_by", None)
        return data
