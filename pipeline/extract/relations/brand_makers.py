"""A company's brands and the things it makes (rule "brand_maker", developed, the object a PRODUCT):
"Inbev, which makes Stella Artois", "SSL International, which makes the Durex brand of condom",
"Sony makes the PlayStation 2 console", "General Motors, whose brands include Buick and Cadillac",
"Its top brands include Newcastle Brown Ale, Foster's and Strongbow".

"Make" says many other things ("makes the economy vulnerable", "makes Smith captain", "makes use
of"), so a maker is only an organisation, the thing made only a name as the verb's direct object
(or the name on a brand or product noun there) with no complement after it. A brand name is
typed by the NER as whatever it looks like (Stella Artois a person, Strongbow a person); the
construction says it is a product, so a person-shaped name is one here, a place or a date never.
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from models import Mention
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate
from pipeline.extract.relations.verb_subjects import subject_token
from pipeline.extract.relations.lexicon import PRODUCT_NOUNS

# Verbs by which a company makes a named product ("develop", "manufacture", "produce" are
# lexicon.VERB_SENSES' own; these say it only of a company and a name).
MAKING_VERBS = frozenset({"make", "brew", "distil", "distill"})
# Nouns for what a company sells under its name: "its brands include ...", "the Durex brand".
BRAND_NOUNS = frozenset({"brand", "brands", "label", "labels", "marque", "marques"})
# Children that turn "make X" into "make X <something>" (an object complement or a clause).
COMPLEMENT_DEPS = frozenset({"oprd", "ccomp", "xcomp", "acomp", "attr"})
# Labels a brand name may carry; a place, a nationality, a number or a date is never one.
BRAND_LABELS = frozenset({"ORG", "PRODUCT", "PERSON", "WORK_OF_ART", "FAC"})


def _brands(finder: ArgumentFinder, token: Token) -> list[Mention]:
    """The names `token` and its conjuncts stand for as things made: a name, or the name on a brand
    or product noun ("the Durex brand of condom", "the PlayStation 2 console")."""
    found: dict[int, Mention] = {}
    for member in (token, *token.conjuncts):
        mention = finder.mention_at(member)
        if mention is None and member.is_lower and member.lemma_.lower() in BRAND_NOUNS | PRODUCT_NOUNS:
            named = [finder.mention_at(c) for c in member.children if c.dep_ in ("compound", "nmod") and c.i < member.i]
            mention = next((m for m in named if m is not None), None)
        if mention is not None and finder.label(mention) in BRAND_LABELS:
            found.setdefault(mention.index, mention)
    return list(found.values())


def _company(finder: ArgumentFinder, token: Token | None) -> Mention | None:
    maker = finder.entity(token) if token is not None else None
    return maker if maker is not None and finder.label(maker) == "ORG" else None


def _company_before(finder: ArgumentFinder, verb: Token) -> Mention | None:
    """What "its" stands for when the sentence before is about one company: 'Scottish & Newcastle
    said sales fell. Its top brands include ...' (the subject of that sentence's main verb)."""
    sentence = verb.sent
    if sentence.start == 0:
        return None
    before = verb.doc[sentence.start - 1].sent
    subjects = [s for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass") for s in (c, *c.conjuncts)]
    companies = {m.index: m for m in (_company(finder, s) for s in subjects) if m is not None}
    return next(iter(companies.values())) if len(companies) == 1 else None


def brand_maker_rules(finder: ArgumentFinder, verb: Token) -> Iterator[Candidate]:
    lemma = verb.lemma_.lower()
    if lemma in MAKING_VERBS:
        if any(c.dep_ in COMPLEMENT_DEPS for c in verb.children) or finder.mention_at(verb) is not None:
            return
        maker = _company(finder, subject_token(verb))
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if maker is None or len(objects) != 1:
            return
        brands = _brands(finder, objects[0])
    elif lemma == "include":
        # "Its brands include A, B and C", "GM, whose brands include A": the brands' owner made them
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in BRAND_NOUNS:
            return
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ == "whose":
            maker = _company(finder, verb.head) if verb.dep_ == "relcl" else None
        elif owner is not None and owner.lower_ == "its":
            maker = _company_before(finder, verb)
        else:
            maker = _company(finder, owner)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if maker is None or len(objects) != 1:
            return
        brands = _brands(finder, objects[0])
    else:
        return
    for brand in brands:
        if finder.index.root(brand).index != finder.index.root(maker).index:
            yield Candidate("developed", maker, brand, "brand_maker", (verb,), object_label="PRODUCT")
