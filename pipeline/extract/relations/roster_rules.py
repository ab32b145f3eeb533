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
from pipeline.extract.entities.sports_teams import sports_article
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate, is_passive, prep_objects, subject_token
from pipeline.lexicon import ORG_LABELS, PERSON_LABELS
from pipeline.sports_words import (
    INJURY_WORDS, LOSING_VERBS, PLACING_VERBS, POSITION_ABBREVIATIONS, POSITION_WORDS, ROSTER_DEAL_NOUNS,
    ROSTER_DEAL_VERBS, ROSTER_DESCRIPTORS, ROSTER_LISTS, ROSTER_RELEASE_VERBS, SIGNING_VERBS,
)

CLIMB = 5  # heads climbed from a verb to the clause whose subject does it


def _signing(token: Token) -> bool:
    """A verb of signing someone, written "re-signed" as one token or as three ("re", "-", "signed")."""
    lemma = token.lemma_.lower()
    if lemma in SIGNING_VERBS and token.tag_.startswith("VB"):
        return True
    return lemma == "sign" and token.i >= 2 and token.doc[token.i - 1].text == "-" and \
        token.doc[token.i - 2].lower_ == "re"


def _doer(finder: ArgumentFinder, token: Token) -> Optional[Mention]:
    """The subject of the verb, or of the nearest clause above it ("replaced him by signing X")."""
    current = token
    for _ in range(CLIMB):
        subject = subject_token(current)
        if subject is not None:
            return None if is_passive(current) else finder.entity(subject)
        if current.head == current:
            return None
        current = current.head
    return None


def _signed_person(finder: ArgumentFinder, verb: Token) -> tuple[Optional[Mention], str]:
    """The person named right after the verb, past determiners and position words, and the position."""
    doc = verb.doc
    position: list[str] = []
    i = verb.i + 1
    while i < len(doc) and i <= verb.i + 7:
        word = doc[i]
        if word.lower_ in POSITION_WORDS or word.text in POSITION_ABBREVIATIONS or (
                word.tag_ == "NNS" and word.lemma_.lower() in POSITION_WORDS):  # "running backs X and Y"
            position.append(word.text)
        elif word.tag_ == "PRP$" and i == verb.i + 1 or word.text.islower() and word.tag_ in ("NN", "JJ") \
                and position and word.lower_ not in ROSTER_DEAL_NOUNS:
            pass  # "placed their rookie running back sensation Chris Ivory on injured reserve"
        elif not (word.lower_ in ROSTER_DESCRIPTORS or word.dep_ == "det" or word.text == "-"):
            break
        i += 1
    if i >= len(doc):
        return None, ""
    mention = finder.mention_at(doc[i])
    if mention is None or not _person(finder, mention) or mention.start != doc[i].idx:
        return None, ""
    after = next((t for t in doc[i:] if t.idx >= mention.end), None)
    if after is not None and (after.tag_ == "POS" or after.pos_ == "NOUN" and after.text.islower()):
        return None, ""  # "signed Obama's bill", "hired former Cruz spokeswoman Katrina Pierson"
    return mention, " ".join(position)


def _person(finder: ArgumentFinder, mention: Mention) -> bool:
    """A person's name, not a plural the NER took for one ("The Jets reached a deal")."""
    if finder.label(mention) not in PERSON_LABELS:
        return False
    span = finder.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is None or len(span) > 1 or span[0].tag_ not in ("NNPS", "NNS")  # "Mo Cheeks" is a person


def _club(finder: ArgumentFinder, mention: Optional[Mention]) -> Optional[Mention]:
    """An organisation, not a person's surname the NER typed ORG ("Mourinho wants to sign X")."""
    if mention is None or finder.label(mention) not in ORG_LABELS:
        return None
    surnames = {m.text.split()[-1] for m in finder.index.mentions if finder.label(m) == "PERSON" and " " in m.text}
    return None if finder.index.root(mention).text.split()[-1] in surnames else mention


def roster_rules(finder: ArgumentFinder, token: Token) -> Iterator[Candidate]:
    if _signing(token):
        yield from _signed(finder, token)
    lemma = token.lemma_.lower()
    if lemma in ROSTER_DEAL_VERBS and token.pos_ in ("VERB", "AUX") and sports_article(token.doc):
        yield from _deal(finder, token)
    if token.pos_ == "VERB" and not is_passive(token) and sports_article(token.doc) and (
            lemma in ROSTER_RELEASE_VERBS or lemma in PLACING_VERBS and _on_roster_list(token)):
        yield from _listed(finder, token, "former" if lemma in ROSTER_RELEASE_VERBS else "current")
    if lemma in LOSING_VERBS and token.pos_ == "VERB" and not is_passive(token) and sports_article(token.doc) \
            and _to_injury(token):
        yield from _listed(finder, token, "current", every=True)
    if lemma == "replace" and token.pos_ == "VERB":
        yield from _replacement(finder, token)


def _signed(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    if is_passive(verb) and verb.tag_.startswith("VB"):
        subject = subject_token(verb)
        person = finder.entity(subject) if subject is not None else None
        clubs = [m for t in prep_objects(verb, ("by",)) for m in finder.group(t) if finder.label(m) in ORG_LABELS]
        if person is not None and _person(finder, person):
            for club in clubs:
                yield Candidate("affiliated_with", person, club, "roster_sign", (verb,), {"status": "current"})
        return
    person, position = _signed_person(finder, verb)
    club = _club(finder, _doer(finder, verb))
    if person is None or club is None or person.index == club.index:
        return
    qualifiers = {"status": "current", **({"role": position} if position else {})}
    yield Candidate("affiliated_with", person, club, "roster_sign", (verb,), qualifiers)
    # "signed rookie Joique Bell from the Philadelphia Eagles practice squad": the club he came from
    span = verb.doc.char_span(person.start, person.end, alignment_mode="expand")
    sources = prep_objects(verb, ("from",)) + (prep_objects(span.root, ("from",)) if span is not None else [])
    sources += [c for t in sources if t.lemma_.lower() in ROSTER_LISTS for c in t.subtree
                if c.dep_ in ("compound", "poss") and c.i < t.i]  # "the Detroit Lions practice squad"
    for source in sources:
        for former in (m for m in finder.group(source) if _club(finder, m) is not None and m.index != club.index):
            yield Candidate("affiliated_with", person, former, "roster_sign", (verb,), {"status": "former"})


def _on_roster_list(verb: Token) -> bool:
    """"placed X on injured reserve", "put X on IR", "placed X on waivers"."""
    window = verb.doc[verb.i + 1:min(verb.sent.end, verb.i + 10)]  # "on" may hang on the name
    return any(t.lower_ == "on" and any(w.lower_ in ROSTER_LISTS for w in window.doc[t.i + 1:t.i + 3])
               for t in window)


def _to_injury(verb: Token) -> bool:
    """"lost running back X to injuries", "lost X to a season-ending injury"."""
    return any(t.lower_ in INJURY_WORDS for prep in verb.subtree if prep.lower_ == "to" and prep.i > verb.i
               for t in verb.doc[prep.i + 1:min(prep.i + 4, len(verb.doc))])


def _listed(finder: ArgumentFinder, verb: Token, status: str, every: bool = False) -> Iterator[Candidate]:
    """"placing leading rusher Chris Ivory on injured reserve, the Saints", "the Eagles waived X";
    with `every`, the names coordinated with the first too ("lost running backs X and Y to injuries")."""
    person, position = _signed_person(finder, verb)
    club = _club(finder, _doer(finder, verb))
    if person is None or club is None or person.index == club.index:
        return
    people = [person]
    if every:
        span = verb.doc.char_span(person.start, person.end, alignment_mode="expand")
        people += [m for m in (finder.group(span.root) if span is not None else []) if _person(finder, m)
                   and m.index != person.index]
    position = position.removesuffix("s") if len(people) > 1 else position  # "running backs"
    qualifiers = {"status": status, **({"role": position} if position else {})}
    for held in people:
        yield Candidate("affiliated_with", held, club, "roster_list", (verb,), dict(qualifiers))


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
        if _person(finder, doer) and finder.label(partner) in ORG_LABELS:
            person, club = doer, partner
        elif finder.label(doer) in ORG_LABELS and _person(finder, partner):
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
    club = _club(finder, _doer(finder, verb))
    if club is None:
        return
    for token in prep_objects(verb, ("with",)):
        for person in finder.group(token):
            if _person(finder, person):
                yield Candidate("affiliated_with", person, club, "roster_replacement", (verb,), {"status": "current"})
