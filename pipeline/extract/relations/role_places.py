"""Places written before a role noun that are not the holder's home, though an occupation's place
usually is ("Tempe plastic surgeon X" lives in Tempe): read_role (role_phrases.py) makes them
postings, which state nothing.

- in an article about sport the city stands for its club ("Atlanta free agent Josh Smith": the
  Hawks; "Dallas owner Mark Cuban");
- before a deed noun the place is where the deed was done ("the Aurora gunman");
- a place before a facility noun of the phrase belongs to the facility ("Cobb County jail
  escapee": the jail's county; "a Boston hospital nurse");
- before a performer's noun a name the gazetteer does not know is a show or a band ("Former Holby
  City actor X", the series typed GPE);
- a place the NER cut from the word "county" after it names the county, not the city ("Oakland
  County Prosecutor X", "Los Angeles county Sheriff deputy X"): the county is no mention, so the
  pair says nothing;
- a city named right before a lower-case word for a body is that body's, which the text does not name
  ("London stock exchange chairman X": no post at London, no home there either); a country's body
  serves the state ("Brazil's central bank governor", "US district court judge");
- a place written after "in" right behind an organisation's name qualifies the organisation, which
  is the employer ("National Union of Seafarers in India president Leo Barnes": the parser hangs
  India on "president" and the union on the name).
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from models import Mention
from pipeline.case_words import DEED_PERSON_NOUNS
from pipeline.extract.doctext import doc_text
from pipeline.extract.entities.mentions import nationality_word
from pipeline.extract.entities.sports_teams import sports_article
from pipeline.extract.relations.arguments import ArgumentFinder
from pipeline.extract.relations.lexicon import FACILITY_NOUNS
from pipeline.lexicon import ORG_LABELS, PERFORMER_NOUNS, PLACE_LABELS
from pipeline.name_strings import country, known_place, name_key
from pipeline.organisation_words import ORG_HEADS


def not_homes(finder: ArgumentFinder, noun: Token, places: list[Mention], occupation: bool = True) -> list[Mention]:
    """The places of `places` (named before the role noun `noun`) that are no home of its holder: a
    facility's ("Fulton County courthouse killer"), and before an occupation in a sports report or a
    deed ("Atlanta free agent", "a Harlem shooting suspect") every one but, in the report, a nationality."""
    if occupation and (noun.lemma_.lower() in DEED_PERSON_NOUNS or noun.lower_ in DEED_PERSON_NOUNS):
        return list(places)
    if occupation and sports_article(noun.doc):
        # a nationality is no side's name: "Brazilian striker Ronaldo" comes from Brazil
        return [place for place in places if not nationality_word(place)]
    return [place for place in places if _modifies_a_facility(finder, noun, place)
            or noun.lemma_.lower() in PERFORMER_NOUNS and not _names_a_place(place)]


def _names_a_place(place: Mention) -> bool:
    # "US actor X" (an abbreviation), "a London actor" and "Australian singer X" (a nationality the
    # entity stage names a country) name the home; "Holby City actor X" a show
    return place.text.isupper() or known_place(name_key(place.text)) or nationality_word(place)


def _modifies_a_facility(finder: ArgumentFinder, noun: Token, place: Mention) -> bool:
    """Whether the place names a facility before the role noun: the place hangs on a facility noun,
    or one stands between them (the parse makes the words of "Fulton County courthouse killer" all
    modifiers of "killer"); "a Miami hospital nurse" is not, as the place hangs on "nurse"."""
    span = noun.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    if head.i != noun.i and head.pos_ == "NOUN" and head.lemma_.lower() in FACILITY_NOUNS:
        return True
    return any(finder.mention_at(t) is None and t.pos_ == "NOUN" and t.lemma_.lower() in FACILITY_NOUNS
               for t in noun.doc[span.end:noun.i])


def without_qualifiers(finder: ArgumentFinder, places: list[Mention]) -> list[Mention]:
    """`places` less each one that only locates the place before it ("Harrison County, Miss.,
    coroner": the county's office, not Mississippi's)."""
    text = doc_text(finder.doc)  # doc.text rebuilds the string on every call
    return [place for place in places
            if not any(other.end <= place.start and text[other.end:place.start].strip() == "," for other in places)]


def cut_from_county(finder: ArgumentFinder, places: list[Mention]) -> list[Mention]:
    """The places of `places` followed by the word "county" outside the mention ("Oakland" of "Oakland
    County Prosecutor X"): the county's office or people, which the city's name does not stand for."""
    text = doc_text(finder.doc)
    return [place for place in places if _COUNTY_AFTER.match(text, place.end)]


_COUNTY_AFTER = re.compile(r"\s+county\b", re.IGNORECASE)


def modifies_outside_possessives(token: Token, noun: Token) -> bool:
    """Whether `token` modifies `noun` other than through a possessive: "Indian screen legend" does;
    "British director Mark Dornford-May's first feature film" does not make the film British."""
    while token.i != noun.i:
        if token.dep_ == "poss" or token.head.i == token.i:
            return False
        token = token.head
    return True


def with_organisations_of_places(finder: ArgumentFinder, noun: Token,
                                 mentions: list[Mention]) -> tuple[list[Mention], set[int]]:
    """`mentions` (named before the role noun `noun`), each place written "<organisation> in <place>"
    preceded by that organisation; and the indices of those "in <place>" words, which are no part of the role."""
    doc, found, joining = noun.doc, [], set()
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if finder.label(mention) in PLACE_LABELS and span is not None and span.start >= 2 \
                and doc[span.start - 1].lower_ == "in" and (org := finder.mention_at(doc[span.start - 2])) is not None \
                and finder.label(org) in ORG_LABELS:
            if org not in mentions and org not in found:
                found.append(org)
            joining.update(range(span.start - 1, span.end))
        found.append(mention)
    return found, joining


# Lower-case words for a body a place's name may stand before: "Frankfurt stock exchange", "Tokyo bourse".
BODY_WORDS = ORG_HEADS | frozenset({"exchange", "bourse", "market", "council", "court", "assembly"})


def places_of_unnamed_bodies(noun: Token, mentions: list[Mention]) -> list[Mention]:
    """The mentions (named before the role noun `noun`) that are cities the gazetteer knows, written
    right before lower-case words for a body: "London" of "London stock exchange chairman"."""
    doc, found = noun.doc, []
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        # a city's, not a country's: "Brazil's central bank governor", "US district court judge" serve the state
        key = name_key(mention.text)
        if span is None or not known_place(key) or country(key):
            continue
        after = list(doc[span.end:noun.i])  # right after the name: not "Singapore-based fund manager"
        if after and all(t.is_lower and t.is_alpha for t in after) and any(t.lemma_.lower() in BODY_WORDS for t in after):
            found.append(mention)
    return found
