"""Killings told by what was done and what followed, not by a killing verb (judge9r mechanism 3).

- "vehicle_killing": "X struck Y with his pickup truck" (or hit, rammed, mowed down, ran over), and
  the article says Y is dead ("Y was pronounced dead", "Y died", "Y was killed", "the body of Y",
  or a lead "struck and killed") -> killed(X, Y). A blow struck with a vehicle that the article
  ties to a death is a road killing; a strike with no vehicle, or no death, is left to open_rules.
- "body_of_victim": a lead killing whose victims are descriptions ("accused of stabbing his mother
  and a former girlfriend to death", "shot and killed a woman"), and the next sentence naming as
  many people as "the body/bodies of X (and Y)" -> killed(the lead's killer, X); only when the
  killer is a person the coreference stage has named (a description linked to a name, or a name).
"""
from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Token

from models import Mention
from pipeline.case_words import BODY_NOUNS, DEATH_VERBS, VEHICLE_NOUNS, VEHICLE_STRIKE_VERBS
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, prep_objects, resolved_people
from pipeline.extract.relations.verb_subjects import is_passive, subject_token
from pipeline.extract.relations.pair_scorer import trigger_class
from pipeline.lexicon import PERSON_LABELS

LEAD_SENTENCES = 2  # the sentences of a story's lead: its headline and first sentence


def _person(finder: ArgumentFinder, token: Optional[Token]) -> Optional[Mention]:
    """The one person a token stands for: a name, a description linked to one, or a "he"/"she" only
    where coref9's resolved_people finds the link safe (who killed whom must be certain)."""
    people = resolved_people(finder, token)
    return people[0] if len(people) == 1 else None


def _same_person(finder: ArgumentFinder, mention: Mention, person: Mention) -> bool:
    """The mention stands for the person: the same named root, or the person's surname alone where
    no other person named in the article bears it ("Jones" is "Mary Jones", unless "Sam Jones" is there)."""
    named, root = finder.index.root(person), finder.index.root(mention)
    if named.index == root.index or named.text == root.text:
        return True
    surname = named.text.split()[-1] if named.text.split() else ""
    if root.text != surname:
        return False
    return not any(m.text != named.text and len(m.text.split()) > 1 and m.text.split()[-1] == surname
                   for m in finder.index.mentions if m.refers_to is None and finder.label(m) in PERSON_LABELS)


def _struck_with_vehicle(verb: Token) -> bool:
    """"struck Y with his pickup truck", "ran Y over in a stolen car", "X, driving a van, hit Y"."""
    objects = prep_objects(verb, ("with", "in")) + [c for c in verb.children if c.dep_ in ("advcl", "xcomp")
                                                   for c in c.children if c.dep_ == "dobj"]
    return any(t.lemma_.lower() in VEHICLE_NOUNS or any(c.lemma_.lower() in VEHICLE_NOUNS for c in t.children)
               or t.ent_type_ == "PRODUCT" for t in objects)


def vehicle_killing(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    lemma = verb.lemma_.lower()
    if lemma not in VEHICLE_STRIKE_VERBS or verb.pos_ != "VERB" or is_passive(verb):
        return
    if lemma in ("run", "mow") and not any(c.lower_ in ("over", "down") for c in verb.children):
        return
    driver = _person(finder, subject_token(verb))
    victim = _person(finder, next((c for c in verb.children if c.dep_ == "dobj"), None))
    if driver is None or victim is None or driver.index == victim.index or not _struck_with_vehicle(verb):
        return
    if _said_dead(finder, victim, verb):
        yield Candidate("killed", driver, victim, "vehicle_killing", (verb,))


def _said_dead(finder: ArgumentFinder, victim: Mention, verb: Token) -> bool:
    """The article says the person struck is dead, or its lead tells of one killed by the blow."""
    doc = verb.doc
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma == "pronounce" and any(c.lower_ == "dead" for c in token.children) or lemma == "die" or (
                lemma in DEATH_VERBS and is_passive(token)):
            subject = _person(finder, subject_token(token))
            if subject is not None and _same_person(finder, subject, victim):
                return True
        if lemma in BODY_NOUNS and any(_same_person(finder, m, victim) for t in prep_objects(token, ("of",))
                                       for m in finder.group(t)):
            return True
    lead_end = _lead_end(doc)
    return any(t.i < lead_end and t.lemma_.lower() in VEHICLE_STRIKE_VERBS and any(
        c.dep_ == "conj" and c.lemma_.lower() in DEATH_VERBS for c in t.children) for t in doc)


def _lead_end(doc) -> int:
    sentences = list(doc.sents)[:LEAD_SENTENCES]
    return sentences[-1].end if sentences else 0


def body_of_victim(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """"The bodies of Ann Carter and Lisa Brown were discovered" after a lead "accused of stabbing his
    mother and a former girlfriend to death": the named are the lead's victims."""
    if noun.lemma_.lower() not in BODY_NOUNS and noun.lower_ not in BODY_NOUNS:
        return
    victims = [m for t in prep_objects(noun, ("of",)) for m in finder.group(t) if finder.label(m) in PERSON_LABELS]
    if not victims:
        return
    sentence_start = noun.sent.start
    if sentence_start == 0:
        return
    previous = noun.doc[sentence_start - 1].sent
    killings = [t for t in previous if trigger_class(t) == "killed" or t.lemma_.lower() == "stab"
                and any(c.lower_ == "death" for c in t.subtree)]
    for killing in killings:
        described = [c for c in killing.children if c.dep_ == "dobj"]
        described += [c for d in described for c in d.conjuncts]
        if not described or any(finder.mention_at(d) is not None and finder.label(finder.mention_at(d)) in PERSON_LABELS
                                and finder.mention_at(d).refers_to is None for d in described):
            continue  # the lead named its victims itself
        if len(described) != len(victims):
            continue
        killer = _killer(finder, killing)
        if killer is not None:
            for victim in victims:
                if victim.index != killer.index:
                    yield Candidate("killed", killer, victim, "body_of_victim", (noun, killing))


def _killer(finder: ArgumentFinder, killing: Token) -> Optional[Mention]:
    """The killing verb's doer, or the one accused of it ("A man has been accused of stabbing ...":
    the passive subject of the clause above), when it stands for a person; a description stands for
    one only where the coreference stage linked it to a name."""
    current = killing
    for _ in range(3):
        subject = subject_token(current)
        if subject is not None:
            return _person(finder, subject)
        if current.head == current:
            return None
        current = current.head
    return None
