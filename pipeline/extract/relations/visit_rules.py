"""Visits: someone was at a place, stated by a visit noun's ordinal, a gathering or a speaking verb.

Rule names: "gathering_visit" (said at a rally in Iowa, held a town hall in Concord),
"speaking_visit" (said Monday in Cheyenne, campaigned in Iowa, told reporters in Massachusetts),
"noun_visit" for the ordinal ("the visit, Obama's first to Paris"); and where an event took place,
"event_place" (the Republican National Convention kicked off Monday in Cleveland: located_in).
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from models import Mention
from pipeline.extract.modality import is_future, modality_of, polarity_of
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, pairs, prep_objects, resolved_people
from pipeline.extract.relations.verb_subjects import is_passive, phrasal_key, subject_token
from pipeline.extract.relations.lexicon import (
    CONTEST_VERBS, EVENT_NAME_HEADS, EVENT_VERBS, ATTENDING_VERBS, AUDIENCE_NOUNS, GATHERING_NOUNS, SPEAKING_PLACE_VERBS, VERB_SENSES,
    VISIT_NOUNS,
)


def states_event(verb: Token) -> bool:
    """Whether a verb states something that happened or holds: not an infinitive or a verb after a
    modal ("declined to renew", "to take on", "could beat"), not inside a condition ("If Democrats
    ... take the Senate"), nor under a conditional, hedged or denied clause."""
    if verb.tag_ == "VB" or modality_of((verb,)) != "asserted":
        return False
    # nor in a clause under a conditional, hedged or denied one: "Reid would not say whether he would
    # prefer that Democrats [face] Trump" (a reported clause under an asserted verb is stated: "Reid
    # said that Democrats [beat] Trump")
    current = verb
    while current.dep_ == "ccomp" and current.head != current:
        current = current.head
        if modality_of((current,)) != "asserted" or polarity_of((current,)) == "negated":
            return False
    return True


def _took_place(verb: Token) -> bool:
    """Whether the event a verb states happened: not "scrapped plans to attend", "will be
    attending", "had been scheduled to deliver a speech" (read on unseen PolNeAR articles, 6 of 23
    gatherings were such)."""
    return states_event(verb) and (verb.dep_ != "xcomp" or _seen_doing(verb)) and not any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in verb.children)


# Verbs whose object visit has not (yet) taken place: prevented, put off, planned or awaited.
UNREALISED_VISIT_VERBS = frozenset({
    "block", "stop", "prevent", "ban", "bar", "cancel", "postpone", "delay", "oppose", "plan", "schedule",
    "announce", "prepare", "await", "propose", "consider", "seek", "urge", "demand", "request", "invite",
})


def visit_took_place(anchors: tuple[Token, ...]) -> bool:
    """Whether the words that state a visit say it happened. A visit is an event: one only wished
    ("should come to Louisiana"), conditional ("if the president can visit"), planned or to come
    ("is set to meet ... when he arrives", "will visit") or done instead of ("continuing his
    vacation instead of making a visit to Louisiana") states no visit, hedged or not (judged wrong
    on seeds 8-14; "Obama did visit the state", "led Putin to visit HIT" stand)."""
    for anchor in anchors:
        if modality_of((anchor,)) != "asserted":
            return False
        if is_future(anchor):
            return False  # "will visit", "is set to meet", "is scheduled to visit", "is going to visit"
        if anchor.tag_ == "VBN" and is_passive(anchor) and anchor.lemma_.lower() in TRAVEL_VERBS:
            return False  # "Rait was returned to Mt. Cook Village", "was flown to a hospital": carried there
        verb = anchor.head
        if anchor.pos_ == "NOUN" and anchor.dep_ in ("dobj", "nsubjpass", "pobj") and verb.pos_ in ("VERB", "AUX") and (
                verb.lemma_.lower() in UNREALISED_VISIT_VERBS or modality_of((verb,)) != "asserted" or is_future(verb)):
            return False  # "called on the government to block Trump's visit to Israel", "plans a visit"
        current = anchor
        for _ in range(4):
            if current.lower_ in ("of", "than") and current.i > 0 \
                    and current.doc[current.i - 1].lower_ in ("instead", "rather"):
                return False
            if current.head == current:
                break
            current = current.head
    return True


# Verbs of going somewhere (a visit when active): in the passive the subject was carried there.
TRAVEL_VERBS = frozenset(lemma for lemma, sense in VERB_SENSES.items() if sense.predicate == "visited" and sense.preps)
SEEING_VERBS = frozenset({"see", "spot", "photograph", "film", "catch", "picture", "videotape"})


def _seen_doing(verb: Token) -> bool:
    """"was seen attending the convention", "was spotted leaving": what someone was seen doing happened."""
    return verb.tag_ == "VBG" and verb.head.lemma_.lower() in SEEING_VERBS and states_event(verb.head)


def _present_people(finder: ArgumentFinder, verb: Token) -> list[Mention]:
    """The people a clause places at its scene: its subject, active or passive ("At a town hall in
    New Hampshire, Clinton was asked")."""
    # a pronoun only when its person is the only one it can be (resolved_people): a wrong guess puts
    # someone in a place ("He has addressed rallies in California" went to the strategist quoted
    # last, 2 of 2 read on PolNeAR train and dev before the safe test)
    return resolved_people(finder, subject_token(verb))


def gathering_visit(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """"Clinton said at an event in Wyoming", "Sanders held a rally in Iowa": the clause's subject
    was at the gathering, in that place. Only a gathering the clause's subject is at (after "at" or
    "during" on its verb, or held / attended / addressed by it), not one it talks about."""
    event = named_event(finder, noun)
    if noun.lemma_.lower() not in GATHERING_NOUNS and event is None:
        return
    attended = (noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during") and noun.head.head.pos_ in ("VERB", "AUX")) \
        or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in ATTENDING_VERBS)
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    places = [m for t in prep_objects(noun, ("in",)) for m in finder.group(t) if finder.label(m) in ("GPE", "LOC")]
    if attended and not places:
        # "attending the Democratic National Convention on Wednesday in Philadelphia", "made his
        # remarks during the Monitor Breakfast this morning in Washington": a date between, the place
        # hangs on the verb, which is where the gathering was
        places = [m for t in prep_objects(verb, ("in",)) for m in finder.group(t) if finder.label(m) in ("GPE", "LOC")]
    if attended and places and _took_place(verb):
        yield from pairs("visited", _present_people(finder, verb), places, "gathering_visit", (verb,))
        if event is not None:
            yield from pairs("located_in", [event], places, "event_place", (verb,))


def named_event(finder: ArgumentFinder, noun: Token) -> Mention | None:
    """The event a name headed by `noun` stands for: an EVENT, or a name ending in a word for one
    ("the Democratic National Convention", "the Christian Science Monitor Breakfast")."""
    mention = finder.mention_at(noun)
    if mention is None or not mention.text.split():
        return None
    return mention if _is_named_event(finder, mention) else None


def speaking_place_visit(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"Bill Clinton said Monday in Cheyenne", "Sanders campaigned in Iowa", "Warren told reporters
    in Massachusetts": someone speaking or campaigning in a place was there. Only a place the
    speaking verb (or its audience) governs, and only speech that took place."""
    if verb.lemma_.lower() not in SPEAKING_PLACE_VERBS or not _took_place(verb):
        return
    holders = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.lemma_.lower() in AUDIENCE_NOUNS]
    places = [m for holder in holders for t in prep_objects(holder, ("in",)) for m in finder.group(t)
              if finder.label(m) in ("GPE", "LOC")]
    if places and not is_passive(verb):
        yield from pairs("visited", _present_people(finder, verb), places, "speaking_visit", (verb,))


ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "latest", "next", "maiden"})


def elliptic_visit(finder: ArgumentFinder, word: Token) -> Iterator[Candidate]:
    """A visit named by its ordinal alone: "the visit, Obama's first to Paris in 34 years", "the
    trip was Merkel's second to China"."""
    if word.lower_ not in ORDINAL_WORDS:
        return
    head = word.head
    if word.dep_ == "attr":
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        about_visit = subject is not None and subject.lemma_.lower() in VISIT_NOUNS
    else:
        about_visit = head.lemma_.lower() in VISIT_NOUNS or (
            head.dep_ == "appos" and head.head.lemma_.lower() in VISIT_NOUNS)
    places = [m for t in prep_objects(word, ("to",)) for m in finder.group(t)]
    if not about_visit or not places:
        return
    visitors = [m for c in word.children if c.dep_ == "poss" for m in finder.group(c)]
    if not visitors and word.dep_ == "amod" and finder.mention_at(head) is not None:
        visitors = [finder.mention_at(head)]  # "Obama's first" parsed as "first" modifying "Obama"
    yield from pairs("visited", visitors, places, "noun_visit", (word,))


def event_place(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"the Republican National Convention kicked off Monday in Cleveland", "the summit was held in
    Geneva": an event whose taking place the verb states is located in the place. Only events (an
    EVENT, or a name ending in a word for one), so that "Trump kicked off his campaign in New York"
    places nobody."""
    key = phrasal_key(verb)
    if verb.lemma_.lower() == "take" and any(c.lower_ == "place" for c in verb.children if c.dep_ == "dobj"):
        key = "take place"
    if key in CONTEST_VERBS and _took_place(verb):
        yield from _contested_event_place(finder, verb)
        return
    if key not in EVENT_VERBS or not _took_place(verb):
        return
    passive = is_passive(verb)
    if key in ("hold", "stage", "host") and not passive or passive and key not in ("hold", "stage", "host"):
        return  # "X held a rally in Y" is a gathering (gathering_visit); "the event was held in Y" places it
    if key != "take place" and not passive and any(c.dep_ == "dobj" for c in verb.children):
        return
    subject = subject_token(verb)
    events = [m for m in finder.group(subject) if _is_named_event(finder, m)] if subject is not None else []
    places = [m for t in prep_objects(verb, ("in",)) for m in finder.group(t) if finder.label(m) in ("GPE", "LOC")]
    yield from pairs("located_in", events, places, "event_place", (verb,))


def _is_named_event(finder: ArgumentFinder, mention: Mention) -> bool:
    """An EVENT, or a name ending in a word for one ("the Democratic National Convention")."""
    words = mention.text.split()
    return finder.label(mention) == "EVENT" or finder.label(mention) in ("ORG", "FAC") \
        and bool(words) and words[-1].casefold() in EVENT_NAME_HEADS


def _contested_event_place(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"Capriati won the Advanta Championships at Philadelphia", "lost the final in Cardiff": an event
    won, lost or played where the verb's own "in"/"at" says is held there."""
    events = [m for t in verb.children if t.dep_ == "dobj" for m in finder.group(t) if _is_named_event(finder, m)]
    places = [m for t in prep_objects(verb, ("in", "at")) for m in finder.group(t) if finder.label(m) in ("GPE", "LOC")]
    yield from pairs("located_in", events, places, "event_place", (verb,))
