"""Posts stated by a verb of the work itself, and joining an organisation in a role.

Rule names (the unit of confidence calibration):
- "post_verb": "Jim Harbaugh coached the San Francisco 49ers", "X went on to coach the 49ers",
  "Chuck Pagano used to coach for the Ravens", "X coached at Stanford", "X played for the Boston
  Celtics", "X pitched for the Mets" -> affiliated_with, role coach / player (status former when
  the verb says the post is over: "used to", a past tense);
- "represented_district": "John Lewis represented Georgia's 5th congressional district" ->
  affiliated_with the state, role representative;
- "served_*" (as person_relations' "served as"): "Jane Roe became chief executive of Acme", "took
  over as CEO of Acme", "succeeded John Smith as CEO of Acme" -> the role phrase's posts;
- "announced_role": a post of those, or of "succeeded X as treasurer", that names no employer, at the
  company that reports it ("Texaco Inc said John Wilkins will succeed Alan Bird as treasurer");
- "joined_as": "Mary Jones joined Google as a senior engineer in 2005" -> affiliated_with with the
  role (the bare "X joined Google" stays verb_active's member_of; with a role it is a post, and
  the member_of reading of the same pair is dropped: `post_supersedes`).
"""
from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Token

from models import Mention

from pipeline.extract.relations.arguments import (
    ArgumentFinder, Candidate, conjoined_prep_objects, pairs, resolved_people,
)
from pipeline.extract.modality import is_future
from pipeline.extract.relations.career_rules import announcing_companies, company_post
from pipeline.extract.relations.verb_subjects import phrasal_key, subject_token
from pipeline.extract.relations.lexicon import POST_VERB_ROLES
from pipeline.extract.relations.noun_relations import labelled
from pipeline.extract.relations.role_phrases import read_role
from pipeline.extract.relations.role_rules import phrase_candidates
from pipeline.extract.relations.visit_rules import states_event
from pipeline.extract.relations.work_words import DRAMATIC_PART_NOUNS
from pipeline.lexicon import ORG_LABELS

# "went on to coach", "used to coach", "would go on to play": the infinitive states a post held
# ("used to": one held no longer)
CAREER_STEP_HEADS = frozenset({"go", "use", "return", "move", "leave"})
DISTRICT_NOUNS = frozenset({"district", "constituency", "riding", "ward"})
# Prepositions before a gerund that did not happen: "stop X from becoming", "the chance of becoming"
UNREALISED_GERUND_PREPS = frozenset({"from", "of", "about", "toward", "towards", "against"})
# Verbs whose predicate noun is the subject's new post ("became CEO of Acme")
BECOMING_VERBS = frozenset({"become"})
# Verbs whose "as" phrase is the subject's post ("took over as CEO", "succeeded X as CEO of Acme")
AS_POST_VERBS = frozenset({"take over", "succeed", "replace", "remain", "stay", "continue", "return", "start",
                           "begin", "step in", "take", "come"})
# Of those, the verbs whose object held the post before ("replaced X as CEO of Acme")
SUCCESSION_VERBS = frozenset({"succeed", "replace"})

POST_VERB_RULE_CONFIDENCE: dict[str, float] = {"post_verb": 0.75, "represented_district": 0.75, "joined_as": 0.8,
                                                "announced_role": 0.75}
UNSCORED_POST_VERB_RULES = frozenset(POST_VERB_RULE_CONFIDENCE)


def post_verb_rules(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    lemma = verb.lemma_.lower()
    if lemma in POST_VERB_ROLES:
        yield from _post_verb(finder, verb, *POST_VERB_ROLES[lemma])
    elif lemma == "represent":
        yield from _represented_district(finder, verb)
    elif lemma == "join":
        yield from _joined_as(finder, verb)
    key = phrasal_key(verb)
    if key in BECOMING_VERBS or key in AS_POST_VERBS:
        yield from _took_post(finder, verb, key in BECOMING_VERBS)
    if key in SUCCESSION_VERBS:
        yield from _predecessor_post(finder, verb)


def _took_post(finder: ArgumentFinder, verb: Token, becoming: bool) -> Iterator[Candidate]:
    """"Jane Roe became chief executive of Acme in 2010", "took over as CEO of Acme", "succeeded John
    Smith as CEO of Acme": the role is the subject's post (read as "served as"); "Texaco Inc said John
    Wilkins will succeed Alan Bird as treasurer": a post to come, at the company that says so."""
    status = _held(verb)
    if status is None and phrasal_key(verb) in SUCCESSION_VERBS and is_future(verb):
        status = "future"
    if status is None:
        return
    nouns = [c for c in verb.children if c.dep_ in ("attr", "oprd", "acomp")] if becoming \
        else conjoined_prep_objects(verb, ("as",))
    yield from _posts(finder, verb, _people(finder, verb), nouns, status if status == "future" else None)


def _posts(finder: ArgumentFinder, verb: Token, holders: list[Mention], nouns: list[Token],
           status: Optional[str] = None) -> Iterator[Candidate]:
    """The posts the role nouns name, held by `holders` (read as "served as"; no home); a company
    post that names no employer is held at the company that reports it."""
    for noun in nouns:
        phrase = read_role(finder, noun) if finder.mention_at(noun) is None else None
        if phrase is None or phrase.kind == "resident":
            continue
        if status is not None:
            phrase.status = status
        construction = "served"
        if not phrase.organisations and not phrase.states and company_post(phrase):
            phrase.organisations = announcing_companies(finder, verb)
            construction = "announced"  # the employer is the reporting company, which the pair scorer never saw
        yield from (c for c in phrase_candidates(holders, phrase, construction, (verb, noun)) if c.predicate != "lives_in")


def _predecessor_post(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"Sergio Marchionne has replaced Herbert Demel as chief executive of Fiat Auto", "succeeded John
    Smith as CEO of Acme": the one replaced held the post before."""
    if _held(verb) is None and not (is_future(verb) and phrasal_key(verb) in SUCCESSION_VERBS):
        return
    predecessors = [m for c in verb.children if c.dep_ == "dobj" for m in finder.group(c) if finder.label(m) == "PERSON"]
    if predecessors:
        # "will succeed Alan Bird as treasurer": Bird holds the post until then
        yield from _posts(finder, verb, predecessors, conjoined_prep_objects(verb, ("as",)),
                          status="current" if is_future(verb) else "former")


def _held(verb: Token) -> Optional[str]:
    """Whether the verb states a post that was held, and its status: "" when unsaid, "former" when over."""
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in UNREALISED_GERUND_PREPS:
        return None  # "to stop Trump from becoming the GOP nominee", "the prospect of becoming CEO"
    if states_event(verb):
        return "former" if verb.tag_ == "VBD" and not _with_since(verb) else ""
    head = verb.head
    if verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in CAREER_STEP_HEADS \
            and states_event(head):
        return "former" if head.lemma_.lower() == "use" else ""
    return None


def _with_since(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


def _people(finder: ArgumentFinder, verb: Token) -> list:
    subject = subject_token(verb)
    if subject is None and verb.dep_ == "advcl" and verb.head.lemma_.lower() in CAREER_STEP_HEADS:
        subject = subject_token(verb.head)  # "Harbaugh went on to coach the 49ers"
    # a "he"/"she" only when coreference's link is safe (coref9's interface for rules of posts)
    return resolved_people(finder, subject)


def _post_verb(finder: ArgumentFinder, verb: Token, role: str, preps: tuple[str, ...], direct: bool) -> Iterator[Candidate]:
    """"coached the 49ers", "coached at Stanford", "played for the Celtics"."""
    status = _held(verb)
    if status is None:
        return
    people = _people(finder, verb)
    targets = conjoined_prep_objects(verb, preps)
    if direct and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        # "coached the 49ers", not "Cruz coached Trump to breathe" (a person coached in something)
        targets += [c for c in verb.children if c.dep_ == "dobj"]
    # "the team Chuck Pagano used to coach (for)": the relative clause's head
    if verb.dep_ == "relcl" or verb.head.dep_ == "relcl" and verb.dep_ in ("xcomp", "advcl"):
        clause = verb if verb.dep_ == "relcl" else verb.head
        if not any(c.dep_ == "dobj" for c in verb.children) and not targets:
            targets.append(clause.head)
    surnames = {m.text.split()[-1] for m in finder.index.mentions if finder.label(m) == "PERSON"}
    # a person's name the NER typed ORG ("Trump") is no team
    teams = [m for m in labelled(finder, targets, ORG_LABELS) if finder.index.root(m).text.split()[-1] not in surnames]
    if role == "player" and teams:
        role = _played_part(finder, verb)
        if role is None:
            return
    qualifiers = {"role": role, **({"status": status} if status else {})}
    yield from pairs("affiliated_with", people, teams, "post_verb", (verb,), qualifiers)


def _played_part(finder: ArgumentFinder, verb: Token) -> Optional[str]:
    """"played for the Celtics" is a player's post; "played Emilia in Othello for the Royal Shakespeare
    Company" an actor's (a character, or a part, as the object); "played Arsenal for ..." names another
    organisation as the object and says nothing sure of either."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        mention = finder.mention_at(obj)
        if mention is not None:
            return "actor" if finder.label(mention) in ("PERSON", "WORK_OF_ART") else None
        if obj.lemma_.lower() in DRAMATIC_PART_NOUNS:
            return "actor"
    return "player"


def _represented_district(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"John Lewis represented Georgia's 5th congressional district": a legislator of the state."""
    status = _held(verb)
    if status is None:
        return
    people = _people(finder, verb)
    districts = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DISTRICT_NOUNS]
    states = labelled(finder, [c for d in districts for c in d.children if c.dep_ in ("poss", "compound", "nmod")]
                      + [t for d in districts for t in conjoined_prep_objects(d, ("of",))], ("GPE",))
    # (not "a district in San Diego": a city holding a district is not the seat's state)
    qualifiers = {"role": "representative", **({"status": status} if status else {})}
    yield from pairs("affiliated_with", people, states, "represented_district", (verb,), qualifiers)


def _joined_as(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"Mary Jones joined Google as a senior engineer": the post named after "as"."""
    if _held(verb) is None:
        return
    people = _people(finder, verb)
    orgs = labelled(finder, [c for c in verb.children if c.dep_ == "dobj"], ORG_LABELS)
    for noun in conjoined_prep_objects(verb, ("as",)):
        phrase = read_role(finder, noun) if finder.mention_at(noun) is None else None
        if phrase is None or phrase.kind == "resident" or not phrase.text:
            continue
        employers = phrase.organisations or orgs
        yield from pairs("affiliated_with", people, employers, "joined_as", (verb, noun), {"role": phrase.text})


def post_supersedes(found: list[Candidate]) -> list[Candidate]:
    """A person who joined an organisation in a role (or a club, in a sports report) holds a post
    there: the bare member_of reading of the same pair says less, and of a company something else;
    a post read off a verb ("coached the Patriots") makes that verb's open relation between the same
    two redundant."""
    joined = {(c.subject.index, c.object.index) for c in found if c.rule in ("joined_as", "joined_club")}
    worked = {(c.subject.index, c.object.index, c.anchors[0].i) for c in found if c.rule == "post_verb"}
    if not joined and not worked:
        return found
    return [c for c in found if not (c.predicate == "member_of" and c.rule == "verb_active"
                                     and (c.subject.index, c.object.index) in joined)
            and not (c.rule == "open_verb" and c.anchors
                     and (c.subject.index, c.object.index, c.anchors[0].i) in worked)]
