"""A company that takes an offer for itself is bought by the bidder ("accepted_offer"); what a
seller sells to a buyer is bought by the buyer ("sold_to").

"Zeta Corp said it accepted a takeover bid from Omega Inc", "Purolator agreed to a 265 mln dlr
offer from E.F. Hutton LBO Inc", "The board of Zeta Corp accepted a 40 dlrs a share cash offer" ->
acquired(bidder, the company that takes the offer), as "Zeta agreed to be acquired by Omega" is
read. Only an offer for the whole company: one marked as a takeover, a merger or a price ("a
takeover bid", "a cash offer", "a 40 dlrs a share offer"), and none "for" something else ("an offer
for its valve unit" buys the unit, "an offer to supply valves" buys nothing). Negation and hedging
come from the taking verb ("did not accept", "is expected to accept"); "rejected" is no taking.

"Hanson Trust PLC sold Glidden Inc to ICI", "Glidden was sold to ICI", "agreed to sell its A and B
subsidiaries to Z" -> acquired(Z, the company sold): only what the verb's object (or passive subject)
itself names, not a part of it ("sold 1 mln Acme shares", "its stake in Acme").
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, pairs, prep_objects
from pipeline.extract.relations.noun_relations import labelled, owners_of, unrealised_deal
from pipeline.extract.relations.person_relations import seat_owners
from pipeline.extract.relations.verb_subjects import is_passive, subject_token
from pipeline.lexicon import ORG_LABELS
from pipeline.organisation_words import OFFER_NOUNS, OFFER_TAKING_VERBS, TAKEOVER_OFFER_WORDS
from pipeline.extract.relations.deal_words import SELLING_VERBS, SUBSIDIARY_NOUNS, WITHDRAWING_VERBS
from pipeline.extract.relations.lexicon import SEAT_NOUNS

# as noun_acquisition and verb_prep's "merge with": not yet judged on their own
OFFER_RULE_CONFIDENCE = {"accepted_offer": 0.8, "mutual_verb": 0.85, "sold_to": 0.75}


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


def sold_to(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    if verb.lemma_.lower() not in SELLING_VERBS:
        return
    sold_deps = ("nsubjpass",) if is_passive(verb) else ("dobj",)
    sold = [m for c in verb.children if c.dep_ in sold_deps for t in (c, *c.conjuncts)
            if (m := finder.mention_at(t)) is not None and finder.label(m) in ("ORG", "FAC", "PRODUCT")]
    if not sold:  # "its A and B subsidiaries": the names before an owned unit noun are what is sold
        sold = [m for c in verb.children if c.dep_ in sold_deps and c.lemma_.lower() in SUBSIDIARY_NOUNS
                and any(o.dep_ == "poss" for o in c.children)  # not "the Yukos unit", a unit of Yukos
                for t in c.children if t.dep_ in ("compound", "nmod") for m in finder.group(t)
                if finder.label(m) == "ORG"]
    to = [t for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
          for t in c.children if t.dep_ == "pobj"]  # the parser makes "to" a dative after "sell"
    buyers = labelled(finder, to, ("ORG", "PERSON", "GPE"))
    yield from pairs("acquired", buyers, sold, "sold_to", (verb,))


def withdrawn_offer(verb: Token) -> bool:
    """Whether `verb` ("acquire") completes an "offer" whose subject took it back in the same sentence
    ("AFG offered to acquire Lear Siegler Inc for 1.44 billion dlrs but withdrew the offer")."""
    offer = verb.head
    if verb.dep_ != "xcomp" or offer.lemma_.lower() not in ("offer", "bid", "propose"):
        return False
    return any(c.dep_ == "conj" and c.lemma_.lower() in WITHDRAWING_VERBS and any(
        o.dep_ == "dobj" and o.lemma_.lower() in ("offer", "bid", "proposal", "it") for o in c.children)
        for c in offer.children)
