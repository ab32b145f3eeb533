"""People the NER typed as organisations, told by the role an apposition gives them.

The small model types some people's names ORG, mostly where a long lead-in or a quote frame comes
before the name ("Responding to the ruling, Maeve Sherlock, chief executive of the Refugee Council,
said"; "said Jean-Philippe Cotis, the OECD's chief economist"), and then no role, affiliation or
pronoun reaches them. A name stated to hold a person's post, or to speak as an organisation's own,
is a person's: an ORG name of two or three capitalised words, a given name first and no organisation
word in it,
- with an apposition whose head is a post ("chief executive", "the OECD's chief economist", "a
  spokesman for ..."), in either order;
- or after a post written as a title ("trades union official Ulf Carlsson", "Treasury spokesman Vince
  Cable");
- or owned by an organisation's possessive as the subject of a speech verb ("said the Observer's
  Philip French"): an organisation's brand or unit named after a person (Diageo's Johnnie Walker)
  does not speak;
- or owned by a place's possessive in an article about sport ("Japan's Ai Sugiyama defeated ...",
  "Russia's Irina Shevchenko", typed ORG, FAC, GPE or LOC): there the place's own is an athlete, where
  in business news it may be a firm named after its founder ("Britain's John Lewis").
The given name keeps companies named after people out ("Morgan Stanley, the investment bank",
"Philip Morris, the tobacco company": no post), and the post or the speech keeps out a firm's
founder's name used alone.

A name written after "Mr", "Mrs", "Ms", "Dr" or "Sir" is a person's whatever the NER typed it ("Mr
Kilroy-Silk said", typed ORG in one BBC article six times, and so kept apart from "Robert
Kilroy-Silk"; "Dr Tuffy", title and all, typed ORG), given name or not.

Every mention of the same words the NER typed that other way in the article is retyped with it. A
name after an honorific that the NER left untagged ("Mr Prettejohn, Lloyd's chief executive said")
is tagged PERSON: one or two capitalised proper nouns, no entity on them.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.extract.entities.sports_teams import any_sport_article
from pipeline.extract.relations.lexicon import EVENT_NAME_HEADS
from pipeline.given_names import is_given_name
from pipeline.lexicon import COMPANY_SUFFIXES, HONORIFICS, ORG_KIND_NOUNS, ROLE_NOUNS
from pipeline.organisation_words import ORG_HEADS, STATE_HEADS
from pipeline.speech_words import SPEECH_VERBS

# Heads of a post phrase besides ROLE_NOUNS' titles: "chief executive" is headed by "executive".
POST_HEADS = ROLE_NOUNS | frozenset({"executive"})
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 3
# Honorifics only a person's name follows ("Miss World", "Madam Speaker" are no one's names).
PERSON_HONORIFICS = HONORIFICS - {"miss", "madam"}
# What the NER may type a name written after an honorific ("Mr Kilroy-Silk" ORG, "Mr Hain" GPE).
HONOURED_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT"})
# Posts that another organisation, not a person, may hold before a company's name ("its partner
# Philip Morris", "fellow member Morgan Stanley"): no title of a person's.
SHARED_POSTS = frozenset({"partner", "member", "associate", "candidate", "nominee", "veteran", "democrat", "republican",
                          "delegate", "owner", "founder", "co-founder", "cofounder", "employee", "staff"})
# What the NER may type an athlete after a place's possessive ("Japan's Ai Sugiyama" FAC).
ATHLETE_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC"})
_NOT_A_PERSON = ORG_HEADS | STATE_HEADS | COMPANY_SUFFIXES | ORG_KIND_NOUNS


def _person_shaped(ent: Span) -> bool:
    words = ent.text.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS:
        return False
    if not all(w[:1].isupper() and not w.isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return False
    return is_given_name(words[0].split("-")[0]) and not any(w.lower() in _NOT_A_PERSON for w in words)


def _is_post(head: Token) -> bool:
    return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in POST_HEADS and head.ent_type_ in ("", "ORG")


def _has_post_apposition(ent: Span) -> bool:
    root = ent.root
    if any(c.dep_ == "appos" and c.i >= ent.end and _is_post(c) for c in root.children):
        return True  # "Maeve Sherlock, chief executive of the Refugee Council"
    return root.dep_ == "appos" and root.head.i < ent.start and _is_post(root.head)  # "the OECD's chief economist, X"


def _after_a_title(ent: Span) -> bool:
    before = ent.doc[ent.start - 1] if ent.start else None
    return before is not None and before.is_lower and before.pos_ == "NOUN" and _is_post(before) \
        and before.lemma_.lower() not in SHARED_POSTS


def _speaks_for_an_organisation(ent: Span) -> bool:
    root = ent.root
    owned = any(c.dep_ == "poss" and c.i < ent.start and c.ent_type_ == "ORG" for c in root.children)
    return owned and root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS


def _athlete_of_a_place(ent: Span) -> bool:
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].tag_ == "POS" and doc[ent.start - 2].ent_type_ in ("GPE", "LOC") \
        and not any(t.lower_ in EVENT_NAME_HEADS for t in ent) and any_sport_article(doc)  # not "Spain's Davis Cup"


def is_honorific(token: Token) -> bool:
    """"Mr", "Dr.", "Sir" written as a title (capitalised), not "miss" or "Madam"."""
    return token.text[:1].isupper() and token.lower_.rstrip(".") in PERSON_HONORIFICS


def opens_a_persons_name(token: Token) -> bool:
    """A capitalised given name or an honorific: before a name, what makes it a person's ("Roman
    Abramovich", "Mr Kilroy-Silk")."""
    return is_honorific(token) or token.text[:1].isupper() and is_given_name(token.text)


def _after_an_honorific(ent: Span) -> bool:
    if ent.label_ not in HONOURED_LABELS or len(ent.text.split()) > MAX_NAME_WORDS:
        return False
    if len(ent) >= 2 and is_honorific(ent[0]):
        return ent[1].text[:1].isupper()  # "Dr Tuffy" typed ORG with its title
    return ent.start > 0 and is_honorific(ent.doc[ent.start - 1]) and ent.text[:1].isupper()


def tag_titled_people(doc: Doc) -> None:
    """Retype as PERSON each name the NER typed otherwise that a post, an organisation's speech or an
    honorific makes a person's (see the module doc)."""
    people = {(ent.text, ent.label_) for ent in doc.ents if ent.label_ == "ORG" and _person_shaped(ent)
              and (_has_post_apposition(ent) or _after_a_title(ent) or _speaks_for_an_organisation(ent))}
    people |= {(ent.text, ent.label_) for ent in doc.ents if ent.label_ in ATHLETE_LABELS and _person_shaped(ent)
               and _athlete_of_a_place(ent)}
    people |= {(ent.text, ent.label_) for ent in doc.ents if _after_an_honorific(ent)}
    untagged = _untagged_after_honorifics(doc)
    if people or untagged:
        doc.ents = sorted([Span(doc, e.start, e.end, label="PERSON") if (e.text, e.label_) in people else e
                           for e in doc.ents] + untagged, key=lambda span: span.start)


def _untagged_after_honorifics(doc: Doc) -> list[Span]:
    found = []
    for token in doc[:-1]:
        if not is_honorific(token) or token.ent_type_:
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 2 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and not doc[end].ent_type_ and not doc[end].is_stop and not is_honorific(doc[end]):
            end += 1
        if end > token.i + 1:
            found.append(Span(doc, token.i + 1, end, label="PERSON"))
    return found
