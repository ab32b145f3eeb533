"""Dependency rules, one per news construction, each yielding candidate relations.

Rule names (Candidate.rule) are the unit of confidence calibration, so a rule is one
construction: "verb_active" (X developed Y), "verb_passive" (Y was sanctioned by X),
"verb_prep" (X lives in Y), "verb_noun" (X signed an agreement with Y), "co_subjects" (X and Y
created Z), "acl_with" (a centre created with Y), "copula_member" (X is one of Y),
"copula_modifier" (X is another Y university), "copula_role" (X is an adviser at Y),
"appos_role" (X, the head of ... at Y), "appos_place", "title_org" (FBI spokesman X), "title_place",
"org_prep_place" (X in Y), "open_verb". The rules centred on a common noun ("under_noun",
"noun_between", "noun_with", "site_noun", ...) are in noun_rules.py; those centred on a named
mention ("person_prep_org", "place_comma_place", ...) in mention_rules.py.
"""
from __future__ import annotations

from itertools import combinations
from typing import Iterator

from spacy.tokens import Token

from models import Mention
from pipeline.lexicon import ORG_CLASS_NOUNS, PLACE_LABELS, REFLEXIVE_PRONOUNS
from pipeline.speech_words import FRAMING_VERBS, SPEECH_VERBS
from pipeline.sports_words import MISPARSED_POSITION_VERBS
from pipeline.extract.relations.offers import sold_to, withdrawn_offer
from pipeline.extract.relations.partnerships import mutual_verb, partnership_verb, subject_group
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, pairs, prep_objects
from pipeline.extract.relations.verb_subjects import clause_subject, is_passive
from pipeline.extract.relations.visit_rules import event_place, speaking_place_visit, states_event
from pipeline.extract.relations.person_relations import seat_owners
from pipeline.extract.relations.open_rules import open_verb_relations
from pipeline.extract.relations.org_rules import possessive_places
from pipeline.extract.relations.copula_posts import copula_role_rules
from pipeline.extract.relations.role_rules import NOT_RELATED
from pipeline.organisation_words import POST_OF_VERB
from pipeline.extract.relations.work_makers import directs_a_work
from pipeline.extract.relations.lexicon import (
    CHECK_IN_KEYS, CUSTODY_NOUNS, FORMER_HOME_VERBS, MEMBERSHIP_NOUNS, RESULT_NOUNS, RULE_VERB_SENSES, SEAT_NOUNS,
    STATE_NOUNS
)

VERBS_WITHOUT_OPEN_RELATIONS = (SPEECH_VERBS | FRAMING_VERBS | MISPARSED_POSITION_VERBS
                                | {"be", "have", "do", "get", "make", "become", "include"})


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _lemma(verb: Token) -> str:
    # the model lemmatises the base form "found" ("helped found the DLC") as "find"
    if verb.lower_ != "found":
        return verb.lemma_.lower()  # every other verb: no auxiliaries to read (asked of every verb, often)
    if verb.tag_ in ("VB", "VBP"):
        return "found"
    auxiliaries = [c.lemma_.lower() for c in verb.children if c.dep_ == "aux"]
    if auxiliaries and not set(auxiliaries) <= {"have", "be"} or verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "help":
        return "found"  # "Ailes helped found Fox News" parsed with "helped" as an auxiliary; "has found" is find
    return verb.lemma_.lower()


def _verb_key(verb: Token) -> str:
    lemma = _lemma(verb)
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if particle is None and lemma == "make" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) \
            and not any(c.dep_ in ("oprd", "ccomp", "acomp", "xcomp", "attr") for c in verb.children):
        particle = "it"  # "made it to Iowa" (not "made it clear to China that ...")
    if particle is None and lemma == "admit" and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE_PRONOUNS
                                                           for c in verb.children):
        particle = "oneself"  # "admitted herself to the Betty Ford Center"
    return f"{lemma} {particle}" if particle else lemma


def verb_rules(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    if finder.mention_at(verb) is not None:
        return  # "the Volatiles Investigating Polar Exploration Rover" names a rover, states nothing
    key = _verb_key(verb)
    sense = RULE_VERB_SENSES.get(key) or RULE_VERB_SENSES.get(_lemma(verb))
    passive = is_passive(verb)
    subjects = subject_group(finder, verb)
    objects = _made_things(finder, verb) if sense is not None and sense.predicate == "founded" else [
        m for t in _children(verb, "dobj") for m in finder.group(t)]
    agents = [m for t in prep_objects(verb, ("by",)) for m in finder.group(t)] if passive else []
    yield from partnership_verb(finder, verb, subjects)
    yield from mutual_verb(finder, verb)
    yield from sold_to(finder, verb)
    yield from speaking_place_visit(finder, verb)
    yield from event_place(finder, verb)
    if key in FORMER_HOME_VERBS and sense is None and passive:  # "was raised in Ohio" (not a statue "raised in")
        places = [m for t in prep_objects(verb, ("in",)) for m in finder.group(t) if finder.label(m) in PLACE_LABELS]
        people = [m for m in subjects if finder.label(m) == "PERSON"]
        yield from pairs("lives_in", people, places, "verb_prep", (verb,), {"status": "former"})
    if sense is not None:
        if sense.preps:
            if sense.predicate == "visited" and _children(verb, "dobj") and key not in ("make it", "admit oneself"):
                return  # "returned the territory to China" moves something else
            if key in CHECK_IN_KEYS:
                subjects = [m for m in subjects if finder.label(m) == "PERSON"]
            target_tokens = prep_objects(verb, sense.preps)
            if sense.predicate == "visited":
                # "was going west in his 2008 Bentley": what one has with one is no place one went to
                # ("returned to his native Texas" is a visit)
                target_tokens = [t for t in target_tokens if not (t.head.lower_ == "in" and any(
                    c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children))]
            targets = [m for t in target_tokens for m in finder.group(t)
                       if key != "make it" or finder.label(m) in ("GPE", "LOC")]
            if sense.predicate == "affiliated_with" and _serves_custody(verb):
                # "served a rehab sentence at the treatment center": a patient's or inmate's stay, no
                # post; the pair is spoken for, so the scorer must not guess a relation either
                yield from pairs(NOT_RELATED, subjects, targets, "custody_stay", (verb,))
                return
            former = {"status": "former"} if key in FORMER_HOME_VERBS else None  # "had grown up in East Flatbush"
            yield from pairs(sense.predicate, subjects, targets, "verb_prep", (verb,), former)
        elif passive:
            if sense.predicate == "affiliated_with" and directs_a_work(finder, verb):
                return  # "House of Flying Daggers, directed by Yimou Zhang": a work's director (work_makers.py)
            if key in COMMAND_VERBS and _told_to_act(verb) and _agents_only(finder, subjects):
                return  # "it was ordered by the U.S. Army to proceed with the design": a command, no purchase
            doers, undergoers = agents, subjects
            subject_side, object_side = (undergoers, doers) if sense.inverse else (doers, undergoers)
            yield from pairs(sense.predicate, subject_side, object_side, "verb_passive", (verb,))
        elif sense.predicate == "acquired" and withdrawn_offer(verb):
            return  # "offered to acquire Lear Siegler Inc ... but withdrew the offer": no deal, not even hedged
        elif not (_orders(verb) and (sense.predicate == "affiliated_with"
                                     or key in COMMAND_VERBS and _agents_only(finder, objects))):
            if sense.predicate == "affiliated_with" and _led_to_a_result(verb):
                # "after leading Indianapolis to a 20-13 victory": a place led to a win is its team
                objects = [m for m in objects if finder.label(m) not in PLACE_LABELS]
            subject_side, object_side = (objects, subjects) if sense.inverse else (subjects, objects)
            post = POST_OF_VERB.get(key) if sense.predicate == "affiliated_with" else None
            yield from pairs(sense.predicate, subject_side, object_side, "verb_active", (verb,),
                             {"role": post} if post else None)
            if sense.predicate in ("founded", "developed") and len(subjects) > 1 and objects:
                for first, second in combinations(subjects, 2):
                    yield Candidate("partnered_with", first, second, "co_subjects", (verb,))
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and sense.predicate in ("founded", "developed"):
            yield from _acl_with(finder, verb)
        return
    if verb.lemma_.lower() in VERBS_WITHOUT_OPEN_RELATIONS or verb.pos_ != "VERB":
        return
    # states_event walks the verb's clause chain and its modality: ask it only of a verb that has
    # named arguments (both tests read the parse only, so their order changes no answer)
    found = list(open_verb_relations(finder, verb, key, passive))
    if found and states_event(verb):
        yield from found


def _made_things(finder: ArgumentFinder, verb: Token) -> list[Mention]:
    """The names a founding verb's objects give to what was made: not a government's side ("form a
    Labour government" founds no Labour) nor a possessor ("launching the DCA's plan" launched a plan)."""
    made = []
    for token in _children(verb, "dobj"):
        if finder.mention_at(token) is None and token.lemma_.lower() in STATE_NOUNS:
            continue
        made += [m for m in finder.group(token) if not _possessor(finder, token, m)]
    return made


def _possessor(finder: ArgumentFinder, token: Token, mention: Mention) -> bool:
    """Whether `mention`, found under `token`, owns a noun outside it ("the DCA's plan")."""
    def index(t: Token) -> int | None:
        found = finder.index.widest(t)
        return found.index if found is not None else None
    return any(t.dep_ == "poss" and index(t) == mention.index != index(t.head) for t in token.subtree)


def _serves_custody(verb: Token) -> bool:
    """"served a rehab sentence", "served time at Attica", "serving two years' probation": the
    object, or a word on it, is a punishment or a patient's stay; bare "time" is a prisoner's."""
    objects = _children(verb, "dobj")
    return any(obj.lower_ == "time" and not list(obj.children) for obj in objects) \
        or any(t.lemma_.lower() in CUSTODY_NOUNS or t.lower_ in CUSTODY_NOUNS for obj in objects for t in obj.subtree) \
        or any(t.lower_ in CUSTODY_NOUNS for t in prep_objects(verb, ("in",)))


def _led_to_a_result(verb: Token) -> bool:
    """"led Indianapolis to a 20-13 victory", "guided Spain to the title": the object was taken to a
    sporting result, as a team is."""
    return any(obj.lemma_.lower() in RESULT_NOUNS or any(t.like_num or "-" in t.text and t.text[:1].isdigit()
                                                           for t in obj.subtree)
               for obj in prep_objects(verb, ("to",)))


# Purchase verbs that also command: with an infinitive after one who can act, "ordered Acme to halt
# production" buys nothing ("bought Acme to expand its range" is a purchase with its purpose)
COMMAND_VERBS = frozenset({"order"})


def _agents_only(finder: ArgumentFinder, mentions: list) -> bool:
    """Whether the verb's undergoers are all ones who can be told to act ("ordered Acme to halt
    production"), not things bought ("ordered 50 A350 jets to replace its fleet")."""
    return bool(mentions) and all(finder.label(m) in ("ORG", "PERSON", "GPE", "NORP") for m in mentions)


def _to_infinitive(clause: Token) -> Token | None:
    """The "to" of a bare-infinitive clause ("to proceed"), or None."""
    if clause.tag_ != "VB":
        return None
    return next((a for a in clause.children if a.dep_ == "aux" and a.lower_ == "to"), None)


def _told_to_act(verb: Token) -> bool:
    """A passive verb with an infinitive of its own: "was ordered by the Army to proceed"."""
    return any(c.dep_ == "xcomp" and _to_infinitive(c) is not None for c in verb.children)


def _orders(verb: Token) -> bool:
    """"would direct ICE to stop deportations", "led the party to back him": a verb with an object and
    an infinitive right after it tells the object to act; it does not run it ("headed Creep, the
    Campaign to Re-elect the President" runs it: the infinitive is inside the object's apposition)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    after_object = max(t.i for o in objects for t in o.subtree) + 1
    for clause in verb.children:
        to = _to_infinitive(clause)
        if clause.dep_ in ("xcomp", "advcl", "ccomp") and to is not None:
            before = verb.doc[to.i - 1]
            if before.text[:1].isupper() and before not in objects:
                continue  # "headed Creep, the Campaign to Re-elect the President": the infinitive is in a name
            between = verb.doc[after_object:clause.left_edge.i]
            if all(t.is_punct and t.text != "," for t in between):
                return True
    return False


def _acl_with(finder: ArgumentFinder, participle: Token) -> Iterator[Candidate]:
    """"HIT is training students at a centre created with Y": the clause's subject partnered Y."""
    partners = [m for t in prep_objects(participle, ("with",)) for m in finder.group(t)]
    subject = clause_subject(participle.head)
    if partners and subject is not None:
        yield from pairs("partnered_with", finder.group(subject), partners, "acl_with", (participle,))


def copula_rules(finder: ArgumentFinder, copula: Token) -> Iterator[Candidate]:
    subject = next((c for c in copula.children if c.dep_ in ("nsubj",)), None)
    if subject is None:
        return
    subjects = finder.group(subject)
    attrs = _children(copula, "attr")
    # "X is a board member of Y and a trustee of Z": each predicate noun is a post of its own
    # (only a noun phrase of its own, with its article: not "a message, media and U.S. voting expert")
    attrs += [c for attr in attrs for c in attr.conjuncts if c.pos_ in ("NOUN", "PROPN") and c.i > attr.i
              and any(d.dep_ in ("det", "poss") for d in c.children)]
    for attr in attrs:
        if finder.mention_at(attr) is not None:
            continue
        lemma = attr.lemma_.lower()
        if lemma in MEMBERSHIP_NOUNS:
            # "a member of Acme Corp's board of directors": an unnamed board stands for its owner
            # "one of Egypt's largest providers" names a kind, not a group: "one of" needs a name
            groups = [seat_owners(finder, t) if t.lemma_.lower() in SEAT_NOUNS and finder.mention_at(t) is None
                      else finder.group(t) for t in prep_objects(attr, ("of",))
                      if lemma != "one" or finder.mention_at(t) is not None]
            groups_flat = [m for g in groups for m in g]
            people = [m for m in subjects if finder.label(m) == "PERSON"]
            others = [m for m in subjects if finder.label(m) != "PERSON"]
            yield from pairs("member_of", others, groups_flat, "copula_member", (copula, attr))
            # a person who is a member of an organisation holds a role there ("a board member of Y")
            on_board = [c for c in attr.children if c.dep_ == "compound"] + prep_objects(attr, ("of",))
            role = "board member" if any(t.lower_ == "board" for t in on_board) else "member"
            yield from pairs("affiliated_with", people, groups_flat, "copula_member", (copula, attr), {"role": role})
        yield from _placed_class(finder, subjects, copula, attr)
        if lemma in ORG_CLASS_NOUNS:
            modifiers = [finder.mention_at(c) for c in attr.children if c.dep_ in ("compound", "nmod")]
            for modifier in filter(None, modifiers):
                label = finder.label(modifier)
                if label == "ORG":
                    yield from pairs("member_of", subjects, [modifier], "copula_modifier", (copula, attr))
                elif label in PLACE_LABELS:
                    yield from pairs("located_in", subjects, [modifier], "copula_modifier", (copula, attr))
        elif lemma not in MEMBERSHIP_NOUNS:
            yield from copula_role_rules(finder, subjects, copula, attr)


def _placed_class(finder: ArgumentFinder, subjects: list[Mention], copula: Token, attr: Token) -> Iterator[Candidate]:
    """"Etisalat Egypt and LinkdotNet are one of Egypt's largest internet service providers", "Vodafone
    is Britain's biggest mobile operator": an organisation of a kind a place's possessive owns is there."""
    noun = attr
    if attr.lower_ == "one":
        noun = next(iter(prep_objects(attr, ("of",))), attr)
    places = possessive_places(finder, noun)
    organisations = [m for m in subjects if finder.label(m) in ("ORG", "FAC")]
    yield from pairs("located_in", organisations, places, "copula_modifier", (copula, attr))
