"""Business and politics news: appointments, departures, contracts and products.

- "appointment": "Google hired Jane Roe as its CFO", "Roe was named chief executive of Acme in
  2019", "Acme appointed Roe president" -> affiliated_with with the role and status current;
- "departure": "Roe resigned as chief executive of Acme", "Roe left Google in 2018", "Acme fired
  Roe" -> affiliated_with with status former (and the role when stated);
- "contract": "the Pentagon selected Boeing and Lockheed for contracts", "the Air Force awarded
  Boeing a contract", "Boeing won a contract from the Air Force" -> partnered_with;
- "product_owner": "Stadia, Google's streaming platform", "the A350, an Airbus jet" -> developed.
The role noun is read by role_phrases, like a title or an apposition.
"""
from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Token

from models import Mention
from pipeline.extract.modality import is_future, unrealised
from pipeline.extract.relations.arguments import (
    ArgumentFinder, Candidate, conjoined_prep_objects, prep_objects, resolved_people, trailing_prep_objects,
)
from pipeline.extract.relations.verb_subjects import is_passive, phrasal_key, subject_token
from pipeline.extract.relations.deal_words import CONTRACT_NOUNS, OFFER_NOUNS, RULING_WORDS, SELECTION_VERBS
from pipeline.extract.relations.lexicon import (
    APPOINTMENT_VERBS, BOARD_MEMBER_NOUNS, DEPARTURE_VERBS, PRODUCT_NOUNS, PUBLIC_POWER_NOUNS, REMOVAL_VERBS, SEAT_NOUNS,
)
from pipeline.extract.relations.memberships import group_owners
from pipeline.extract.relations.its_owners import speaker_organisations
from pipeline.extract.relations.person_relations import seat_owners
from pipeline.extract.relations.role_names import names_a_workplace
from pipeline.extract.relations.role_phrases import RolePhrase, read_role
from pipeline.extract.relations.role_kinds import title_word
from pipeline.lexicon import ORG_LABELS, PLACE_LABELS, is_legal_form
from pipeline.organisation_words import ORG_HEAD_TITLES

ROLE_COMPLEMENT_DEPS = ("oprd", "attr", "xcomp", "npadvmod", "ccomp", "dobj", "appos")
JOB_NOUNS = frozenset({"job", "post", "position"})
JOB_LOSING_VERBS = frozenset({"lose"})  # "lost his job at Acme": held no more
# Posts in a company that role_kinds calls occupations ("chairman", "director"), as against trades
# ("banker", "economist"), which name no employer.
COMPANY_POST_NOUNS = ORG_HEAD_TITLES | BOARD_MEMBER_NOUNS | frozenset({"controller", "counsel"})


POST_NOUNS = frozenset({"job", "post", "position", "role"})  # "to the post of", "his job at Acme"


def _people(finder: ArgumentFinder, token: Optional[Token]) -> list[Mention]:
    if token is None:
        return []
    return [m for m in finder.group(token) if finder.label(m) == "PERSON"]


def _orgs(finder: ArgumentFinder, tokens: list[Token]) -> list[Mention]:
    return [m for t in tokens for m in finder.group(t) if finder.label(m) in ORG_LABELS]


def career_rules(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    key = phrasal_key(verb)
    if key in APPOINTMENT_VERBS and not (key == "make" and verb.tag_ == "VBZ"):
        # "Inbev, which makes Stella Artois beer": what a firm habitually makes is a product, not a post
        yield from _appointment(finder, verb)
    elif key in DEPARTURE_VERBS or key in REMOVAL_VERBS:
        yield from _departure(finder, verb, removal=key in REMOVAL_VERBS)
    if key in SELECTION_VERBS or key in ("win", "secure", "land", "receive", "get", "award", "grant"):
        yield from _contract(finder, verb)


def _appointment(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    passive = is_passive(verb)
    appointee_token = subject_token(verb) if passive else next((c for c in verb.children if c.dep_ == "dobj"), None)
    appointees = _people(finder, appointee_token)
    complements = [c for c in verb.children if c.dep_ in ROLE_COMPLEMENT_DEPS and c is not appointee_token]
    # "named chief executive of Acme and chairman of the Red Sox": each conjoined noun is a post
    nouns = conjoined_prep_objects(verb, ("as", "to")) + complements + [
        c for noun in complements for c in noun.conjuncts if c.pos_ in ("NOUN", "PROPN") and c.i > noun.i]
    if not appointees and appointee_token is not None and finder.mention_at(appointee_token) is None:
        # "appointed Jane Roe president" parsed as one noun phrase: the name modifies the role
        appointees = _people_on(finder, appointee_token)
        nouns.append(appointee_token)
    if not appointees and appointee_token is None and not passive:
        # the same with the role the verb's complement ("Widget Inc named John Smith chief executive officer")
        appointees = [m for noun in complements for m in _people_on(finder, noun)]
    if not appointees:
        return
    appointer = _orgs(finder, prep_objects(verb, ("by",))) if passive else \
        _orgs(finder, [subject_token(verb)] if subject_token(verb) is not None else [])
    board = prep_objects(verb, ("by",)) if passive else [subject_token(verb)]
    if not appointer and board and board[0] is not None and board[0].lemma_.lower() in SEAT_NOUNS:
        appointer = seat_owners(finder, board[0])  # "its board elected X": the company whose board it is
    phrases = [(noun, _role_or_post(finder, noun)) for noun in map(_post_named, nouns)  # "to the board of Acme"
               if finder.mention_at(noun) is None]
    phrases = [(noun, phrase) for noun, phrase in phrases if phrase is not None and phrase.kind != "resident"]
    if not appointer and passive and not any(phrase.organisations or phrase.states for _, phrase in phrases):
        # "Greyhound Lines Inc said Frank Marsh was named executive vice president": a company
        # announces its own appointments (a ministry announces ambassadors, who are not its staff);
        # not where a post names its organisation ("named president and chief operating officer of
        # Flexi-Van Corp": both posts are at Flexi-Van)
        appointer = announcing_companies(finder, verb)
    for noun, phrase in phrases:
        if not phrase.text and noun.lemma_.lower() == "board":
            phrase.text = "board member"
        # "Google hired X as its chief financial officer": the role names no employer, the hirer is one
        employers = phrase.organisations or phrase.states or appointer
        # "Acme will name Roe its CFO", "Roe is widely expected to be named chairman": a post still to come
        qualifiers = {**phrase.qualifiers(),
                      "status": phrase.status or ("future" if is_future(verb) or unrealised(verb) else "current")}
        for person in appointees:
            for employer in employers:
                if employer.index != person.index:
                    yield Candidate("affiliated_with", person, employer, "appointment", (verb, noun), dict(qualifiers))


def _people_on(finder: ArgumentFinder, noun: Token) -> list[Mention]:
    """The people named as modifiers of a role noun ("John Smith" of "John Smith chief executive officer")."""
    return [m for c in noun.children if c.dep_ in ("compound", "nmod")
            for m in [finder.mention_at(c)] if m is not None and finder.label(m) == "PERSON"]


def _apposed_posts(finder: ArgumentFinder, person: Token) -> list[RolePhrase]:
    """"Ellen Marks, a senior vice president,": the company posts set beside a name that name no
    employer (not "an economist": a trade, no post; nor "a former president"; "Evan Williams, a co-founder of Blogger, left
    the board" is the apposition rule's, and leaving the board does not end the founding)."""
    doc = person.doc
    # set off by a comma: "its chairman Bill Saxon and chief executive officer Steven Saxon" is a
    # list the parser may hang on the first name as its apposition
    phrases = [read_role(finder, c) for c in person.children if c.dep_ == "appos"
               and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","]
    return [p for p in phrases if p is not None and not p.organisations and not p.states and p.status != "former"
            and company_post(p)]


def company_post(phrase: RolePhrase) -> bool:
    """A role phrase that names a post a company gives (not a trade: "an economist")."""
    return bool(phrase.text) and (phrase.kind == "office" or title_word(phrase.noun) in COMPANY_POST_NOUNS)


def announcing_companies(finder: ArgumentFinder, verb: Token) -> list[Mention]:
    """The company that reports what `verb` states about its people: the organisation of the speech
    verb above, named as a company ("Greyhound Lines Inc said Frank Marsh was named ...")."""
    return [m for m in speaker_organisations(finder, verb) if _company(finder, m)]


def _company(finder: ArgumentFinder, mention: Mention) -> bool:
    """An organisation the article names as a company: with a legal form, here or in a longer name
    it starts ("Litton said" after "Litton Industries Inc")."""
    words = mention.text.split()
    return any(m.text.split()[:len(words)] == words and (is_legal_form(m.text.split()[-1])
                                                          or m.text.split()[-1].lower() in ("corporation", "company"))
               for m in finder.index.mentions if finder.label(m) in ORG_LABELS)


def _departure(finder: ArgumentFinder, verb: Token, removal: bool) -> Iterator[Candidate]:
    """"X resigned as CEO of Y", "X stepped down from Y's board", "X left Google", "Y fired X"."""
    if unrealised(verb) or _leaves_behind(verb):
        return  # "should resign", "called on him to quit": no post ended; nor "left Arsenal with no strikers"
    passive = is_passive(verb)
    if removal:
        person_token = subject_token(verb) if passive else next((c for c in verb.children if c.dep_ == "dobj"), None)
        remover = subject_token(verb) if not passive else None
        employers = _orgs(finder, prep_objects(verb, ("by",)) if passive else [remover] if remover is not None else [])
        if any(t.lemma_.lower() in PUBLIC_POWER_NOUNS for t in prep_objects(verb, ("from", "of"))):
            employers = []  # "removed from office by the Senate": a legislature, court or army, no employer
    else:
        person_token = subject_token(verb)
        employers = []
    people = _people(finder, person_token)
    if not people:
        return
    role_nouns = conjoined_prep_objects(verb, ("as", "from")) + [c for c in verb.children if c.dep_ == "dobj" and not removal]
    # "X will retire from Exxon next year": X still holds the post
    status = "current" if is_future(verb) else "former"
    posts: list[tuple[Mention, dict[str, str]]] = [(m, {"status": status}) for m in employers]
    roles: set[str] = set()
    for noun in role_nouns:
        mention = finder.entity(noun)
        if mention is not None and finder.label(mention) in ORG_LABELS and not _own_thing(noun):
            posts.append((mention, {"status": status}))  # "left Google", "resigned from Acme"
            continue
        phrase = _role_or_post(finder, noun)
        if phrase is None:
            continue
        qualifiers = {"status": status}
        if phrase.text and noun.lemma_.lower() not in ("job", "post", "position", "board", "role"):
            qualifiers["role"] = phrase.text  # "resigned as CEO of X and as chairman of Y": each its own
            roles.add(phrase.text)
        posts += [(m, qualifiers) for m in phrase.organisations + [m for m in phrase.states
                                                                     if finder.label(m) in PLACE_LABELS]]
    if not posts:
        # "Bank of Boston Corp said Ellen Marks, a senior vice president, will retire": the reporting
        # company's officer, where the role is stated and names no employer
        reporters = announcing_companies(finder, verb)
        posts = [(m, {"status": status, "role": role}) for role in sorted(roles)[:1] for m in reporters]
        for phrase in [] if posts else _apposed_posts(finder, person_token):
            posts += [(m, {"status": status, "role": phrase.text}) for m in reporters]
    # a role stated once for employers named apart ("resigned from Acme as its CEO") is theirs too
    seen = set()
    for person in people:
        for employer, qualifiers in posts:
            if "role" not in qualifiers and len(roles) == 1:
                qualifiers = {**qualifiers, "role": next(iter(roles))}
            if employer.index != person.index and (person.index, employer.index) not in seen:
                seen.add((person.index, employer.index))
                yield Candidate("affiliated_with", person, employer, "departure", (verb,), dict(qualifiers))


def _leaves_behind(verb: Token) -> bool:
    """"leaving Arsenal with no fit strikers", "left the club short": "leave" with a complement puts
    someone or something in a state, no one departs ("left Ground Force to present a show" does)."""
    return verb.lemma_.lower() == "leave" and any(
        c.dep_ in ("oprd", "acomp") or c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _own_thing(noun: Token) -> bool:
    """"left her iPod in a cab": what one leaves behind with a possessive pronoun is one's own thing, no
    employer ("left his job at Acme" is read by _post_phrase, "left his party" names none)."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children) and noun.head.lemma_.lower() == "leave"


def job_holder(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """"Hiller was suspended from her job at the Kraft Plant", "he lost his job at Acme": the one whose
    job at an organisation it is works there ("job_at"; former after "lose"). A departure or a removal
    ("quit her job at Acme", "was fired from his job at Acme") is the departure rule's."""
    if noun.lemma_.lower() not in JOB_NOUNS:
        return
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in ("pobj", "dobj") and phrasal_key(governor) in DEPARTURE_VERBS | REMOVAL_VERBS:
        return
    holders = [m for c in noun.children if c.dep_ == "poss" for m in _job_owner(finder, c, governor)]
    places = trailing_prep_objects(noun, ("at", "with"))
    employers = _orgs(finder, places) + [m for t in places for m in group_owners(finder, t)]  # "at a Kraft plant"
    employers += [m for t in places for m in finder.group(t) if names_a_workplace(finder, m)]  # "at the Kraft Plant"
    qualifiers = {"status": "former"} if noun.dep_ == "dobj" and governor.lemma_.lower() in JOB_LOSING_VERBS else {}
    for holder in holders:
        for employer in employers:
            if employer.index != holder.index:
                yield Candidate("affiliated_with", holder, employer, "job_at", (noun,), dict(qualifiers))


def _job_owner(finder: ArgumentFinder, owner: Token, governor: Token) -> list[Mention]:
    """The people a job's possessor stands for: a name, or "his"/"her" as the person its clause's
    subject names ("Hiller was suspended from her job"), when coreference linked it there too."""
    if owner.pos_ != "PRON":
        return resolved_people(finder, owner)
    subject = subject_token(governor) if governor.pos_ in ("VERB", "AUX") else None
    people = resolved_people(finder, subject) if subject is not None and subject.pos_ != "PRON" else []
    linked = {finder.index.root(m).index for m in finder.group(owner)}
    return [m for m in people if finder.index.root(m).index in linked]


def _post_named(noun: Token) -> Token:
    """"named X to the post of executive director": the role is the noun the post's "of" names."""
    if noun.lemma_.lower() not in POST_NOUNS:
        return noun
    return next((p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), noun)


def _role_or_post(finder: ArgumentFinder, noun: Token) -> Optional[RolePhrase]:
    """The role a noun names, or the post ("resigned from its board"), where the role names no employer."""
    phrase = read_role(finder, noun)
    if phrase is not None and (phrase.organisations or phrase.states):
        return phrase
    return _post_phrase(finder, noun) or phrase


def _post_phrase(finder: ArgumentFinder, noun: Token):
    """"his job at Acme", "the board of Acme": a post that is no role noun but names the employer."""
    if noun.lemma_.lower() not in POST_NOUNS | {"board", "seat"}:
        return None
    orgs = _orgs(finder, trailing_prep_objects(noun, ("at", "of", "with", "on")))  # "quit her job at Acme"
    orgs += [m for c in noun.children if c.dep_ == "poss" for m in finder.group(c) if finder.label(m) in ORG_LABELS]
    if not orgs and noun.lemma_.lower() in SEAT_NOUNS:
        orgs = seat_owners(finder, noun)  # "Acme said X resigned from its board": Acme's
    return RolePhrase(noun, "occupation", organisations=orgs) if orgs else None


def _contract(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"X selected Y for contracts", "X awarded Y a contract", "Y won a contract from X"."""
    subject = subject_token(verb)
    subjects = _orgs(finder, [subject]) if subject is not None else []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    contract_objects = [c for c in objects if c.lemma_.lower() in CONTRACT_NOUNS]
    for_contract = [t for t in prep_objects(verb, ("for",)) if t.lemma_.lower() in CONTRACT_NOUNS]
    key = phrasal_key(verb)
    if key in SELECTION_VERBS and (for_contract or contract_objects):
        # "selected Boeing for contracts", "awarded Boeing a contract"
        partners = [m for c in objects if c.lemma_.lower() not in CONTRACT_NOUNS for m in _orgs(finder, [c])]
        anchors = (verb, *(for_contract or contract_objects))
        for first in subjects:
            for second in partners:
                if first.index != second.index:
                    yield Candidate("partnered_with", first, second, "contract", anchors)
    elif contract_objects := [c for c in contract_objects if not _no_contract(c)]:
        # "Boeing won a contract from the Air Force"
        givers = [m for noun in contract_objects for m in _orgs(finder, prep_objects(noun, ("from", "with", "by")))]
        givers += _orgs(finder, prep_objects(verb, ("from",)))
        for first in subjects:
            for second in givers:
                if first.index != second.index:
                    yield Candidate("partnered_with", first, second, "contract", (verb, *contract_objects))


def _no_contract(noun: Token) -> bool:
    """A bid received, or a ruling's order (OFFER_NOUNS, RULING_WORDS)."""
    return noun.lower_ in OFFER_NOUNS or noun.lemma_.lower() in ("order", "orders") and any(
        c.lower_ in RULING_WORDS for c in noun.children if c.dep_ in ("compound", "amod", "nmod"))


def product_rules(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"Stadia, Google's streaming gaming platform": a name in apposition with a product noun whose
    owner is an organisation was developed by it."""
    nouns = [c for c in root.children if c.dep_ == "appos" and finder.mention_at(c) is None]
    if root.dep_ == "appos" and finder.mention_at(root.head) is None:
        nouns.append(root.head)
    for noun in nouns:
        if noun.lemma_.lower() not in PRODUCT_NOUNS:
            continue
        owners = [finder.mention_at(c) for c in noun.children if c.dep_ in ("poss", "compound")]
        for owner in owners:
            if owner is not None and owner.index != mention.index and finder.label(owner) in ORG_LABELS:
                yield Candidate("developed", owner, mention, "product_owner", (noun,))
