"""A company's one-word name the NER typed a person's: "Yukos" in the BBC's business reports (or a
place's, where GeoNames knows no such place: "Newmont" in a Reuters story of Newmont Mining Corp).

The small model types names it does not know by their shape, and a one-word company name with a
person-like ending goes PERSON ("Yukos": 16 PERSON entities and 1 ORG in the BBC dev run of a6217f8), so no
organisation rule reaches it: "its founder Mikhail Khodorkovsky" founds nothing and "The company
has accused ..." goes to the next organisation named. What an article writes of the name tells:
a person has no shares, profits or subsidiaries. A one-word PERSON name is an organisation's
throughout the article when the article writes
- "<Name>'s" (or "<Name>'") before a thing only an organisation has ("Yukos' main production
  unit", "Yukos's shares", "Yukos's founder");
- "<Name> shares" / "<Name> unit" / "<Name> assets" (COMPANY_NOUNS_AFTER);
- "shares in <Name>", "stake in <Name>", "takeover of <Name>", "sale of <Name>" (COMPANY_WORDS_BEFORE);
- "<Name> AB", "<Name> Inc" (the name with a legal form: lexicon.LEGAL_SUFFIXES) anywhere in it, or
  a longer name with a legal form that it opens ("Newmont Mining Corp": "Newmont");
- "<nationality> <trade words> <kind of company> <Name>" ("Korean phone giant Pantech", "Japanese firm
  Sega": organisation_words.NATIONAL_COMPANY_NOUNS, the trade words as relations/org_rules.national_company
  reads them; not "rival" or "peer", which people are too);
and never writes it after a given name or an honorific ("Roman Abramovich's stake in Chelsea" makes
Chelsea a company, not Abramovich).

A name written right after a kind of company ("anti-virus firm Sophos", "software company Symbian",
"drinks group Diageo") is that company's, whatever the NER typed it (FAC, PRODUCT, NORP, or PERSON with
no given name first): typed so, the firm took no role or affiliation ("spokesman for anti-virus firm
Sophos"). Not after a bare kind with only a determiner, where the name may be the subject of a clause
on the noun ("the firm Smith founded", which the parser reads as an apposition), and not
after nouns a person or a ship is called too ("his rival Nadal", "aircraft carrier USS Nimitz"). One span
there that runs from the company's name into a person's ("the public services union Unison Dave
Prentis": a given name and capitalised words to its end) is the company and the person.

A name of two words or more the NER typed PERSON that ends in a word only company names end in ("KLM
Royal Dutch Airlines", "Arnold Foods") is an organisation's; so is one with no given name first that owns
what companies own ("Champlin Petroleum's parent company").

A name the NER typed PERSON that does not open with a given name is an organisation's throughout the
article where it is the subject of a plural verb: "Everton have signed defender Tim Cahill", "Aston
Villa were beaten" (British news writes clubs, firms and bands in the plural; a person is "has",
"was"). Typed PERSON, the club took no "have signed" reading (roster_rules) and read as a person.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.extract.doctext import tokens_written
from pipeline.extract.entities.titled_people import opens_a_persons_name
from pipeline.given_names import is_given_name
from pipeline.lexicon import POSSESSIVE_MARKERS, is_legal_form
from pipeline.name_strings import known_place, name_key
from pipeline.organisation_words import COMPANY_NAME_WORDS, MAX_TRADE_WORDS, NATIONAL_COMPANY_NOUNS

# What only an organisation has, after its possessive: "Yukos' main production unit".
COMPANY_POSSESSIONS = frozenset({
    "shares", "stock", "shareholders", "shareholder", "profits", "profit", "revenue", "revenues", "subsidiary",
    "subsidiaries", "unit", "units", "takeover", "founder", "co-founder", "headquarters", "chairman",
    "turnover", "debts", "assets", "bankruptcy", "auction", "owner", "owners", "finances", "output", "parent",
    "shareholding",
})
# Words a possessive reaches its possession over: "Yukos' main production unit".
MODIFIER_TAGS = frozenset({"JJ", "NN", "NNP", "VBN", "CD"})
# "<Name> shares", "<Name> shareholders"
COMPANY_NOUNS_AFTER = frozenset({"shares", "shareholders", "stock", "unit", "subsidiary", "shareholding", "assets",
                                 "bankruptcy"})
# "shares in <Name>", "takeover of <Name>"
COMPANY_WORDS_BEFORE = frozenset({("shares", "in"), ("stake", "in"), ("takeover", "of"), ("bid", "for"),
                                  ("shareholders", "in"), ("sale", "of"), ("purchase", "of"), ("acquisition", "of")})
MAX_MODIFIERS = 3
# Kinds of company before a name that a person may be called too: "his rival Nadal", "its peer Smith".
PERSONAL_KIND_NOUNS = frozenset({"rival", "peer", "developer", "publisher", "producer", "maker"})
# Nouns of NATIONAL_COMPANY_NOUNS that also stand before a ship's name: "aircraft carrier USS Nimitz".
VESSEL_KIND_NOUNS = frozenset({"carrier", "operator"})
COMPANY_KIND_NOUNS = NATIONAL_COMPANY_NOUNS - PERSONAL_KIND_NOUNS - VESSEL_KIND_NOUNS
# What the NER types a company's name it does not know, besides ORG.
MISTYPED_COMPANY_LABELS = frozenset({"FAC", "PRODUCT", "NORP", "PERSON"})
# What the NER types a company's one-word short name ("Newmont" GPE where the article writes
# "Newmont Mining Corp"); a GPE only where it is no place GeoNames knows.
SHORT_NAME_LABELS = frozenset({"PERSON", "GPE"})


def _owns_what_a_company_owns(doc: Doc, i: int) -> bool:
    """"<Name>'s parent company", "<Name>' main production unit": the name ending at token i."""
    after = i + 1
    if after < len(doc) and doc[after].text in POSSESSIVE_MARKERS:
        j = after + 1
        while j < len(doc) and j - after <= MAX_MODIFIERS and doc[j].lower_ not in COMPANY_POSSESSIONS \
                and doc[j].tag_ in MODIFIER_TAGS and not doc[j].ent_type_:
            j += 1
        return j < len(doc) and doc[j].lower_ in COMPANY_POSSESSIONS
    return False


def _company_owner_name(ent: Span) -> bool:
    """"Champlin Petroleum's parent company": a name of two words or more, no given name first, that
    owns what companies own (the model's span may hold the possessive)."""
    last = ent.end - 2 if ent[-1].text in POSSESSIVE_MARKERS else ent.end - 1
    return last > ent.start and not opens_a_persons_name(ent[0]) and not is_given_name(ent[0].text) \
        and _owns_what_a_company_owns(ent.doc, last)


def _company_word_last(ent: Span) -> bool:
    """"KLM Royal Dutch Airlines", "Arnold Foods": two words or more ending in a word only company names
    end in (organisation_words.COMPANY_NAME_WORDS), whatever the first word ("Arnold" is a given name)."""
    return len(ent) > 1 and ent[-1].lower_ in COMPANY_NAME_WORDS and ent[-1].is_title


def _said_of_a_company(doc: Doc, i: int) -> bool:
    after = i + 1
    if after < len(doc) and doc[after].text in POSSESSIVE_MARKERS:
        return _owns_what_a_company_owns(doc, i)
    if after < len(doc) and doc[after].lower_ in COMPANY_NOUNS_AFTER:
        return True
    return i >= 2 and (doc[i - 2].lower_, doc[i - 1].lower_) in COMPANY_WORDS_BEFORE or _national_company_kind(doc, i)


def _national_company_kind(doc: Doc, i: int) -> bool:
    """"Korean phone giant Pantech", "Japanese firm Sega": a nationality, lower-case trade words and a
    kind of company right before the name."""
    kind = doc[i - 1] if i else None
    if kind is None or kind.lower_ not in NATIONAL_COMPANY_NOUNS or kind.lower_ in PERSONAL_KIND_NOUNS:
        return False
    nation = word_before_trade(kind)
    return nation is not None and nation.ent_type_ == "NORP"


def word_before_trade(kind: Token, stop: frozenset[str] = frozenset()) -> Token | None:
    """The word in front of the lower-case trade words (MAX_TRADE_WORDS at most) before a kind of
    company: "German" of "German electronics giant", "Korean" of "Korean phone giant" (where
    relations/org_rules.national_company reads a country); None where the window holds trade words
    only or one of `stop`."""
    for token in reversed(kind.doc[max(0, kind.i - MAX_TRADE_WORDS - 1):kind.i]):
        if token.lower_ in stop:
            return None
        if not (token.is_alpha and token.is_lower) or token.ent_type_:
            return token
    return None


def _company_kind_before(ent: Span) -> Token | None:
    """The kind of company written right before a capitalised name ("firm" of "anti-virus firm
    Sophos"), or None; "group’s Haqqani network" (the possessive glued to the span) has none."""
    kind = ent.doc[ent.start - 1] if ent.start else None
    if kind is None or kind.lower_ not in COMPANY_KIND_NOUNS or not ent[0].text[:1].isupper():
        return None
    return kind


def _after_company_kind(ent: Span) -> bool:
    """"anti-virus firm Sophos": the name right after a kind of company, not a clause's subject on it."""
    kind = _company_kind_before(ent) if ent.label_ in MISTYPED_COMPANY_LABELS else None
    if kind is None or ent.label_ == "PERSON" and opens_a_persons_name(ent[0]):
        return False
    # "the firm Smith founded": a bare kind after a determiner may be followed by a clause's subject,
    # which the parser does not tell from an apposition; a kind of trade ("anti-virus firm") names a firm
    return not (kind.i and kind.doc[kind.i - 1].pos_ == "DET")


def _company_then_person(ent: Span) -> list[Span] | None:
    """[the company, the person] of "union Unison Dave Prentis" after a kind of company, else None."""
    if ent.label_ not in MISTYPED_COMPANY_LABELS | {"ORG"} or _company_kind_before(ent) is None:
        return None
    given = next((t.i for t in ent[1:-1] if is_given_name(t.text) and t.is_title), None)
    if given is None or opens_a_persons_name(ent[0]) or not all(t.is_title and t.is_alpha for t in ent.doc[given:ent.end]):
        return None
    return [Span(ent.doc, ent.start, given, label="ORG"), Span(ent.doc, given, ent.end, label="PERSON")]


def _collective_subject(ent: Span) -> bool:
    """"Everton have signed", "Aston Villa were beaten": a name alone as the subject of a plural verb
    (British news writes clubs, firms and bands so), not two names coordinated ("Smith and Jones have")."""
    root = ent.root
    verb = root.head
    return root.dep_ == "nsubj" and ent.end == root.i + 1 and not any(c.dep_ in ("conj", "cc") for c in root.children) \
        and verb.i > root.i and any(v.tag_ == "VBP" or v.lower_ == "were"
                                    for v in [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))])


def tag_company_names(doc: Doc) -> None:
    """Retype as ORG every mention of a one-word PERSON name the article writes as a company's, of
    a PERSON name (no given name first) the article makes the subject of a plural verb, and of a name
    written after a kind of company (module doc)."""
    split = {ent: parts for ent in doc.ents if (parts := _company_then_person(ent)) is not None}
    if split:
        doc.ents = [part for ent in doc.ents for part in split.get(ent, [ent])]
    organisations = {ent.text for ent in doc.ents if ent.label_ == "PERSON" and _collective_subject(ent)
                     and not opens_a_persons_name(ent[0]) or _after_company_kind(ent)}
    # "Champlin Petroleum's parent company", "KLM Royal Dutch Airlines": a longer name a company's by its words
    organisations |= {ent.text for ent in doc.ents if ent.label_ == "PERSON" and (_company_owner_name(ent)
                                                                               or _company_word_last(ent))}
    names = {ent.text for ent in doc.ents if ent.label_ in SHORT_NAME_LABELS and len(ent) == 1 and ent.text[:1].isupper()
             and not (ent.label_ == "GPE" and known_place(name_key(ent.text)))}
    places: dict[str, list[int]] = {}
    for i in tokens_written(doc, names - organisations):
        places.setdefault(doc[i].text, []).append(i)
    # the article names the company in full with its legal form: "Pharmacia AB ... Pharmacia treasurer X",
    # "Newmont Mining Corp ... Newmont Secretary Roger Adams" (its first word)
    legal = [ent for ent in doc.ents if ent.label_ == "ORG" and len(ent) > 1 and is_legal_form(ent[-1].text)]
    legal_names = {ent[:-1].text for ent in legal} | {ent[0].text for ent in legal if len(ent) > 2}
    companies = {name for name, at in places.items() if (name in legal_names or any(_said_of_a_company(doc, i) for i in at))
                 and not any(i and opens_a_persons_name(doc[i - 1]) for i in at)}
    if organisations or companies:
        doc.ents = [Span(doc, e.start, e.end, label="ORG") if e.label_ in MISTYPED_COMPANY_LABELS and e.text in organisations
                    or e.label_ in SHORT_NAME_LABELS and e.text in companies else e for e in doc.ents]
