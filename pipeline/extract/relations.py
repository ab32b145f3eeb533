"""Typed relations between entity mentions, from dependency rules.

`extract_relations(doc, mentions, published)` runs every construction rule of relation_rules.py
over each sentence, keeps the candidates whose entity types the predicate admits, and dresses
each with the date stated with it (dates.py), its polarity and modality (modality.py) and a
confidence: the measured precision of the rule that found it (RULE_CONFIDENCE).
"""
from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from models import Mention, RelationMention
from pipeline.extract.dates import normalise_date
from pipeline.extract.modality import modality_of, polarity_of
from pipeline.extract.relation_args import ArgumentFinder
from pipeline.extract.relation_lexicon import admits
from pipeline.extract.relation_rules import Candidate, copula_rules, mention_rules, noun_rules, verb_rules

SYMMETRIC_PREDICATES = {"partnered_with"}
DATE_PREPS = {"in", "on", "since", "during", "from", "until", "as"}
DATE_DEPS = {"npadvmod", "tmod", "nummod", "compound", "amod", "advmod", "nmod"}

# Precision of each rule: lenient matches / firings on the CoNLL04 *train* split
# (`python3 benchmarks/conll04.py --split train --per-rule`), smoothed towards 0.5 with two
# pseudo-firings, for rules that fire there; a hand check of the sample corpus and of the
# 181 benchmark pages for the rest (partnerships, sanctions, membership rarely occur in CoNLL04).
RULE_CONFIDENCE: dict[str, float] = {
    "verb_active": 0.6,
    "verb_passive": 0.6,
    "verb_prep": 0.6,
    "verb_noun": 0.75,
    "co_subjects": 0.7,
    "acl_with": 0.6,
    "copula_member": 0.8,
    "copula_modifier": 0.6,
    "copula_role": 0.7,
    "under_noun": 0.8,
    "noun_between": 0.8,
    "noun_with": 0.6,
    "noun_visit": 0.6,
    "noun_killing": 0.6,
    "noun_killer": 0.6,
    "appos_role": 0.75,
    "appos_place": 0.5,
    "appos_resident": 0.7,
    "title_org": 0.7,
    "title_place": 0.5,
    "person_prep_org": 0.6,
    "person_prep_place": 0.5,
    "org_prep_place": 0.6,
    "based_modifier": 0.8,
    "modifier_place": 0.5,
    "place_comma_place": 0.7,
    "open_verb": 0.4,
}
DEFAULT_CONFIDENCE = 0.5
CHAINED_DISCOUNT = 0.9  # "X of McCook, Ill." -> X in Ill. is one inference further from the text


def _date_entities(doc: Doc) -> dict[int, Span]:
    return {i: ent for ent in doc.ents if ent.label_ == "DATE" for i in range(ent.start, ent.end)}


def _date_of(anchors: Iterable[Token], date_spans: dict[int, Span], published: Optional[str]) -> Optional[str]:
    """The date stated with the relation: a date phrase attached to one of its anchor words."""
    for anchor in anchors:
        for child in anchor.children:
            if child.dep_ == "prep" and child.lower_ in DATE_PREPS:
                tokens = [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ in DATE_DEPS:
                tokens = [child]
            else:
                continue
            for token in tokens:
                span = date_spans.get(token.i)
                text = span.text if span is not None else token.text
                if span is None and not (token.like_num and len(token.text) == 4):
                    continue
                iso = normalise_date(text, published)
                if iso:
                    return iso
    return None


def _canonical(finder: ArgumentFinder, mention: Mention) -> int:
    seen = set()
    while mention.refers_to is not None and mention.refers_to in finder.by_index and mention.index not in seen:
        seen.add(mention.index)
        mention = finder.by_index[mention.refers_to]
    return mention.index


def _candidates(finder: ArgumentFinder, sentence: Span, mentions_by_root: dict[int, list[Mention]]) -> list[Candidate]:
    found: list[Candidate] = []
    for token in sentence:
        if token.lemma_ == "be":
            found.extend(copula_rules(finder, token))
        if token.pos_ in ("VERB", "AUX") and token.lemma_ != "be":
            found.extend(verb_rules(finder, token))
        if token.pos_ in ("NOUN", "PROPN"):
            found.extend(noun_rules(finder, token))
        for mention in mentions_by_root.get(token.i, ()):
            found.extend(mention_rules(finder, mention, token))
    return _chain_places(found)


def _chain_places(found: list[Candidate]) -> list[Candidate]:
    """"S.A. Healy Co. of McCook, Ill.": what is in McCook is in Illinois too."""
    containing: dict[int, list[Candidate]] = {}
    for candidate in found:
        if candidate.rule == "place_comma_place":
            containing.setdefault(candidate.subject.index, []).append(candidate)
    chained = []
    for candidate in found:
        if candidate.predicate in ("located_in", "lives_in") and candidate.rule != "place_comma_place":
            for outer in containing.get(candidate.object.index, ()):
                chained.append(Candidate(candidate.predicate, candidate.subject, outer.object,
                                         candidate.rule + "+chain", candidate.anchors, dict(candidate.qualifiers)))
    return found + chained


def _confidence(rule: str) -> float:
    base_rule = rule.removesuffix("+chain")
    confidence = RULE_CONFIDENCE.get(base_rule, DEFAULT_CONFIDENCE)
    return round(confidence * (CHAINED_DISCOUNT if rule != base_rule else 1.0), 4)


def extract_relations(doc: Doc, mentions: list[Mention], published: Optional[str] = None) -> list[RelationMention]:
    """Relations stated between `mentions` in `doc`, one per (predicate, subject, object) and sentence.

    `published` (ISO 8601) resolves relative dates ("last year"); without it they are left out.
    """
    finder = ArgumentFinder(doc, mentions)
    date_spans = _date_entities(doc)
    mentions_by_root: dict[int, list[Mention]] = {}
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and mention.refers_to is None:
            mentions_by_root.setdefault(span.root.i, []).append(mention)
    relations: list[RelationMention] = []
    for sentence in doc.sents:
        best: dict[tuple, RelationMention] = {}
        for candidate in _candidates(finder, sentence, mentions_by_root):
            subject, obj = candidate.subject, candidate.object
            if _canonical(finder, subject) == _canonical(finder, obj):
                continue
            if not admits(candidate.predicate, finder.label(subject), finder.label(obj)):
                continue
            qualifiers = dict(candidate.qualifiers)
            date = _date_of(candidate.anchors, date_spans, published)
            if date:
                qualifiers["date"] = date
            relation = RelationMention(
                predicate=candidate.predicate, subject=subject.index, object=obj.index,
                qualifiers=dict(sorted(qualifiers.items())),
                polarity=polarity_of(candidate.anchors), modality=modality_of(candidate.anchors),
                confidence=_confidence(candidate.rule),
                sentence_start=sentence.start_char, sentence_end=sentence.end_char, rule=candidate.rule,
            )
            pair = (subject.index, obj.index)
            if candidate.predicate in SYMMETRIC_PREDICATES:
                pair = tuple(sorted(pair))
            key = (candidate.predicate, *pair)
            held = best.get(key)
            if held is None or _preference(relation) > _preference(held):
                best[key] = relation
        relations.extend(sorted(best.values(), key=lambda r: (r.subject, r.predicate, r.object, r.rule)))
    return relations


def _preference(relation: RelationMention) -> tuple:
    """Among readings of one relation in one sentence keep the most informative, then the most reliable."""
    return (len(relation.qualifiers), relation.confidence, "" if relation.rule.endswith("+chain") else relation.rule)
