"""Polarity (negation) and modality (hedging) of the words that state a relation.

Only the predicate's own dependents and the verbs that embed it ("expected to visit", "did not
agree to partner") count: a hedge elsewhere in the sentence ("for its alleged role") qualifies
something else.
"""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Token

from pipeline.extract.relations.lexicon import ACCUSATION_VERBS

HEDGE_AUXILIARIES = {"could", "may", "might", "would", "should"}
HEDGE_ADVERBS = {
    "reportedly", "allegedly", "possibly", "probably", "likely", "apparently", "purportedly",
    "supposedly", "perhaps", "maybe", "presumably", "seemingly", "potentially",
}
HEDGE_ADJECTIVES = {"alleged", "suspected", "reported", "possible", "potential", "rumoured", "rumored", "planned"}
# Verbs that, embedding the predicate ("is expected to visit", "plans to acquire"), leave it unasserted.
HEDGE_EMBEDDERS = {
    "expect", "plan", "seek", "aim", "hope", "want", "intend", "allege", "suspect", "believe", "report",
    "appear", "seem", "consider", "propose", "try", "attempt", "threaten", "offer", "negotiate", "discuss",
    "urge", "ask", "press", "pressure", "push", "demand", "wish", "need", "prepare", "vow", "promise",
    "task",  # "she has been tasked with saving the Oscars"
    # permission is no deed: "a ruling that would allow Zeta to acquire Omega", "cleared X to buy Y"
    "allow", "permit", "enable", "authorize", "authorise", "clear",
}
# Verbs whose passive embeds hearsay: "X is said to have joined", "is thought to be", "is understood
# to have", "is rumoured to", "is estimated to have killed" (the active "said to reporters" is not).
HEARSAY_PASSIVES = {"say", "think", "understand", "rumor", "rumour", "estimate", "claim", "tell"}
# Nouns whose content clause is hearsay, not the writer's fact: "accusations that he threatened X",
# "reports that Acme bought Beta", "allegations Chelsea officials tapped up Cole".
HEARSAY_NOUNS = frozenset({"allegation", "accusation", "claim", "report", "rumour", "rumor", "suggestion",
                           "speculation", "charge", "suspicion"})
NEGATING_EMBEDDERS = {"fail", "refuse", "deny", "decline", "reject", "halt", "cancel", "abandon"}
NEGATORS = {"not", "n't", "never", "no", "neither", "nor"}


def _governors(token: Token) -> Iterable[tuple[Token, bool]]:
    """The verbs that embed `token` through open clausal complements ("expected to [visit]") or an
    infinitive with its own subject ("would allow Kraft and Heinz to [merge]"), a
    gerund's verb ("refused to work with the FBI in [unlocking] it"), and the first of verbs
    coordinated with it, whose condition or modal they share ("If Democrats defeat Toomey and
    [take] the Senate"); each with whether it embeds what is below it (a complement: its meaning
    governs the claim) or is only coordinated with it ("He refused the offer and [joined] Acme":
    the first verb's modal is shared, its meaning is not)."""
    current = token
    while current.head != current:
        if current.dep_ == "xcomp" or current.dep_ == "conj" and current.head.pos_ in ("VERB", "AUX") \
                or _infinitive_clause(current):
            embeds = current.dep_ != "conj"
            current = current.head
        elif current.dep_ == "pcomp" and current.head.head.pos_ in ("VERB", "AUX"):
            embeds = True
            current = current.head.head  # "refused to work with the FBI in [unlocking] the iPhone"
        else:
            return
        yield current, embeds


def _infinitive_clause(token: Token) -> bool:
    """"allow Kraft and Heinz [to merge]": an infinitive with its own subject, which the parser makes
    a clausal complement; like an open one, it states only what its verb makes of it."""
    return token.dep_ == "ccomp" and token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _embeds_unasserted(governor: Token) -> bool:
    """A verb whose complement it leaves unasserted: "is expected to visit", "plans to acquire", and
    the passive of a verb of saying or thinking ("X is said to have joined", "is thought to be")."""
    lemma = governor.lemma_
    return lemma in HEDGE_EMBEDDERS or lemma in HEARSAY_PASSIVES and any(c.dep_ == "auxpass" for c in governor.children)


def _inverted_condition(token: Token) -> bool:
    """"Had Republicans nominated Rubio, ...": an auxiliary before the subject opens a condition
    (in a clause that is not a question)."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or token.sent[-1].text == "?":
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.i < subject.i and c.lower_ in ("had", "were", "should")
               for c in token.children)


def _has_negation(token: Token) -> bool:
    return any((child.dep_ == "neg" or (child.lower_ in NEGATORS and child.dep_ in ("advmod", "det", "preconj")))
               and not _contrastive(token, child) for child in token.children)


def _contrastive(token: Token, negator: Token) -> bool:
    """"Khan was an Army captain, not a major": a negator after a comma that follows the word
    denies the phrase it opens, not the word."""
    return negator.i > token.i and negator.i > 0 and negator.doc[negator.i - 1].text == ","


def _remembered(kind: str, anchors: tuple[Token, ...], timed: bool, work) -> str:
    """`work(anchors)` looked up in, or kept in, its Doc's user_data: the relation rules ask for
    the same verb's polarity and modality from many rule families (states_event) and again for
    each candidate it anchors. Both read the parse only. Keys are token indices and values
    strings: no reference back to the Doc."""
    if not anchors:
        return work(anchors)
    memo = anchors[0].doc.user_data.setdefault("newsclaims.modality", {})
    key = (kind, timed, *(anchor.i for anchor in anchors))
    found = memo.get(key)
    if found is None:
        found = memo[key] = work(anchors)
    return found


def polarity_of(anchors: Iterable[Token]) -> str:
    """`negated` when the predicate or a verb embedding it is negated, else `affirmed`."""
    return _remembered("polarity", tuple(anchors), False, _polarity)


def _polarity(anchors: tuple[Token, ...]) -> str:
    for anchor in anchors:
        if _has_negation(anchor):
            return "negated"
        for governor, embeds in _governors(anchor):
            if embeds and governor.lemma_ in NEGATING_EMBEDDERS or (anchor.dep_ == "xcomp" and _has_negation(governor)):
                return "negated"
    return "affirmed"


def _is_hedge(child: Token) -> bool:
    lower = child.lower_
    if child.dep_ == "aux" and lower in HEDGE_AUXILIARIES:
        return True
    if child.dep_ == "advmod" and lower in HEDGE_ADVERBS:
        return True
    if child.dep_ == "amod" and lower in HEDGE_ADJECTIVES:
        return True
    return child.dep_ == "mark" and lower in ("if", "unless", "whether")


def _still_to_come(token: Token) -> bool:
    """"There could be more movement before Obama leaves the Oval Office": a present-tense clause
    under "before"/"until" states an event still to come; so does one with a time ahead ("Next
    Sunday, the Texans come to Lucas Oil Stadium", "Obama flies to Cuba tomorrow")."""
    # a participle with its time ahead under a verb of the present or future ("will extend his tour,
    # flying to Japan next week"; not "arrived in Paris, flying to Rome the next day")
    participle = token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp", "conj") and (
        token.head.tag_ in ("VBZ", "VBP") or any(c.tag_ == "MD" for c in token.head.children))
    return (token.tag_ in ("VBZ", "VBP") or participle) and any(
        c.dep_ == "mark" and c.lower_ in ("before", "until", "till")
        or c.dep_ in ("npadvmod", "advmod", "prep") and _time_ahead(c) for c in token.children)


def _time_ahead(modifier: Token) -> bool:
    """"next Sunday", "tomorrow", "later this month", "on Sunday next week": a time still to come."""
    words = {t.lower_ for t in modifier.subtree}
    return bool(words & FUTURE_TIME_WORDS) and not words & PAST_TIME_WORDS


# Words of a time ahead, and of one past, in a verb's time modifier.
FUTURE_TIME_WORDS = frozenset({"next", "tomorrow", "upcoming", "coming"})
PAST_TIME_WORDS = frozenset({"last", "ago", "yesterday", "earlier"})


# Marks that make a clause a condition, or (with "whether") an open question: what it states is
# not asserted, and neither is what a clause inside it states ("If the Saints beat Seattle and
# Philadelphia beats Green Bay, ...").
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# Dependencies by which a clause is part of the clause above it (not a description of a noun: "If
# Acme, which Smith founded, ..." still says Smith founded Acme).
CLAUSE_LINKS = frozenset({"advcl", "ccomp", "xcomp", "conj", "pcomp", "csubj", "csubjpass"})
PAST_TAGS = frozenset({"VBD"})


def _clauses_up(token: Token) -> Iterable[Token]:
    """The clause heads from `token` up to its sentence's main clause, through clausal links only.
    The walk stops at a noun's modifier (a relative clause, an apposition): that describes, it
    does not state the upper clause's content."""
    current = token
    for _ in range(12):
        yield current
        if current.head == current or current.dep_ not in CLAUSE_LINKS:
            return
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in CONDITION_MARKS
                                           for c in current.children):
            return  # "questioning whether he was eligible because Cruz was born in Canada": a reason holds
        if current.dep_ == "conj" and current.head.pos_ not in ("VERB", "AUX"):
            return
        if current.dep_ == "pcomp" and current.head.head.pos_ not in ("VERB", "AUX"):
            return
        current = current.head


def _is_condition(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children) \
        or clause.dep_ == "advcl" and _inverted_condition(clause)


def _consequent(clause: Token) -> bool:
    """"If Clinton wins Ohio, she beats Trump": a present-tense (or bare) clause with a condition of
    its own is the condition's outcome, not a fact. A past one may be (relevance conditionals: "If
    you missed the show, Jackman sang ...")."""
    if clause.pos_ not in ("VERB", "AUX") or clause.tag_ in PAST_TAGS \
            or any(c.dep_ in ("aux", "auxpass") and c.tag_ in PAST_TAGS for c in clause.children):
        return False
    return any(c.dep_ == "advcl" and _is_condition(c) for c in clause.children)


def _in_question(anchor: Token, clauses: list[Token]) -> bool:
    """A verb of the main clause of a sentence that ends in a question mark: what the question asks
    ("Did Trump fire Comey?") is not asserted. A description inside it ("Will Acme CEO Jane Roe
    resign?") is."""
    if anchor.pos_ not in ("VERB", "AUX") or clauses[-1].dep_ != "ROOT":
        return False
    sentence = anchor.sent
    last = next((t for t in reversed(sentence) if not (t.is_punct and t.text not in ("?", "."))), None)
    return last is not None and last.text == "?"


def conditional_or_asked(anchors: Iterable[Token]) -> bool:
    """Whether the anchors' clause is a condition, inside one, a condition's present-tense outcome,
    or the question a sentence asks."""
    for anchor in anchors:
        clauses = list(_clauses_up(anchor))
        if any(_is_condition(clause) or _consequent(clause) for clause in clauses) or _in_question(anchor, clauses):
            return True
    return False


def modality_of(anchors: Iterable[Token], timed: bool = False) -> str:
    """`hedged` when a modal, a hedging adverb or a hedging embedding verb qualifies the predicate,
    the predicate is an event still to come in a time clause, or (unless the claim is `timed`, its
    status saying when it holds, as "will retire from Acme" keeps a current post) an event planned
    or to come ("will acquire", "was set to visit", "was to meet", "is scheduled to sign")."""
    return _remembered("modality", tuple(anchors), timed, lambda found: _modality(found, timed))


def _modality(anchors: tuple[Token, ...], timed: bool) -> str:
    if conditional_or_asked(anchors) or any(_topic_gerund(anchor) or _hearsay_content(anchor) for anchor in anchors):
        return "hedged"
    for anchor in anchors:
        if any(_is_hedge(child) for child in anchor.children) or _inverted_condition(anchor) \
                or _still_to_come(anchor) or not timed and _planned(anchor):
            return "hedged"
        for governor, embeds in _governors(anchor):
            if embeds and _embeds_unasserted(governor) or any(_is_hedge(child) for child in governor.children):
                return "hedged"
    return "asserted"


def _hearsay_content(anchor: Token) -> bool:
    """A verb in the content clause of a hearsay noun, or inside one (HEARSAY_NOUNS): what is alleged
    or reported, not stated."""
    top = list(_clauses_up(anchor))[-1]
    return top.dep_ in ("acl", "ccomp") and top.head.pos_ == "NOUN" and top.head.lemma_.lower() in HEARSAY_NOUNS


# Prepositions whose gerund clause is a topic: "talked about [Obama being a founder of ISIS]",
# "spoke of Clinton being ...", "from Obama being a founder ... to the election being rigged".
TOPIC_PREPOSITIONS = frozenset({"about", "of", "from", "on", "over", "regarding", "concerning"})


def _topic_gerund(anchor: Token) -> bool:
    """A gerund with its own subject, governed by a preposition: what someone talked about or
    spoke of, not something the writer states (session 9's trial: "Trump, who had talked about ...
    Obama being a founder of the terrorist group ISIS" came out asserted)."""
    return anchor.tag_ == "VBG" and anchor.dep_ == "pcomp" and anchor.head.lower_ in TOPIC_PREPOSITIONS \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children)


# Auxiliaries and embedding words that put an event ahead ("will visit", "is set to meet", "is
# scheduled to leave", "is going to retire", "was to sign", "was about to board").
FUTURE_AUXILIARIES = frozenset({"will", "would", "'ll", "wo", "shall"})
PLANNING_WORDS = frozenset({"set", "schedule", "slate", "due", "poise", "about"})


def _planning_governor(verb: Token) -> bool:
    """An infinitive under a planning word ("is set to [visit]", "was due to [sign]"), "be going
    to", or "be" itself ("was to [meet]", the plan that a later clause often says fell through)."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    governor = verb.head
    lemma = governor.lemma_.lower()
    return lemma in PLANNING_WORDS or governor.lower_ in PLANNING_WORDS or lemma == "go" and governor.tag_ == "VBG" \
        or lemma == "be" and governor.pos_ == "AUX" and not any(c.dep_ == "acomp" for c in governor.children)


def _planned(token: Token) -> bool:
    """Whether a verb, or the verb it is an open complement or conjunct of ("was set to get on a
    plane and [visit] X"), states an event still to come: a future auxiliary or a planning word.
    Not through a gerund's verb: in "will be sentenced for [killing] X" the killing is done."""
    current = token
    for _ in range(4):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUXILIARIES for c in current.children) \
                or _planning_governor(current):
            return True
        if current.dep_ in ("xcomp", "conj") and current.head.pos_ in ("VERB", "AUX") and current.head != current:
            current = current.head
        else:
            return False
    return False


def is_future(verb: Token) -> bool:
    """Whether a verb states an event still to come: a future auxiliary or a planning word on it or
    on the verb it completes, or a present tense under "before"/"until"."""
    return _still_to_come(verb) or _planned(verb)


# A deed only asked for, owed or possible, not done: a modal of obligation or possibility on the verb
# or on the verb it completes ("should resign", "may have to quit"), or a word of urging, needing or
# intending above it ("called on him to quit", "calls for him to resign", "threatened to quit"). Not
# "forced to resign" (done) nor "would quit" (planned, is_future's). "had to quit" was done.
OBLIGATION_AUXILIARIES = frozenset({"should", "must", "ought", "may", "might", "could"})
URGING_WORDS = frozenset({"call", "urge", "ask", "press", "pressure", "push", "demand", "tell", "want", "need",
                          "threaten", "consider", "refuse", "decline", "expect", "hope", "plan", "offer", "have"})


def unrealised(verb: Token) -> bool:
    """Whether a verb states a deed asked for, owed or only possible rather than done (see
    URGING_WORDS): the departure rule abstains on such a verb, whose subject is often the one asked."""
    current = verb
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUXILIARIES for c in current.children):
            return True
        head = current.head
        if head == current:
            return False
        if current.dep_ == "xcomp" or current.dep_ in ("advcl", "acl") and head.pos_ == "NOUN":
            lemma = head.lemma_.lower()
            if lemma in URGING_WORDS and not (lemma == "have" and head.tag_ == "VBD"):
                return True
        elif not (current.dep_ == "conj" and head.pos_ in ("VERB", "AUX")):
            return False
        current = head
    return False


def accusing_verb(anchors: Iterable[Token]) -> Token | None:
    """The verb that charges someone with the deed the anchors state ("accused the DNC of
    [sabotaging] the campaign", "was charged with the [murder] of X", "blamed X for [leaking]"):
    the deed is the accuser's claim, not the writer's."""
    for anchor in anchors:
        current = anchor
        for _ in range(4):
            if current.dep_ in ("pcomp", "pobj") and current.head.dep_ in ("prep", "agent"):
                prep, verb = current.head, current.head.head
                if verb.pos_ == "ADJ" and verb.dep_ in ("acomp", "oprd"):
                    verb = verb.head
                if prep.lower_ in ACCUSATION_VERBS.get(verb.lemma_.lower(), ()):
                    return verb
                break
            if current.dep_ not in ("conj", "xcomp", "aux") or current.head == current:
                break
            current = current.head
    return None
