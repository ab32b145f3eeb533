"""Who does what a verb states: the token in its subject slot, and its voice.

A verb's subject may stand elsewhere in the parse: a conjoined or controlled verb shares one, a
participle describes the noun it hangs on ("a firm producing drones", "FleetBoston, bought by BOA"),
a gerund after "convicted X of" is X's. Read by the relation rules (rules.py, open_rules.py, ...)
before ArgumentFinder turns the token into a mention.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from pipeline.extract.entities.datelines import dateline_tokens
from pipeline.extract.relations.lexicon import ACCUSATION_VERBS
from pipeline.lexicon import CLAUSAL_SUBJECT_DEPS

# Prepositions after which a gerund is done by the verb's object: "convicted X of killing Y",
# "blamed X for leaking", "stopped X from selling", "talked X into buying"
OBJECT_CONTROL_PREPS = frozenset({"of", "for", "from", "into"})


def is_passive(verb: Token, depth: int = 0) -> bool:
    """Passive, also a bare participle sharing a passive verb's voice ("were arrested and charged")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return True
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children) \
            and (_opens_its_sentence(verb) and verb.i < verb.head.i or _named_before_comma(verb) is not None):
        # "Founded by Jane Roe in 1990, Acme grew" (opening the sentence), "FleetBoston, bought by BOA";
        # elsewhere it may describe any noun before it ("received an award for writing, presented by X",
        # "In the ruling handed down by Judge X, Apple can ...")
        return True
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and depth < 4 and verb.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("nsubj", "aux", "csubj", "expl") for c in verb.children) \
        and is_passive(verb.head, depth + 1)


def _after_dateline(subjects: list[Token]) -> Token:
    """The first subject outside the wire dateline. "LONDON, March 3 - The Export Credits Guarantee
    Department has named ..." glues the dateline to the first sentence, and the parser makes its
    place a subject of the verb: the sentence's own subject is then a second one, or the place's
    apposition ("CANTON, Mass, March 4 - Computer Identics Corp said ..."). A third of 1987 Reuters
    stories."""
    dateline = dateline_tokens(subjects[0].doc)
    if not dateline:
        return subjects[0]
    for subject in subjects:
        if subject.i not in dateline:
            return subject
        named = next((c for c in subject.children if c.dep_ == "appos" and c.i not in dateline), None)
        if named is not None:
            return named
    return subjects[0]


def _opens_its_sentence(participle: Token) -> bool:
    """"Founded by X, ...", "Once owned by X, ...": first in its sentence, or after one adverb."""
    start = participle.sent.start
    return participle.i == start or participle.i == start + 1 and participle.doc[start].pos_ in ("ADV", "CCONJ")


def _named_before_comma(participle: Token) -> Optional[Token]:
    """The head of the object name right before ", <participle> by": a reduced relative clause the
    parser hung on the main verb. Only an object or a preposition's object after the main verb."""
    doc = participle.doc
    if participle.i < 2 or doc[participle.i - 1].text != "," or not any(c.dep_ == "agent" for c in participle.children):
        return None
    name = doc[participle.i - 2]
    while name.dep_ == "compound" and name.head.i < participle.i:
        name = name.head
    if name.pos_ != "PROPN" or name.dep_ not in ("dobj", "pobj") or name.i < participle.head.i:
        return None
    return name


def subject_token(verb: Token, depth: int = 0) -> Optional[Token]:
    """The token filling `verb`'s subject slot, following conjoined, control and participle verbs."""
    subjects = [c for c in verb.children if c.dep_ in CLAUSAL_SUBJECT_DEPS]
    if subjects:
        return _after_dateline(subjects)
    head = verb.head
    if depth > 4 or head == verb:
        return None
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return subject_token(head, depth + 1)
    if verb.dep_ == "xcomp":
        # "led Putin to visit": the object controls; "wants to visit": the subject does.
        controller = next((c for c in head.children if c.dep_ == "dobj"), None)
        return controller if controller is not None else subject_token(head, depth + 1)
    if verb.dep_ in ("acl", "relcl") and verb.tag_ in ("VBG", "VBN"):
        return head  # "a firm producing drones", "a company based in X"
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and head.pos_ in ("NOUN", "PROPN"):
        return head  # "Norvell Rose, reporting for Western Journalism, was on hand"
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and (described := _named_before_comma(verb)) is not None:
        return described  # "Columbia was part of FleetBoston, bought by BOA": the participle describes the name
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN"):
        if _after_object_unset_off(verb):
            return None  # "Reid raised the example of Obama inviting Clinton": Obama invited, not Reid
        return subject_token(head, depth + 1)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
        return _gerund_controller(head, depth)
    return None


def _after_object_unset_off(participle: Token) -> bool:
    """A participle right after its verb's object, not set off by a comma, may well be said of that
    object ("raised the example of Obama inviting Clinton", "saw him leaving"): its doer is unsure."""
    before = participle.doc[participle.left_edge.i - 1] if participle.left_edge.i > 0 else None
    if before is None or before.is_punct:
        return False
    return any(c.dep_ == "dobj" and c.i < participle.i for c in participle.head.children)


def _gerund_controller(prep: Token, depth: int) -> Optional[Token]:
    """Who does what a gerund after a preposition of a verb names: "X pleaded guilty to killing Y",
    "X was convicted of murdering Y" (the subject), "a jury convicted X of killing Y" (the object).
    A gerund under a noun ("the idea for killing Y") has no such controller."""
    governor = prep.head
    if governor.pos_ == "ADJ" and governor.dep_ in ("oprd", "acomp"):
        governor = governor.head  # "pleaded guilty to", "is accused of"
    if governor.pos_ not in ("VERB", "AUX") or governor == prep:
        return None
    if prep.lower_ in OBJECT_CONTROL_PREPS or prep.lower_ in ACCUSATION_VERBS.get(governor.lemma_.lower(), ()):
        # "charged X with killing Y", "credited X with saving Y" as well
        controller = next((c for c in governor.children if c.dep_ == "dobj"), None)
        if controller is not None:
            return controller
        # "furious with Trump for dividing the GOP", "angry at X for leaking": the one the feeling is about
        target = next((p for a in governor.children if a.dep_ == "acomp" for prep2 in a.children
                       if prep2.dep_ == "prep" and prep2.lower_ in ("with", "at")
                       for p in prep2.children if p.dep_ == "pobj"), None)
        if target is not None:
            return target
    # "X endorsed Y before backing Z", "X won by beating Y": time and manner take the subject
    return subject_token(governor, depth + 1)


def clause_subject(token: Token) -> Optional[Token]:
    """The subject of the nearest clause above a noun ("HIT is training students at a centre created with Y")."""
    current = token
    for _ in range(8):
        if current.pos_ in ("VERB", "AUX") and current.dep_ != "acl":
            subject = subject_token(current)
            if subject is not None and not is_passive(current):
                return subject
            return None
        if current.head == current:
            return None
        current = current.head
    return None


def phrasal_key(verb: Token) -> str:
    """A verb's lemma with its particle, as the word lists key phrasal verbs ("take over", "team up")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()
