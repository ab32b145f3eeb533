"""A person a story introduces by a description and names in the next sentence.

News leads say who did or suffered the story's event by a description and give the name one
sentence on: "A Vancouver man has been charged with murder ... / Police allege Eric Allen
Kirkpatrick, 61, opened fire", "a member of the San Diego Chargers has been arrested ... /
defensive tackle Jamal Williams was arrested", "found a former Kraft Foods company employee guilty of
murder / ... defendant Yvonne Hiller". The description's role phrase (role_phrases.read_role) is
that person's when:
- it is an indefinite noun phrase ("a", "an") that is the subject or object of a verb of a case, a
  deed or a hiring (case_words.CASE_VERBS: charge, arrest, convict, find, kill, shoot, hire, ...);
- the next sentence names exactly one person in the same part of the same kind of event (its doer,
  or the one who undergoes it: "a man has been charged" is no man shot; the object, a passive subject, the subject of what is alleged, or a person
  written after "defendant" or "suspect"), and not one named in the description's sentence.
A plain person noun with a place before it ("a Vancouver man", "a Tucson woman") gives the home.
"""
from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Span, Token

from models import Mention
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate
from pipeline.extract.relations.role_phrases import read_role
from pipeline.extract.relations.role_rules import phrase_candidates
from pipeline.case_words import ALLEGING_VERBS, CASE_NAME_TITLES, CASE_VERBS
from pipeline.lexicon import PLACE_LABELS, PLAIN_PERSON_NOUNS

ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _case_verb(token: Token) -> Optional[Token]:
    """The case verb the token is an argument of, or the subject of its small clause ("found X guilty")."""
    head = token.head
    if token.dep_ in ARGUMENT_DEPS and head.lemma_.lower() in CASE_VERBS:
        return head
    if token.dep_ == "nsubj" and head.pos_ == "ADJ" and head.dep_ in ("ccomp", "xcomp", "oprd") \
            and head.head.lemma_.lower() in CASE_VERBS:
        return head.head
    return None


def _part(token: Token) -> Optional[str]:
    """The kind of event ("case", "deed", "hiring") and "doer" or "undergoer": a verb's active subject
    does it; its object, a passive subject, or the subject of what is alleged of someone ("Police
    allege X opened fire") undergoes it (is charged, arrested, accused)."""
    if token.dep_ == "conj":
        token = token.head
    verb = _case_verb(token)
    if verb is not None:
        kind = CASE_VERBS[verb.lemma_.lower()]
        return f"{kind} doer" if token.dep_ == "nsubj" and token.head == verb else f"{kind} undergoer"
    head = token.head
    if token.dep_ == "nsubj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in ALLEGING_VERBS:
        return "case undergoer"
    return None


def _named_next(finder: ArgumentFinder, sentence: Span, part: str) -> Optional[Mention]:
    """The one person the next sentence names in the same part of the same kind of event (a case, a
    deed, a hiring; its doer or who undergoes it), or after "defendant"/"suspect" (who undergoes a
    case); and not one the description's own sentence names."""
    doc = sentence.doc
    if sentence.end >= len(doc):
        return None
    following = doc[sentence.end].sent
    named_before = {finder.index.root(m).index for m in finder.index.mentions
                    if sentence.start_char <= m.start < sentence.end_char and finder.label(m) == "PERSON"}
    found: dict[int, Mention] = {}
    for mention in finder.index.mentions:
        if not following.start_char <= mention.start < following.end_char or finder.label(mention) != "PERSON" \
                or mention.refers_to is not None or not mention.text[:1].isupper():
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        before = doc[span.start - 1] if span.start > 0 else None
        # "defendant Yvonne Hiller"; "Police allege Eric Allen Kirkpatrick ...", whatever the parse makes of "allege"
        titled = before is not None and (before.lower_ in CASE_NAME_TITLES
                                         or before.lemma_.lower() in ALLEGING_VERBS - {"say"})
        root = span.root
        if (part == "case undergoer" and titled) or _part(root) == part:
            found.setdefault(finder.index.root(mention).index, mention)
    if len(found) != 1:
        return None
    person = next(iter(found.values()))
    return None if finder.index.root(person).index in named_before else person


def lead_description_rules(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or finder.mention_at(noun) is not None:
        return
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return
    verb = _case_verb(noun)
    part = _part(noun)
    if verb is None or part is None:
        return
    person = _named_next(finder, noun.sent, part)
    if person is None:
        return
    if noun.lemma_.lower() in PLAIN_PERSON_NOUNS:
        # "A Vancouver man has been charged": the place before a plain person noun is the home
        homes = [m for c in noun.children if c.dep_ in ("compound", "nmod", "amod")
                 for m in finder.group(c) if finder.label(m) in PLACE_LABELS]
        for home in homes:
            yield Candidate("lives_in", person, home, "described_place", (noun, verb))
        return
    phrase = read_role(finder, noun)
    if phrase is not None:
        yield from phrase_candidates([person], phrase, "described", (noun, verb))
