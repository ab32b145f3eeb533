"""Extract stage: kept Articles -> ArticleAnalysis (entity mentions and relations) with spaCy.

spaCy objects never leave this package: each Doc becomes plain Mention and RelationMention
records with character offsets into the article's cleaned text.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from thinc.api import use_ops
from spacy.tokens import Doc

from models import Article, ArticleAnalysis
from pipeline.costs import Costs
from pipeline.extract.doctext import remember_text
from pipeline.defaults import DEFAULT_MODEL
from pipeline.extract.annotation_tables import use_annotation_tables
from pipeline.extract.entity_decoder import use_vectorised_ner
from pipeline.extract.numeric import no_huge_pages, one_blas_thread
from pipeline.extract.coreference.links import link_references
from pipeline.extract.evidence import cover_arguments
from pipeline.extract.glued_quotes import split_glued_quotes
from pipeline.extract.legal_form_stops import split_legal_form_stops
from pipeline.extract.title_abbreviations import keep_title_abbreviations
from pipeline.extract.prefixed_words import keep_prefixed_words
from pipeline.extract.mention_index import MentionIndex
from pipeline.extract.quotes.speaker_types import type_speakers
from pipeline.extract.entities.name_boundaries import add_boundary_rules
from pipeline.extract.entities.entity_rules import add_entity_rules
from pipeline.extract.entities.party_tags import add_party_state_tags
from pipeline.extract.entities.sports_teams import add_sports_team_names
from pipeline.extract.entities.work_titles import add_quoted_work_titles
from pipeline.extract.entities.mentions import collect_mentions
from pipeline.extract.paragraphs import add_paragraph_breaks
from pipeline.extract.pieces import analyse_in_pieces, whole_limit
from pipeline.extract.rule_costs import rule_seconds
from pipeline.given_names import gender_detector
from pipeline.extract.quotes.direct import attribute_reported_speech, extract_quotes
from pipeline.extract.relations.typed import extract_relations



@dataclass(frozen=True)
class ExtractOptions:
    model: str = DEFAULT_MODEL
    batch_size: int = 64
    n_process: int = 1


def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name or path and add the project's entity rules.

    The attribute ruler and the lemmatizer are replaced by exact table versions
    (`annotation_tables.py`), and the entity recogniser's greedy decoding by a vectorised one
    (`entity_decoder.py`): same annotations, a fraction of the time.

    The models multiply their matrices with numpy's BLAS instead of blis: blis picks its slow
    generic kernel on CPUs it does not know (AMD Zen 3 and 4, which this project runs on), where
    numpy's OpenBLAS picks a tuned one; the same annotations on every text compared (issue 16).
    Numpy's transparent huge pages are turned off: spaCy allocates and frees its large arrays
    every batch, and each fresh 2 MB page is zeroed whole by the kernel."""
    no_huge_pages()
    one_blas_thread()
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(model)
    split_glued_quotes(nlp)
    split_legal_form_stops(nlp)
    keep_title_abbreviations(nlp)
    use_annotation_tables(nlp)
    use_vectorised_ner(nlp)
    keep_prefixed_words(nlp)  # after the tables: its component follows the lemmatizer
    add_paragraph_breaks(nlp)
    add_entity_rules(nlp)
    add_party_state_tags(nlp)
    add_quoted_work_titles(nlp)
    gender_detector()  # loaded with the model: processes forked after this share it (given_names.py)
    add_boundary_rules(nlp)
    add_sports_team_names(nlp)
    return nlp


def analyse_doc(doc: Doc, article: Article) -> ArticleAnalysis:
    """The article's mentions and relations; an article the rules fail on is rejected with the
    failure as its one-line reason (status `error`), and the run goes on with the others."""
    try:
        return _analyse(doc, article)
    except Exception as failure:  # a rule's bug on one text must not stop a run of thousands
        reason = f"extraction failed: {type(failure).__name__}: {failure}".splitlines()[0]
        return ArticleAnalysis(article=article, failure=reason)  # the article as stored: its analysis key


def _analyse(doc: Doc, article: Article) -> ArticleAnalysis:
    remember_text(doc, article.text or "")
    mentions = link_references(doc, collect_mentions(doc))
    index = MentionIndex(doc, mentions)
    relations = extract_relations(doc, mentions, article.published, index=index) + extract_quotes(doc, mentions, index)
    relations = attribute_reported_speech(doc, mentions, relations, index)
    mentions = type_speakers(mentions, relations)
    by_index = {m.index: m for m in mentions}
    relations = [cover_arguments(doc, mentions, r, by_index) for r in relations]
    return ArticleAnalysis(article=article, mentions=mentions, relations=relations)


def analyse_piece(nlp: Language, piece: Article, costs: Costs | None = None) -> ArticleAnalysis:
    """One piece of a long article (its text cut by pieces.piece_bounds) analysed exactly as
    `analyse_in_pieces` analyses it, so a run can spread one article's pieces over processes and
    join them with pieces.merge_pieces."""
    docs = nlp.pipe([piece.text or ""], batch_size=1)
    if costs is None:
        return analyse_doc(next(iter(docs)), piece)
    with costs.measure("spacy"):  # the piece's parse; its rules go under "rules"
        return _measured_analysis(costs, next(iter(docs)), piece)


def _measured_analysis(costs: Costs, doc: Doc, article: Article) -> ArticleAnalysis:
    """analyse_doc under "rules", and the project's components inside the spaCy pipeline moved
    from "spacy" (where the parse that made `doc` was measured) to "rules"."""
    in_pipeline = rule_seconds(doc)
    costs.add("spacy", -in_pipeline[0], -in_pipeline[1])
    costs.add("rules", *in_pipeline)
    with costs.measure("rules"):
        return analyse_doc(doc, article)


def extract_articles(
    articles: Iterable[Article], options: ExtractOptions = ExtractOptions(), nlp: Language | None = None,
    costs: Costs | None = None,
) -> Iterator[ArticleAnalysis]:
    """Analyse kept articles; the others pass through with nothing extracted, in input order.

    An article too long for one Doc is analysed in pieces (pieces.py): the batched stream stops
    before it and resumes after it, so the others are batched exactly as they would be without it.
    With `costs`, the time spent in spaCy's models goes under "spacy" and the time in the
    project's rules (those inside the spaCy pipeline and `analyse_doc`) under "rules".
    """
    nlp = nlp or load_nlp(options.model)
    limit = whole_limit(nlp)
    pending: list[Article] = []
    remaining = iter(articles)
    too_long: list[Article] = []

    def kept_texts() -> Iterator[tuple[str, Article]]:
        for article in remaining:
            if article.status != "kept" or not article.text:
                pending.append(article)
            elif len(article.text) > limit:
                too_long.append(article)
                return
            else:
                yield article.text, article

    failed: list[ArticleAnalysis] = []
    previous_handler = nlp.default_error_handler
    # the function components' handler (Language.set_error_handler would also set the trainable
    # pipes', which spaCy 3.8's parser cannot take); this stream's only: restored below
    nlp.default_error_handler = partial(_reject_article, failed)
    try:
        while True:
            docs = nlp.pipe(kept_texts(), as_tuples=True, batch_size=options.batch_size, n_process=options.n_process)
            for doc, article in (docs if costs is None else costs.iterate("spacy", docs)):
                yield from _drained(failed)  # the articles a component failed on, in input order
                yield analyse_doc(doc, article) if costs is None else _measured_analysis(costs, doc, article)
            yield from _drained(failed)
            if not too_long:
                break
            if costs is None:
                yield analyse_in_pieces(nlp, too_long.pop(), analyse_doc)
            else:
                with costs.measure("spacy"):  # the pieces' parse; their rules go under "rules"
                    analysis = analyse_in_pieces(nlp, too_long.pop(), partial(_measured_analysis, costs))
                yield analysis
    finally:
        nlp.default_error_handler = previous_handler
    for article in pending:
        yield ArticleAnalysis(article=article)


def _reject_article(failed: list[ArticleAnalysis], name: str, component, docs: list[Doc], error: Exception) -> None:
    """spaCy's error handler while extract_articles streams: a component failing on an article's Doc
    rejects that article with a one-line reason (a new page broke an entity rule: reut2-010's MITI
    story stopped the whole run) and the stream goes on; a Doc with no article (not streamed here)
    fails as before."""
    articles = [getattr(doc, "_context", None) for doc in docs]
    if not articles or not all(isinstance(article, Article) for article in articles):
        raise error
    reason = f"extraction failed in {name}: {type(error).__name__}: {error}".splitlines()[0]
    failed.extend(ArticleAnalysis(article=article, failure=reason) for article in articles)


def _drained(failed: list[ArticleAnalysis]) -> Iterator[ArticleAnalysis]:
    while failed:
        yield failed.pop(0)
