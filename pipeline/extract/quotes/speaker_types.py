"""Works, products and events do not speak.

The small model types some speakers by the words around them: a name right after a closing
quotation mark or in a headline's style becomes WORK_OF_ART ('"...," Henri Termeer, Genzyme
president, said'; 'S and P said'), a name before a model number PRODUCT. Once the quote rules have
made a name a quote's speaker, that name is a person's (a known given name first) or an
organisation's, in every mention of the article that writes it so; the type vote of resolution
then sees what the text says it does. A law or a treaty's article does speak, as documents do
("Article I of the agreement states that ..."), and keeps its type.
"""
from __future__ import annotations

from models import Mention, RelationMention
from pipeline.extract.mention_index import root_mention
from pipeline.given_names import is_given_name

UNSPEAKING_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT"})


def type_speakers(mentions: list[Mention], relations: list[RelationMention]) -> list[Mention]:
    """`mentions` with each quote speaker typed as one of UNSPEAKING_LABELS retyped PERSON or ORG."""
    by_index = {m.index: m for m in mentions}
    retyped: dict[str, str] = {}
    for relation in relations:
        if relation.predicate != "said" or relation.subject not in by_index:
            continue
        speaker = root_mention(by_index[relation.subject], by_index)
        if speaker.label in UNSPEAKING_LABELS and speaker.text.split():
            first = speaker.text.split()[0]
            retyped[speaker.text] = "PERSON" if is_given_name(first) or is_given_name(first.split("-")[0]) else "ORG"
    if not retyped:
        return mentions
    return [m.model_copy(update={"label": retyped[m.text]})
            if m.refers_to is None and m.label in UNSPEAKING_LABELS and m.text in retyped else m for m in mentions]
