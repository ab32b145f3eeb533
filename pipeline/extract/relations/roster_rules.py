"""Rosters: whom a club (or any organisation) signs, hires or agrees terms with -> affiliated_with.

- "roster_sign": "The Saints re-signed RB DeShawn Wynn", "New Orleans replaced him by signing
  running back Joique Bell", "the Eagles hired running back X", "X was signed by the Jets" ->
  affiliated_with(X, club), the position as the role when written. The parse of a position written
  before a name is poor ("running" read as a verb, "re-signed" as three tokens), so the person is
  read off the words right after the verb: determiners and position words, then a name that is no
  possessor ("signed Obama's bill" signs no one).
- "roster_deal": "X agreed to a six-year deal with the 76ers", "The Celtics reached six-year deals
  with Kyle Korver", "X signed with the Sixers" -> affiliated_with(X, club). In an article about
  sport a contract between a club and a person is employment, never a partnership (rules.py leaves
  such pairs to this rule).
- "roster_replacement": "firing coach X and replacing him with Y" -> affiliated_with(Y, the club).
- "roster_list": in an article about sport, "placing rusher X on injured reserve, the Saints" ->
  affiliated_with(X, club), current; "the Eagles waived / released / cut / traded X" -> former.
The club is the subject of the verb or of the clause it is part of ("by signing", "re-signed"),
an organisation (the sports_teams entity rule makes a club's city its club where it acts).
"""
from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Token

from models import Mention
from pipeline.extract.doctext import lemma_lowers, token_pos
from pipeline.extract.entities.sports_teams import sports_article
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, prep_objects
from pipeline.extract.relations.verb_subjects import is_passive, subject_token
from pipeline.extract.relations.club_spells import CLUB_SPELL_VERBS, club_named, club_spell_rules, person_named
from pipeline.lexicon import ORG_CLASS_NOUNS, ORG_LABELS
from pipeline.speech_words import REPORTING_VERBS
from pipeline.sports_words import (
    INJURY_NOUNS, LOSING_VERBS, MAX_POSITION_WORDS, PLACING_VERBS, POSITION_ABBREVIATIONS, POSITION_WORDS,
    ROSTER_DEAL_NOUNS, ROSTER_DEAL_VERBS, ROSTER_DESCRIPTORS, ROSTER_LISTS, ROSTER_RELEASE_VERBS,
    SIGNING_VERBS, TEAM_NOUNS,
)

CLIMB = 5  # heads climbed from a verb to the clause whose subject does it
MAX_PREMODIFIERS = 7  # words between a roster verb and the name: "their rookie running back sensation"
# Tags of the lower-case words of the object phrase before a name ("sensation", "injured", "back" as a particle)
PHRASE_TAGS = frozenset({"NN", "NNS", "JJ", "VBG", "VBN", "RP"})


def _signing(token: Token, lemma: str) -> bool:
    """A verb of signing someone, written "re-signed" as one token or as three ("re", "-", "signed");
    `lemma` is the token's lower-case lemma."""
    if lemma in SIGNING_VERBS and token.tag_.startswith("VB"):
        # a club acquires a player; a company acquires a company ("CPC acquired Arnold Foods", typed PERSON)
        return lemma != "acquire" or sports_article(token.doc)
    return lemma == "sign" and token.i >= 2 and token.doc[token.i - 1].text == "-" and \
        token.doc[token.i - 2].lower_ == "re"


def _doer(finder: ArgumentFinder, token: Token) -> Optional[Mention]:
    """The subject of the verb, or of the nearest clause above it ("replaced him by signing X", "agreed
    to sign X"); never the subject of a reporting verb above it, but through its "to" complement: in
    "TMZ reports that Lohan has re-hired attorney X" the outlet tells of the hiring, and hires no one."""
    current = token
    for _ in range(CLIMB):
        subject = subject_token(current)
        if subject is not None:
            return None if is_passive(current) else finder.entity(subject)
        if current.head == current:
            return None
        if current.head.lemma_.lower() in REPORTING_VERBS and current.dep_ != "xcomp":
            return None
        current = current.head
    return None


def _signed_person(finder: ArgumentFinder, verb: Token) -> tuple[Optional[Mention], str]:
    """The first person of `_roster_people` and the position."""
    people, position = _roster_people(finder, verb)
    return (people[0] if people else None), position


def _roster_people(finder: ArgumentFinder, verb: Token) -> tuple[list[Mention], str]:
    """The people a roster verb acts on and their position: the names of the verb's object noun
    phrase ("placed their rookie running back sensation X on injured reserve", "lost running backs
    X and Y to injuries"). The parse of a position written before a name is poor ("running" read
    as a verb, "re-signed" as three tokens), so the phrase is read off the words after the verb
    (determiners, possessive determiners, numbers, lower-case nouns and adjectives, position
    words), and its names must hang under the verb in the parse; then the names coordinated with
    the first ("X, Y and Z")."""
    doc = verb.doc
    position: list[str] = []
    i = verb.i + 1
    while i < len(doc) and i <= verb.i + MAX_PREMODIFIERS:
        word = doc[i]
        if word.lower_ in POSITION_WORDS or word.lemma_.lower() in POSITION_WORDS or word.text in POSITION_ABBREVIATIONS:
            position.append(word.lemma_.lower() if word.tag_ == "NNS" else word.text)
        elif not (word.lower_ in ROSTER_DESCRIPTORS or word.dep_ in ("det", "poss") and word.tag_ in ("DT", "PRP$")
                  or word.text == "-" or word.tag_ in PHRASE_TAGS and word.text.islower() and word.is_alpha
                  or word.tag_ == "CD"):
            break
        i += 1
    if i >= len(doc) or i > verb.i + MAX_PREMODIFIERS:
        return [], ""
    mention = finder.mention_at(doc[i])
    if mention is None or not person_named(finder, mention) or mention.start != doc[i].idx or not _under(_root(doc, mention), verb):
        return [], ""
    people = [mention]
    end = _token_after(doc, mention.end)
    while end is not None and end.text in (",", "and"):
        j = end.i + 1 if not (end.text == "," and end.i + 1 < len(doc) and doc[end.i + 1].lower_ == "and") else end.i + 2
        if j >= len(doc):
            break
        other = finder.mention_at(doc[j])
        if other is None or other.start != doc[j].idx or not person_named(finder, other):
            break
        people.append(other)
        end = _token_after(doc, other.end)
    if end is not None and end.text == ",":
        end = None  # "X, Y" with no "and" closing the list: not a list of the verb's objects
    if end is not None and (end.tag_ == "POS" or end.pos_ == "NOUN" and end.text.islower()):
        return [], ""  # "signed Obama's bill", "hired former Cruz spokeswoman Katrina Pierson"
    return people, " ".join(position)


def _root(doc, mention: Mention) -> Token:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None else doc[0]


def _token_after(doc, end: int) -> Optional[Token]:
    return next((t for t in doc if t.idx >= end), None)


def _under(token: Token, verb: Token) -> bool:
    """The name and the verb are one phrase in the parse: the name hangs under the verb (through any
    misread of the words before it), or the parser made the name the head and the verb its modifier
    ("The Saints signed rookie X" read as a noun phrase with "signed" an adjective)."""
    return verb in token.ancestors or token in verb.ancestors


def roster_rules(finder: ArgumentFinder, token: Token) -> Iterator[Candidate]:
    # runs on every token of every sentence: lemma and POS from the per-doc columns, and the cheap
    # word tests before the parse tests
    doc = token.doc
    lemma, pos = lemma_lowers(doc)[token.i], token_pos(doc)[token.i]
    if _signing(token, lemma):
        yield from _signed(finder, token)
    if lemma in ROSTER_DEAL_VERBS and pos in ("VERB", "AUX") and sports_article(doc):
        yield from _deal(finder, token)
    if pos == "VERB" and (lemma in ROSTER_RELEASE_VERBS or lemma in PLACING_VERBS or lemma in LOSING_VERBS) \
            and not is_passive(token) and sports_article(doc) and (
            lemma in ROSTER_RELEASE_VERBS or lemma in PLACING_VERBS and _on_roster_list(token)
            or lemma in LOSING_VERBS and _lost_to_injury(token)):
        yield from _listed(finder, token, "former" if lemma in ROSTER_RELEASE_VERBS else "current")
    if lemma == "replace" and pos == "VERB":
        yield from _replacement(finder, token)
    if lemma == "remain" and token.tag_ == "VBG" and sports_article(token.doc):
        yield from _remaining(finder, token)
    if token.pos_ == "PROPN" and token.i > 0 and sports_article(token.doc):
        yield from _club_premodifier(finder, token)
    if pos == "VERB" and lemma in CLUB_SPELL_VERBS and sports_article(doc):
        yield from club_spell_rules(finder, token, lemma)


def _signed(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    if is_passive(verb) and verb.tag_.startswith("VB"):
        subject = subject_token(verb)
        person = finder.entity(subject) if subject is not None else None
        clubs = [m for t in prep_objects(verb, ("by",)) for m in finder.group(t) if finder.label(m) in ORG_LABELS]
        if person is not None and person_named(finder, person):
            for club in clubs:
                yield Candidate("affiliated_with", person, club, "roster_sign", (verb,), {"status": "current"})
        return
    people, position = _roster_people(finder, verb)
    to_someone, label = _signed_to(finder, verb)
    club = club_named(finder, label if to_someone else _doer(finder, verb))
    if not people or club is None:
        return
    qualifiers = {"status": "current", **({"role": position} if position else {})}
    for person in people:
        if person.index != club.index:
            yield Candidate("affiliated_with", person, club, "roster_sign", (verb,), qualifiers)
    if sports_article(verb.doc):
        yield from _former_club(finder, verb, people, club)


def _signed_to(finder: ArgumentFinder, verb: Token) -> tuple[bool, Optional[Mention]]:
    """"signed Will Young up to his S Records label", "signed Kylie Minogue to PWL": the organisation
    after "to" is the one signed for, not the signer (who may own it); (True, None) for one not named
    ("to his label"), (False, None) when "to" names none ("to a five-year deal")."""
    to = next((t for t in verb.doc[verb.i + 1:min(verb.sent.end, verb.i + 10)] if t.lower_ == "to" and t.tag_ == "IN"), None)
    phrase = [] if to is None else list(verb.doc[to.i + 1:min(verb.sent.end, to.i + 7)])
    phrase = phrase[:next((i for i, t in enumerate(phrase) if t.is_punct or t.pos_ in ("VERB", "AUX")), len(phrase))]
    orgs = [m for t in phrase if (m := finder.mention_at(t)) is not None and finder.label(m) in ORG_LABELS]
    return bool(orgs) or any(t.lemma_.lower() in ORG_CLASS_NOUNS or t.lower_ == "label" for t in phrase), \
        (orgs[0] if orgs else None)


def _on_roster_list(verb: Token) -> bool:
    """"placed X on injured reserve", "put X on IR", "placed X on waivers"."""
    window = verb.doc[verb.i + 1:min(verb.sent.end, verb.i + 10)]  # "on" may hang on the name
    return any(t.lower_ == "on" and any(w.lower_ in ROSTER_LISTS for w in window.doc[t.i + 1:t.i + 3])
               for t in window)


def _lost_to_injury(verb: Token) -> bool:
    """"lost running backs X and Y to injuries", "lost X to a season-ending knee injury": still the
    club's players (not "lost X to the Jets", who took him, nor "lost to the Jets")."""
    window = verb.doc[verb.i + 2:min(verb.sent.end, verb.i + 16)]
    return any(t.lower_ == "to" and _injury_phrase(verb.doc[t.i + 1:min(verb.sent.end, t.i + 8)]) for t in window)


def _injury_phrase(words) -> bool:
    """"injuries", "a season-ending knee injury": lower-case words up to an injury noun ("to the
    Broncos, who signed him after his injury" is another club)."""
    for word in words:
        if word.lemma_.lower() in INJURY_NOUNS or word.lower_ in INJURY_NOUNS:
            return True
        if not (word.text == "-" or word.is_alpha and word.text.islower() and word.tag_ in ("DT", "JJ", "NN", "VBG", "PRP$")):
            return False
    return False


def _former_club(finder: ArgumentFinder, verb: Token, people: list[Mention], club: Mention) -> Iterator[Candidate]:
    """"signed rookie X from the Philadelphia Eagles practice squad", "claimed X off the Jets' roster":
    the club the person came from, status former."""
    doc = verb.doc
    after = _token_after(doc, people[-1].end)
    if after is None or after.lower_ not in ("from", "off"):
        return
    j = after.i + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    if j >= len(doc):
        return
    former = club_named(finder, finder.mention_at(doc[j]))
    if former is None or former.index == club.index or finder.index.root(former).index == finder.index.root(club).index:
        return
    following = _token_after(doc, former.end)
    words = [t.lower_ for t in doc[following.i:following.i + 3]] if following is not None else []
    if not (words and (words[0] in ROSTER_LISTS or words[0] in ("practice", "'s", "'") or words[0] in (".", ",", "and", "on", "in"))):
        return  # "from the Dallas Morning News reporter ...": the organisation is a modifier of something else
    for person in people:
        yield Candidate("affiliated_with", person, former, "roster_former_club", (verb,), {"status": "former"})


def _listed(finder: ArgumentFinder, verb: Token, status: str) -> Iterator[Candidate]:
    """"placing leading rusher Chris Ivory on injured reserve, the Saints", "the Eagles waived X",
    "the Saints had lost running backs X and Y to injuries"."""
    people, position = _roster_people(finder, verb)
    club = club_named(finder, _doer(finder, verb))
    if not people or club is None:
        return
    qualifiers = {"status": status, **({"role": position} if position else {})}
    for person in people:
        if person.index != club.index:
            yield Candidate("affiliated_with", person, club, "roster_list", _listing_anchors(finder, verb, person, status),
                            qualifiers)


def _listing_anchors(finder: ArgumentFinder, verb: Token, person: Mention, status: str) -> tuple[Token, ...]:
    """The words a listing's affiliation hangs on. Placing a player on a list, or losing him to an
    injury, takes for granted that he is the club's: "the Saints would not have placed Bush on
    injured reserve if they were still fighting" denies the placing, not that Bush is a Saint; so
    the current post hangs on the player's name, not on the verb's negation or condition. A release
    ends the post: it is stated only as the verb states it."""
    if status == "former":
        return (verb,)
    name = finder.doc.char_span(person.start, person.end, alignment_mode="expand")
    return (verb,) if name is None else (name.root,)


def _deal(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"X agreed to a deal with the 76ers", "the Celtics reached deals with X", "X signed with the Sixers"."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, ("to", "on"))
    nouns = [n for n in nouns if n.lemma_.lower() in ROSTER_DEAL_NOUNS]
    partner_tokens = [t for n in nouns for t in prep_objects(n, ("with",))] + prep_objects(verb, ("with",))
    if not nouns and verb.lemma_.lower() != "sign":
        return
    partners = [m for t in partner_tokens for m in _with_group(finder, t)]
    subject = subject_token(verb)
    doer = finder.entity(subject) if subject is not None else None
    if doer is None or not partners:
        return
    for partner in partners:
        if person_named(finder, doer) and finder.label(partner) in ORG_LABELS:
            person, club = doer, partner
        elif finder.label(doer) in ORG_LABELS and person_named(finder, partner):
            person, club = partner, doer
        else:
            continue
        yield Candidate("affiliated_with", person, club, "roster_deal", (verb, *nouns), {"status": "current"})


def _with_group(finder: ArgumentFinder, token: Token) -> list[Mention]:
    """"deals with Kyle Korver ... and with Willie Green": the object and those of conjoined "with"s."""
    found = list(finder.group(token))
    prep = token.head
    for other in prep.conjuncts:
        if other.lower_ == "with":
            found += [m for c in other.children if c.dep_ == "pobj" for m in finder.group(c)]
    return found


def _replacement(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"replacing him with Mo Cheeks": the newcomer holds the post at the organisation doing it."""
    club = club_named(finder, _doer(finder, verb))
    if club is None:
        return
    for token in prep_objects(verb, ("with",)):
        for person in finder.group(token):
            if person_named(finder, person):
                yield Candidate("affiliated_with", person, club, "roster_replacement", (verb,), {"status": "current"})


def _club_premodifier(finder: ArgumentFinder, token: Token) -> Iterator[Candidate]:
    """In an article about sport, a club written right before a player's name, as headlines and
    box scores do: "Saints Pierre Thomas to injured reserve", "the Saints' Pierre Thomas", or
    before the player's position: "New Orleans Saints running back Reggie Bush", where the parse
    reads "running" as a verb and "back" as a particle, so that no title is seen (the position is
    read off the words, MAX_POSITION_WORDS at most, and is the role)."""
    person = finder.mention_at(token)
    if person is None or person.start != token.idx or not person_named(finder, person):
        return
    doc = token.doc
    first = token.i
    while first > 0 and token.i - first < MAX_POSITION_WORDS and finder.mention_at(doc[first - 1]) is None and (
            doc[first - 1].lower_ in POSITION_WORDS or doc[first - 1].text in POSITION_ABBREVIATIONS):
        first -= 1
    position = doc[first:token.i]
    if first == 0:
        return
    before = doc[first - 1]
    if before.tag_ == "POS" and first > 1 and not len(position):
        before = doc[first - 2]
    club = finder.mention_at(before)
    if club is None or club.end != before.idx + len(before.text) or club_named(finder, club) is None:
        return
    if not before.text[:1].isupper() or before.tag_ not in ("NNPS", "NNP", "NNS") or not before.text.endswith("s"):
        return  # a club's nickname is a plural ("Saints", "76ers"): "ESPN Chris Mortensen" names no club
    yield Candidate("affiliated_with", person, club, "roster_premodifier", (token,),
                    {"role": position.text} if len(position) else {})


def _remaining(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    """"Remaining on the team are Reggie Bush and Julius Jones": in an article about one club, the
    team is that club."""
    teams = [t for t in prep_objects(verb, ("on", "with")) if t.lemma_.lower() in TEAM_NOUNS
             and any(c.lower_ == "the" for c in t.children)]
    if not teams:
        return
    club = _article_club(finder)
    if club is None:
        return
    copula = next((t for t in verb.doc[teams[0].i + 1:teams[0].i + 2] if t.lemma_ == "be"), None)
    if copula is None:
        return
    first = verb.doc[copula.i + 1] if copula.i + 1 < len(verb.doc) else None
    named = finder.mention_at(first) if first is not None else None
    if named is None or not person_named(finder, named):
        return
    root = verb.doc.char_span(named.start, named.end, alignment_mode="expand")
    for person in finder.group(root.root if root is not None else first):
        if person_named(finder, person):
            yield Candidate("affiliated_with", person, club, "roster_list", (verb,), {"status": "current"})


def _article_club(finder: ArgumentFinder) -> Optional[Mention]:
    """The one club the article names (the sports_teams rule gives each a full name), or None."""
    clubs = {}
    for mention in finder.index.mentions:
        if mention.name and finder.label(mention) in ORG_LABELS and mention.refers_to is None:
            clubs.setdefault(mention.name, mention)
    return next(iter(clubs.values())) if len(clubs) == 1 else None
