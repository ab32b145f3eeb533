"""Evidence bounds that a reviewer can check: whole sentences holding every argument."""
from __future__ import annotations

from spacy.tokens import Doc

from models import Mention, RelationMention
from pipeline.extract.doctext import doc_text


def cover_arguments(doc: Doc, mentions: list[Mention], relation: RelationMention,
                    by_index: dict[int, Mention] | None = None) -> RelationMention:
    """Evidence bounds cover whole sentences holding every argument of the relation, without
    the white space around them.

    The parser sometimes splits a sentence inside a name ("Xi’an Technological University"), and
    a relation's rule sees one sentence: the evidence a reviewer reads must still show the
    subject and object it names.
    """
    if by_index is None:  # callers covering many relations pass it, built once
        by_index = {m.index: m for m in mentions}
    points = [relation.sentence_start, relation.sentence_end - 1]
    for index in (relation.subject, relation.object, relation.attributed_to):
        mention = by_index.get(index) if index is not None else None
        if mention is not None:
            points += [mention.start, mention.end - 1]
    if relation.value_span is not None:
        points += [relation.value_span[0], relation.value_span[1] - 1]
    starts, ends = [], []
    for point in points:
        token = doc.char_span(point, point + 1, alignment_mode="expand")
        sentence = token.sent if token is not None else None
        starts.append(sentence.start_char if sentence is not None else point)
        ends.append(sentence.end_char if sentence is not None else point + 1)
    start, end = min(starts), max(ends)
    text = doc_text(doc)
    # spaCy's sentences keep the line breaks after them; a sentence shown to a reader does not
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if (start, end) == (relation.sentence_start, relation.sentence_end):
        return relation
    return relation.model_copy(update={"sentence_start": start, "sentence_end": end})
