"""The names a role phrase holds, read for what they are: "State" in "secretary of State" (the
office's portfolio), an employer the NER typed a place or a person ("Jefferies analyst X"), a state
named by a nationality word ("Syrian President Bashar Assad"), a minister's portfolio the NER made an
organisation ("Defence Secretary X"), a party of two words cut at its first ("Liberal Democrat leader X"), a city standing for its club ("Houston
quarterback": the "Houston Texans" the article names), a place's record books ("America's
first female nominee"). Used by role_phrases.read_role.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from models import Mention
from pipeline.extract.doctext import doc_text
from pipeline.extract.relations.arguments import ArgumentFinder
from pipeline.extract.relations.descriptions import nation_state
from pipeline.extract.relations.lexicon import RECORD_WORDS
from pipeline.given_names import is_given_name
from pipeline.lexicon import NAME_TITLES, TITLE_QUALIFIERS
from pipeline.government_words import PORTFOLIO_OFFICES, PORTFOLIO_TITLE_WORDS
from pipeline.party_words import PARTY_NAMES
from pipeline.organisation_words import ORG_HEADS, WORKPLACE_NOUNS
from pipeline.name_strings import known_place, name_key


def state_portfolio(prep: Token, mention: Mention) -> bool:
    """"secretary of State": "State" names the office's portfolio, not an employer in its own right."""
    return prep.lower_ == "of" and mention.text.casefold() == "state"


def of_a_ministry(prep: Token, mention: Mention) -> bool:
    """"Secretary of State for Health": a British minister, whose department follows "for"."""
    return doc_text(prep.doc)[mention.end:mention.end + 5].strip().lower() == "for"


def mistyped_organisation(finder: ArgumentFinder, mention: Mention, kind: str) -> bool:
    """A name in an employer's place that the NER typed a place, a person or a facility but that can be
    neither. A GPE the gazetteer does not know, before an analyst's or a correspondent's title
    ("Jefferies analyst X"; before an occupation an unknown place is still mostly a small town:
    "a Los Alamitos truck driver", CoNLL04 train); one word that is no given name nor the surname
    of a person the article names in full ("Goddard planetary scientist X")."""
    label, words = finder.label(mention), mention.text.split()
    if label == "FAC":
        return names_a_workplace(finder, mention)  # "an employee at the Kraft Plant"
    if label == "GPE":
        return kind == "topic" and not known_place(name_key(mention.text))
    if label != "PERSON" or len(words) != 1 or is_given_name(words[0]) or _after_a_title(finder, mention):
        return False
    return not any(m.label == "PERSON" and len(m.text.split()) > 1 and m.text.split()[-1] == words[0]
                   for m in finder.index.mentions)


TITLE_WINDOW_CHARS = 40  # the text before a name read for its title: one word, not the article so far


def _after_a_title(finder: ArgumentFinder, mention: Mention) -> bool:
    """"President Obama's nominee": a name written after a title is a person's (not after "Former":
    "Former Blackburn boss X")."""
    before = doc_text(finder.doc)[max(0, mention.start - TITLE_WINDOW_CHARS):mention.start].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].lower().rstrip(".") in NAME_TITLES - TITLE_QUALIFIERS


def mistyped_club(finder: ArgumentFinder, mention: Mention) -> bool:
    """A side's name before a player's position that the NER typed a person: one word as for any
    employer ("Glasgow flanker X"), or a name ending in a capitalised plural whose first word is no
    given name ("Leeds Tykes flanker Jon Dunbar"), unless that plural is the surname of a person the
    article names ("Clinton Sanders")."""
    words = mention.text.split()
    if finder.label(mention) != "PERSON" or len(words) == 1:
        return mistyped_organisation(finder, mention, "team")
    last = words[-1]
    if is_given_name(words[0]) or not (last[:1].isupper() and last[1:].islower() and last.endswith("s")
                                       and not last.endswith("ss")):
        return False
    return not any(m.label == "PERSON" and m.index != mention.index and m.text.split()[-1] == last
                   and len(m.text.split()) > 1 and m.text != mention.text for m in finder.index.mentions)


def names_a_workplace(finder: ArgumentFinder, mention: Mention) -> bool:
    """"the Kraft Plant", "Walter Reed Hospital" typed FAC: a facility whose name says people work there
    is an employer for affiliated_with ("worked at the Kraft Plant", "her job at the Kraft Plant")."""
    words = finder.index.root(mention).text.split()
    return finder.label(mention) == "FAC" and len(words) > 1 and words[-1].lower() in WORKPLACE_NOUNS


def states_a_record(modifiers: list[Token]) -> bool:
    """"the first female ...", "its only ...": a rank among a place's holders ("France's latest
    jihadist" is no rank, and may well live there)."""
    return any(t.ent_type_ == "ORDINAL" or t.lower_ in RECORD_WORDS for t in modifiers)


def states_of_nationality(finder: ArgumentFinder, mentions: list[Mention]) -> list[Mention]:
    """"Ukrainian President Volodymyr Zelensky", "Syrian President Bashar Assad": an office held for
    the state a nationality word names, when the article names that state (its first mention);
    a party word ("Democratic Senator") names no state and so finds none."""
    states: list[Mention] = []
    doc = finder.doc
    for mention in mentions:
        if finder.label(mention) != "NORP":
            continue
        if doc_text(doc)[mention.end:mention.end + 1] == "-":
            continue  # "a Cuban-born Christian minister" says where the holder was born, not whom he serves
        state = nation_state(finder.index, mention)
        if state is not None and all(s.index != state.index for s in states):
            states.append(state)
    return states


def team_named(finder: ArgumentFinder, place: Mention) -> Optional[Mention]:
    """The club the article names after a city: "Houston Texans" for "Houston", "FC Barcelona"."""
    words = place.text.split()
    for mention in finder.index.mentions:
        other = mention.text.split()
        if mention.refers_to is None and mention.label == "ORG" and len(other) > len(words) and any(
                other[i:i + len(words)] == words for i in range(len(other) - len(words) + 1)):
            return mention
    return None



def a_portfolio(finder: ArgumentFinder, mention: Mention, noun: Token) -> bool:
    """"Defence Secretary X", "Shadow Home Secretary X": the NER's organisation right before a
    minister's title is the title's own portfolio, no employer ("Treasury" and "Home Office" are
    departments, and stay). The government employs the holder, which these words do not name."""
    words = [w.casefold() for w in mention.text.split()]
    span = noun.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is not None and span.end < noun.i:
        noun = noun.doc[span.end]  # the office right after the portfolio: "National Security Adviser Vice Adm. X"
    # a lower-case office after one word may be a party's ("Labour minister"); after a portfolio of
    # several words it is the portfolio's ("Social Affairs minister Louw de Graaf")
    if noun.lower_ not in PORTFOLIO_OFFICES or not (noun.text[:1].isupper() or len(words) > 1):
        return False
    gap = doc_text(noun.doc)[mention.end:noun.idx]
    return gap == " " and _portfolio_words(words)


def _portfolio_words(words: list[str]) -> bool:
    """Casefolded words that name a minister's portfolio: all portfolio words, or ("Agriculture and
    Livestock Development") three or more opened and closed by one, no organisation's head among them."""
    return bool(words) and (all(w in PORTFOLIO_TITLE_WORDS for w in words) or len(words) >= 3 and (
        words[0] in PORTFOLIO_TITLE_WORDS and words[-1] in PORTFOLIO_TITLE_WORDS and not set(words) & ORG_HEADS))


def portfolio_after(prep: Token, mention: Mention, noun: Token) -> bool:
    """"the Minister of Regional and Industrial Expansion, X", "Secretary of State for Trade X", "vice
    minister of Foreign Economic Relations and Trade": the NER's organisation after a minister's title
    and "of" or "for" is the title's portfolio, no employer ("of the Treasury" names a department)."""
    words = [w.casefold() for w in mention.text.split()]
    if words[:1] == ["the"] or noun.lower_ not in PORTFOLIO_OFFICES or prep.lower_ not in ("of", "for"):
        return False
    if words[:2] == ["state", "for"]:  # "Secretary of State for Trade": the British and Spanish style
        words = words[2:]
    return _portfolio_words(words)


def party_of_two_words(finder: ArgumentFinder, modifiers: list[Token]) -> tuple[set[int], Optional[Mention]]:
    """"Liberal Democrat leader X", "Scottish National MP": a party's adjective of two words
    (party_words.PARTY_NAMES) before a role, which the NER cuts at its first word. Returns the
    adjective's tokens and the party's first mention in the article (None when it names none)."""
    for first, second in zip(modifiers, modifiers[1:]):
        if second.i != first.i + 1 or not (first.text[:1].isupper() and second.text[:1].isupper()):
            continue
        words = f"{first.text} {second.text}".casefold()
        key = PARTY_NAMES.get(words + "s") or PARTY_NAMES.get(words + " party")
        if key is None:
            continue
        party = next((m for m in finder.index.mentions if m.refers_to is None
                      and PARTY_NAMES.get(m.text.casefold().removeprefix("the ")) == key), None)
        return {first.i, second.i}, party
    return set(), None
