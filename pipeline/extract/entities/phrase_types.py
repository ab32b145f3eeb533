"""Names a phrase types, whatever the NER typed them: places and companies.

"in her hometown of Wasilla", "his home state of Florida", "the agricultural town of Woodburn", "the
Palermo district of Porta Nuova": the name after "of" that follows a home noun with an owner or a
lower-case kind of place is that place. The small model reads such a lone name as a person or an
organisation ("Wasilla" PERSON, "Woodburn" ORG), and then no rule can place or house anyone there.
Only PERSON, ORG and FAC are retyped (NORP stays: "a community of Amish").

"Etisalat Egypt and LinkdotNet are one of Egypt's largest internet service providers": a name the
copula makes a kind of organisation that a place's possessive owns is an organisation (the model reads
"Etisalat Egypt" as a person, and its people "live" in Egypt). So is a name followed by ", a <kind of
organisation>" that heads its phrase ("Kosmos, a group co-founded by Gerard Pique", "Acme, a firm in
Ohio"; not "Jane Roe, a group leader"), read off the words, as the parse may hang the apposition
elsewhere ("a partnership between the ITF and Kosmos, a group ...").

"Constable Joseph Rush, of Twizel police": a place's name and a lower-case force word after it are one
organisation, as "Twizel Police" is (the model typed "Twizel" ORG and left "police" out, so no rule
could tie the constable to the force). Only where the force word heads its phrase: in "Forest Hill police
officers" it is part of a role, and the role rules read the place. Not after a nationality ("French
police": NORP stays), nor where the article names the place's force in full ("Chicago Police Department":
coreference/members links "police said" to it).

"Rescuers from Alpine Guides, The Helicopter Line ... / Helicopter Line pilot Jim Campbell said": a name
of two or three words with no given name first, typed a person (or a title) in one place, is an
organisation where the article writes the same words after a capital "The" inside a sentence, as no
person's name is written (a title only where that "The" name is typed ORG).
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from pipeline.extract.relations.lexicon import (
    FACILITY_NOUNS, HOME_PLACE_NOUNS, HOME_WORDS, HOMETOWN_NOUNS, PLACE_KIND_NOUNS, PREMISES_NOUNS, SITE_NOUNS,
)
from pipeline.given_names import is_given_name
from pipeline.name_strings import country_of_demonym, known_place, name_key
from pipeline.party_words import party_word
from pipeline.lexicon import ORG_KIND_NOUNS, PLACED_CLASS_NOUNS
from pipeline.organisation_words import ORG_HEADS
from pipeline.speech_words import PLACE_FORCE_WORDS

RETYPED_LABELS = frozenset({"PERSON", "ORG", "FAC"})
# Where an organisation stands: "in" after one of these names a place ("the Mercedes factory in Sindelfingen")
PREMISES_WORDS = frozenset(SITE_NOUNS) | PREMISES_NOUNS | FACILITY_NOUNS
# Endings only a region's name has ("Worcestershire", "Marion County"); an ORG so named may be a club
# ("Derby County", a county cricket side), so only a PERSON is retyped on its shape alone
REGION_SUFFIXES = ("shire",)
REGION_HEADS = frozenset({"County"})
CLOSING_MARKS = frozenset({",", ".", ";", ")", ":"})
FORCE_PLACE_LABELS = frozenset({"GPE", "LOC", "ORG"})
MAX_PLACE_WORDS = 3


def tag_named_places(doc: Doc) -> None:
    """Retype as GPE each PERSON/ORG/FAC name that a home or place-kind noun before "of" names."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in RETYPED_LABELS or len(ent) > MAX_PLACE_WORDS or ent.start < 2:
            continue
        of, noun = doc[ent.start - 1], doc[ent.start - 2]
        if of.lower_ != "of" or ent.root.head.i != of.i or of.head.i != noun.i or not _names_a_place(noun):
            continue
        if len(ent) > 1 and is_given_name(ent[0].text):
            continue  # "the hometown of John Smith": his, not a place called so
        found.append(Span(doc, ent.start, ent.end, label="GPE"))
    if found:
        taken = {span.start for span in found}
        doc.ents = sorted([e for e in doc.ents if e.start not in taken] + found, key=lambda s: s.start)


def tag_region_names(doc: Doc) -> None:
    """Retype as GPE each PERSON/ORG/FAC name of 1-3 capitalised words that reads as a place: the object
    of "in" after a lower-case premises noun ("a Waitrose store in Surrey", "the Mercedes factory in
    Sindelfingen"), a known place closing "<place>, <name>," ("Bromsgrove, Worcestershire,"), or a
    PERSON shaped like a region ("Worcestershire", "Marion County"). The small model types such names
    PERSON or ORG, and then no rule places a site, a town or a visit there."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in RETYPED_LABELS or len(ent) > MAX_PLACE_WORDS \
                or not all(t.is_alpha and t.text[:1].isupper() for t in ent):
            continue
        if _region_shaped(ent) or (not is_given_name(ent[0].text) and (
                _after_premises_in(doc, ent) or (_after_place_comma(doc, ent) and known_place(name_key(ent.text))))):
            found.append(Span(doc, ent.start, ent.end, label="GPE"))
    if found:
        taken = {span.start for span in found}
        doc.ents = sorted([e for e in doc.ents if e.start not in taken] + found, key=lambda s: s.start)


def _region_shaped(ent: Span) -> bool:
    """"in Worcestershire"; not before a noun, where the name may stand for the county's staff or team
    ("Marion County deputy medical examiner X" would read as his home)."""
    if ent.label_ != "PERSON" or ent.root.dep_ in ("compound", "nmod", "poss"):
        return False
    last = ent[-1].text
    if last in REGION_HEADS:
        return len(ent) > 1
    return last.lower().endswith(REGION_SUFFIXES) and len(last) > len("shire") + 2 and (
        len(ent) == 1 or not is_given_name(ent[0].text))  # not the actress "Sarah Lancashire"


def _after_premises_in(doc: Doc, ent: Span) -> bool:
    """"a Waitrose store in Surrey": "in" hangs on a lower-case premises noun and governs the name."""
    if ent.start < 2 or doc[ent.start - 1].lower_ != "in" or ent.root.head.i != ent.start - 1:
        return False
    noun = doc[ent.start - 1].head
    return noun.pos_ == "NOUN" and noun.text.islower() and noun.lemma_.lower() in PREMISES_WORDS


def _after_place_comma(doc: Doc, ent: Span) -> bool:
    """"in Bromsgrove, Worcestershire, while ...": the name closes a phrase right after a place and a comma."""
    if ent.start < 2 or doc[ent.start - 1].text != "," or doc[ent.start - 2].ent_type_ not in ("GPE", "LOC"):
        return False
    return ent.end >= len(doc) or doc[ent.end].text in CLOSING_MARKS


def _names_a_place(noun: Token) -> bool:
    """"her hometown", "his home state", "the agricultural town", "the Palermo district": a home noun
    with its owner, or a lower-case kind of place (its "of" names the place, not an owner)."""
    lemma = noun.lemma_.lower()
    if not noun.text.islower():
        return False  # "the Community of Sant'Egidio", "District of Columbia" are names themselves
    owned = any(c.dep_ == "poss" for c in noun.children)
    if lemma in HOMETOWN_NOUNS or (lemma in HOME_PLACE_NOUNS and any(c.lower_ in HOME_WORDS for c in noun.children)):
        return owned
    return lemma in PLACE_KIND_NOUNS and any(c.dep_ in ("det", "amod", "compound", "poss") for c in noun.children)


def tag_named_organisations(doc: Doc) -> None:
    """Retype as ORG each PERSON name a copula makes one of a place's companies, or a kind of organisation
    follows; and a one-word place that is an organisation's head word ("a Lower House Budget Committee in
    Parliament", "Parliament" typed GPE: no place to be in)."""
    found = []
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC") and len(ent) == 1 and ent[0].lower_ in ORG_HEADS:
            found.append(Span(doc, ent.start, ent.end, label="ORG"))
            continue
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        subject = next((t for t in (root, *root.conjuncts) if t.dep_ == "nsubj"), None)
        if subject is not None and subject.head.lemma_ == "be" and _placed_class(subject.head):
            found.append(Span(doc, ent.start, ent.end, label="ORG"))
        elif _kind_follows(doc, ent):
            found.append(Span(doc, ent.start, ent.end, label="ORG"))
    if found:
        taken = {span.start for span in found}
        doc.ents = sorted([e for e in doc.ents if e.start not in taken] + found, key=lambda s: s.start)


def _kind_follows(doc: Doc, ent: Span) -> bool:
    """", a group co-founded by", ", an investment firm in": a kind of organisation heading the phrase
    after the name's comma (the word after it no noun); a name led by a given name stays a person's."""
    i = ent.end
    if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an") \
            or (len(ent) > 1 and is_given_name(ent[0].text)):
        return False
    noun = next((t for t in doc[i + 2:i + 5] if t.pos_ == "NOUN"), None)
    return noun is not None and noun.lemma_.lower() in ORG_KIND_NOUNS and noun.i + 1 < len(doc) \
        and doc[noun.i + 1].pos_ not in ("NOUN", "PROPN") and doc[noun.i + 1].tag_ != "POS"


def _placed_class(copula: Token) -> bool:
    """"is one of Egypt's largest providers", "is Britain's biggest operator"."""
    for attr in (c for c in copula.children if c.dep_ == "attr"):
        noun = attr
        if attr.lower_ == "one":
            noun = next((t for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"
                         for t in c.children if t.dep_ == "pobj"), attr)
        if noun.lemma_.lower() in PLACED_CLASS_NOUNS and any(
                c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC") for c in noun.children):
            return True
    return False


def tag_place_forces(doc: Doc) -> None:
    """Extend each place (or place-like ORG) name of 1-3 capitalised words that a force word follows
    ("Twizel police", "Christchurch constabulary") into one ORG name of the force."""
    # every "<words> " an ORG name opens with: one set lookup per entity instead of a scan of the names
    name_openings = {name[:k + 1] for name in (e.text for e in doc.ents if e.label_ == "ORG")
                     for k, char in enumerate(name) if char == " "}
    found = []
    for ent in doc.ents:
        if ent.text + " " in name_openings:
            continue  # "Chicago police said" beside a "Chicago Police Department": left to coreference
        if ent.label_ not in FORCE_PLACE_LABELS or len(ent) > MAX_PLACE_WORDS or ent.end >= len(doc) \
                or doc[ent.end].lower_ not in PLACE_FORCE_WORDS or not all(t.text[:1].isupper() for t in ent) \
                or (ent.end + 1 < len(doc) and doc[ent.end + 1].text[:1].isupper() and doc[ent.end + 1].is_alpha):
            continue  # "Twizel Police Department" is the NER's or the organisation rules' to read
        if doc[ent.end].dep_ in ("compound", "nmod", "amod") or ent.end + 1 < len(doc) and doc[ent.end + 1].pos_ == "NOUN":
            continue  # "Forest Hill police officers", "a Chicago police sergeant": a role, read by the role rules
        found.append(Span(doc, ent.start, ent.end + 1, label="ORG"))
    if found:
        taken = {span.start for span in found}
        doc.ents = sorted([e for e in doc.ents if e.start not in taken] + found, key=lambda s: s.start)


def tag_organisations_named_elsewhere(doc: Doc) -> None:
    """Retype as ORG each PERSON name of 2-3 words with no given name first that the article writes after a
    capital "The" inside a sentence, and each such WORK_OF_ART name it types ORG there ("The Helicopter
    Line" in a list). An ORG written without "The" says nothing (the model types a player "Damarious
    Randall" ORG in a stats table, a film "Star Trek Beyond" ORG in one sentence)."""
    after_the: dict[str, str] = {}
    for ent in doc.ents:
        if ent.start > 0 and doc[ent.start - 1].text == "The" and not doc[ent.start - 1].is_sent_start:
            after_the.setdefault(ent.text, ent.label_)
        elif ent[0].text == "The" and len(ent) > 1 and not ent[0].is_sent_start:
            after_the.setdefault(ent[1:].text, ent.label_)
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "WORK_OF_ART") or not 2 <= len(ent) <= MAX_PLACE_WORDS \
                or is_given_name(ent[0].text) or not all(t.is_alpha and t.text[:1].isupper() for t in ent):
            continue
        if ent.text in after_the and (ent.label_ == "PERSON" or after_the[ent.text] == "ORG"):
            found.append(Span(doc, ent.start, ent.end, label="ORG"))
    if found:
        taken = {span.start for span in found}
        doc.ents = sorted([e for e in doc.ents if e.start not in taken] + found, key=lambda s: s.start)


def tag_stray_nationalities(doc: Doc) -> None:
    """Retype a NORP name the article also writes as an organisation or a person ("Inbev, which makes
    Stella Artois, said": Inbev typed NORP there, ORG in the sentence before) to that type, when the
    words name no nation (no demonym: "Belgian") and no party ("Labour", "Democrats"): a nationality,
    religion or party is a closed class of words, and the model's NORP on another name is a slip."""
    elsewhere: dict[str, Counter] = {}
    for ent in doc.ents:
        if ent.label_ in ("ORG", "PERSON"):
            elsewhere.setdefault(ent.text, Counter())[ent.label_] += 1
    found = []
    for ent in doc.ents:
        if ent.label_ != "NORP" or ent.text not in elsewhere or country_of_demonym(ent.text) is not None \
                or any(party_word(w.lower_) for w in ent):
            continue
        (label, count), *rest = elsewhere[ent.text].most_common()
        if not rest or rest[0][1] < count:
            found.append(Span(doc, ent.start, ent.end, label=label))
    if found:
        taken = {span.start for span in found}
        doc.ents = sorted([e for e in doc.ents if e.start not in taken] + found, key=lambda s: s.start)
