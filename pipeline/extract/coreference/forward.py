"""An indefinite description a story opens with, linked to the person the next sentence names.

The one home of story-lead descriptions (session 9 joined coref8's link here with rec8's
relations/lead_descriptions.py, which gave the description's role phrase to the name straight;
now every relation rule reaches the name through the link, and described_people reads the role).

News often introduces someone by a description and names them one sentence later: "A Vancouver
man has been charged with second-degree murder ... Police allege Eric Allen Kirkpatrick, 34,
stabbed ...", "A member of the San Diego Chargers has been arrested ... Defensive tackle Jamal
Williams was arrested early Sunday". What the description says (a home, a club, an employer) is
then said of the name; relations/described_people.py reads it.

The link is made only when it is certain, and left out otherwise (resolve merges along
`refers_to`, so a wrong link costs more than a missing one):
- "a/an [modifiers] <head> [of X]" with a head of INTRODUCED_PERSON_NOUNS, the subject or object of
  a clause, outside quotation marks, holding a name (what it would pass on), not beside a name;
- the next sentence names exactly one person the article has not named before, not as a speaker,
  not in a list, not inside quotation marks (of several, the one surely in the description's part
  of the story, below, when it is the only one);
- a description holding no name ("An 18-year-old gang member") or a definite one in the article's
  first sentence ("The alleged Mafia boss of a Palermo neighborhood hanged himself") only when the
  two are surely one: the same part seen on both sides, or the same deed with the same object;
- a gendered head (man, woman, boy, girl) agrees with the name's gender when that is known;
- the person holds no office, kinship or bystander role the description's head is not
  ("Police spokesman Const. Tim Fanning", "his brother John");
- the description and the name play the same part in the story when both are seen to play one: the
  accused ("was charged", "arrested X", "X stabbed", "defendant X") or the harmed ("was killed");
  and, where both are arguments of a case, deed or hiring verb (case_words.CASE_VERBS, rec8's
  reading), the same part of the same kind of event: its doer or the one who undergoes it ("A
  Vancouver man shot an officer ... / Police arrested John Smith" is no link), where "defendant X"
  and "Police allege X ..." undergo a case;
- a head outside INTRODUCED_PERSON_NOUNS ("a Chicago police officer") only as an argument of such a
  verb, or in the article's first sentence, not speaking ("An Istanbul-based college professor,
  accused of ..., is at the center of ... / Adil Oksuz is the subject of a manhunt"; "A senior
  official said" is an unnamed source);
- the name comes in the next sentence, or in the one after when the sentence between names nobody
  and the description and the name are both seen in the same part of the same event ("A Boston man
  has been charged ... / The charge was filed Monday. / John Smith was arrested");
- no other indefinite description of a person in the two sentences could be the one named, unless
  it is an office the person is not said to hold ("A Philadelphia judge found a former Kraft Foods
  employee guilty ... defendant Yvonne Hiller": the judge is not the defendant).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from models import Mention
from pipeline.extract.coreference.roles import PERSON_NOUNS, noun_gender
from pipeline.extract.coreference.gender import person_gender
from pipeline.extract.coreference.speaking import speaks
from pipeline.extract.coreference.unnamed import is_age
from pipeline.extract.quotes.speech import is_speech_verb
from pipeline.case_words import (
    ACCUSED_TITLES, ACCUSING_VERBS, ADDING_ADVERBS, ALLEGING_VERBS, CASE_NAME_TITLES, CASE_VERBS, HARMING_VERBS,
    INTRODUCED_PERSON_NOUNS, LIGHT_VERBS, VICTIM_TITLES,
)
from pipeline.lexicon import KINSHIP_NOUNS, ROLE_NOUNS
from pipeline.government_words import STATE_OFFICE_NOUNS

ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Labels of the names a description may hold and pass on ("a Vancouver man", "a member of the Chargers").
PASSED_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC"})
# Roles of someone else in the story than the one described: the police, the court, the lawyers,
# the family, the witnesses.
BYSTANDER_ROLES = STATE_OFFICE_NOUNS | KINSHIP_NOUNS | frozenset({
    "lawyer", "attorney", "detective", "investigator", "witness", "neighbour", "neighbor", "friend", "coroner",
    "constable", "const", "sgt", "sergeant", "officer", "spokesman", "spokeswoman", "spokesperson",
})
CLAUSE_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "ccomp"})
# Sentences after the description's own in which the name may come: the next, or the one after
# when the sentence between names nobody and the event's part is seen on both sides.
NAMING_DISTANCE = 2


def forward_description(ctx, head: Token) -> tuple[Span, Mention] | None:  # ctx: context.Context
    """The description headed by `head` and the one person the next sentence names, or None."""
    lead = _lead_description(ctx, head)
    if lead is None:
        return None
    span, bare = lead
    sentence = ctx.sentence_of[head.i]
    for distance in range(1, NAMING_DISTANCE + 1):
        people = _newly_named(ctx, sentence + distance, span.start)
        if people or _names_someone(ctx, sentence + distance):
            break
    if len(people) > 1:
        # several people newly named: only the one seen in the description's part of the story, when
        # no other is ("A ... gang member has confessed to killing ... / In addition to Jane Doe, two
        # were wounded by gunman Mark Davis": Davis did the harm, Doe is none of it)
        people = [(p, s) for p, s in people if _agrees(ctx, head, p, s, sure=True)]
    if len(people) != 1:
        return None
    person, person_span = people[0]
    if not _agrees(ctx, head, person, person_span, sure=distance > 1 or bare):
        return None
    if _rival_description(ctx, span, sentence, person, person_span):
        return None
    return span, person


def _names_someone(ctx, sentence: int) -> bool:
    """True when the sentence names a person (or is past the end: nothing further to look at)."""
    first = ctx.first_token(sentence)
    if first is None:
        return True
    return any(ctx.sentence_of[s.start] == sentence and "PERSON" in ctx.groups.labels(ctx.root(m))
               for m, s in ctx.between(first, len(ctx.doc)) if ctx.sentence_of[s.start] <= sentence)


def _lead_description(ctx, head: Token) -> tuple[Span, bool] | None:
    """The description's span and whether it is `bare`: it holds no name to pass on ("An
    18-year-old gang member"), or it is definite ("The alleged Mafia boss of a Palermo
    neighborhood"). A bare one stands for the name only when the two are surely one (_agrees' `sure`):
    its link passes on nothing but what its own clause says (a confession, a quote, a killing)."""
    age = is_age(head)  # "An 18-year-old"
    if head.tag_ != "NN" and not age or head.i in ctx.covered:
        return None
    opening = _opens_article(ctx, head)
    if head.lower_ not in INTRODUCED_PERSON_NOUNS and not age and not (
            head.lower_ in ROLE_NOUNS | PERSON_NOUNS and (opening or case_verb(head) is not None)):
        return None  # "a Chicago police officer was shot": a role noun only as a case's part, or opening the story
    if opening and head.dep_ in ("nsubj", "nsubjpass") and is_speech_verb(head.head):
        return None  # "A senior official said ...": an unnamed source, no one the story goes on to name
    if head.dep_ not in ARGUMENT_DEPS or ctx.in_quotes(head.idx):
        return None
    dets = [c for c in head.children if c.dep_ == "det" and c.i < head.i]
    if len(dets) != 1 or dets[0].lower_ not in (("a", "an", "the") if opening else ("a", "an")):
        return None
    if any(c.dep_ in ("appos", "conj") for c in head.children):
        return None  # "a Vancouver man, Eric Kirkpatrick,": the apposition names him; "a man and a woman"
    words = _phrase_tokens(head)
    passes_on = any(i in ctx.covered and _label_at(ctx, i) in PASSED_LABELS for i in words)
    return ctx.doc[dets[0].i:head.i + 1], dets[0].lower_ == "the" or not passes_on


def _opens_article(ctx, head: Token) -> bool:
    """Whether the description is in the article's first sentence, where "the" can point back to
    nobody: "The alleged Mafia boss of a Palermo neighborhood hanged himself ..." is someone the
    story names later."""
    return ctx.sentence_of[head.i] == ctx.sentence_of[0]


def _phrase_tokens(head: Token) -> list[int]:
    """The token indices of the noun phrase, without its clauses ("a man who ...")."""
    found = [head.i]
    for child in head.children:
        if child.dep_ not in CLAUSE_DEPS:
            found += [t.i for t in child.subtree]
    return found


def _label_at(ctx, i: int) -> str | None:
    for mention, span in ctx.between(max(0, i - 8), i):
        if span.start <= i < span.end:
            return mention.label
    return None


def _newly_named(ctx, sentence: int, after: int) -> list[tuple[Mention, Span]]:
    """The people first named in `sentence` (one entry per entity), none named before token `after`."""
    first = ctx.window_start(after, 0)
    found: dict[int, tuple[Mention, Span]] = {}
    seen_before: set[int] = set()
    for mention, span in ctx.between(first, len(ctx.doc)):
        number = ctx.sentence_of[span.start]
        if number > sentence:
            break
        key = ctx.groups.key(ctx.root(mention))
        if number < sentence or span.start < after:
            seen_before.add(key)
            continue
        if "PERSON" in ctx.groups.labels(ctx.root(mention)) and mention.refers_to is None:
            found.setdefault(key, (mention, span))
    named_before = {ctx.groups.key(ctx.root(m)) for m, s in ctx.spans if s.start < first}
    return [pair for key, pair in found.items() if key not in seen_before | named_before]


def _agrees(ctx, head: Token, person: Mention, span: Span, sure: bool = False) -> bool:
    if ctx.in_quotes(span.start_char) or speaks(span) or person.label != "PERSON":
        return False
    root = span.root
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        return False  # "Williams and Jackson were arrested": one of several
    if any(c.dep_ == "advmod" and c.lower_ in ADDING_ADVERBS for c in root.head.children):
        return False  # "A man was arrested ... / John Smith was also arrested": a second one
    wanted = noun_gender(head.lower_) or {"man": "male", "boy": "male", "woman": "female", "girl": "female"}.get(head.lower_)
    if wanted is not None and person_gender(ctx.groups, person) not in (None, wanted):
        return False
    held = {role.head for role in ctx.roles.by_entity_roles(ctx.groups.key(person))}
    if any(role != head.lower_ and role in BYSTANDER_ROLES for role in held):
        return False
    described_event, named_events = case_part(head), _named_case_parts(span)
    if described_event is not None and named_events:
        return described_event in named_events
    wanted_part, named_part = story_part(head), story_part(root) or _title_part(held)
    if sure:
        # a name two sentences on, or a bare description: only the same part seen on both sides, or
        # the same deed done ("The alleged boss ... hanged himself ... / Police said X hanged himself")
        return wanted_part is not None and wanted_part == named_part or _same_deed(head, root)
    return wanted_part is None or named_part is None or wanted_part == named_part


def _same_deed(described: Token, named: Token) -> bool:
    """Whether the description and the name are the subjects of one verb with one object, the same
    deed said twice ("... hanged himself in jail" / "... hanged himself in his cell"); not a light or
    speech verb, nor a verb alone ("A man spoke ... / John Smith spoke ..." may be two people)."""
    if described.dep_ not in ("nsubj", "nsubjpass") or named.dep_ != described.dep_:
        return False
    verb, other = described.head, named.head
    lemma = verb.lemma_.lower()
    if lemma != other.lemma_.lower() or verb.pos_ != "VERB" or lemma in LIGHT_VERBS or is_speech_verb(verb):
        return False
    return bool(_objects(verb) & _objects(other))


def _objects(verb: Token) -> set[str]:
    """The lemmas of a verb's object and of its prepositions' objects, with the preposition."""
    found = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    return found | {f"{p.lower_} {o.lemma_.lower()}" for p in verb.children if p.dep_ == "prep"
                    for o in p.children if o.dep_ == "pobj"}


def case_verb(token: Token) -> Token | None:
    """The case, deed or hiring verb the token is an argument of, or the subject of its small
    clause ("found X guilty")."""
    head = token.head
    if token.dep_ in ARGUMENT_DEPS and head.lemma_.lower() in CASE_VERBS:
        return head
    if token.dep_ == "nsubj" and head.pos_ == "ADJ" and head.dep_ in ("ccomp", "xcomp", "oprd") \
            and head.head.lemma_.lower() in CASE_VERBS:
        return head.head
    return None


def case_part(token: Token) -> str | None:
    """The kind of event ("case", "deed", "hiring") and "doer" or "undergoer": a verb's active subject
    does it; its object, a passive subject, or the subject of what is alleged of someone ("Police
    allege X opened fire") undergoes it (is charged, arrested, accused)."""
    if token.dep_ in ("conj", "appos"):
        token = token.head  # "The victim, John Smith, was shot": the apposition's head plays the part
    agent_of = _passive_agent_of(token)
    if agent_of is not None and agent_of.lemma_.lower() in CASE_VERBS:
        return f"{CASE_VERBS[agent_of.lemma_.lower()]} doer"  # "were shot by gunman X"
    verb = case_verb(token)
    if verb is not None:
        kind = CASE_VERBS[verb.lemma_.lower()]
        return f"{kind} doer" if token.dep_ == "nsubj" and token.head == verb else f"{kind} undergoer"
    head = token.head
    if token.dep_ == "nsubj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in ALLEGING_VERBS:
        return "case undergoer"
    return None


def _passive_agent_of(token: Token) -> Token | None:
    """The passive verb whose 'by' agent the token is ("were wounded by rooftop sniper X"), or None."""
    by = token.head
    if token.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent":
        return None
    return by.head


def _named_case_parts(span: Span) -> set[str]:
    """The parts a name plays: its clause's, and a case's undergoer after "defendant"/"suspect" or an
    alleging verb ("Police allege Eric Allen Kirkpatrick ...", whatever the parse makes of "allege")."""
    parts = {part} if (part := case_part(span.root)) is not None else set()
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ in CASE_NAME_TITLES or before.lemma_.lower() in ALLEGING_VERBS - {"say"}):
        parts.add("case undergoer")
    return parts


def story_part(token: Token) -> str | None:
    """'accused' or 'harmed' when the clause of a noun says so, else None."""
    agent_of = _passive_agent_of(token)
    if agent_of is not None:
        return "accused" if agent_of.lemma_.lower() in HARMING_VERBS else None  # "were wounded by X"
    verb, dep = token.head, token.dep_
    lemma = verb.lemma_.lower()
    verdict = {c.lower_ for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")}
    if lemma == "find" and dep in ("dobj", "nsubjpass"):
        if "guilty" in verdict:
            return "accused"
        if "dead" in verdict:
            return "harmed"
    if dep in ("nsubjpass", "dobj"):
        if lemma in ACCUSING_VERBS:
            return "accused"
        if lemma in HARMING_VERBS:
            return "harmed"
    if dep == "nsubj":
        if lemma in HARMING_VERBS or lemma in ("plead", "confess", "admit"):
            return "accused"
        if lemma == "die":
            return "harmed"
    return None


def _title_part(held: set[str]) -> str | None:
    if held & ACCUSED_TITLES:
        return "accused"
    if held & VICTIM_TITLES:
        return "harmed"
    return None


def _rival_description(ctx, span: Span, sentence: int, person: Mention, person_span: Span) -> bool:
    """True when another indefinite description of a person in the description's sentence or the
    next (before the name) could be the one named."""
    held = {role.head for role in ctx.roles.by_entity_roles(ctx.groups.key(person))}
    named_part = story_part(person_span.root) or _title_part(held)
    first = ctx.window_start(span.start, 0)
    for token in ctx.doc[first:person_span.start]:
        if span.start <= token.i < span.end or token.tag_ != "NN" or token.i in ctx.covered:
            continue
        noun = token.lower_
        if noun not in INTRODUCED_PERSON_NOUNS | PERSON_NOUNS | ROLE_NOUNS | STATE_OFFICE_NOUNS:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            continue
        if noun in STATE_OFFICE_NOUNS and noun not in held:
            continue  # "A Philadelphia judge found ... guilty": the judge is not the defendant named next
        if named_part is not None and story_part(token) not in (None, named_part):
            continue  # "... confessed to killing a shop owner. X was charged": the harmed is not the accused
        return True
    return False
