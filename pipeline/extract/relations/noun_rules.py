"""Dependency rules centred on a common noun, each yielding candidate relations (rule names as in
rules.py): "under_noun" (X is under US sanctions), "noun_between" (a partnership between X and Y),
"noun_with" (its merger agreement with Y), "noun_visit", "noun_killing", "noun_killer", "home_noun"
(Sohn's New Jersey home), "site_noun" and "site_on_street" (the company's plant in Ohio), "based_modifier"
(the Berlin-based X), "modifier_place" (a Hong Kong firm)."""
from __future__ import annotations

import re

from itertools import combinations, product
from typing import Iterable, Iterator

from spacy.tokens import Token

from models import Mention
from pipeline.extract.doctext import doc_text
from pipeline.lexicon import ORG_DESCRIPTORS, PLACE_LABELS
from pipeline.extract.relations.partnerships import is_partnership_noun
from pipeline.extract.relations.residents import home_place_after, residents
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, pairs, prep_objects, trailing_prep_objects
from pipeline.extract.relations.verb_subjects import clause_subject, subject_token
from pipeline.extract.relations.visit_rules import elliptic_visit, gathering_visit
from pipeline.extract.relations.its_owners import its_owners, owned_by_its
from pipeline.extract.relations.noun_relations import killing_attempted, unrealised_deal
from pipeline.extract.relations.offers import accepted_offer
from pipeline.extract.relations.place_containers import mistyped_place, named_facility, owned_site_place, working_company
from pipeline.extract.relations.org_rules import near_when_not_in, owned_unit, piece_writer, place_named
from pipeline.extract.relations.deal_words import DEAL_IN_FORCE_PREPS
from pipeline.extract.relations.lexicon import (
    CONVICTION_VERBS, HOME_NOUNS, HOME_PLACE_NOUNS, HOME_WORDS, INVESTIGATION_NOUNS, INVESTIGATION_TARGET_PREPS,
    UNDERGOING_VERBS, KILLER_NOUNS, KILLING_NOUNS, PARTNERSHIP_VERBS, PREMISES_NOUNS, RULE_NOUNS, SANCTION_NOUNS,
    SANCTION_TARGET_PREPS, SITE_NOUNS, UNIT_NOUNS, VISIT_NOUNS
)


def _named_places(finder: ArgumentFinder, noun: Token, preps: Iterable[str], deps: Iterable[str]) -> list[Mention]:
    """Places a noun names through a preposition or a modifier: "a native *of Chisholm*", "Sohn's *New
    Jersey* home"."""
    modifier_deps = set(deps)
    tokens = trailing_prep_objects(noun, preps) + [c for c in noun.children if c.dep_ in modifier_deps]
    return [m for t in tokens for m in finder.group(t) if finder.label(m) in PLACE_LABELS]


def _two_sides(finder: ArgumentFinder, pobj: Token) -> list[Mention]:
    """The two sides of "between A and B": the names up to the first one after "and"; a name the
    parser joined on after a comma ("the agreement between Jefferies and Boesky, Jefferies and Co
    would hold ...") begins the next clause."""
    members = sorted(finder.group(pobj), key=lambda m: m.start)
    text = doc_text(finder.doc)
    for k in range(1, len(members)):
        if re.search(r"\b(?:and|&)\s*$", text[members[k - 1].end:members[k].start]):
            return members[:k + 1]
    return members


def under_noun_rules(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """"X is under US and EU sanctions", "sanctions on X imposed by Y", "X is under investigation by Y"."""
    lemma = noun.lemma_.lower()
    if lemma in SANCTION_NOUNS or noun.lower_ in SANCTION_NOUNS:
        predicate = "sanctioned_by"
    elif lemma in INVESTIGATION_NOUNS:
        predicate = "investigated_by"
    else:
        return
    imposers = [m for c in noun.children if c.dep_ in ("compound", "nmod", "amod", "poss")
                for m in finder.group(c)]
    imposers += [m for t in prep_objects(noun, ("by", "from")) for m in finder.group(t)]
    for participle in (c for c in noun.children if c.dep_ == "acl"):
        imposers += [m for t in prep_objects(participle, ("by",)) for m in finder.group(t)]
    preps = SANCTION_TARGET_PREPS if predicate == "sanctioned_by" else INVESTIGATION_TARGET_PREPS
    targets = [m for t in prep_objects(noun, preps) for m in finder.group(t)]
    if not targets and noun.dep_ == "dobj":
        # "the FBI opened an investigation into X", "the EU imposed sanctions on X", however attached
        targets = [m for t in prep_objects(noun.head, preps) for m in finder.group(t)]
    if not targets and noun.dep_ == "pobj" and noun.head.lower_ == "under":
        subject = clause_subject(noun.head.head)
        targets = finder.group(subject) if subject is not None else []
    facing = noun.dep_ == "dobj" and noun.head.lemma_.lower() in UNDERGOING_VERBS
    if not targets and facing:
        # "the firm is facing an SEC investigation", "X faces EU sanctions": whoever faces it is the target
        subject = subject_token(noun.head)
        targets = finder.group(subject) if subject is not None else []
    if not imposers and noun.dep_ == "dobj" and not facing:
        subject = subject_token(noun.head)
        imposers = finder.group(subject) if subject is not None else []
    anchors = (noun, noun.head.head) if noun.head.lower_ == "under" else (noun, noun.head)
    if (lemma in RULE_NOUNS or noun.lower_ in RULE_NOUNS) and not any(finder.label(m) == "GPE" for m in targets + imposers):
        return
    yield from pairs(predicate, targets, imposers, "under_noun", anchors)


def noun_rules(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    if finder.mention_at(noun) is not None and noun.lemma_.lower() not in SITE_NOUNS:
        # "Federal Bureau of Investigation" is a name, not an investigation; a named gathering
        # attended is one ("attending the Democratic National Convention on Wednesday in Philadelphia");
        # a name's own "X-based" places it ("Boston-based Highfields Capital Management")
        yield from gathering_visit(finder, noun)
        yield from _modifier_rules(finder, noun)
        return
    lemma = noun.lemma_.lower()
    yield from under_noun_rules(finder, noun)
    yield from accepted_offer(finder, noun)
    if lemma in UNIT_NOUNS:
        yield from owned_unit(finder, noun)
    if is_partnership_noun(noun) and not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in PARTNERSHIP_VERBS) \
            and not unrealised_deal(noun):
        between = [m for t in prep_objects(noun, ("between",)) for m in _two_sides(finder, t)]
        between += [m for t in prep_objects(noun, ("among",)) for m in finder.group(t)]
        for first, second in combinations(between, 2):
            yield Candidate("partnered_with", first, second, "noun_between", (noun,))
        partners = [m for t in prep_objects(noun, ("with",)) for m in finder.group(t)]
        if partners:
            owners = [finder.mention_at(c) for c in noun.children if c.dep_ == "poss"]
            owners = [m for m in owners if m is not None]
            if not owners and owned_by_its(noun):  # "Zeta said its merger agreement with X"
                owners = its_owners(finder, noun)
            elif not owners and (noun.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") or noun.dep_ == "pobj"
                                 and noun.head.lower_ in DEAL_IN_FORCE_PREPS and noun.head.head.pos_ in ("VERB", "AUX")):
                # the clause's subject owns the deal only when the deal is an argument of its verb,
                # not a noun deep inside another phrase ("trade agreements ..., the 1994 deal with Mexico"),
                # or the deal its verb acts under or puts something into ("transferred its businesses
                # into a joint venture with CGE", "under an agreement with Exxon, it will supply")
                subject = clause_subject(noun)
                owners = finder.group(subject) if subject is not None else []
            yield from pairs("partnered_with", owners, partners, "noun_with", (noun,))
    if lemma in VISIT_NOUNS:
        places = [m for t in prep_objects(noun, ("to",)) for m in finder.group(t)]
        visitors = [m for c in noun.children if c.dep_ == "poss" for m in finder.group(c)]
        visitors += [m for t in prep_objects(noun, ("by",)) for m in finder.group(t)]
        if not visitors:
            subject = clause_subject(noun)
            visitors = finder.group(subject) if subject is not None else []
        yield from pairs("visited", visitors, places, "noun_visit", (noun,))
    yield from elliptic_visit(finder, noun)
    yield from gathering_visit(finder, noun)
    yield from piece_writer(finder, noun)
    if lemma in KILLING_NOUNS and not killing_attempted(noun):
        victims = [m for c in noun.children if c.dep_ in ("poss", "compound") for m in finder.group(c)]
        victims += [m for t in prep_objects(noun, ("of",)) for m in finder.group(t)]
        killers = [m for t in prep_objects(noun, ("by",)) for m in finder.group(t)]
        governor = noun.head.head if noun.dep_ == "pobj" else noun.head
        if not killers and governor.lemma_.lower() in CONVICTION_VERBS:
            # "Dallas police arrested Oswald after the assassination of Kennedy": an active verb's object is
            # the one held for it, its subject the police or the court
            held = next((c for c in governor.children if c.dep_ == "dobj" and noun not in c.subtree), None)
            subject = held if held is not None else subject_token(governor)
            killers = finder.group(subject) if subject is not None else []
        yield from pairs("killed", killers, victims, "noun_killing", (noun,))
    if lemma in KILLER_NOUNS:
        victims = [m for c in noun.children if c.dep_ == "poss" for m in finder.group(c)]
        victims += [m for t in prep_objects(noun, ("of",)) for m in finder.group(t)]
        killers = [m for c in noun.children if c.dep_ in ("appos", "compound") for m in finder.group(c)]
        if noun.dep_ == "appos":
            killers += finder.group(noun.head)
        yield from pairs("killed", killers, victims, "noun_killer", (noun,))
    if lemma in HOME_NOUNS or (lemma in HOME_PLACE_NOUNS and any(
            c.dep_ in ("compound", "amod") and c.lower_ in HOME_WORDS for c in noun.children)):
        # "Sohn's New Jersey home", "her hometown of Grants", "his residence in Larchmont", "his home state of Florida"
        places = _named_places(finder, noun, ("in", "of"), ("compound", "nmod")) or home_place_after(finder, noun)
        yield from pairs("lives_in", residents(finder, noun), places, "home_noun", (noun,))
    if lemma in SITE_NOUNS or lemma in PREMISES_NOUNS:
        # "NRC headquarters in Rockville", "the company's plant in Ohio", "the Casty store in Paris"
        # an organisation's site; a state's ("a U.S. facility in Benghazi") places no state abroad
        # "the Waitrose building on Wellington High Street": "on" places a site on a street (FAC)
        owners = [m for c in noun.children if c.dep_ in ("compound", "poss", "nmod") for m in finder.group(c)
                  if finder.label(m) in ("ORG", "FAC") or c.dep_ == "compound" and named_facility(finder, m)]
        places = [m for t in near_when_not_in(finder, trailing_prep_objects, noun, ("in", "at")) for m in place_named(finder, t)]
        yield from pairs("located_in", owners, places, "site_noun", (noun,))
        # "Agip operates refineries at Augusta": the subject's sites, placed only in a town or region (the
        # NER makes "refineries at Port Arthur and Convent" one FAC)
        worked = [] if owners else working_company(finder, noun)
        yield from pairs("located_in", worked, [m for m in places if finder.label(m) in ("GPE", "LOC")], "site_noun", (noun,))
        # "Esso Italiana will close its refineries at Augusta" with the town typed ORG: a place the gazetteer knows
        for owner, place in product(owners + worked, [m for m in places if mistyped_place(finder, m)]):
            if owner.index != place.index:
                yield Candidate("located_in", owner, place, "site_noun", (noun,), object_label="GPE")
        yield from owned_site_place(finder, noun)  # "Nissan's Sunderland factory", "its Dagenham plant"
        streets = [m for t in trailing_prep_objects(noun, ("on",)) for m in finder.group(t) if finder.label(m) == "FAC"]
        yield from pairs("located_in", owners, streets, "site_on_street", (noun,))
    yield from _modifier_rules(finder, noun)


def _modifier_rules(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """"the Berlin-based think tank MERICS", "London-based bank Barclays", "Sun Hung Kai, a Hong Kong
    construction firm"."""
    holder = finder.entity(noun)
    if holder is None and noun.dep_ == "compound" and noun.lemma_.lower() in ORG_DESCRIPTORS:
        holder = finder.mention_at(noun.head)  # "London-based bank Barclays": the descriptor modifies the name
    if holder is None or finder.label(holder) not in ("ORG", "FAC"):
        return
    for child in noun.children:
        if child.lower_ == "based" and child.dep_ in ("amod", "compound", "acl"):
            # "the Virginia-based firm" is one description mention: its place is the name inside it
            places = [m for c in child.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod")
                      for m in (finder.group(c) if finder.mention_at(c) is not holder else [finder.index.narrowest(c)])
                      if m is not None]
            yield from pairs("located_in", [holder], places, "based_modifier", (child,))
        elif child.dep_ in ("compound", "nmod") and finder.mention_at(noun) is None:
            place = finder.mention_at(child)
            if place is not None and finder.label(place) in PLACE_LABELS:
                yield from pairs("located_in", [holder], [place], "modifier_place", (noun,))
