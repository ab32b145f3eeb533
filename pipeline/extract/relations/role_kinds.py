"""What kind of role a noun names ("office" of a state, "occupation", "team" position, "topic",
"resident", "unattached" to any club), or none: read_role (role_phrases.py) decides from it what the place or organisation
named with the noun is to its holder."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from pipeline.extract.relations.lexicon import is_role_noun
from pipeline.lexicon import FUTURE_ROLE_WORDS, NON_POST_NOUNS, RESIDENT_NOUNS, TITLE_ABBREVIATIONS, TOPIC_ROLE_NOUNS
from pipeline.government_words import (
    PORTFOLIO_TITLE_NOUNS, PORTFOLIO_WORDS, PRIVATE_PRACTICE_NOUNS, PUBLIC_ATTORNEY_WORDS, STATE_OFFICE_NOUNS,
)
from pipeline.extract.entities.sports_teams import sports_article
from pipeline.sports_words import (
    MISPARSED_POSITION_VERBS, NO_CLUB_TITLES, POSITION_HEADS, POSITION_MODIFIERS, SPORTS_ONLY_TEAM_ROLES, TEAM_GROUP_NOUNS,
    TEAM_PLAYER_NOUNS,
)


def title_word(token: Token) -> str:
    lowered = token.lower_
    return TITLE_ABBREVIATIONS.get(lowered, lowered.strip("."))


def _organisation_after(noun: Token) -> bool:
    """"chief UK economist at Capital Economics": an organisation after the noun employs the holder, so
    an office word before it ("chief") only ranks the post, and a country there is the post's desk."""
    return any(p.dep_ == "prep" and p.lower_ in ("at", "for", "with", "of")
               and any(c.dep_ == "pobj" and c.ent_type_ == "ORG" for c in p.children) for p in noun.rights)


def holds_no_post(noun: Token) -> bool:
    """A backer, a rival or a winner (lexicon.NON_POST_NOUNS) holds no post at what is named with
    them; but a defender in a sports report is a side's player ("Chelsea defender John Terry")."""
    word = noun.lemma_.lower()
    return word in NON_POST_NOUNS and not (word in TEAM_PLAYER_NOUNS and sports_article(noun.doc))


def noun_or_position(token: Token) -> bool:
    """A noun, or a player's position the tagger read as a verb ("England defender John Terry": VBP)."""
    return token.pos_ in ("NOUN", "PROPN") or token.dep_ == "compound" and token.lower_ in MISPARSED_POSITION_VERBS


def role_kind(noun: Token, modifiers: list[Token]) -> Optional[str]:
    """What kind of role the noun names, or None when it names no role at all."""
    head = title_word(noun)
    if holds_no_post(noun):
        return None
    if any((t.lower_, head) in NO_CLUB_TITLES for t in modifiers):
        return "unattached"  # "Atlanta free agent X": the place and club named are where he played
    if noun.lemma_.lower() in RESIDENT_NOUNS:
        return "resident"
    if head in TOPIC_ROLE_NOUNS:
        return "topic"
    if head in TEAM_PLAYER_NOUNS or head in POSITION_HEADS and any(t.lower_ in POSITION_MODIFIERS for t in modifiers):
        return "team"  # "San Diego Chargers defensive tackle Jamal Williams"
    if (sports_role_word(noun) in SPORTS_ONLY_TEAM_ROLES or head in TEAM_GROUP_NOUNS) and sports_article(noun.doc):
        # "Scotland doctor James Robson", "Ireland full-back X", "Edinburgh pair A and B": the side's
        # staff and players
        return "team"
    if head in PRIVATE_PRACTICE_NOUNS and noun.text.islower() and not any(
            title_word(t) in PUBLIC_ATTORNEY_WORDS or t.tag_ == "POS" for t in noun.subtree):
        # "Anchorage attorney X", "a Boston defense attorney": a profession practised in the place,
        # unlike "District Attorney X", "U.S. Attorney X", "the state's attorney"
        return "occupation"
    # "Prime Minister", "police commissioner", "Chief Executive" (of Hong Kong), "Rep."
    # "Transportation Director": a portfolio makes an administrative title an office of the place
    # named with it; "an Alabama family physician" practises a profession there.
    if head in STATE_OFFICE_NOUNS or noun.lemma_.lower() in STATE_OFFICE_NOUNS or (
            is_role_noun(noun.lemma_) and any(title_word(t) in STATE_OFFICE_NOUNS for t in modifiers)
            and not _organisation_after(noun)) or (
            (head in PORTFOLIO_TITLE_NOUNS or noun.lemma_.lower() in PORTFOLIO_TITLE_NOUNS)
            and any(title_word(t) in PORTFOLIO_WORDS for t in modifiers)):
        return "office"
    if is_role_noun(noun.lemma_) or head in TITLE_ABBREVIATIONS.values():
        return "occupation"
    if head in ("emeritus", "emerita") and any(c.dep_ == "compound" and is_role_noun(c.lemma_) for c in noun.children):
        return "occupation"  # "editor emeritus of World Policy Journal", parsed with "emeritus" as the head
    title = hyphened_title(noun)
    if title is not None:
        # "Ohio Governor-elect Jane Roe", "the governor-elect of Ohio", parsed with "elect" as the
        # head: the post is the title's (its status, future, is read by role_status)
        return role_kind(title, modifiers)
    return None


def sports_role_word(noun: Token) -> str:
    """The role word with the part before its hyphen, which the tokenizer splits off ("fly-half",
    "loose-head": the parse's head is "half", "head")."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 2].whitespace_ and not doc[noun.i - 1].whitespace_:
        return f"{doc[noun.i - 2].lower_}-{title_word(noun)}"
    return title_word(noun)


def hyphened_title(noun: Token) -> Optional[Token]:
    """The title before "-elect" / "-designate" when the parse made that suffix the phrase's head."""
    if noun.lower_ not in FUTURE_ROLE_WORDS or noun.i < 2 or noun.doc[noun.i - 1].text != "-":
        return None
    title = noun.doc[noun.i - 2]
    return title if title.head.i == noun.i and title.pos_ in ("NOUN", "PROPN") else None


def titles_in_objects(nouns: list[Token]) -> list[Token]:
    """"leader of Bosnian Serbs and vice-president of the Union of Serb Writers": titles the parser hangs
    as conjuncts on another title's "of" object, each with an "of" or "at" phrase of its own; they are
    the holder's titles too."""
    return [conj for noun in nouns for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children if obj.dep_ == "pobj" for conj in obj.conjuncts
            if conj.pos_ == "NOUN" and is_role_noun(conj.lemma_.lower())
            and any(c.dep_ == "prep" and c.lower_ in ("of", "at") for c in conj.children)]

