"""Entity boundaries the model gets wrong in ways that show in the tokens themselves.

- A lone capital letter after a product's or company's name is part of it ("Xbox One X").
- A bracket never sits inside a name: 'Shanghai Composite (SHCOMP' ends before the bracket, so
  that the acronym after it can be read as defined ("(SHCOMP)").
- A name never ends in a connector: 'the Rock and Roll Hall of Fame’s Class of' is the name
  before the possessive ('Rock and Roll Hall of Fame'), or, with no possessive, the name
  without the dangling word.
- A name never runs into a web address or handle ("Joseph P. Kahn: http://bit.ly/1ICP930",
  "Ann Doe @anndoe"), nor into a clause: a run of lower-case words opened by a function word
  ("The Associated Press of the prospects for peace") ends before it, and a lower-case finite
  verb outside quotation marks splits the span into the names on each side ("Trump told The
  Associated Press", a WORK_OF_ART by the model). A name part takes the label the text gives it
  elsewhere; failing that the subject of the verb is a person and "The ..." an organisation.
- A role noun never opens a person's name ("Spokeswoman Haley Morris", tagged ORG): the role
  stays before the mention, where the role rules read it, and the name is a PERSON.
- A photo credit left in the text ("JEWEL SAMAD via Getty Images", "(AP Photo/Evan Vucci)") names
  no entity: its names would become speakers and affiliations (`outside_credits`, run last).
- A spaced dash ends a name ("referee Jonathan Kaplan - England were unable"; a heading's "Name -
  Outlet"): each side is a name of its own or none (`_dash_parts`).
- A known place with a possessive opens no name: 'Cleveland’s Public Auditorium' is the place
  and the auditorium (GeoNames place names, as the resolver's guards use them); nor does a name
  whose possession is named on its own elsewhere in the text ('The Verge’s Stadia' / 'Stadia').
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.clean.credits import credit_spans
from pipeline.extract.doctext import doc_text, word_counts
from pipeline.extract.entities.span_cuts import cut_span, prosecutor_office, state_university
from pipeline.extract.entities.coordinated_names import FOREIGN_AND
from pipeline.given_names import gender_detector
from pipeline.lexicon import LEGISLATOR_TITLES, NAME_DESCRIPTOR_NOUNS, ROLE_NOUNS, TITLE_ABBREVIATIONS, is_legal_form
from pipeline.government_words import (DEPARTMENT_PORTFOLIOS, PORTFOLIO_OFFICES, PORTFOLIO_TITLE_WORDS, PORTFOLIO_WORDS,
                                       STATE_OFFICE_NOUNS)
from pipeline.organisation_words import ORG_HEADS
from pipeline.sports_words import POSITION_ABBREVIATIONS, SIDE_POSTS, TEAM_PLAYER_NOUNS
from pipeline.name_strings import country, country_of_demonym, known_place, name_key, place_name

DANGLING = frozenset({"of", "for", "and", "the", "on", "&", "de"})
NAME_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
PROPER_LABELS = NAME_LABELS | {"PERSON", "NORP", "GPE", "LOC"}
# Parts of speech that open a clause trailing after a name ("of the prospects for peace").
CLAUSE_OPENERS = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "PRON", "VERB", "AUX", "PART"})
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# a team's position written before a name is no part of it: "RB Joique Bell"; nor a seat's title:
# "Councilman John Smith"
ROLE_WORDS = ROLE_NOUNS | NAME_DESCRIPTOR_NOUNS | TEAM_PLAYER_NOUNS | SIDE_POSTS | frozenset(TITLE_ABBREVIATIONS) \
    | frozenset(w.lower() for w in POSITION_ABBREVIATIONS) | LEGISLATOR_TITLES
MAX_PERSON_WORDS = 3
PORTFOLIO_CONNECTORS = frozenset({"of", "and", "&", "for"})  # "Minister of Mines and Energy", "Trade & Industry"
PORTFOLIO_QUALIFIERS = frozenset({"national"})  # before a portfolio: "National Security Adviser"
_OFFICES_AFTER_NAME = STATE_OFFICE_NOUNS | PORTFOLIO_OFFICES
_PORTFOLIO_RUN_WORDS = (PORTFOLIO_WORDS - DEPARTMENT_PORTFOLIOS) | PORTFOLIO_CONNECTORS
_NOT_IN_A_PERSON_NAME = ROLE_WORDS | ORG_HEADS


def fix_boundaries(doc: Doc) -> None:
    ents, changed = [], False
    for ent in doc.ents:
        whole = state_university(doc, ent) or prosecutor_office(doc, ent)
        if whole is not None:
            parts = [whole]
        else:
            parts = [cut for side in _dash_parts(doc, ent) for piece in _shaped(doc, side) for p in _parts(doc, piece)
                     for q in _without_portfolio(doc, p) for cut in cut_span(doc, q, _job_word)]
        changed |= parts != [ent]
        ents.extend(p for p in parts if len(p))
    joined = _joined_nationalities(doc, ents)
    if changed or joined != ents:
        doc.ents = joined


def _joined_nationalities(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Saudi Arabian Oil Minister X" tagged NORP "Saudi" and NORP "Arabian": two nationality spans
    with one space between, which together name one country's people, are one."""
    found: list[Span] = []
    for ent in ents:
        before = found[-1] if found else None
        if before is not None and before.label_ == ent.label_ == "NORP" and before.end == ent.start \
                and country_of_demonym(doc[before.start:ent.end].text):
            found[-1] = Span(doc, before.start, ent.end, label="NORP")
        else:
            found.append(ent)
    return found


def _without_portfolio(doc: Doc, ent: Span) -> list[Span]:
    """A minister's portfolio is no part of a name: the model's "Philippine Finance" before "Secretary"
    is the nationality the office is held for (the portfolio stays the title's), and in "Minister of
    Mines and Energy Subroto" the last portfolio word is no part of the person's name."""
    if ent.label_ == "ORG" and ent.end < len(doc) and doc[ent.end].lower_ in _OFFICES_AFTER_NAME:
        # "Philippine Finance Secretary": the nationality the office is held for, then the portfolio
        end = ent.end
        while end > ent.start and doc[end - 1].lower_ in _PORTFOLIO_RUN_WORDS:
            end -= 1
        if end < ent.end and end > ent.start and doc[end - 1].lower_ in PORTFOLIO_QUALIFIERS:
            end -= 1  # "White House National Security Adviser"
        nation = doc[ent.start:end]
        if end < ent.end and len(nation) and country_of_demonym(nation.text) and not country(name_key(nation.text)):
            return [Span(doc, nation.start, nation.end, label="NORP")]  # not "UK Home", read as a whole
        if end < ent.end and _body_before_portfolio(doc, nation, ent.end):
            # "U.S. Energy Secretary X", "EEC Farm Commissioner X": the body or state served, then the
            # title's portfolio
            label = "GPE" if place_name(name_key(nation.text)) else "ORG"
            return [Span(doc, nation.start, nation.end, label=label)]
    start = ent.start
    if ent.label_ == "PERSON" and start and doc[start - 1].lower_ in PORTFOLIO_CONNECTORS:
        while start < ent.end and doc[start].lower_ in PORTFOLIO_WORDS and doc[start].text[:1].isupper():
            start += 1
    name = doc[start:ent.end]
    if start == ent.start or not 1 <= len(name) <= MAX_PERSON_WORDS or not all(t.pos_ == "PROPN" for t in name):
        return [ent]
    return [Span(doc, start, ent.end, label="PERSON")]


def _body_before_portfolio(doc: Doc, lead: Span, office: int) -> bool:
    """Whether the words before a portfolio name the body or state whose office a person holds: a
    place or an acronym ("U.S.", "EEC"), or capitalised words of no portfolio ("White House"), with
    the office before the holder's name. Not a portfolio's own first words ("Shadow Home Secretary",
    "Agriculture and Livestock Development Minister"), nor a name cut at "of" ("Department of Energy
    Secretary"); an office set off by a comma ("UK Home Secretary, X") is left as the model read it."""
    after = doc[office + 1] if office + 1 < len(doc) else None
    if not len(lead) or doc[office].lower_ not in PORTFOLIO_OFFICES or after is None or not after.text[:1].isupper() \
            or not after.is_alpha or doc[lead.end].lower_ in PORTFOLIO_CONNECTORS:
        return False
    if any(e.label_ == "PERSON" and lead.text in e.text.split() for e in doc.ents):
        return False  # "Obama Education Secretary": a person's administration, read elsewhere
    if len(lead) == 1:
        key = name_key(lead.text)
        letters = lead.text.replace(".", "")
        return place_name(key) or 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()
    return all(t.text[:1].isupper() and t.lower_ not in PORTFOLIO_TITLE_WORDS | PORTFOLIO_CONNECTORS for t in lead)


def _job_word(token) -> bool:
    """A word naming a job or title, written before a name ("Clerk", "Undersheriff", "Coach"): a role
    word, or one with an occupation's ending that the article also writes in lower case ("Moderator"
    ... "the moderator"); an unknown first name may have such an ending ("Tracee", "Moner")."""
    from pipeline.extract.relations.lexicon import is_role_noun  # the role rules' own test of a role noun
    if token.lower_ in ROLE_WORDS or token.lower_.endswith("s") and token.lower_[:-1] in ROLE_WORDS:
        return True  # "Singers Jennifer Lopez and Marc Anthony"
    return is_role_noun(token.lower_) and token.lower_ in word_counts(token.doc)


def _parts(doc: Doc, ent: Span) -> list[Span]:
    label = ent.label_
    if label in {"ORG", "PRODUCT"} and _model_letter_after(doc, ent.end):
        ent = Span(doc, ent.start, ent.end + 1, label=label)  # "Xbox One X", "iPhone X", "Model S"
    bracket = next((t.i for t in ent if t.i > ent.start and t.text in "()[]" and not legal_entity_bracket(doc, t.i)), None)
    if bracket is not None:
        ent = Span(doc, ent.start, bracket, label=label)
    if label not in NAME_LABELS or len(ent) < 3:
        return [ent]
    possessive = next((t.i for t in ent if ent.start < t.i < ent.end - 1 and t.tag_ == "POS"), None)
    if ent[-1].lower_ in DANGLING:
        end = possessive if possessive is not None else ent.end - 1
        return [Span(doc, ent.start, end, label=label)]
    if possessive is not None:
        owner, owned = doc[ent.start:possessive], doc[possessive + 1:ent.end]
        if owner[0].lower_ != "the" and known_place(name_key(owner.text)):
            return [Span(doc, ent.start, possessive, label="GPE"), Span(doc, possessive + 1, ent.end, label=label)]
        if owned.text in _names_elsewhere(doc, ent):
            # "The Verge’s Stadia review": the outlet and the product it reviews, each named elsewhere
            return [Span(doc, ent.start, possessive, label=label), Span(doc, possessive + 1, ent.end, label=label)]
    return [ent]


def legal_entity_bracket(doc: Doc, i: int) -> bool:
    """'Indosuez Asia (Singapore) Ltd', 'Acme (Holdings) plc': a bracket of capitalised words
    between a company's name and its legal form is the name of one company of a group."""
    if doc[i].text == ")":
        i = next((j for j in range(i - 1, max(i - 5, -1), -1) if doc[j].text == "("), i)
    close = next((j for j in range(i + 1, min(i + 5, len(doc))) if doc[j].text == ")"), None)
    return (doc[i].text == "(" and close is not None and close + 1 < len(doc)
            and all(t.text[:1].isupper() for t in doc[i + 1:close])
            and is_legal_form(doc[close + 1].text))


def _shaped(doc: Doc, ent: Span) -> list[Span]:
    """The entity cut where its tokens show it runs past the name: a web address or handle, a
    trailing lower-case clause, a lower-case finite verb; and without a leading role noun."""
    label = ent.label_
    if label not in PROPER_LABELS or _quoted(doc, ent):
        return [ent]
    end = next((t.i for t in ent if t.i > ent.start and _web(t)), ent.end)
    while end > ent.start and doc[end - 1].is_punct and end < ent.end:
        end -= 1  # "Joseph P. Kahn:" before the address
    if _web(doc[ent.start]):
        return []
    tail = next((t.i for t in ent if ent.start < t.i < end - 1 and t.is_lower and t.pos_ in CLAUSE_OPENERS
                 and t.text not in FOREIGN_AND  # "Bilfinger und Berger": the tagger's verb "und"
                 and t.text[:1].isalpha()  # a possessive is no clause: "New Year's weekend"
                 and all(not u.text[:1].isupper() for u in doc[t.i:end])), end)  # one dangling word: `_parts`
    ent = Span(doc, ent.start, tail, label=label)
    if all(t.pos_ in {"PRON", "PUNCT"} or not t.text[:1].isalnum() for t in ent):
        return []  # "It’s the end of the season": a quoted sentence's opening, no name left
    verb = next((t for t in ent if t.i > ent.start and t.is_lower and t.tag_ in FINITE_VERB_TAGS and t.text not in FOREIGN_AND
                 and t.text[:1].isalpha() and len(t) > 1), None)  # not a clitic: "Here's the Thing", "McDonald’ s"
    if verb is not None:
        before, after = doc[ent.start:verb.i], doc[verb.i + 1:ent.end]
        parts = [_relabelled(doc, before, subject=True), _relabelled(doc, _capitalised_from(after), subject=False)]
        return [p for p in parts if p is not None]
    return [_without_role(doc, ent)]


DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _dash_parts(doc: Doc, ent: Span) -> list[Span]:
    """A dash with a space on each side ends a name: it opens an aside or joins a heading's parts
    ("... by referee Jonathan Kaplan - England were unable", "Jane Doe - Reuters"), so "Jonathan
    Kaplan - England" is two names, never one entity. The first part keeps the model's label; each
    other part takes the label the text gives it elsewhere, or is no name. A hyphen inside a word
    ("Dodd-Frank", "Winston-Salem") has no space beside it and stays."""
    dashes = [t.i for t in ent if ent.start < t.i < ent.end - 1 and t.text in DASHES
              and doc[t.i - 1].whitespace_ and t.whitespace_]
    if not dashes or ent.label_ not in PROPER_LABELS:
        return [ent]
    bounds = [ent.start, *dashes, ent.end]
    parts = [doc[a + (k > 0):b] for k, (a, b) in enumerate(zip(bounds, bounds[1:]))]
    first = Span(doc, parts[0].start, parts[0].end, label=ent.label_)
    rest = [_relabelled(doc, part, subject=False) for part in parts[1:]]
    return [p for p in [first, *rest] if p is not None and len(p)]


def _quoted(doc: Doc, ent: Span) -> bool:
    """A title in quotation marks may hold any words ("'I Am Not Your Negro'"); a quote closing
    before the span ('...," Trump told') is no title's."""
    opened = ent[0].is_quote or (ent.start > 0 and doc[ent.start - 1].is_quote)
    closed = ent[-1].is_quote or (ent.end < len(doc) and doc[ent.end].is_quote)
    return opened and closed


def _web(token) -> bool:
    """A web address with a scheme or path ("http://bit.ly/1ICP930", "www.x.org", "bit.ly/abc"),
    an e-mail or a handle. A bare domain is a site's name ("Infowars.com", "Factcheck.org")."""
    text = token.text.lower()
    address = token.like_url and ("://" in text or text.startswith("www.") or "/" in text)
    return address or token.like_email or (text[:1] in "@#" and len(text) > 1)


def _capitalised_from(span: Span) -> Span:
    """The span from its first capitalised word ("to The Associated Press" -> "The Associated Press")."""
    start = next((t.i for t in span if t.text[:1].isupper()), span.end)
    return span.doc[start:span.end]


def _relabelled(doc: Doc, part: Span, subject: bool) -> Span | None:
    """A name cut out of a clause, with the label the text gives it elsewhere; else a person for a
    subject made of proper nouns, an organisation for "The ..." or a name with an organisation head."""
    if not len(part) or not any(t.text[:1].isupper() for t in part):
        return None
    label = next((e.label_ for e in doc.ents if e.text == part.text and e.start != part.start), None)
    if label is None and (part[0].lower_ == "the" or part[-1].lower_ in ORG_HEADS):
        label = "ORG"
    if label is None and subject and len(part) <= MAX_PERSON_WORDS and all(t.pos_ == "PROPN" for t in part):
        label = "PERSON"
    return Span(doc, part.start, part.end, label=label) if label else None


def _without_role(doc: Doc, ent: Span) -> Span:
    """"Spokeswoman Haley Morris" -> PERSON "Haley Morris": capitalised role words open the span and
    one to three proper nouns follow, none an organisation's head word."""
    if ent.label_ not in {"PERSON", "ORG"}:
        return ent
    start = ent.start
    while start < ent.end and doc[start].text[:1].isupper() and doc[start].lower_ in ROLE_WORDS:
        start += 1
    name = doc[start:ent.end]
    if start == ent.start or not 1 <= len(name) <= MAX_PERSON_WORDS:
        return ent
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in _NOT_IN_A_PERSON_NAME for t in name):
        return ent
    if len(name) == 1 and gender_detector().get_gender(doc[start - 1].text) != "unknown":
        return ent  # "Dean Johnson", "Major Garrett": a given name that is also a role word
    if ent.label_ == "ORG" and gender_detector().get_gender(name[0].text) == "unknown" \
            and not any(e.label_ == "PERSON" and e.text == name.text for e in doc.ents):
        return ent  # "General Motors": no given name, and no person of that name in the text
    return Span(doc, start, ent.end, label="PERSON")


def _model_letter_after(doc: Doc, i: int) -> bool:
    """A lone capital letter right after a product's name, and no name going on after it."""
    if i >= len(doc) or not doc[i - 1].whitespace_ or len(doc[i].text.rstrip(".")) != 1:
        return False
    letter = doc[i].text.rstrip(".")
    following = doc[i + 1] if i + 1 < len(doc) else None
    return letter.isupper() and letter not in {"A", "I"} and (following is None or not following.text[:1].isupper()
                                                            or doc[i].text.endswith("."))


def _names_elsewhere(doc: Doc, ent: Span) -> set[str]:
    """The texts of the other entities of the document, without a leading "the"."""
    return {(e[1:] if e[0].lower_ == "the" and len(e) > 1 else e).text for e in doc.ents if e != ent}


def outside_credits(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans that are not part of a photo credit."""
    credits = credit_spans(doc_text(doc))
    if not credits:
        return spans
    return [s for s in spans if not any(a < s.end_char and s.start_char < b for a, b in credits)]
