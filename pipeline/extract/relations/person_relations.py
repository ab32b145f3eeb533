"""People's posts, seats and travel stated by constructions the role and verb rules do not read.

Rule names (the unit of confidence calibration):
- "possessive_words": "As RealClearPolitics' David Byler pointed out", where the parser missed the
  possessive (a bare apostrophe after an -s name) -> affiliated_with, as org_possessive;
- "seat": "X serves on the Senate Armed Services Committee", "X sits on the board of Acme" ->
  affiliated_with, role member / board member;
- "travel_verb": "Sanders headed to Iowa", "Obama landed in Havana" -> visited;
- "campaign_staff": "Conway joined the Trump campaign as a senior adviser", "Manafort resigned as
  Donald Trump's campaign chairman" -> affiliated_with the person, status current / former;
- "served_*": "Tim Kaine served as mayor of Richmond", "her record as a New York senator" -> the
  role phrase's posts (served_role / served_office / served_staff; no home from a beat: "Asia director");
- "presence_visit": "Clinton was in Iowa on Monday" -> visited;
- "gathering_owner": "a Trump rally in Burlington, Vt." -> visited (not planned, cancelled, to come);
- "visiting_from": "X, who was visiting Manhattan from South Carolina" -> lives_in South Carolina;
- "one of" roles: "Jack Dorsey, one of Twitter's founders", "X is one of the company's directors"
  read the role noun after "one of" like an apposition or a predicate noun (appos_*/copula_*);
- "<rule>_founder": an affiliation held as founder states founded too.
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Token

from models import Mention
from pipeline.extract.relations.arguments import (
    ArgumentFinder, Candidate, conjoined_prep_objects, pairs, prep_objects, pronoun_owner, resolved_people,
    unresolvable_pronoun,
)
from pipeline.extract.relations.verb_subjects import is_passive, subject_token
from pipeline.extract.relations.lexicon import (
    APPOINTMENT_VERBS, BOARD_MEMBER_NOUNS, CANCELLING_VERBS, FUTURE_WORDS, GATHERING_NOUNS, CAMPAIGN_NOUNS, FOUNDER_NOUNS, SEAT_NOUNS, SEAT_VERBS, TRAVEL_VERB_PREPS,
)
from pipeline.extract.relations.deal_words import UNREALISED_WORDS
from pipeline.extract.relations.its_owners import owned_by_its, speaker_organisations
from pipeline.extract.relations.noun_relations import labelled, owners_of
from pipeline.organisation_words import COUNTED_MEMBER_NOUNS
from pipeline.extract.relations.role_kinds import role_kind
from pipeline.extract.relations.role_phrases import read_role
from pipeline.extract.relations.role_rules import phrase_candidates
from pipeline.extract.relations.visit_rules import states_event
from pipeline.lexicon import ORG_LABELS, PERSON_HOME_NOUNS, POSSESSIVE_MARKERS, RESIDENT_NOUNS

SERVING_VERBS = frozenset({"serve", "work", "act", "function"})
# Nouns of a period or record someone had in a post: "her record as a New York senator".
TENURE_NOUNS = frozenset({"tenure", "time", "years", "days", "stint", "record", "career", "term", "work",
                          "service", "experience", "role", "efforts", "decades", "months", "year"})
HOSTING_VERBS = frozenset({"host", "hold", "organize", "organise", "stage", "sponsor", "plan", "throw"})

# Rules the pair scorer neither vetoes nor re-scores: constructions it never saw in CoNLL04, where its
# features (a verb on the path: "RealClearPolitics' Byler pointed out") would speak against them.
UNSCORED_PERSON_RULES = frozenset({"possessive_words", "seat"})
PERSON_RULE_CONFIDENCE: dict[str, float] = {
    "possessive_words": 0.75,
    "seat": 0.8,
    "travel_verb": 0.75,
    "campaign_staff": 0.75,
    "visiting_from": 0.7,
    "presence_visit": 0.7,
    "gathering_owner": 0.7,
    # "served as mayor of Richmond", "her record as a New York senator" (_served_as, tenure_as)
    "served_role": 0.8, "served_office": 0.8, "served_staff": 0.75,
    # founded, read off a founder's affiliation (founder_readings)
    "appos_role_founder": 0.8, "title_org_founder": 0.8, "copula_role_founder": 0.8,
}


def verb_rules(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    lemma = verb.lemma_.lower()
    if lemma in SEAT_VERBS:
        yield from _seat(finder, verb)
    if lemma in TRAVEL_VERB_PREPS:
        yield from _travel(finder, verb, TRAVEL_VERB_PREPS[lemma])
    if lemma in ("join", "leave", "quit", "resign"):
        yield from _campaign_staff(finder, verb)
    if lemma == "visit":
        yield from _visiting_from(finder, verb)
    if lemma in SERVING_VERBS:
        yield from _served_as(finder, verb)


def _served_as(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"Tim Kaine served as mayor of Richmond", "Jim Webb, who served as Navy secretary", "she has
    worked as a spokeswoman for the Clinton campaign": the role after "as" is the subject's (a past
    verb makes it a former post unless the role says otherwise)."""
    if not _took_seat(verb):
        return
    people = resolved_people(finder, _appointee(verb) or subject_token(verb))  # "she": only when safe
    for noun in conjoined_prep_objects(verb, ("as",)):
        phrase = read_role(finder, noun) if finder.mention_at(noun) is None else None
        if phrase is None or phrase.kind == "resident":
            continue
        if phrase.status is None and verb.tag_ == "VBD":
            phrase.status = "former"
        yield from _posts(phrase_candidates(people, phrase, "served", (verb, noun)))


def tenure_as(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """"her record as a New York senator", "Clinton's tenure as secretary of state", "his years as
    CEO of Acme": a period or record of someone's as a role is their post."""
    if noun.lemma_.lower() not in TENURE_NOUNS:
        return
    holders = [m for c in noun.children if c.dep_ == "poss" for m in finder.group(c) if finder.label(m) == "PERSON"] \
        or [m for c in noun.children if c.dep_ == "poss" for m in pronoun_owner(finder, c)]
    for role_noun in prep_objects(noun, ("as",)):
        phrase = read_role(finder, role_noun) if finder.mention_at(role_noun) is None else None
        if phrase is not None and phrase.kind != "resident":
            yield from _posts(phrase_candidates(holders, phrase, "served", (noun, role_noun)))


def _posts(found: Iterator[Candidate]) -> Iterator[Candidate]:
    """Only the post: a place in a role served ("served as Asia director") is its beat, not a home."""
    return (c for c in found if c.predicate != "lives_in")


def presence_visit(finder: ArgumentFinder, copula: Token) -> Iterator[Candidate]:
    """"Hillary Clinton was in Iowa on Monday", "Trump was in Ohio Tuesday for a rally": a person's
    past presence in a place on a stated day is a visit (without the day, "was in Vermont" may be home)."""
    if copula.tag_ != "VBD" or not states_event(copula):
        return
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None or unresolvable_pronoun(subject):
        return
    dated = any(t.ent_type_ in ("DATE", "TIME") for c in copula.children
                if c.dep_ in ("npadvmod", "prep", "tmod") and c.lower_ != "in" for t in c.subtree)
    if not dated:
        return
    people = resolved_people(finder, subject)  # "she" only when safe
    places = labelled(finder, prep_objects(copula, ("in",)), ("GPE", "LOC"))
    yield from pairs("visited", people, places, "presence_visit", (copula,))


def owned_gathering(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """"a Trump rally in Burlington, Vt.", "Sanders' town hall in Concord": the person whose gathering
    it was went there. Not a gathering planned, cancelled or to come ("Trump's planned rally in
    Chicago was canceled")."""
    if noun.lemma_.lower() not in GATHERING_NOUNS or noun.lemma_.lower() in ("crowd", "audience", "debate") \
            or finder.mention_at(noun) is not None or _not_held(noun):
        return
    # "Trump's rally", "a Trump rally"; "a Clinton event" may be anyone's for her ("mothers hosted a
    # Clinton event in Jacksonville"): a modifier names the host only of a rally or a speech, and
    # not when the clause names another host
    owners = [c for c in noun.children if c.pos_ == "PROPN" and (c.dep_ == "poss" or c.dep_ == "compound"
              and noun.lemma_.lower() in ("rally", "speech"))]  # a name, not "the party's convention"
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in HOSTING_VERBS:
        return
    surnames = _person_surnames(finder)
    hosts = [m for m in labelled(finder, owners, ("PERSON", "ORG"))
             if finder.label(m) == "PERSON" or m.text in surnames]  # "a Trump rally": Trump typed ORG
    places = labelled(finder, prep_objects(noun, ("in",)), ("GPE", "LOC"))
    yield from pairs("visited", hosts, places, "gathering_owner", (noun,))


def _not_held(noun: Token) -> bool:
    if any(c.lower_ in UNREALISED_WORDS | FUTURE_WORDS for c in noun.children if c.dep_ in ("amod", "compound")):
        return True
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if governor.lemma_.lower() in CANCELLING_VERBS or any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in governor.children):
        return True
    return noun.dep_ in ("nsubj", "nsubjpass") and governor.tag_ in ("VB", "VBZ", "VBP") and governor.lemma_ != "be" \
        and not any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBN") for c in governor.children)


def _visiting_from(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"Jane Doe, who was visiting Manhattan from South Carolina", "X, visiting from Ohio": a visitor
    comes from home (lives_in)."""
    if not states_event(verb):
        return
    subject = subject_token(verb)
    if subject is None or unresolvable_pronoun(subject):
        return
    visitors = labelled(finder, [subject], ("PERSON",))
    homes = labelled(finder, prep_objects(verb, ("from",)), ("GPE",))
    yield from pairs("lives_in", visitors, homes, "visiting_from", (verb,))


def _seat(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"X serves on the Senate Armed Services Committee", "X sits on the board of Acme", "X sat on
    Acme's board": a seat in the organisation (affiliated_with, role member or board member)."""
    if not _took_seat(verb):
        return
    people = resolved_people(finder, _appointee(verb) or subject_token(verb))  # "he"/"she" only when safe
    for seat in conjoined_prep_objects(verb, ("on",)):
        own = finder.mention_at(seat)
        named, role = [], "member"
        if seat.lemma_.lower() in SEAT_NOUNS and (own is None or own.refers_to is not None):
            named = seat_owners(finder, seat)
            role = "board member" if seat.lemma_.lower() == "board" else "member"
        if not named:
            # the seat's own name ("the Senate Armed Services Committee"); a bare "the board" only
            # when no owner is named with it (its description may stand for another organisation)
            named, role = [m for m in finder.group(seat) if finder.label(m) in ORG_LABELS], "member"
        qualifiers = {"role": role}
        if any(c.dep_ == "advmod" and c.lower_ in ("formerly", "once", "previously") for c in verb.children):
            qualifiers["status"] = "former"
        yield from pairs("affiliated_with", people, named, "seat", (verb, seat), qualifiers)


def seat_owners(finder: ArgumentFinder, seat: Token) -> list[Mention]:
    """The organisations a board or committee belongs to: "Acme's board", "the Acme board", "the
    board of directors of the American Medical Association", "its board of trustees"."""
    owners = owners_of(seat, ("poss", "compound")) + prep_objects(seat, ("of",))
    owners += [t for kind in prep_objects(seat, ("of",)) if kind.lemma_.lower() in BOARD_MEMBER_NOUNS
               for t in prep_objects(kind, ("of",)) + owners_of(kind, ("poss",))]
    named = labelled(finder, owners, ORG_LABELS)
    if not named and any(t.lower_ == "its" for t in owners):
        named = speaker_organisations(finder, seat)  # "Acme Corp said its board elected X"
    return named


def _appointed_to(verb: Token) -> bool:
    """"was elected to sit on the board", "named X to serve as chairman": the infinitive of an appointment."""
    return verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in APPOINTMENT_VERBS


def _appointee(verb: Token):
    """Who the appointment's infinitive is about: the passive subject, else the appointer's object."""
    if not _appointed_to(verb):
        return None
    head = verb.head
    return next((c for c in head.children if c.dep_ in (("nsubjpass",) if is_passive(head) else ("dobj",))), None)


def _took_seat(verb: Token) -> bool:
    """A seat held: "sits on the board", and "was elected to sit on the board" (the infinitive of
    an appointment that happened)."""
    return states_event(verb) or _appointed_to(verb) and states_event(verb.head)


def _travel(finder: ArgumentFinder, verb: Token, preps: tuple[str, ...]) -> Iterator[Candidate]:
    """"Sanders headed to Iowa", "Obama landed in Havana": travel that took place (visited)."""
    if not _past(verb) or not states_event(verb) or any(c.dep_ == "dobj" for c in verb.children):
        return  # "headed the committee" is a post; "landed a job" no travel; "is heading to" not yet there
    subject = subject_token(verb)
    if subject is None or unresolvable_pronoun(subject):
        return  # "they", "it": whose travel is a guess; "he"/"she" only when safe (resolved_people)
    travellers = resolved_people(finder, subject) if subject.pos_ == "PRON" else \
        labelled(finder, [subject], ("PERSON", "ORG", "GPE"))
    places = labelled(finder, prep_objects(verb, preps), ("GPE", "LOC"))
    yield from pairs("visited", travellers, places, "travel_verb", (verb,))


def _past(verb: Token) -> bool:
    """A verb that says the thing happened: "headed", "has landed", "had flown" (not "is heading")."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _campaign_staff(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"Kellyanne Conway joined the Trump campaign as a senior adviser", "Paul Manafort resigned as
    Donald Trump's campaign chairman", "left the Clinton campaign": a post on a person's campaign is
    held with that person (the only affiliation with a PERSON object, as the *_staff rules)."""
    if not states_event(verb):
        return  # "may leave to join the Trump campaign"
    subject = subject_token(verb)
    people = labelled(finder, [subject] if subject is not None else [], ("PERSON",))
    joined = verb.lemma_.lower() == "join"
    campaigns = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, ("from",))
    role_nouns = prep_objects(verb, ("as",))
    served: list[Mention] = []
    role = ""
    for noun in campaigns:
        if noun.lemma_.lower() not in CAMPAIGN_NOUNS:
            continue
        described = finder.mention_at(noun)
        if described is not None and finder.label(described) == "PERSON":
            served.append(described)  # "the Trump campaign" linked to Donald Trump by coreference
        elif described is None:
            served += labelled(finder, owners_of(noun, ("poss", "compound")), ("PERSON", "ORG"))
    for noun in role_nouns:
        phrase = read_role(finder, noun)
        if phrase is None:
            continue
        role = phrase.text
        served += phrase.served + [m for m in phrase.organisations if finder.label(m) == "PERSON"]
        served += [m for c in noun.children if c.dep_ == "compound" and c.lemma_.lower() in CAMPAIGN_NOUNS
                   for m in labelled(finder, owners_of(c, ("poss", "compound")), ("PERSON", "ORG"))]
    # the campaign's person may be typed ORG where the name stands alone ("the Trump campaign")
    served = [m for m in served if finder.label(m) == "PERSON" or finder.index.root(m).label == "PERSON"
              or m.text.split()[-1] in _person_surnames(finder)]
    qualifiers = {"role": role} if role else {}
    qualifiers["status"] = "current" if joined else "former"
    yield from pairs("affiliated_with", people, served, "campaign_staff", (verb,), qualifiers)


def _person_surnames(finder: ArgumentFinder) -> set[str]:
    return {m.text.split()[-1] for m in finder.index.mentions if m.label == "PERSON" and " " in m.text}


def misparsed_possessive(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"As RealClearPolitics' David Byler pointed out": an organisation's possessive right before a
    person's name that the parser did not attach to it (a bare apostrophe after an -s name is often
    read as a plural noun); the same construction as org_possessive, read off the words."""
    if finder.label(mention) != "PERSON" or any(c.dep_ == "poss" for c in root.children) or root.dep_ == "compound":
        return  # "POLITICO's Rosslyn headquarters": a name modifying a noun is no person here
    doc = root.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].text not in POSSESSIVE_MARKERS:
        return
    owner = finder.mention_at(doc[span.start - 2])
    if owner is None or finder.label(owner) != "ORG" or owner.end > doc[span.start - 1].idx \
            or owner.refers_to is not None or not owner.text[:1].isupper():
        return  # "it's Warren whose campaign ...": a pronoun's "'s" is "is"
    owner_span = doc.char_span(owner.start, owner.end, alignment_mode="expand")
    if owner_span is None or owner_span.end != span.start - 1:
        return
    yield Candidate("affiliated_with", mention, owner, "possessive_words", (doc[span.start - 1],))


def one_of_roles(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"Jack Dorsey, one of Twitter's founders and its chief executive", "one of its directors, John
    Smith,": a role after "one of" in an apposition is the person's, as an apposition's own role noun
    would be."""
    if finder.label(mention) != "PERSON":
        return
    for one in root.children:
        if one.dep_ == "appos" and one.lower_ == "one" and finder.mention_at(one) is None:
            yield from _roles_after_one(finder, [mention], one, "appos")
    one = root.head
    if root.dep_ == "appos" and one.i < root.i and one.lower_ == "one" and finder.mention_at(one) is None:
        # the name after "one of ...": a post only ("One of Britain's largest game makers, Argonaut
        # Games", a company the model typed PERSON, lives nowhere)
        yield from (c for c in _roles_after_one(finder, [mention], one, "appos") if c.predicate != "lives_in")


def one_of_copula(finder: ArgumentFinder, copula: Token) -> Iterator[Candidate]:
    """"Larry Page is one of the founders of Google"."""
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return
    people = [m for m in finder.group(subject) if finder.label(m) == "PERSON"]
    for one in copula.children:
        if one.dep_ == "attr" and one.lower_ == "one" and people:
            yield from _roles_after_one(finder, people, one, "copula", copula)


def _roles_after_one(finder: ArgumentFinder, holders: list[Mention], one: Token, construction: str,
                     copula: Token | None = None) -> Iterator[Candidate]:
    for noun in prep_objects(one, ("of",)):
        for role_noun in [noun, *noun.conjuncts]:
            if finder.mention_at(role_noun) is not None or any(c.dep_ == "nummod" for c in role_noun.children) \
                    and role_noun.lemma_.lower() not in COUNTED_MEMBER_NOUNS:
                continue  # "one of six incumbent senators" counts a set, its words no role ("99 Mafia members" do)
            phrase = read_role(finder, role_noun, plural=role_noun.tag_ in ("NNS", "NNPS"))
            if phrase is not None and not (phrase.organisations or phrase.states) and owned_by_its(role_noun):
                # "Acme Corp said one of its directors, X, resigned": the unlinked "its" is the reporting company's
                phrase.organisations = speaker_organisations(finder, role_noun)
            if phrase is not None:
                anchors = (copula, role_noun) if copula is not None else (role_noun,)
                yield from phrase_candidates(holders, phrase, construction, anchors)


def firm_role_reading(doc: Doc, candidate: Candidate) -> bool:
    """"FBI Director James Comey", "The State Department inspector general, Steve Linick": the
    organisation inside the role phrase itself (a modifier or possessor of the role noun), the role
    noun right on the name (its title, or in apposition). The pair scorer, trained on CoNLL04's
    sentences, let words elsewhere in the sentence ("decided not to recommend") sink such readings
    below its veto (p = 0.197, 0.189); a construction this tight needs no second opinion."""
    if candidate.rule not in ("title_org", "appos_role", "appos_resident") or not candidate.anchors:
        return False
    noun = candidate.anchors[0]
    if candidate.rule == "appos_resident":
        # "A Vancouver man, Eric Allen Kirkpatrick,", "X, a Fargo resident,": the place on the noun
        if noun.lemma_.lower() not in RESIDENT_NOUNS | PERSON_HOME_NOUNS:
            return False
    elif role_kind(noun, []) is None or not candidate.qualifiers.get("role", "")[:1].isalpha():
        return False  # "Pinup girl Williams": a word the lexicon does not know as a role is no firm title
    holder = doc.char_span(candidate.subject.start, candidate.subject.end, alignment_mode="expand")
    org = doc.char_span(candidate.object.start, candidate.object.end, alignment_mode="expand")
    if holder is None or org is None:
        return False
    if any(c.dep_ == "conj" for c in holder.root.children) or holder.root.dep_ == "conj":
        return False  # "Mr. Podesta and Todd Stern, the State Department's climate envoy": whose is unsure
    on_name = (noun.head.i == holder.root.i and noun.dep_ in ("compound", "appos")) or (
        holder.root.head.i == noun.i and holder.root.dep_ == "appos")
    token, steps = org.root, 0
    while token.i != noun.i and token.dep_ in ("compound", "poss", "nmod") and steps < 3:
        token, steps = token.head, steps + 1
    return on_name and token.i == noun.i


def founder_readings(found: list[Candidate]) -> list[Candidate]:
    """An affiliation held as founder ("co-founder of Twitter", "one of Twitter's founders") states
    that the person founded the organisation."""
    extra = []
    for candidate in found:
        role = candidate.qualifiers.get("role", "").lower().split()
        if candidate.predicate == "affiliated_with" and role and role[-1] in FOUNDER_NOUNS \
                and not any(anchor.tag_ == "VBG" for anchor in candidate.anchors):  # "Obama being a founder of"
            extra.append(Candidate("founded", candidate.subject, candidate.object,
                                   candidate.rule.removesuffix("+chain") + "_founder", candidate.anchors))
    return extra
