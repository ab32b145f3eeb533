"""Pronouns and descriptive mentions ("he", "the institute") linked to the named mention they stand for."""
from __future__ import annotations

from spacy.tokens import Doc

from models import Mention


def link_references(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Return `mentions` plus new mentions with `refers_to` set, where the text makes the antecedent clear."""
    return mentions
