"""A definite description standing for the organisation the story is about: "McDonald joined the
band in 1975" (the band = The Doobie Brothers), "the company cut its forecast" (= Home Depot).

Used by ArgumentFinder when an argument is a common noun no mention covers. A description "the
<noun>" (or "the <noun>'s") stands for the organisation the article introduced with the same noun
("his band, the Doobie Brothers"), else for the most recent organisation that was a clause's subject in
its sentence or the six before, when that organisation's name holds no word for another kind of
organisation ("the company" is not "Harvard University"), that is not the subject of the
description's own clause, nor a person's surname the NER typed ORG. Only plain descriptions: no modifier but
an adjective ("the new company"), no name, no relative clause or "of" phrase ("the band of
brothers", "the company that makes it" introduce something else).
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from models import Mention
from pipeline.extract.doctext import doc_text
from pipeline.extract.relations.lexicon import DESCRIBED_ORG_NOUNS, ORG_KIND_WORDS

SENTENCES_BACK = 6
NAME_GAP = re.compile(r"[,\s]*(?:the\s+|The\s+)?")
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def is_plain_description(token: Token) -> bool:
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.lemma_.lower() not in DESCRIBED_ORG_NOUNS:
        return False
    dets = [c for c in token.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "the" or dets[0].i > token.i:
        return False
    return not any(c.dep_ in ("compound", "nmod", "poss", "relcl", "acl", "appos", "prep", "nummod")
                   for c in token.children)


def described_organisation(finder, token: Token) -> Optional[Mention]:
    """The organisation a plain description "the band" stands for, or None."""
    if not is_plain_description(token):
        return None
    noun = token.lemma_.lower()
    sentence = token.sent
    first = sentence
    for _ in range(SENTENCES_BACK):
        if first.start == 0:
            break
        first = token.doc[first.start - 1].sent
    surnames = {m.text.split()[-1] for m in finder.index.mentions if m.label == "PERSON" and " " in m.text}
    candidates = []
    for mention in finder.index.mentions:
        if not first.start_char <= mention.start < token.idx:
            continue
        root = finder.index.root(mention)
        if root.label != "ORG":
            continue
        span = token.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.dep_ not in SUBJECT_DEPS:
            continue
        if span.root.head == token.head or root.text in surnames:
            continue  # the description's own clause's subject ("McDonald joined the band"); a person's surname typed ORG
        candidates.append((mention.start, root))
    described = _described_as(finder, token, noun, surnames)
    if described is not None:
        return described
    if not candidates:
        return None
    _, root = max(candidates, key=lambda c: c[0])
    kinds = {w for w in root.text.casefold().replace(".", "").split() if w in ORG_KIND_WORDS}
    if kinds and noun not in kinds:
        return None  # "the company" is not "Harvard University"
    return root


def _described_as(finder, token: Token, noun: str, surnames: set[str]) -> Optional[Mention]:
    """The organisation the article called by the same noun earlier, the noun right before its
    name: "his band, the Doobie Brothers", "the band Chicago", "the company, Acme,"."""
    text = doc_text(token.doc)
    found = None
    for earlier in token.doc[:token.i]:
        if earlier.lemma_.lower() != noun or earlier.tag_ != "NN":
            continue
        gap_end = earlier.idx + len(earlier.text)
        mention = next((m for m in finder.index.mentions if gap_end <= m.start <= gap_end + 6
                        and NAME_GAP.fullmatch(text[gap_end:m.start])), None)
        if mention is not None:
            root = finder.index.root(mention)
            if root.label == "ORG" and root.text not in surnames:
                found = root
    return found
