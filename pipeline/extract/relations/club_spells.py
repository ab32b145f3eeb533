"""A player's spells at clubs, read off the career phrases of sports reports -> affiliated_with.

- "roster_scored": "X scored 20 points for the Tar Heels", "X scored twice for Arsenal", "X added 12
  points and eight rebounds for Duke": who scores for a club plays for it (not "against" it);
- "career_tally": "Stuart made 110 appearances for Chelsea", "played 200 games for Leeds": a count of
  a player's games for a club is a spell there; a count for a country ("won five caps for the
  Netherlands", "scored twice for England") makes the player a member_of its national side;
- "signed_for": "He later signed for Sheffield United", "before signing for Bath": the player's own
  signing (a club signing a player is roster_rules' "roster_sign");
- "joined_club": "before joining Everton", "who joined Rangers from Red Star Belgrade": in a sports
  report a player joining a club plays for it (verb_active's member_of of the pair is dropped:
  post_verbs.post_supersedes).
A spell followed by a move is over: "made 110 appearances for Chelsea before joining Everton" is
status former; otherwise no status is stated (a simple past tells nothing: "scored twice for Arsenal
on Saturday" is about a current player).
"""
from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Token

from models import Mention
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, prep_objects
from pipeline.extract.relations.verb_subjects import subject_token
from pipeline.extract.relations.visit_rules import states_event
from pipeline.lexicon import ORG_LABELS, PERSON_LABELS
from pipeline.name_strings import country, name_key
from pipeline.sports_words import (
    CAREER_MOVE_VERBS, SCORE_NOUNS, SCORE_OBJECT_VERBS, SCORING_VERBS, TALLY_NOUNS, TALLY_VERBS,
)

CLUB_SPELL_RULES = frozenset({"roster_scored", "career_tally", "signed_for", "joined_club"})
COUNT_RULES = frozenset({"roster_scored", "career_tally"})  # games or goals for a side, a club's or a country's
# The verbs the rules read (a cheap test before any parse is looked at)
CLUB_SPELL_VERBS = SCORING_VERBS | SCORE_OBJECT_VERBS | TALLY_VERBS | {"sign", "join"}


def person_named(finder: ArgumentFinder, mention: Mention) -> bool:
    """A person's name, not a plural the NER took for one ("The Jets reached a deal")."""
    if finder.label(mention) not in PERSON_LABELS:
        return False
    span = finder.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is None or len(span) > 1 or span[0].tag_ not in ("NNPS", "NNS")  # "Mo Cheeks" is a person


def club_named(finder: ArgumentFinder, mention: Optional[Mention]) -> Optional[Mention]:
    """An organisation, not a person's surname the NER typed ORG ("Mourinho wants to sign X")."""
    if mention is None or finder.label(mention) not in ORG_LABELS:
        return None
    surnames = {m.text.split()[-1] for m in finder.index.mentions if finder.label(m) == "PERSON" and " " in m.text}
    return None if finder.index.root(mention).text.split()[-1] in surnames else mention


def club_spell_rules(finder: ArgumentFinder, verb: Token, lemma: str) -> Iterator[Candidate]:
    """The rules for a verb of an article about sport; `lemma` is its lower-case lemma."""
    if lemma in SCORING_VERBS or lemma in SCORE_OBJECT_VERBS or lemma in TALLY_VERBS:
        yield from _scored_for(finder, verb, lemma)
    if lemma == "sign" and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        yield from _spell(finder, verb, prep_objects(verb, ("for",)), "signed_for", {})
    elif lemma == "join" and states_event(verb):
        yield from _spell(finder, verb, [c for c in verb.children if c.dep_ == "dobj"], "joined_club", {})


def _scored_for(finder: ArgumentFinder, verb: Token, lemma: str) -> Iterator[Candidate]:
    counted = [c for c in verb.children if c.dep_ in ("dobj", "conj")]
    scores = [c for c in counted if c.lemma_.lower() in SCORE_NOUNS]
    tallies = [c for c in counted if c.lemma_.lower() in TALLY_NOUNS and _counted(c)]
    if lemma in TALLY_VERBS and tallies:
        clubs = prep_objects(verb, ("for",)) + [p for t in tallies for p in prep_objects(t, ("for",))]
        yield from _spell(finder, verb, clubs, "career_tally", {"role": "player"})
    elif lemma in SCORING_VERBS or lemma in SCORE_OBJECT_VERBS and scores:
        clubs = prep_objects(verb, ("for",)) + [p for s in scores for p in prep_objects(s, ("for",))]
        yield from _spell(finder, verb, clubs, "roster_scored", {})


def _counted(noun: Token) -> bool:
    """"110 appearances", "his 50th cap", "over 200 games": a number of them, not "an appearance"."""
    return any(c.dep_ in ("nummod", "amod") and (c.like_num or c.tag_ == "CD" or c.lower_.endswith(("th", "st", "nd", "rd"))
                                                  and c.lower_[:-2].isdigit()) for c in noun.children)


def _spell(finder: ArgumentFinder, verb: Token, club_tokens: list[Token], rule: str,
           qualifiers: dict[str, str]) -> Iterator[Candidate]:
    if verb.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in verb.children):
        return  # "rely on Mike Bell, ..., having signed for the team": the participle's doer is unsure
    subject = subject_token(verb)
    if subject is None or not club_tokens:
        return
    people = [m for m in finder.group(subject) if person_named(finder, m)]
    clubs = [club for t in club_tokens for m in finder.group(t) if (club := club_named(finder, m)) is not None]
    # "won five caps for the Netherlands", "scored twice for England": a national side, of which the
    # player is a member (a country employs no player)
    nations = [m for t in club_tokens for m in finder.group(t)
               if finder.label(m) == "GPE" and country(name_key(m.name or m.text))] if rule in COUNT_RULES else []
    if _ended_before(verb):
        qualifiers = {**qualifiers, "status": "former"}
    for person in people:
        for club in clubs:
            if club.index != person.index:
                yield Candidate("affiliated_with", person, club, rule, (verb,), dict(qualifiers))
        for nation in nations:
            yield Candidate("member_of", person, nation, rule, (verb,), {})


def _ended_before(verb: Token) -> bool:
    """"made 110 appearances for Chelsea before joining Everton": a spell that a move ended."""
    return any(c.dep_ == "prep" and c.lower_ == "before" and any(
        g.dep_ == "pcomp" and g.lemma_.lower() in CAREER_MOVE_VERBS for g in c.children) for c in verb.children) \
        or any(c.dep_ == "advcl" and c.lemma_.lower() in CAREER_MOVE_VERBS and any(
            m.dep_ == "mark" and m.lower_ == "before" for m in c.children) for c in verb.children)
