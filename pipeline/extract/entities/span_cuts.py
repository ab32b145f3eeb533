"""Entity spans that run past the name or stop short of it, fixed on the Doc's entities (issue 12:
a wrong span makes a wrong claim: the speaker "Undersheriff James Gage", the team "Evansville 91-73").

Each rule is one mechanism, read from the tokens and the article's other names, never a named entity:
- A name never ends in a lower-case preposition ("Florence Federal Correctional Complex at").
- A score is no part of a name: "Evansville 91-73", "Federer 6-4" end before it (a model number
  of two three-digit parts, "Boeing 737-800", stays).
- A comma ends a name unless what follows is a place's state or country, a legal form or a
  generational suffix ("Tonys, Jackman" is two names; "Portland, Ore.", "Acme, Inc." one).
- "and" between two full names each opening with a given name, or between two names the article
  also writes apart, joins two names ("Bob Woodward and Carl Bernstein", "Facebook and Google");
  so does "and" between two companies' names that each end in a legal form ("Cypress Partners L.P
  and Driftwood Ltd"; not "Merrill Lynch and Co Inc", whose first part has none), and "to" between two names, one of them written apart in the article ("Henry to Arsenal",
  "Arsenal to Real Madrid").
- A job word before a given name and a surname is the holder's title, not part of the name
  ("Clerk Janette Bower", "Undersheriff James Gage" tagged WORK_OF_ART): the name is a person's.
  The title stays in the text before the mention, where the role rules read premodifiers.
- A title abbreviation closing a person's span ("Bloomington Police Sgt", the sentence cut after
  "Sgt.") is the title of the name that follows: the rest is the title's organisation or place.
- "<US state> State" before a lower-case word is the state university ("Ohio State president"),
  where the model tags only the state; a state whose name is also its big city's ("New York
  State", "Washington State") is named so to mean the state itself.
- A place with a public attorney's title after it ("the Bristol district attorney('s office)") is
  that attorney's office, one organisation; before a person's name the title stays the person's,
  and the place ends before it ("Albany County District" + "Attorney David Rossi").
- A person's name never holds "of <place>": "Manaspas Xuto of Thailand" is the person and the country.
- A person's name run into an institution ("Obama White House", "Trump Administration" tagged
  PERSON) is the person and the institution: the institution's name never lends the person's
  given name or surname to the resolver.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.extract.entities.shared_names import PLACE_LABELS, compass_pair
from pipeline.given_names import is_given_name
from pipeline.lexicon import (
    INSTITUTION_TAILS, LEGAL_SUFFIXES, is_legal_form, NAME_SUFFIXES, NAMED_AFTER_HEADS, PROSECUTOR_TITLES, TITLE_ABBREVIATIONS,
    TOWN_GENERIC_WORDS,
)
from pipeline.us_states import STATE_NAMED_CITIES, US_STATE_ABBREVIATIONS, US_STATE_NAMES
from pipeline.name_strings import known_place, name_key, place_name

SCORE = re.compile(r"^(\d{1,3})[-–](\d{1,3})$")
MAX_CAPITALS_TITLE = 3  # "DJ", "MP", "CEO"
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
ROUTE_WHOLE_LABELS = frozenset({"WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})  # "Road to Perdition", "Race to the Top"


def cut_span(doc: Doc, ent: Span, role_word) -> list[Span]:
    """The names inside one entity span; `role_word(token)` tells a job word written before a name."""
    if ent.label_ not in NAME_LABELS or not len(ent):
        return [ent]
    ent = _without_trailing_word(doc, _without_score(doc, ent))
    parts = []
    for part in (p for piece in _comma_parts(doc, ent) for c in _coordinated_parts(doc, piece)
                 for p in _route_parts(doc, c)):
        for piece in without_title(doc, part, role_word):
            for person in _person_of_place(doc, _without_closing_title(doc, piece)):
                parts.extend(_institution_split(doc, person))
    return [p for p in parts if len(p)]


def _person_of_place(doc: Doc, ent: Span) -> list[Span]:
    """'Manaspas Xuto of Thailand' as one PERSON: the person, then the country or place the gazetteer
    knows after "of" (a person's name holds no "of <place>"; "King Fahd of Saudi Arabia" is read by the
    role rules from the words around the name)."""
    of = next((t.i for t in ent if t.lower_ == "of"), None)
    if ent.label_ != "PERSON" or of is None or of - ent.start < 2:
        return [ent]
    key = name_key(doc[of + 1:ent.end].text)
    if not (key and place_name(key) and all(t.is_title for t in doc[ent.start:of])):
        return [ent]
    return [Span(doc, ent.start, of, label="PERSON"), Span(doc, of + 1, ent.end, label="GPE")]


def _is_score(token: Token) -> bool:
    """'91-73', '6-4' (one token, or three: "91", "-", "73"): two numbers of one to three digits,
    not a model number of two three-digit parts ("737-800")."""
    doc = token.doc
    text = token.text
    if token.i + 2 < len(doc) and doc[token.i + 1].text in {"-", "–"} and not token.whitespace_ \
            and not doc[token.i + 1].whitespace_:
        text = text + "-" + doc[token.i + 2].text
    match = SCORE.match(text)
    return bool(match) and not (len(match.group(1)) == 3 and len(match.group(2)) == 3)


def _without_score(doc: Doc, ent: Span) -> Span:
    """The span up to its first score token, relabelled by the rest's use elsewhere in the article."""
    cut = next((t.i for t in ent if t.i > ent.start and _is_score(t)), None)
    if cut is None:
        return ent
    while cut > ent.start and doc[cut - 1].is_punct:
        cut -= 1
    name = doc[ent.start:cut]
    return Span(doc, name.start, name.end, label=_label_elsewhere(doc, name, ent) or _plain_label(name, ent.label_))


def _without_trailing_word(doc: Doc, ent: Span) -> Span:
    """'Florence Federal Correctional Complex at': a name never ends in a lower-case preposition,
    conjunction or article."""
    end = ent.end
    while end > ent.start + 1 and ((doc[end - 1].is_lower and doc[end - 1].pos_ in {"ADP", "CCONJ", "DET"})
                                   or doc[end - 1].text in {"-", "–", "—"}):  # "Donald Trump - and"
        end -= 1
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def _plain_label(name: Span, label: str) -> str:
    """A score follows a team or a player: a known place stands for its team's city, a product was no product."""
    if known_place(name_key(name.text)):
        return "GPE"
    return "ORG" if label in {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"} else label


def _label_elsewhere(doc: Doc, part: Span, ent: Span) -> str | None:
    """The label the article gives the same words elsewhere; a lone word ending a person's name is a person."""
    text = part.text
    for other in doc.ents:
        if other.start != ent.start and other.text == text:
            return other.label_
    if len(part) == 1:
        for other in doc.ents:
            if other.start != ent.start and other.label_ == "PERSON" and len(other) > 1 and other[-1].text == text:
                return "PERSON"
    return None


def _surname_elsewhere(doc: Doc, part: Span, ent: Span) -> bool:
    """A one-word part that ends a full PERSON name of the article ("Goodlatte": "Bob Goodlatte")."""
    return len(part) == 1 and any(o.start != ent.start and o.label_ == "PERSON" and len(o) > 1
                                  and o[-1].text == part.text for o in doc.ents)


def _comma_parts(doc: Doc, ent: Span) -> list[Span]:
    """'Tonys, Jackman' -> 'Tonys' + 'Jackman' where the article names a part elsewhere ("Hugh
    Jackman"); 'Washington, D.C.', 'Acme, Inc.', 'King, Jr.' stay whole, and so does a span whose
    parts the article never names apart (no evidence which names they are)."""
    commas = [t.i for t in ent if ent.start < t.i < ent.end - 1 and t.text == ","]
    if not commas:
        return [ent]
    after = doc[commas[0] + 1:ent.end]
    if _joined_after_comma(after):
        return [ent]
    pieces, start = [], ent.start
    for i in commas + [ent.end]:
        if i > start and any(t.text[:1].isupper() for t in doc[start:i]):
            pieces.append(doc[start:i])
        start = i + 1
    labels = [_label_elsewhere(doc, piece, ent) for piece in pieces]
    if not any(labels):
        return [ent]
    # a lone word the article names nowhere else and the tagger reads as no proper noun is no name ("Hey, Siri")
    return [Span(doc, piece.start, piece.end, label=label or ent.label_) for piece, label in zip(pieces, labels)
            if label or len(piece) > 1 or piece[0].pos_ == "PROPN"]


def _sides_of(doc: Doc, ent: Span, word: str) -> tuple[Span, Span] | None:
    """The parts of the span before and after its one inner `word` ("and", "to"), or None."""
    inner = [t.i for t in ent if ent.start < t.i < ent.end - 1 and t.lower_ == word]
    return (doc[ent.start:inner[0]], doc[inner[0] + 1:ent.end]) if len(inner) == 1 else None


def _coordinated_parts(doc: Doc, ent: Span) -> list[Span]:
    """'Bob Woodward and Carl Bernstein' as one PERSON: two full names, each opening with a known given
    name, are two people ("Charles and David Koch", one surname shared, is read in shared_names.py);
    'Facebook and Google' as one ORG: two names the article also writes apart. An "&" joins a firm's name."""
    sides = _sides_of(doc, ent, "and")
    if sides is None:
        return [ent]
    left, right = sides
    if ent.label_ in PLACE_LABELS and compass_pair(left, right):  # "North and South America": shared_names.py
        return [Span(doc, p.start, p.end, label=ent.label_) for p in (left, right)]
    if ent.label_ == "PERSON" and len(left) >= 2 and len(right) >= 2 \
            and all(p[0].is_title and is_given_name(p[0].text) for p in (left, right)) and not left[-1].text.endswith("."):
        return [Span(doc, p.start, p.end, label="PERSON") for p in (left, right)]
    if ent.label_ == "ORG" and all(len(p) >= 2 and is_legal_form(p[-1].text) and not is_legal_form(p[0].text)
                                   for p in (left, right)):
        return [Span(doc, p.start, p.end, label="ORG") for p in (left, right)]
    labels = [_label_elsewhere(doc, p, ent) for p in (left, right)]
    # two organisations' words under one organisation's label may be its own name ("Customs and Border
    # Protection", "Alphabet and Facebook"): only a person's surname of the article splits it
    if all(labels) and left.text != right.text and (ent.label_ != "ORG" or any(_surname_elsewhere(doc, p, ent)
                                                                                for p in (left, right))):
        return [Span(doc, p.start, p.end, label=label) for p, label in zip((left, right), labels)]
    return [ent]


def _route_parts(doc: Doc, ent: Span) -> list[Span]:
    """'Henry to Arsenal', 'Arsenal to Real Madrid' (a transfer's "from Arsenal to Real Madrid" as one
    ORG span): capitalised words on both sides of "to", one side a name the article also writes
    alone, are two names. Not a work's title ("Road to Perdition"), nor where neither part is named
    apart."""
    sides = _sides_of(doc, ent, "to")
    if sides is None or ent.label_ in ROUTE_WHOLE_LABELS:
        return [ent]
    left, right = sides
    labels = [_label_elsewhere(doc, p, ent) for p in (left, right)]
    if any(labels) and left.text != right.text and all(t.is_title or not t.is_alpha for t in [*left, *right]):
        return [Span(doc, p.start, p.end, label=label or ent.label_) for p, label in zip((left, right), labels)]
    return [ent]


def _joined_after_comma(after: Span) -> bool:
    """What a comma may join to a name: a state or country ("Portland, Ore.", "Paris, France"), a
    legal form ("Acme, Inc.") or a generational suffix ("Martin Luther King, Jr.")."""
    text = after.text
    key = name_key(text)
    return (text in US_STATE_ABBREVIATIONS or text.rstrip(".") in US_STATE_ABBREVIATIONS or text in US_STATE_NAMES
            or known_place(key) or text.lower() in LEGAL_SUFFIXES or text.lower() in NAME_SUFFIXES
            or text.lower().rstrip(".") in {s.rstrip(".") for s in LEGAL_SUFFIXES | NAME_SUFFIXES})


def without_title(doc: Doc, ent: Span, role_word) -> list[Span]:
    """'Clerk Janette Bower', 'Undersheriff James Gage': a capitalised job word (one the role rules
    know, or one with an occupation's ending) before a known given name and a surname is a title.
    The word must not be a given name itself ("Carter Page") and the name must be one or two words
    after the given name, each capitalised, the last no facility's ("Mayor Richard Daley Center").
    The title may follow capitalised words of its own ("Police Constable Tim Fanning", "Qeshm
    Governor Mehdi Irannejad"): they are the title's, and a known place among them stays a place."""
    opening = next((j for j in range(ent.start, ent.end - 2) if _opens_title(doc[j], role_word)), None)
    if opening is None or not all(t.text[:1].isupper() and (t.is_alpha or t.text.endswith("."))
                                  for t in doc[ent.start:opening]):
        return [ent]
    start = opening
    while start < ent.end - 2 and _opens_title(doc[start], role_word):
        start += 1
    name = doc[start:ent.end]
    if not 2 <= len(name.text.split()) <= 3 or not name[0].is_title or not is_given_name(name[0].text) \
            or name[-1].lower_ in NAMED_AFTER_HEADS \
            or not all(t.text == "-" or t.text[:1].isupper() and (t.is_alpha or t.text.endswith(".") or "-" in t.text)
                       for t in name):
        return [ent]
    person = Span(doc, name.start, name.end, label="PERSON")
    before = doc[ent.start:opening]
    if len(before) and known_place(name_key(before.text)) and before.text.lower() not in TOWN_GENERIC_WORDS:
        return [Span(doc, before.start, before.end, label="GPE"), person]
    return [person]


def _opens_title(token: Token, role_word) -> bool:
    # a title written in capitals, "DJ John Peel", "CEO Tim Cook", is no initials of the name
    written = token.is_title or token.is_upper and len(token) <= MAX_CAPITALS_TITLE
    # a lower-case post inside a span is never the name's: "Perpignan centre Jean-Philippe Granclaude"
    return (written and not is_given_name(token.text) or token.is_lower) and token.is_alpha and role_word(token)


def _without_closing_title(doc: Doc, ent: Span) -> Span:
    """'Bloomington Police Sgt' (the sentence cut after "Sgt."): a person's span closing on a title
    abbreviation is what the title belongs to; a known place stays a place, the rest an organisation."""
    if ent.label_ != "PERSON" or len(ent) < 2:
        return ent
    end = ent.end
    while end > ent.start and (doc[end - 1].lower_ in TITLE_ABBREVIATIONS or doc[end - 1].lower_ + "." in TITLE_ABBREVIATIONS) \
            and doc[end - 1].text[:1].isupper():
        end -= 1
    if end == ent.end:
        return ent
    rest = doc[ent.start:end]
    if not len(rest) or not any(t.text[:1].isupper() and t.is_alpha for t in rest) or rest[-1].tag_ == "POS":
        return Span(doc, ent.start, ent.start, label="PERSON")  # "Sheriff's Capt": no name left
    return Span(doc, rest.start, rest.end, label="GPE" if known_place(name_key(rest.text)) else "ORG")


def _institution_split(doc: Doc, ent: Span) -> list[Span]:
    """'Obama White House' tagged PERSON: the person and the institution named after the person's name."""
    if ent.label_ != "PERSON" or len(ent) < 2:
        return [ent]
    words = [t.lower_ for t in ent]
    for size in (2, 1):
        tail = " ".join(words[-size:])
        if len(ent) > size and tail in INSTITUTION_TAILS and all(t.text[:1].isupper() for t in ent):
            person = doc[ent.start:ent.end - size]
            if len(person) > 3:
                return [ent]
            institution = doc[ent.end - size:ent.end]
            return [Span(doc, person.start, person.end, label="PERSON"),
                    Span(doc, institution.start, institution.end, label="ORG")]
    return [ent]


def state_university(doc: Doc, ent: Span) -> Span | None:
    """'Ohio State president Karen Holbrook': the model tags "Ohio" a place and leaves "State"; the
    two words before a lower-case word (or the end of the clause) are the university."""
    if ent.label_ not in {"GPE", "ORG", "LOC"} or ent.end >= len(doc) or ent.text not in US_STATE_NAMES \
            or ent.text in STATE_NAMED_CITIES:
        return None
    state = doc[ent.end]
    if state.text != "State" or state.ent_iob_ not in ("O", ""):
        return None
    following = doc[state.i + 1] if state.i + 1 < len(doc) else None
    if following is not None and following.text[:1].isupper():
        return None  # "Ohio State University", "Ohio State Highway Patrol": longer names, the model's or the rules'
    return Span(doc, ent.start, ent.end + 1, label="ORG")


def prosecutor_office(doc: Doc, ent: Span) -> Span | None:
    """'a spokesman for the Bristol district attorney', 'the Bristol County District Attorney's
    Office': a place with a public attorney's title after it (any case; the model keeps only the
    place, or "Bristol District") is the office, an organisation named "<Place> <Title>'s Office".
    A title before a person's name ("Texas Attorney General Ken Paxton") stays the person's title."""
    if ent.label_ not in {"GPE", "ORG", "LOC"}:
        return None
    for k in range(ent.start + 1, ent.end + 1):
        first = doc[k].lower_ if k < len(doc) else None  # a title's first word, tested before its whole tuple
        for title in PROSECUTOR_TITLES:
            end = k + len(title)
            if title[0] != first or end < ent.end or end > len(doc) or tuple(t.lower_ for t in doc[k:end]) != title:
                continue
            if any(doc[i].ent_iob_ not in ("O", "") for i in range(ent.end, end)):
                continue
            if end + 1 < len(doc) and doc[end].tag_ == "POS" and doc[end + 1].lower_ == "office":
                end += 2
            place = doc[ent.start + (doc[ent.start].lower_ == "the"):k]
            if not len(place) or not any(t.text[:1].isupper() for t in place):
                return None
            if end < len(doc) and doc[end].text[:1].isupper():
                # the person's title: the place alone
                # the place ends before it ("Albany County District" GPE + "Attorney David Rossi"),
                # with its "County" or "City": the place served ("Whitefish City Attorney Tom Muri"
                # is CoNLL04's Live_In Whitefish City), "District Attorney" the title
                cut = k + (title[0] in ("county", "city"))
                return Span(doc, ent.start, cut, label=ent.label_) if ent.end > cut else None
            name = " ".join([place.text] + [t.text.capitalize() for t in doc[k:k + len(title)]]) + "'s Office"
            return Span(doc, ent.start, end, label="ORG", kb_id=name)
    return None
