"""Typed relations between entity mentions, from dependency rules.

`extract_relations(doc, mentions, published)` runs every construction rule of rules.py and noun_rules.py
over each sentence, keeps the candidates whose entity types the predicate admits, and dresses
each with the date stated with it (stated_dates.py), its polarity and modality (modality.py) and a
confidence: the measured precision of the rule that found it (rule_confidence.RULE_CONFIDENCE).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Optional

from spacy.tokens import Doc, Span, Token

from models import Mention, RelationMention
from pipeline.extract.evidence import cover_arguments
from pipeline.extract.modality import accusing_verb, modality_of, polarity_of
from pipeline.extract.relations.pair_gate import is_stated_pair, knows_construction
from pipeline.extract.relations.pair_scorer import (
    PAIR_PREDICATES, MentionsByOffset, candidate_pairs, coarse, load_scorer_model, pair_features, probability,
    sentence_mentions, ancestor_indices,
)
from pipeline.extract.mention_index import MentionIndex
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, prep_objects
from pipeline.extract.relations.verb_subjects import is_passive, subject_token
from pipeline.extract.relations.readable import is_title_case, looks_english, outside_datelines, quoted_headlines
from pipeline.extract.relations.stated_dates import date_entities, stated_date
from pipeline.extract.relations.visit_rules import elliptic_visit, visit_took_place
from pipeline.extract.relations.work_makers import possessed_product_maker, possessed_work_maker, work_maker_rules
from pipeline.extract.relations.brand_makers import brand_maker_rules
from pipeline.extract.entities.datelines import dateline_tokens
from pipeline.extract.entities.sports_teams import sports_article
from pipeline.lexicon import SYMMETRIC_PREDICATES
from pipeline.extract.relations.lexicon import admits, retype
from pipeline.extract.relations.career_rules import career_rules, job_holder, product_rules
from pipeline.extract.relations.club_spells import CLUB_SPELL_RULES, COUNT_RULES
from pipeline.extract.relations.roster_rules import roster_rules
from pipeline.extract.relations.own_state_visits import without_own_state_visits
from pipeline.extract.doctext import doc_text
from pipeline.extract.relations.killings import body_of_victim, vehicle_killing
from pipeline.extract.relations.org_rules import description_rules, quoted_work_maker
from pipeline.extract.relations.described_people import described_role_rules
from pipeline.extract.relations.member_lists import member_list
from pipeline.extract.relations import noun_relations, person_relations
from pipeline.extract.relations import place_containers
from pipeline.extract.relations.post_verbs import UNSCORED_POST_VERB_RULES, post_supersedes, post_verb_rules
from pipeline.extract.relations.memberships import took_control
from pipeline.extract.relations.role_names import names_a_workplace
from pipeline.extract.relations.stakes import majority_stake
from pipeline.extract.relations.role_rules import NOT_RELATED
from pipeline.extract.relations.rule_confidence import rule_confidence
from pipeline.extract.relations.noun_rules import noun_rules
from pipeline.extract.relations.rules import copula_rules, verb_rules
from pipeline.extract.relations.mention_rules import mention_rules


# Rules whose readings the scorer neither vetoes nor re-scores: events (someone joined, left, was
# hired), as it learned static relations (works for, lives in) from CoNLL04; and "Troy, Mich.",
# which CoNLL04 writes as one place when it is another relation's argument, so that its pairs
# taught the scorer that a town and its state are unrelated; nor the placing of an institution or
# building (a university, an amphitheatre) the scorer never saw among CoNLL04's companies: on the
# dev clusters it vetoed "the Polytechnic University in Hong Kong" at p = 0.11, and "a Kraft plant in
# Philadelphia" (site_noun; three recall sheets' miss) at p < 0.35.
UNSCORED_RULES = frozenset({"appointment", "departure", "roster_sign", "roster_deal", "roster_replacement",
                            "roster_list", "roster_former_club", "roster_premodifier", "org_appos_place", "site_on_street",
                            "site_noun",
                            "vehicle_killing", "body_of_victim",
                            "place_comma_place", "site_prep_place", "org_comma_place", "event_place",
                            "signature_home", "national_company", "majority_stake"}) | noun_relations.UNSCORED_NOUN_RULES \
    | person_relations.UNSCORED_PERSON_RULES | UNSCORED_POST_VERB_RULES | CLUB_SPELL_RULES \
    | frozenset(place_containers.PLACE_CONTAINER_RULE_CONFIDENCE)
# A pair no rule relates is claimed on the scorer's word alone only when is_stated_pair admits its
# syntax (names that look like names, a short path inside one clause with no event verb on it, a
# word on it that can carry the relation) and the scorer is at least this sure. Before the gate, a
# hand check of 50 relations from the 181 benchmark news pages found scorer-only ones right 12/38.
# On CoNLL04 dev (lenient F1): 0.555 at 0.35, 0.549 at 0.45, 0.542 at 0.5; on the news pages the
# gated pairs between 0.35 and 0.5 are right about a third of the time, those above about 3 in 5.
LEARNED_ONLY_MIN_PROBABILITY = 0.35
# A construction rule's reading stands unless the scorer is fairly sure the pair is unrelated: a
# rule knows constructions the scorer saw rarely ("a CIA operative (John Doe)"), and near its
# threshold the scorer is guessing. CoNLL04 dev lenient F1: 0.503 vetoing below the per-type
# thresholds (0.30-0.55), 0.503 below 0.2, 0.498 with no veto at all (precision 0.80 -> 0.72).
RULE_VETO_PROBABILITY = 0.2


def _candidates(finder: ArgumentFinder, sentence: Span, mentions_by_root: dict[int, list[Mention]]) -> list[Candidate]:
    found: list[Candidate] = []
    for token in sentence:
        lemma, pos = token.lemma_, token.pos_  # each read of a Token's string looks it up again
        found.extend(roster_rules(finder, token))  # any tag: "re-signed" comes as "re", "-", "signed"
        if lemma == "be":
            found.extend(copula_rules(finder, token))
            found.extend(person_relations.one_of_copula(finder, token))
            found.extend(person_relations.presence_visit(finder, token))
        if pos in ("VERB", "AUX") and lemma != "be":
            found.extend(verb_rules(finder, token))
            found.extend(career_rules(finder, token))
            found.extend(post_verb_rules(finder, token))
            found.extend(place_containers.founded_in_place(finder, token))
            found.extend(noun_relations.verb_rules(finder, token))
            found.extend(person_relations.verb_rules(finder, token))
            found.extend(member_list(finder, token))
            found.extend(vehicle_killing(finder, token))
            found.extend(took_control(finder, token))
            found.extend(majority_stake(finder, token))
            found.extend(work_maker_rules(finder, token))
            found.extend(brand_maker_rules(finder, token))
        if pos in ("NOUN", "PROPN"):
            found.extend(noun_rules(finder, token))
            found.extend(noun_relations.noun_rules(finder, token))
            found.extend(person_relations.owned_gathering(finder, token))
            found.extend(person_relations.tenure_as(finder, token))
            found.extend(place_containers.kind_noun_rules(finder, token))
            found.extend(job_holder(finder, token))
            found.extend(body_of_victim(finder, token))
        elif pos == "ADJ":
            found.extend(elliptic_visit(finder, token))
        for mention in mentions_by_root.get(token.i, ()):
            if mention.refers_to is not None:
                found.extend(description_rules(finder, mention, token))
                found.extend(described_role_rules(finder, mention, token))
                continue
            found.extend(mention_rules(finder, mention, token))
            found.extend(product_rules(finder, mention, token))
            found.extend(quoted_work_maker(finder, mention))
            found.extend(possessed_work_maker(finder, mention))
            found.extend(possessed_product_maker(finder, mention))
            found.extend(noun_relations.owned_modifier(finder, mention, token))
            found.extend(person_relations.one_of_roles(finder, mention, token))
            found.extend(person_relations.misparsed_possessive(finder, mention, token))
            found.extend(place_containers.place_kind_rules(finder, mention, token))
    found.extend(person_relations.founder_readings(found))
    return _firms_places(_chain_places(post_supersedes(found)))


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


def _firms_places(found: list[Candidate]) -> list[Candidate]:
    """"Leslie Keefe of Technical Data Corp of Boston": the place is the firm's; nothing says where
    the person lives, so the pair scorer must not guess it."""
    places = {}
    for candidate in found:
        if candidate.predicate == "located_in" and candidate.rule == "org_prep_place":
            places.setdefault(candidate.subject.index, []).append(candidate.object)
    return found + [Candidate(NOT_RELATED, candidate.subject, place, "firms_place", candidate.anchors)
                    for candidate in found if candidate.rule == "person_prep_org"
                    for place in places.get(candidate.object.index, ())]


@dataclass
class ScorablePair:
    """An ordered pair of named mentions whose types fix one typed relation, with its features."""

    subject: int
    object: int
    signature: tuple[str, str]
    features: list[str]
    anchors: tuple[Token, ...]
    stated: bool = True  # is_stated_pair: whether the syntax could state it without a rule
    known: bool = True  # knows_construction: whether the scorer was trained on such a construction


@dataclass
class SentenceReading:
    """What the rules say about one sentence: relations outside the scorer's reach, kept as found,
    and the pairs the scorer decides, with the rule readings that become its features."""

    sentence: Span
    ruled: dict[tuple, RelationMention] = field(default_factory=dict)
    rule_readings: dict[tuple[int, int, str], RelationMention] = field(default_factory=dict)
    pairs: list[ScorablePair] = field(default_factory=list)
    # pairs a construction accounts for without the scorer's relation: "ambassador to Britain"
    # (NOT_RELATED), or another relation stated between them ("X visited Paris", "Japan's Prime
    # Minister X"); the scorer does not add its type-fixed guess to them
    accounted: set[frozenset] = field(default_factory=set)
    # people the sentence names with a state office: a place beside them is where they serve or
    # are posted ("China's ambassador to Britain Liu Xiaming"), not a home the scorer may guess
    officials: set[int] = field(default_factory=set)
    # pairs read by a construction too tight for the scorer to veto ("FBI Director James Comey")
    firm: set[tuple[int, int]] = field(default_factory=set)


def _keep_best(store: dict, key, relation: RelationMention) -> None:
    held = store.get(key)
    if held is None or _preference(relation) > _preference(held):
        store[key] = relation


def read_sentences(doc: Doc, mentions: list[Mention], published: Optional[str] = None,
                   index: MentionIndex | None = None) -> Iterator[SentenceReading]:
    """Run every rule over each sentence of `doc` and gather the pairs the scorer decides.

    Used by extract_relations and by the scorer's training (benchmarks/conll04.py --train-scorer),
    so both see the same features.
    """
    dateline = frozenset(dateline_tokens(doc))
    kept = outside_datelines(doc, mentions, dateline)
    if len(kept) < len(mentions) or index is None:
        mentions, index = kept, MentionIndex(doc, kept)
    finder = ArgumentFinder(doc, index, dateline)
    scorer = load_scorer_model()
    date_spans = date_entities(doc)
    mentions_by_root: dict[int, list[Mention]] = {}
    # four sentences in ten mention no one (no name, and no description or pronoun linked to one):
    # the rules read no relation there (on the 181 benchmark pages not one, against 441 from the
    # 2,065 sentences with two or more), so they are not run (issue 16: a fifth of the rules' CPU)
    mentioned = [False] * len(doc)
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            mentioned[span.start:span.end] = [True] * len(span)
        # a description standing for an organisation ("the private baptist school in Waco") is
        # placed like its name; one standing for a person ("the Vermont senator") states a role
        if span is not None and (mention.refers_to is None or finder.label(mention) in ("ORG", "FAC", "PERSON")):
            mentions_by_root.setdefault(span.root.i, []).append(mention)
    located = MentionsByOffset(mentions)
    for sentence in doc.sents:
        reading = SentenceReading(sentence)
        if is_title_case(sentence) or not any(mentioned[sentence.start:sentence.end]):
            yield reading  # a headline: the parse and the names of "Obama Just Pulled Out The Race Card" are noise
            continue
        headlines = quoted_headlines(sentence)
        spans = sentence_mentions(doc, mentions, sentence, located)
        named = {index for index, _, _ in spans}
        for candidate in _candidates(finder, sentence, mentions_by_root):
            subject, obj = candidate.subject, candidate.object
            if finder.index.root(subject).index == finder.index.root(obj).index or any(
                    start <= m.start and m.end <= end and 2 * (m.end - m.start) < end - start
                    for start, end in headlines for m in (subject, obj)):
                continue  # nor a pair one of whose names is inside a quoted headline (not the title itself)
            if candidate.predicate == NOT_RELATED:
                reading.accounted.add(frozenset((subject.index, obj.index)))
                continue
            candidate.predicate = retype(candidate.predicate, finder.label(subject))
            if _city_for_club(finder, candidate):
                reading.accounted.add(frozenset((subject.index, obj.index)))
                continue
            if candidate.predicate == "affiliated_with" and candidate.object_label is None and names_a_workplace(finder, obj):
                candidate.object_label = "ORG"  # "worked at the Kraft Plant" (FAC): the plant employs its staff
            object_label = candidate.object_label or finder.label(obj)
            if not admits(candidate.predicate, finder.label(subject), object_label) and not (
                    candidate.rule.endswith("_staff") and object_label == "PERSON"):
                continue  # a person's staff are affiliated with the person (their campaign or office)
            if candidate.predicate == "visited" and not visit_took_place(candidate.anchors):
                continue
            qualifiers = dict(candidate.qualifiers)
            date = stated_date(candidate.anchors, date_spans, published)
            if date:
                qualifiers["date"] = date
            relation = RelationMention(
                predicate=candidate.predicate, subject=subject.index, object=obj.index,
                qualifiers=dict(sorted(qualifiers.items())),
                polarity=polarity_of(candidate.anchors),
                modality=modality_of(candidate.anchors, timed="status" in qualifiers),
                confidence=rule_confidence(candidate.rule),
                sentence_start=sentence.start_char, sentence_end=sentence.end_char, rule=candidate.rule,
            )
            relation = relation.model_copy(update=_accusation(finder, candidate))
            signature = (coarse(finder.label(subject)), coarse(object_label))
            if (PAIR_PREDICATES.get(signature) == candidate.predicate and {subject.index, obj.index} <= named
                    and candidate.rule.removesuffix("+chain") not in UNSCORED_RULES
                    and candidate.object_label is None):  # the scorer pairs mentions by the NER's types
                _keep_best(reading.rule_readings, (subject.index, obj.index, candidate.predicate), relation)
                if person_relations.firm_role_reading(doc, candidate):
                    reading.firm.add((subject.index, obj.index))
                continue
            pair = (subject.index, obj.index)
            reading.accounted.add(frozenset(pair))
            if candidate.rule.endswith("_office"):
                reading.officials.add(subject.index)
            if candidate.predicate in SYMMETRIC_PREDICATES:
                pair = tuple(sorted(pair))
            _keep_best(reading.ruled, (candidate.predicate, *pair), relation)
        by_index = {index: span for index, span, _ in spans}
        for i, j, signature, context in candidate_pairs(spans):
            first, second = by_index[i], by_index[j]
            features = pair_features(first, second, sentence, signature, context)
            features += [f"rule>{r.rule}" for (s, o, _), r in sorted(reading.rule_readings.items()) if (s, o) == (i, j)]
            features += [f"rule<{r.rule}" for (s, o, _), r in sorted(reading.rule_readings.items()) if (s, o) == (j, i)]
            # the lowest word over both: one of the names when the other hangs on it ("Bannon will
            # interview Breitbart News contributor Pamela Geller": the title, not the interview);
            # the chains start with the token itself, so they hold both names
            below = set(ancestor_indices(second.root))  # = t is second.root or t.is_ancestor(second.root)
            common = [doc[i] for i in ancestor_indices(first.root) if i in below]
            anchors = (common[0],) if common else (first.root,)
            reading.pairs.append(ScorablePair(i, j, signature, features, anchors,
                                              is_stated_pair(first, second, signature),
                                              knows_construction(first, second, signature, features, scorer.weights)))
        yield reading


def extract_relations(doc: Doc, mentions: list[Mention], published: Optional[str] = None,
                      use_scorer: bool = True, index: MentionIndex | None = None) -> list[RelationMention]:
    """Relations stated between `mentions` in `doc`, one per (predicate, subject, object) and sentence.

    Rules state every relation; for the four relations whose argument types fix them
    (affiliated_with, lives_in, located_in, killed between named mentions) the pair scorer decides,
    with the rules that fired among its features, and its probability is the confidence.
    `published` (ISO 8601) resolves relative dates ("last year"); without it they are left out.
    `use_scorer=False` keeps every rule reading as found (to measure the rules alone).
    """
    date_spans = date_entities(doc)
    relations: list[RelationMention] = []
    if not looks_english(doc):
        return relations  # an English parse of another language is noise, and so would be its relations
    scorer = load_scorer_model()
    for reading in read_sentences(doc, mentions, published, index):
        sentence, best = reading.sentence, dict(reading.ruled)
        decided: dict[frozenset, RelationMention] = {}
        if not use_scorer:
            for (subject, obj, predicate), relation in reading.rule_readings.items():
                best[(predicate, subject, obj)] = relation
        for pair in reading.pairs if use_scorer else ():
            p = probability(pair.features, scorer.weights)
            predicate = PAIR_PREDICATES[pair.signature]
            ruled = reading.rule_readings.get((pair.subject, pair.object, predicate))
            threshold = scorer.thresholds.get("/".join(pair.signature), 0.5)
            firm = (pair.subject, pair.object) in reading.firm and ruled is not None and p < ruled.confidence
            if ruled is not None and (not pair.known or firm):
                # a construction the scorer never saw: the rule's reading stands as the rule scored it
                decided_key = frozenset((pair.subject, pair.object))
                if decided_key not in decided or decided[decided_key].confidence < ruled.confidence:
                    decided[decided_key] = ruled
                continue
            if p < (threshold if ruled is None else min(threshold, RULE_VETO_PROBABILITY)):
                continue
            if ruled is None and (p < LEARNED_ONLY_MIN_PROBABILITY or not pair.stated or not pair.known
                                  or frozenset((pair.subject, pair.object)) in reading.accounted
                                  or predicate == "lives_in" and pair.subject in reading.officials):
                continue
            if ruled is not None:
                relation = ruled.model_copy(update={"confidence": round(p, 4)})
            else:
                date = stated_date(pair.anchors, date_spans, published)
                relation = RelationMention(
                    predicate=predicate, subject=pair.subject, object=pair.object,
                    qualifiers={"date": date} if date else {},
                    polarity=polarity_of(pair.anchors), modality=modality_of(pair.anchors), confidence=round(p, 4),
                    sentence_start=sentence.start_char, sentence_end=sentence.end_char, rule="learned_pair",
                )
            # one direction per pair: lives_in and located_in are not symmetric, nor is killed
            key = frozenset((pair.subject, pair.object))
            held = decided.get(key)
            if held is None or (relation.confidence, -relation.subject) > (held.confidence, -held.subject):
                decided[key] = relation
        for relation in decided.values():
            _keep_best(best, (relation.predicate, relation.subject, relation.object), relation)
        relations.extend(sorted(best.values(), key=lambda r: (r.subject, r.predicate, r.object, r.rule)))
    by_index = {m.index: m for m in mentions}
    relations = without_own_state_visits(relations, mentions, doc_text(doc))
    return [cover_arguments(doc, mentions, relation, by_index) for relation in relations]


def _city_for_club(finder: ArgumentFinder, candidate: Candidate) -> bool:
    """In a sports report a city named as a person's employer or club ("joined Indianapolis in
    2012", "coached Toronto") or as a doer or undergoer of a game verb ("KC blasted Indy",
    "Philadelphia beats Green Bay") stands for its club: the city is neither. An office of the place
    ("Indiana Gov. X") is the place's own."""
    labels = (finder.label(candidate.subject), candidate.object_label or finder.label(candidate.object))
    if "GPE" not in labels:
        return False
    if candidate.predicate.startswith("open:"):
        return sports_article(finder.doc)
    return candidate.predicate in ("affiliated_with", "member_of") and labels == ("PERSON", "GPE") \
        and not candidate.rule.removesuffix("+chain").endswith(("_office", "party_state", "party_letter")) \
        and not (candidate.predicate == "member_of" and candidate.rule in COUNT_RULES) \
        and sports_article(finder.doc)  # (a count of caps for a country is for its national side: club_spells)


def _accusation(finder: ArgumentFinder, candidate: Candidate) -> dict:
    """A deed someone is accused of ("Stein accused the DNC of sabotaging the campaign") is the
    accuser's claim: reported and attributed to the accuser when named, else only hedged."""
    verb = accusing_verb(candidate.anchors)
    if verb is None:
        return {}
    accuser = next((t for t in prep_objects(verb, ("by",))), None) if is_passive(verb) else subject_token(verb)
    mention = finder.entity(accuser) if accuser is not None else None
    if mention is None or mention.index in (candidate.subject.index, candidate.object.index):
        return {"modality": "hedged"}
    return {"modality": "reported", "attributed_to": mention.index}


def _preference(relation: RelationMention) -> tuple:
    """Among readings of one relation in one sentence keep the most informative, then the most reliable."""
    return (len(relation.qualifiers), relation.confidence, "" if relation.rule.endswith("+chain") else relation.rule)
