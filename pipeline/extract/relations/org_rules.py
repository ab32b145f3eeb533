"""Constructions centred on an organisation's name or description: "X in Y" and units.

"org_prep_place" (the Rand Corporation in Santa Monica, the private baptist school in Waco: a
description standing for an organisation is placed like its name), "site_prep_place" (the same
for an institution or building named by its kind: the Polytechnic University in Hong Kong,
Shoreline Amphitheatre at Mountain View), "org_comma_place" (the University of Goethe,
Frankfurt), "appos_unit" (The Annex, a CIA station: member_of) and "org_possessive" (ESA's
Concurrent Design Facility: member_of; Jefferies' Jonathan Matuszewski: affiliated_with; Google's
Stadia: developed), "piece_writer" (a New York Times article by Patrick Healy: affiliated_with).
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from spacy.tokens import Token

from models import Mention
from pipeline.extract.doctext import doc_text
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, prep_objects, trailing_prep_objects
from pipeline.extract.relations.unit_lists import listed_units, owners_by_its, parted_with
from pipeline.extract.relations.role_rules import NOT_RELATED
from pipeline.extract.relations.lexicon import (
    FACILITY_NOUNS, HOME_PLACE_NOUNS, PREMISES_NOUNS, PRODUCT_NOUNS, SITE_NOUNS, UNIT_NAME_HEADS, UNIT_NOUNS, MERCHANDISE_UNIT_NOUNS,
    WRITTEN_PIECE_NOUNS,
)
from pipeline.extract.relations.work_makers import may_star
from pipeline.extract.relations.work_words import LISTING_NOUNS, PERIOD_WORDS, STARRED_WORK_NOUNS, WORK_TITLE_WORDS
from pipeline.extract.entities.sports_teams import club_shaped
from pipeline.extract.entities.name_runs import is_camel_case
from pipeline.given_names import is_given_name
from pipeline.extract.entities.company_names import word_before_trade
from pipeline.extract.entities.mentions import nationality_word
from pipeline.name_strings import country, name_key
from pipeline.organisation_words import NATIONAL_COMPANY_NOUNS
from pipeline.sports_words import SPORTS_WORDS
from pipeline.lexicon import CALENDAR_WORDS, ORG_CLASS_NOUNS, ORG_KIND_NOUNS, PLACE_LABELS, PLACED_CLASS_NOUNS, is_legal_form
from pipeline.government_words import STATE_OFFICE_NOUNS

# Head nouns of an apposition that says what kind of organisation or premises a name is, placed
# by its own "in": "Promises Treatment Center, a prominent rehab clinic in Los Angeles", "Globex, a
# software company in Boston".
PLACED_KIND_NOUNS = (ORG_KIND_NOUNS | FACILITY_NOUNS | SITE_NOUNS | PREMISES_NOUNS | frozenset({
    "center", "centre", "chain", "retailer", "business", "charity", "nonprofit", "startup", "school", "facility",
    "clinic", "bar", "hotel", "practice",
})) - {  # kinds that are rather a movement, a membership or a trade ("a party in Germany", "a group in the Senate")
    "party", "body", "group", "union", "network", "outlet", "carrier", "operator", "maker", "producer", "base"}
# A superlative or "only" makes the place a scope, not where the organisation is: "Toyota, the
# biggest carmaker in America".
SCOPE_WORDS = frozenset({"only", "leading", "top", "main", "first", "largest", "biggest", "oldest"})


def description_rules(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """A description standing for an organisation is placed like its name: "the school in Waco"."""
    if finder.label(mention) in ("ORG", "FAC"):
        yield from org_place_rules(finder, mention, root)


def _head_word(mention: Mention) -> str:
    words = mention.text.split()
    return words[-1].lower() if words else ""


def org_place_rules(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    # an institution or building named by its kind (a university, a stadium, an airport) stands
    # where it is said to be; the pair scorer learned placement from CoNLL04's companies, whose
    # sentences ("a Chicago firm in talks in Tokyo") are no guide to it
    rule = "site_prep_place" if _head_word(mention) in FACILITY_NOUNS | {"amphitheatre", "amphitheater"} \
        else "org_prep_place"
    office = _names_an_office(mention)
    # "a strike by IG Metall in Baden-Wuerttemberg", "protests organised by Greenpeace in London":
    # the place after an agent is where the deed happened, whatever the parser hangs it on
    agent = root.dep_ == "pobj" and root.head.lower_ == "by" and rule == "org_prep_place"  # not a site's
    # "Rennes in Brittany and Vigo in Spain": a conjunct followed by a place of its own opens another
    # pair, whatever the parser hangs its "in Spain" on; nothing from it on places the first name
    doc = finder.doc
    pairs_from = min((doc[c.i].idx for p in prep_objects(root, ("in", "at")) for c in p.conjuncts
                      if c.i + 1 < len(doc) and doc[c.i + 1].lower_ in ("in", "at")), default=None)
    for pobj in near_when_not_in(finder, prep_objects, root, ("in", "of", "at")):
        for other in finder.group(pobj):
            if pairs_from is not None and other.start >= pairs_from:  # the scorer must not guess the pair either
                yield Candidate(NOT_RELATED, mention, other, "parallel_place", (pobj.head,))
                continue
            if finder.label(other) in PLACE_LABELS and agent and pobj.head.lower_ != "of":
                yield Candidate(NOT_RELATED, mention, other, "agent_deed_place", (pobj.head,))
            elif finder.label(other) in PLACE_LABELS:
                # "Surgeon General of the United States" typed ORG: a post's jurisdiction, no seat
                yield Candidate(NOT_RELATED if office else "located_in", mention, other,
                                "office_jurisdiction" if office else rule, (pobj.head,))
    yield from _comma_place(finder, mention, root)
    yield from _apposition_place(finder, mention, root)
    yield from national_company(finder, mention)


def national_company(finder: ArgumentFinder, mention: Mention) -> Iterator[Candidate]:
    """"UK condom maker SSL International", "German carmaker BMW", "Japanese electronics giant Sony":
    a country (or the nationality the entity stage names a country, entities/mentions.py) before a
    kind of company and its name places the company there (rule national_company, located_in)."""
    doc = finder.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start < 2 or finder.label(mention) != "ORG":
        return
    kind = doc[span.start - 1]
    if not kind.is_lower or kind.lower_ not in NATIONAL_COMPANY_NOUNS:
        return
    token = word_before_trade(kind, stop=SCOPE_WORDS)
    place = finder.mention_at(token) if token is not None else None
    if place is not None and finder.label(place) == "GPE" and _a_country(place) and place.index != mention.index:
        yield Candidate("located_in", mention, place, "national_company", (kind,))


def _a_country(place: Mention) -> bool:
    """A nation ("UK", or "German" named Germany by the entity stage), not a city or a region: "a
    Texas oil firm" may name where it drills as well as where it is based."""
    return nationality_word(place) or country(name_key(place.text))


def _names_an_office(mention: Mention) -> bool:
    """"U.S. Surgeon General", "Attorney General" typed ORG: a name ending in a state office's title
    word, with no word of an organisation's kind in it ("Office of the Attorney General" is one)."""
    words = [w.lower().strip(".,") for w in mention.text.split()]
    return bool(words) and words[-1] in STATE_OFFICE_NOUNS and not any(
        w in ORG_CLASS_NOUNS or w in FACILITY_NOUNS or w in UNIT_NOUNS for w in words)


def _apposition_place(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"Promises Treatment Center, a prominent rehab clinic in Los Angeles": the kind of place or
    organisation an apposition says the name is, placed by its own "in"/"at"/"near"; "RHB, Malaysia's
    third-biggest lender", "Britain's biggest union, Unison": a kind of organisation a place's
    possessive owns is there (as "Vodafone is Britain's biggest mobile operator", copula_modifier)."""
    nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    for noun in nouns:
        if finder.mention_at(noun) is None:
            for place in possessive_places(finder, noun):
                # a state or city ("Europe's largest mutual life insurer": a continent is a scope)
                if finder.label(place) == "GPE" and place.index != mention.index:
                    yield Candidate("located_in", mention, place, "org_appos_place", (noun,))
    for noun in root.children:
        if noun.dep_ != "appos" or finder.mention_at(noun) is not None or noun.lemma_.lower() not in PLACED_KIND_NOUNS:
            continue
        if any(c.tag_ in ("JJS", "RBS") or c.lower_ in SCOPE_WORDS for c in noun.children):
            continue
        for pobj in trailing_prep_objects(noun, ("in", "at", "near")):
            for place in place_named(finder, pobj):
                if finder.label(place) in PLACE_LABELS and place.index != mention.index:
                    yield Candidate("located_in", mention, place, "org_appos_place", (noun,))


def possessive_places(finder: ArgumentFinder, noun: Token) -> list[Mention]:
    """The places whose possessive owns a kind of organisation (PLACED_CLASS_NOUNS): "Malaysia's
    third-biggest lender", "Britain's biggest mobile operator"; none for any other noun."""
    if noun.lemma_.lower() not in PLACED_CLASS_NOUNS:
        return []
    return [m for c in noun.children if c.dep_ == "poss" for m in place_named(finder, c)]


def near_when_not_in(finder: ArgumentFinder, objects: Callable[[Token, tuple[str, ...]], list[Token]], token: Token,
                     inside: tuple[str, ...]) -> list[Token]:
    """The objects of `token`'s "in"/"at" prepositions that name a place, else those of its "near": "the
    factory in Gaydon, near Warwick" is in Gaydon, not in Warwick; "a plant near Detroit", with no
    place it is in, is placed by the city it is near (a held-out judge's wrong row, session 14)."""
    found = objects(token, inside)
    if any(finder.label(m) in PLACE_LABELS for t in found for m in place_named(finder, t)):
        return found
    return found + objects(token, ("near",))


def place_named(finder: ArgumentFinder, token: Token) -> list[Mention]:
    """The mentions a place phrase's object stands for, and the place of "the (agricultural) town
    of Woodburn", "the village of X": a kind of place named by its "of"."""
    found = finder.group(token)
    if not found and token.lemma_.lower() in HOME_PLACE_NOUNS:
        found = [m for t in prep_objects(token, ("of",)) for m in finder.group(t) if finder.label(m) in PLACE_LABELS]
    return found


def _comma_place(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"the University of Goethe, Frankfurt", "Stanford University, California": a place set off
    by a comma right after the name, attached inside it, and closing the phrase (not "Google,
    Apple and Paris" nor "Acme, Ohio's largest employer")."""
    doc = root.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.start - 1].text == ",":
        return
    place = finder.mention_at(doc[span.end + 1])
    if place is None or finder.label(place) not in ("GPE", "LOC") or place.index == mention.index:
        return
    place_span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if place_span is None or place_span.start != span.end + 1 or place_span.end >= len(doc):
        return
    after = doc[place_span.end]
    following = doc[place_span.end + 1] if place_span.end + 1 < len(doc) else None
    if after.text not in (",", ".", ")", ";", "—", "–") or (
            after.text == "," and following is not None
            and (following.lower_ in ("and", "or") or following.text[:1].isupper()
                 and not _closing_region(finder, following))):
        return  # the next item of a list: "Huawei, China, Russia and Iran"
    if not (span.start <= place_span.root.head.i < span.end):
        return
    yield Candidate("located_in", mention, place, "org_comma_place", (place_span.root,))


def _closing_region(finder: ArgumentFinder, token: Token) -> bool:
    """"PPL Center, Allentown, PA", "Acme, Troy, Mich.": the word after the place is a region's
    abbreviation ending the phrase, not the next item of a list ("Huawei, China, Russia and Iran")."""
    word = token.text
    abbreviation = (word.isalpha() and word.isupper() and len(word) <= 3) or (
        word.endswith(".") and word[:-1].isalpha() and word[:1].isupper() and len(word) <= 6)
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return abbreviation and (nxt is None or nxt.is_space or nxt.text in (".", ")", ";", ","))


def possessive_rules(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """What an organisation's possessive says about the name it owns: "ESA's Concurrent Design
    Facility" (a unit: member_of), "Chrysler Corp's Chrysler Motors Corp" (a company with its legal
    form: member_of), "Jefferies' Jonathan Matuszewski" (a person: affiliated_with),
    "Google's Stadia", "Tequila Works' Gylt" (a product: developed). Another kind of organisation
    after the possessive ("Amazon's Whole Foods", "the party's Trump") is left to context."""
    label = finder.label(mention)
    for child in root.children:
        owner = finder.mention_at(child)
        if child.dep_ != "poss" or owner is None or owner.index == mention.index:
            continue
        # a list is no title ("Destiny's Child, Ti and Lil Wayne" cut after "Destiny" by the NER)
        if finder.label(owner) == "PERSON" and label == "WORK_OF_ART" and "," not in mention.text \
                and not _looks_like_a_person(mention) and not _no_work(finder, mention) \
                and not _starred_work(finder, mention):
            yield Candidate("developed", owner, mention, "org_possessive", (child,))  # "Alan Bennett's The History Boys"
        if finder.label(owner) != "ORG":
            continue
        if label == "PERSON" and _league_club(finder, mention, owner):
            # "the NBA's Charlotte Bobcats" typed PERSON: a club of the league, no person on its staff
            yield Candidate(NOT_RELATED, mention, owner, "org_possessive_club", (child,))
        elif label == "PERSON" and _product_typed_person(finder, mention):
            # "Sony's Playstation Portable", "Microsoft's Xbox 2" typed PERSON: a product, no staff (and no
            # pair left for the scorer to guess an affiliation of)
            yield Candidate(NOT_RELATED, mention, owner, "org_possessive_product", (child,))
            if not _no_work(finder, mention):
                yield Candidate("developed", owner, mention, "org_possessive", (child,), {}, "PRODUCT")
        elif label == "PERSON":
            yield Candidate("affiliated_with", mention, owner, "org_possessive", (child,))
        elif label == "ORG" and (_head_word(mention) in UNIT_NAME_HEADS or is_legal_form(mention.text.split()[-1])):
            # "ESA's Concurrent Design Facility"; "Chrysler Corp's Chrysler Motors Corp": a company with
            # its legal form after another's possessive is its subsidiary
            yield Candidate("member_of", mention, owner, "org_possessive", (child,))
        elif (label in ("PRODUCT", "WORK_OF_ART") or label == "FAC" and _head_word(mention) in PRODUCT_NOUNS) \
                and not _looks_like_a_person(mention) and not _no_work(finder, mention) \
                and not (_starred_work(finder, mention) and may_star(finder, owner)):
            yield Candidate("developed", owner, mention, "org_possessive", (child,))


def _product_typed_person(finder: ArgumentFinder, mention: Mention) -> bool:
    """A name typed PERSON that reads as a product's: a number in it, a word with a capital inside
    ("GameBoy Advance", "Xbox 2"), or a product's noun at its end ("Qrio Robot", "Magic Keyboard").
    The given-name list cannot decide it: "Megyn Kelly", "Zubair Ahmed", "Shy Ely" are not in it."""
    words = mention.text.split()
    return len(words) >= 2 and (any(c.isdigit() for c in mention.text)
                                or any(is_camel_case(w) for w in words)
                                or words[-1].casefold() in PRODUCT_NOUNS)


def _starred_work(finder: ArgumentFinder, mention: Mention) -> bool:
    """"Foxx's movie Ray", "Smith's romantic comedy Hitch": a person's possessive on a film or a show
    may name who stars in it (work_words.STARRED_WORK_NOUNS; a surname typed ORG: work_makers.may_star)."""
    span = finder.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.start > 0 and finder.doc[span.start - 1].lower_ in STARRED_WORK_NOUNS


def _league_club(finder: ArgumentFinder, mention: Mention, owner: Mention) -> bool:
    """A name after a league's possessive written as a club's ("the NFL's Dallas Cowboys")."""
    span = finder.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return owner.text.casefold() in SPORTS_WORDS and span is not None and club_shaped(span)


QUOTED_AFTER_POSSESSIVE = re.compile(r"(?:['’]s?)\s*[“\"‘]\s*$")


def quoted_work_maker(finder: ArgumentFinder, mention: Mention) -> Iterator[Candidate]:
    """"CNN's “State of the Union,”", "WTMJ's “Midday with Charlie Sykes,”": a title in quotation
    marks right after an organisation's possessive is that organisation's work. Read off the text:
    the parser rarely makes the possessive the title's own ("CNN's" hangs off a verb, or the
    sentence is cut at the quotation mark)."""
    if finder.label(mention) != "WORK_OF_ART" or _looks_like_a_person(mention):
        return
    text = doc_text(finder.doc)
    before = QUOTED_AFTER_POSSESSIVE.search(text, max(0, mention.start - 6), mention.start)
    if before is None:
        return
    owner = next((m for m in finder.index.mentions if m.end == before.start() and m.refers_to is None), None)
    if owner is not None and finder.label(owner) == "ORG" and not _no_work(finder, mention):
        anchor = finder.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if anchor is not None:
            yield Candidate("developed", owner, mention, "org_possessive", (anchor.root,))


LISTING_AFTER_TITLE = re.compile(r"[,.]?\s*[”\"’]?\s*(\w+)")


def _no_work(finder: ArgumentFinder, mention: Mention) -> bool:
    """Whether a name after an organisation's possessive is no work the organisation made: a list it
    keeps, a name that only modifies the noun after it ("Microsoft's “Patch Tuesday” monthly security
    bulletin release": the release is the thing possessed), or a day or a period ("Patch Tuesday",
    "the Academy's “Year of the Woman”")."""
    text = doc_text(finder.doc)
    words = mention.text.casefold().split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1] if words else ""
    # a day ("Patch Tuesday") or a period, however the title ends
    if _names_a_listing(text, mention) or head.strip(".,") in CALENDAR_WORDS | PERIOD_WORDS \
            or words and words[-1] in CALENDAR_WORDS:
        return True
    span = finder.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    after = next((t for t in finder.doc[span.end:span.end + 3] if not (t.is_quote or t.is_space)), None)
    # the next word of the same phrase, lower case: a noun or the adjective of one
    return after is not None and after.is_lower and after.pos_ in ("NOUN", "ADJ") and after.i > span.root.i \
        and (span.root.head.i >= after.i or after.head.i > after.i or after.dep_ in ("compound", "amod"))


def _names_a_listing(text: str, mention: Mention) -> bool:
    """"the U.S. Marshals Service's “Most Wanted” list": the title names a list, an award or a
    ranking the organisation keeps or gives, not a work it made."""
    after = LISTING_AFTER_TITLE.match(text, mention.end)
    return after is not None and after.group(1).lower() in LISTING_NOUNS


def _looks_like_a_person(mention: Mention) -> bool:
    """"Fox News' Megyn Kelly" typed WORK_OF_ART: two or three capitalised words led by a given name
    are a person (an anchor, a writer), not a show or a product the organisation made."""
    words = mention.text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and is_given_name(words[0]) \
        and words[0].lower() not in ("the", "a", "an") \
        and words[-1].lower() not in WORK_TITLE_WORDS  # "The Rachel Maddow Show" is a show


def org_unit_rules(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"The Annex, a CIA station", "Instagram, a Facebook subsidiary": what a unit belongs to."""
    for noun in [c for c in root.children if c.dep_ == "appos" and finder.mention_at(c) is None]:
        if noun.lemma_.lower() not in UNIT_NOUNS:
            continue
        for child in noun.children:
            owner = finder.mention_at(child)
            if child.dep_ in ("compound", "poss", "nmod") and owner is not None and owner.index != mention.index \
                    and finder.label(owner) == "ORG":
                yield Candidate("member_of", mention, owner, "appos_unit", (noun,))


def owned_unit(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """"AMR said its American Airlines unit would buy ...", "Montedison's Erbamont subsidiary", "the
    Quarto Mining Co unit of North American Coal Co": the unit named before the noun belongs to the
    noun's owner; not "its Tide and Crest brands", nor units sold ("it sold its X unit")."""
    if noun.lemma_.lower() in MERCHANDISE_UNIT_NOUNS or parted_with(noun):
        return
    units = [m for c in noun.children if c.dep_ in ("compound", "nmod") for m in finder.group(c) if finder.label(m) == "ORG"]
    owners = [m for c in noun.children if c.dep_ == "poss" for m in finder.group(c) if finder.label(m) == "ORG"]
    # "the Quarto Mining Co unit of North American Coal Co"
    owners += [m for t in prep_objects(noun, ("of",)) for m in finder.group(t) if finder.label(m) == "ORG"]
    listed, listed_owners = listed_units(finder, noun)  # "its A Co, B Co and C Ltd subsidiaries"
    units += [m for m in listed if all(m.index != u.index for u in units)]
    owners = owners or listed_owners
    its = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    if units and not owners and its is not None:
        owners = owners_by_its(finder, noun, its)  # "its", which coreference left unlinked
    for unit in units:
        for owner in owners:
            if finder.index.root(unit).index != finder.index.root(owner).index:
                yield Candidate("member_of", unit, owner, "owned_unit", (noun,))


def piece_writer(finder: ArgumentFinder, noun: Token) -> Iterator[Candidate]:
    """"a New York Times article Monday by Patrick Healy and Yamiche Alcindor", "a Post op-ed by X":
    the writers work for the publication named with the piece (before it, or its possessive).
    "by" may hang on the verb the piece is the object of ("complained about an article ... by"),
    when that verb is active."""
    if noun.lemma_.lower() not in WRITTEN_PIECE_NOUNS:
        return
    publications = [m for c in noun.children if c.dep_ in ("compound", "poss", "nmod")
                    for m in finder.group(c) if finder.label(m) == "ORG"]
    if not publications:
        return
    writer_tokens = prep_objects(noun, ("by",))
    governor = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if not writer_tokens and governor is not None and not any(c.dep_ in ("nsubjpass", "auxpass") for c in governor.children):
        writer_tokens = [p for by in governor.children if by.dep_ in ("agent", "prep") and by.lower_ == "by"
                         and by.i > noun.i for p in by.children if p.dep_ == "pobj"]
    writers = [m for t in writer_tokens for m in finder.group(t) if finder.label(m) == "PERSON"]
    for writer in writers:
        for publication in publications:
            yield Candidate("affiliated_with", writer, publication, "piece_writer", (noun,), {"role": "writer"})
