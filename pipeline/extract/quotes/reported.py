"""Reported speech: relations stated inside someone's words are that someone's claims.

Three constructions attribute a relation to a speaker:
- it lies in the complement of a speech or cognition verb ("Allen said Russia can help",
  "X says that ...", "Russia can help, Allen believes"): the verb's subject is the source;
- its sentence cites "according to X";
- it lies inside a direct quote that extract_quotes gave a speaker.

Such a relation gets `attributed_to` = the source mention and modality `reported`. A relation
already `hedged` stays hedged: the contract has one modality, hedging is the stronger doubt, and
`attributed_to` still records who reported it. Quotes themselves stay `asserted`: that someone
said the words is the writer's own claim.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from models import Mention, RelationMention
from pipeline.extract.doctext import doc_text
from pipeline.extract.mention_index import MentionIndex
from pipeline.extract.quotes.spans import paragraph_bounds
from pipeline.extract.quotes.speech import (
    UNNAMED, according_to_object, is_speech_verb, mention_for_phrase, speaker_of,
)
from pipeline.extract.relations.lexicon import WRITERS_DESCRIPTIONS
from pipeline.speech_words import REPORTING_VERBS

COMPLEMENT_DEPS = ("ccomp", "xcomp", "parataxis")


def _tokens_of(doc: Doc, mention: Mention | None) -> Span | None:
    if mention is None:
        return None
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


def _inside(span: Span | None, token_ids: set[int]) -> bool:
    return span is not None and all(t.i in token_ids for t in span)


def _complement_sources(sentence: Span, index: MentionIndex) -> list[tuple[set[int], int]]:
    """(token ids of a reported complement, source mention index) for each reporting verb."""
    found = []
    for token in sentence:
        if token.lower_ == "according":
            source = according_to_object(token)
            mention = mention_for_phrase(source, index) if source is not None else None
            if mention is not None and mention.label != "NORP":
                # "according to X" vouches for the whole sentence except X's own phrase.
                own = {t.i for t in token.subtree}
                found.append(({t.i for t in sentence if t.i not in own}, mention.index))
            continue
        if not is_speech_verb(token, REPORTING_VERBS):
            continue
        speaker = speaker_of(token, index)
        if speaker is None or speaker == UNNAMED:
            continue
        # The parser sometimes glues the next paragraph onto a sentence: a complement ends
        # where the verb's paragraph does.
        para_start, para_end = paragraph_bounds(doc_text(sentence.doc), token.idx)
        for child in token.children:
            if child.dep_ in COMPLEMENT_DEPS:
                clause = _interrupted_clause(token, child) or child
                found.append(({t.i for t in clause.subtree if para_start <= t.idx < para_end}, speaker))
    return found


# Clauses a frame set off by commas may interrupt ('..., which is an outcome, he said, “...”').
CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "conj", "acl"})


def _interrupted_clause(verb, complement):
    """The clause a frame set off by commas interrupts, when the parser hangs a longer stretch
    before it on the frame's verb: in 'Mook acknowledged they had split the contests, which is an
    outcome, he said, “we've long anticipated”' the report is the relative clause, not the
    writer's main clause. None when the frame is not set off, or the complement follows it."""
    doc = verb.doc
    subject_start = min((c.left_edge.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), default=verb.i)
    first = min(subject_start, verb.i)
    if complement.i > verb.i or first == 0 or doc[first - 1].text != "," or verb.i + 1 >= len(doc) \
            or doc[verb.i + 1].text != ",":
        return None
    node = doc[first - 2] if first >= 2 else None
    while node is not None and node.i != complement.i:
        if node.dep_ in CLAUSE_DEPS and node.pos_ in ("VERB", "AUX") and node.right_edge.i >= first - 2:
            return node
        node = node.head if node.head.i != node.i else None
    return None


def _source_for(relation: RelationMention, doc: Doc, by_index: dict[int, Mention],
                index: MentionIndex, quotes: list[RelationMention]) -> int | None:
    subject = _tokens_of(doc, by_index.get(relation.subject))
    obj = _tokens_of(doc, by_index.get(relation.object)) if relation.object is not None else None
    if subject is None:
        return None
    for quote in quotes:
        start, end = quote.value_span
        if start <= subject.start_char and subject.end_char <= end and (
                obj is None or (start <= obj.start_char and obj.end_char <= end)):
            return quote.subject
    if relation.rule.removesuffix("+chain") in WRITERS_DESCRIPTIONS:
        return None  # "Bucher said residents in Jupiter, Florida, ...": the writer places Jupiter
    sentence = doc.char_span(relation.sentence_start, relation.sentence_end, alignment_mode="expand")
    if sentence is None:
        return None
    # The innermost complement wins: "A said B thinks X" is B's claim, as A reports it.
    best: tuple[int, int] | None = None
    for token_ids, source in _complement_sources(sentence, index):
        if source in (relation.subject, relation.object):
            continue
        if _inside(subject, token_ids) and (obj is None or _inside(obj, token_ids)):
            if best is None or len(token_ids) < best[0]:
                best = (len(token_ids), source)
    return best[1] if best else None


def attribute_reported_speech(doc: Doc, mentions: list[Mention],
                              relations: list[RelationMention], index: MentionIndex | None = None,
                              ) -> list[RelationMention]:
    """`relations` with attributed_to and modality set on those stated in someone's words."""
    index = index or MentionIndex(doc, mentions)
    by_index = index.by_index
    quotes = [r for r in relations if r.predicate == "said" and r.value_span is not None]
    attributed = []
    for relation in relations:
        if relation.predicate == "said" or relation.attributed_to is not None:
            attributed.append(relation)
            continue
        source = _source_for(relation, doc, by_index, index, quotes)
        if source is None:
            attributed.append(relation)
            continue
        modality = "hedged" if relation.modality == "hedged" else "reported"
        attributed.append(relation.model_copy(update={"attributed_to": source, "modality": modality}))
    return attributed
