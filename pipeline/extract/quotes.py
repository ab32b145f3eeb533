"""Direct quotes with their speaker, and attribution of reported speech."""
from __future__ import annotations

from spacy.tokens import Doc

from models import Mention, RelationMention


def extract_quotes(doc: Doc, mentions: list[Mention]) -> list[RelationMention]:
    return []


def attribute_reported_speech(doc: Doc, mentions: list[Mention], relations: list[RelationMention]) -> list[RelationMention]:
    return relations
