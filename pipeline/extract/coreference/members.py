"""Members of an organisation who speak for it, linked to the organisation the article names.

"“We got her!” officers announced", "police said", "an officer told the girl": the speakers are
unnamed members of the one police force the article names ("Fort Worth Police Department
responded ..."), so their words are that force's, and so are the force's documents ("the
police report says"). Linked only as the subject of a speech verb or the maker of its document,
only when the article names exactly one force, and only when a place in the phrase ("Forest
Hill police officers") is borne out by the force's name: a second force, or none, leaves the
speaker unnamed.
"""
from __future__ import annotations

from typing import Callable, Iterable

from spacy.tokens import Span, Token

from models import Mention
from pipeline.extract.quotes.speech import is_speech_verb
from pipeline.lexicon import SUBJECT_DEPS
from pipeline.speech_words import DOCUMENT_NOUNS, POLICE_FORCE_WORDS, POLICE_MEMBER_NOUNS

PHRASE_DEPS = frozenset({"det", "compound", "amod", "nmod", "poss", "case"})


def _phrase(noun: Token) -> Span:
    """The noun with the determiners and modifiers before it: 'the Fort Worth police officers'."""
    start = noun.i
    for child in noun.children:
        if child.i < noun.i and child.dep_ in PHRASE_DEPS:
            start = min(start, child.left_edge.i)
    return noun.doc[start:noun.i + 1]


def _force_words(name: str) -> set[str]:
    return {w.casefold().strip(",") for w in name.split()}


def _speaks(noun: Token) -> bool:
    """The noun is the subject of a speech verb ("police said"), or makes a document that is ("the
    police report says", "a police statement said": the force put the document out)."""
    if noun.dep_ in SUBJECT_DEPS:
        return noun.dep_ != "compound" and is_speech_verb(noun.head)
    document = noun.head
    return noun.dep_ in ("compound", "poss") and document.lower_ in DOCUMENT_NOUNS \
        and document.dep_ in SUBJECT_DEPS and is_speech_verb(document.head)


def link_member(noun: Token, covered: set[int], named: Iterable[tuple[Mention, Span]],
                root: Callable[[Mention], Mention], key: Callable[[Mention], int]) -> tuple[Span, Mention] | None:
    """The police force an unnamed officer speaking stands for, or None.

    `named` holds the article's mentions with their spans; `root` and `key` say which named
    mention each stands for and which entity that is.
    """
    if noun.lower_ not in POLICE_MEMBER_NOUNS or noun.i in covered or not _speaks(noun):
        return None
    phrase = _phrase(noun)
    places = {m.text.casefold() for m, s in named if phrase.start <= s.start and s.end <= phrase.end}
    forces: dict[int, Mention] = {}
    for mention, span in named:
        head = root(mention)
        words = _force_words(head.text)
        if head.label != "ORG" or not words & POLICE_FORCE_WORDS:
            continue
        if any(not set(place.split()) <= words for place in places):
            continue  # 'Forest Hill police officers' are not the Fort Worth Police Department's
        forces.setdefault(key(head), head)
    if len(forces) != 1:
        return None
    return phrase, next(iter(forces.values()))
