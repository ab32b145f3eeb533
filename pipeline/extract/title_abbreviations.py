"""Rank and title abbreviations kept with the name they title: "Const. Tim Fanning", "Sgt. Jane Roe".

spaCy's English tokenizer keeps "Gov." and "Sen." whole but splits "Sgt.", "Const.", "Det." into a
word and a full stop, and the parser then ends the sentence there: "Vancouver Police spokesperson
Const." becomes a sentence (and an organisation) of its own, cut off from the name it titles. So
each dotted abbreviation of lexicon.TITLE_ABBREVIATIONS, capitalised as written before a name, is
a tokenizer special case, and a component before the parser marks the capitalised word after one
as no sentence start (the parser keeps boundaries set before it runs).
"""
from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lexicon import TITLE_ABBREVIATIONS

COMPONENT = "title_abbreviations"
DOTTED = frozenset(a.capitalize() for a in TITLE_ABBREVIATIONS if a.endswith("."))


@Language.component(COMPONENT)
def title_abbreviations(doc: Doc) -> Doc:
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if token.text in DOTTED and following.text[:1].isupper() and following.is_alpha \
                and not token.whitespace_.count("\n"):
            following.is_sent_start = False
    return doc


def keep_title_abbreviations(nlp: Language) -> None:
    """Add the dotted title abbreviations to `nlp`'s tokenizer and the component before its parser (in place)."""
    for written in DOTTED:
        nlp.tokenizer.add_special_case(written, [{ORTH: written}])
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser" if "parser" in nlp.pipe_names else None)
