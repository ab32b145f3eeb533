"""Constructions centred on a named mention (rule names are the unit of confidence calibration):
"appos_*" and "title_*" (role_rules), "person_prep_org" (X of Y), "person_prep_place" (X, 29, of
Meridian), "place_possessive" (Beijing's Tiananmen Square), "home_noun" (his native Texas),
"place_comma_place" (Troy, Mich.), "nationality_name" (Argentine David Nalbandian), "nation_possessive"
(Japan's Ai Sugiyama, in sport), and the organisation rules of org_rules. Split out of rules.py, which
holds the verb, copula and noun rules.
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from models import Mention
from pipeline.extract.doctext import doc_text
from pipeline.extract.entities.mentions import nationality_word
from pipeline.extract.entities.sports_teams import any_sport_article, sports_article
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, pairs, prep_objects
from pipeline.extract.relations.letters import signature_home
from pipeline.extract.relations.lexicon import ACADEMIC_ROLE_NOUNS, EVENT_NAME_HEADS, FACILITY_NOUNS, HOME_WORDS
from pipeline.extract.relations.memberships import apposed_membership
from pipeline.extract.relations.org_rules import org_place_rules, org_unit_rules, possessive_rules
from pipeline.extract.relations.pair_gate import in_comma_list
from pipeline.extract.relations.residents import residents
from pipeline.extract.relations.role_kinds import title_word
from pipeline.extract.relations.role_rules import (
    NOT_RELATED, apposition_rules, holds_office, title_phrase, title_rules,
)
from pipeline.lexicon import PLACE_LABELS, ROLE_NOUNS
from pipeline.name_strings import country, name_key
from pipeline.motion_words import GOAL_PREPS, MOTION_VERBS
from pipeline.sports_words import TEAM_PLAYER_NOUNS, TEAM_STAFF_NOUNS
from pipeline.us_states import STATE_NAMED_CITIES, US_STATE_NAMES


ORIGIN_ADVERBS = frozenset({"originally", "formerly", "once", "previously"})


def former_or_age_home(prep: Token, label: str) -> bool:
    """A name's prepositional phrase that states no relation the person_prep rules may claim: an
    origin ("Robert Buckley, originally from Essex, but living in Christchurch": no home now), or,
    after an age, an organisation the model made of a neighbourhood ("Raj K. Chohan, 59, of College
    Point": the news convention for a home, never an employer)."""
    if any(c.dep_ == "advmod" and c.lower_ in ORIGIN_ADVERBS for c in prep.children) or (
            prep.i > 0 and prep.doc[prep.i - 1].lower_ in ORIGIN_ADVERBS):
        return True
    doc = prep.doc
    return label == "ORG" and prep.lower_ == "of" and prep.i >= 3 and doc[prep.i - 1].text == "," \
        and doc[prep.i - 2].like_num and doc[prep.i - 3].text == ","


def trip_goal(root: Token) -> bool:
    """Whether the name is where a motion verb goes ("climb to the Sefton Bivvy") or what it moves
    ("airlifted the climber"): its "from" phrase is then the trip's start."""
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in GOAL_PREPS:
        return head.head.lemma_.lower() in MOTION_VERBS
    return root.dep_ == "dobj" and head.lemma_.lower() in MOTION_VERBS


def _is_event(finder: ArgumentFinder, mention: Mention) -> bool:
    """A name (or the name an acronym stands for in the article) ending in an event's word: "the
    Republican National Convention", "the Munich Security Conference"."""
    names = (mention.text, finder.index.root(mention).text)
    return any(name.split() and name.split()[-1].lower() in EVENT_NAME_HEADS for name in names)


def _comma_alone_between(doc, first: Mention, second: Mention) -> bool:
    """"Troy, Mich.": only a comma between a place and its region."""
    left, right = sorted((first, second), key=lambda m: m.start)
    return doc_text(doc)[left.end:right.start].strip() == ","


def team_or_school_place(finder: ArgumentFinder, root: Token) -> bool:
    """Whether a place after a person's name ("X of Washington") stands for a club or a school: in a
    sports report, in a sentence about coaches or players ("the fifth coach fired this season, after
    PJ Carlesimo of Oklahoma City, Eddie Jordan of Washington"), or after an academic title of the
    person's own ("Professor X of Oxford")."""
    if sports_article(root.doc) or any(t.pos_ == "NOUN" and t.lemma_.lower() in TEAM_STAFF_NOUNS | TEAM_PLAYER_NOUNS
                                       for t in root.sent):
        return True
    phrase = title_phrase(finder, root)
    nouns = [phrase.noun] if phrase is not None else []
    nouns += [c for c in root.children if c.dep_ == "appos"]
    return any(title_word(noun) in ACADEMIC_ROLE_NOUNS or noun.lemma_.lower() in ACADEMIC_ROLE_NOUNS for noun in nouns)


def _set_off(prep: Token) -> bool:
    """"Brad Adams, from Human Rights Watch, said", "Vincent Cable, for the Liberal Democrats, said":
    a preposition's phrase between commas right after the name it describes, as an apposition is."""
    doc = prep.doc
    end = prep.right_edge.i + 1
    return prep.i > 0 and doc[prep.i - 1].text == "," and end < len(doc) and doc[end].text in (",", ")")


def _nation_before_name(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"Argentine David Nalbandian beat Russian Marat Safin": a nationality word written right before a
    person's name, with no title between (the role rules read "Italian striker X"), says where the
    person comes from; so does a country's possessive in a sports report ("Japan's Ai Sugiyama")."""
    doc = root.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    first = doc[span.start] if span is not None else root
    if first.i == 0:
        return
    word = doc[first.i - 1]
    other = finder.mention_at(word)
    if other is not None and other.index != mention.index and nationality_word(other) and other.start == word.idx \
            and word.head.i in range(first.i, root.i + 1):
        yield Candidate("lives_in", mention, other, "nationality_name", (word,))
    elif other is None and word.tag_ == "POS" and first.i > 1 and any_sport_article(doc):
        # "Japan's Ai Sugiyama defeated ...": in a sports report a country's own is its athlete
        nation = finder.mention_at(doc[first.i - 2])
        if nation is not None and finder.label(nation) == "GPE" and country(name_key(nation.text)):
            yield Candidate("lives_in", mention, nation, "nation_possessive", (word,))


def mention_rules(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """Constructions centred on a named mention: appositions, titles, "X of Y", "Troy, Mich."."""
    label = finder.label(mention)
    yield from possessive_rules(finder, mention, root)
    if label == "PERSON":
        yield from apposition_rules(finder, mention, root)
        yield from title_rules(finder, mention, root)
        yield from _nation_before_name(finder, mention, root)
        office = holds_office(finder, root)
        # "said analyst Kevin Murphy of Morgan Stanley": a title naming no body of its own is the
        # role held at the one after the name, when it is a known post or written as a formal title
        # (not "apparent no-hoper John Howard, of Australia's Liberal Party")
        title = title_phrase(finder, root)
        bare_title = title is not None and not (title.organisations or title.states or title.served or title.homes) \
            and (title.noun.text[:1].isupper() or title_word(title.noun) in ROLE_NOUNS)
        for pobj in prep_objects(root, ("of", "at", "with", "from", "in", "for")):
            for other in finder.group(pobj):
                other_label = finder.label(other)
                if pobj.head.lower_ == "for" and not (other_label == "ORG" and _set_off(pobj.head)):
                    continue  # "X, for the Liberal Democrats, said": speaking for a body only
                if former_or_age_home(pobj.head, other_label):
                    yield Candidate(NOT_RELATED, mention, other, "person_prep_origin", (pobj.head,))
                elif other_label == "ORG" and (pobj.head.lower_ != "from" or _set_off(pobj.head)) \
                        and not _is_event(finder, other) and (
                        pobj.head.lower_ != "in" or office or title is not None):
                    # "X at the Republican National Convention" is an appearance; "X in the Oval Office" a
                    # place, unless X holds a title there ("Judge X in Federal District Court")
                    yield Candidate("affiliated_with", mention, other, "person_prep_org", (pobj.head,),
                                    title.qualifiers() if bare_title and pobj.head.lower_ in ("of", "at") else {})
                elif other_label in PLACE_LABELS and not office and pobj.head.lower_ != "in":
                    if pobj.head.lower_ == "from" and trip_goal(root):
                        # "to climb to the Sefton Bivvy from Mount Cook Village": where the trip starts
                        yield Candidate(NOT_RELATED, mention, other, "route_start", (pobj.head,))
                        continue
                    if team_or_school_place(finder, root):
                        # "Eddie Jordan of Washington" among fired coaches: the place names the club
                        yield Candidate(NOT_RELATED, mention, other, "team_place", (pobj.head,))
                        continue
                    if any(finder.label(m) == "ORG" for c in pobj.children if c.dep_ == "appos" for m in finder.group(c)) \
                            or _premodifies_a_noun(finder, other):
                        # "analyst Rick Sales at Vancouver, British Columbia-based Odlum Brown Ltd": the
                        # parser hangs the firm on the place, which is the firm's base, not his home;
                        # so is "Ben Williams of Paris brokerage house Fauchier-Magnan"
                        yield Candidate(NOT_RELATED, mention, other, "firm_place", (pobj.head,))
                        continue
                    # "Alyssa Van Wagenen, 29, of Meridian"; a person "in" a place is mostly where
                    # something happened ("the victories of Joni Ernst in Iowa")
                    yield Candidate("lives_in", mention, other, "person_prep_place", (pobj.head,))
    elif label in ("ORG", "FAC"):
        yield from org_place_rules(finder, mention, root)
        yield from org_unit_rules(finder, mention, root)
    if label in ("ORG", "GPE"):
        yield from apposed_membership(finder, mention, root)
    if label in PLACE_LABELS or label == "ORG":
        # "Beijing's Tiananmen Square", "California's Sierra Nevada", "Britain's Labour Party", and
        # through the noun a name modifies: "Forest Hill's WoodSpring Suites hotel"
        owner = root.head if (root.dep_ == "compound" and finder.mention_at(root.head) is None
                              and root.head.lemma_.lower() in FACILITY_NOUNS) else root
        for child in (root.children if owner is root else [*root.children, *owner.children]):
            other = finder.mention_at(child)
            if (child.dep_ == "poss" and other is not None and other.index != mention.index
                    and finder.label(other) in ("GPE", "LOC")):
                yield Candidate("located_in", mention, other, "place_possessive", (child,))
    if label in PLACE_LABELS and any(c.dep_ == "amod" and c.lower_ in HOME_WORDS for c in root.children):
        # "Cruz campaigned in his native Texas"
        yield from pairs("lives_in", residents(finder, root), [mention], "home_noun", (root,))
    if label in PLACE_LABELS:
        yield from signature_home(finder, mention, root)
        for child in root.children:
            other = finder.mention_at(child)
            if child.dep_ not in ("appos", "npadvmod") or other is None or other.index == mention.index:
                continue
            if finder.label(other) not in ("GPE", "LOC"):
                continue
            if in_comma_list(root.doc, mention, other) or not _comma_alone_between(root.doc, mention, other):
                # "Seattle 31, Green Bay 10" (scores), "Dallas – Fort Worth" (a pair): no place in another
                yield Candidate(NOT_RELATED, mention, other, "place_list", (child,))  # the scorer must not guess either
            else:
                yield Candidate("located_in", mention, other, "place_comma_place", (child,))
        yield from _premodifying_places(finder, mention, root)


def _premodifies_a_noun(finder: ArgumentFinder, place: Mention) -> bool:
    """A place's name right before a lower-case noun ("Paris brokerage house"): it modifies that noun."""
    span = finder.doc.char_span(place.start, place.end, alignment_mode="expand")
    after = finder.doc[span.end] if span is not None and span.end < len(finder.doc) else None
    return after is not None and after.is_lower and after.tag_ in ("NN", "NNS")


def _premodifying_places(finder: ArgumentFinder, mention: Mention, root: Token) -> Iterator[Candidate]:
    """"at a Vancouver, B.C. business": "<place>, <region>" before a noun, both its modifiers."""
    if root.dep_ not in ("compound", "nmod") or root.head.pos_ not in ("NOUN", "PROPN") or (
            mention.text in US_STATE_NAMES and mention.text not in STATE_NAMED_CITIES):
        return  # "the Iowa, New Hampshire contests": states side by side, no place in another
    for sibling in root.head.children:
        other = finder.mention_at(sibling) if sibling.i > root.i and sibling.dep_ in ("compound", "nmod") else None
        if other is not None and other.index != mention.index and finder.label(other) in ("GPE", "LOC") \
                and _comma_alone_between(root.doc, mention, other) and not in_comma_list(root.doc, mention, other) \
                and not sibling.conjuncts:  # "the Seattle, Portland and Boston offices": a list
            yield Candidate("located_in", mention, other, "place_comma_place", (sibling,))
