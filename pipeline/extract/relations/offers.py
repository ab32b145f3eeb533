"""A company that takes an offer for itself is bought by the bidder ("accepted_offer").

"Zeta Corp said it accepted a takeover bid from Omega Inc", "Purolator agreed to a 265 mln dlr
offer from E.F. Hutton LBO Inc", "The board of Zeta Corp accepted a 40 dlrs a share cash offer" ->
acquired(bidder, the company that takes the offer), as "Zeta agreed to be acquired by Omega" is
read. Only an offer for the whole company: one marked as a takeover, a merger or a price ("a
takeover bid", "a cash offer", "a 40 dlrs a share offer"), and none "for" something else ("an offer
for its valve unit" buys the unit, "an offer to supply valves" buys nothing). Negation and hedging
come from the taking verb ("did not accept", "is expected to accept"); "rejected" is no taking.
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, pairs, prep_objects
from pipeline.extract.relations.noun_relations import labelled, owners_of, unrealised_deal
from pipeline.extract.relations.person_relations import seat_owners
from pipeline.extract.relations.verb_subjects import subject_token
from pipeline.lexicon import ORG_LABELS
from pipeline.organisation_words import OFFER_NOUNS, OFFER_TAKING_VERBS, TAKEOVER_OFFER_WORDS
from pipeline.extract.relations.lexicon import SEAT_NOUNS

# as noun_acquisition and verb_prep's "merge with": not yet judged on their own
OFFER_RULE_CONFIDENCE = {"accepted_offer": 0.8, "mutual_verb": 0.85}


def accepted_offer(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    if noun.lemma_.lower() not in OFFER_NOUNS or unrealised_deal(noun) or not _for_the_company(noun):
        return
    verb = _taking_verb(noun)
    if verb is None:
        return
    bidders = labelled(finder, owners_of(noun, ("poss",)) + prep_objects(noun, ("from", "by")), ORG_LABELS)
    subject = subject_token(verb)
    if subject is None:
        return
    targets = labelled(finder, [subject], ORG_LABELS)
    if not targets and subject.lemma_.lower() in SEAT_NOUNS:
        targets = seat_owners(finder, subject)  # "Zeta's board accepted the offer": Zeta is taken
    yield from pairs("acquired", bidders, targets, "accepted_offer", (noun, verb))


def _taking_verb(noun: Token) -> Token | None:
    """The verb by which the offer is taken: its object ("accepted a bid") or, for "agree", the
    object of its "to" ("agreed to a 265 mln dlr offer")."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in OFFER_TAKING_VERBS - {"agree"}:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() == "agree":
        return noun.head.head
    return None


def _for_the_company(noun: Token) -> bool:
    """An offer for the company itself: marked as a takeover or priced, and with no "for" or "to"
    naming what else it buys."""
    if prep_objects(noun, ("for",)) or any(c.dep_ == "acl" for c in noun.children):
        return False
    return any(t.lower_ in TAKEOVER_OFFER_WORDS or t.lemma_.lower() in TAKEOVER_OFFER_WORDS or t.ent_type_ == "MONEY"
               for t in noun.subtree if t.i < noun.i)
