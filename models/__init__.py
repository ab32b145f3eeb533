"""Typed records that cross stage boundaries. No spaCy objects live here."""
from models.records import (
    Article,
    ArticleAnalysis,
    Claim,
    Dateline,
    Document,
    Entity,
    EntityRef,
    Evidence,
    Mention,
    RelationMention,
    Resolution,
)

__all__ = [
    "Article",
    "ArticleAnalysis",
    "Claim",
    "Dateline",
    "Document",
    "Entity",
    "EntityRef",
    "Evidence",
    "Mention",
    "RelationMention",
    "Resolution",
]
