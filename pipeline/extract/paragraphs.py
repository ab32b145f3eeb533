"""Sentence boundaries at line breaks, set before the parser runs.

In cleaned article text a line break ends a paragraph, a heading or a caption, never a sentence
in the middle; the statistical parser alone sometimes runs a heading into the next paragraph
("Notable Examples Of China-Russia Research Programs Xi'an Technological University is ..."),
and every rule that reads the parse then sees one false sentence.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.rule_costs import timed_rule

COMPONENT = "paragraph_breaks"


@Language.component(COMPONENT)
@timed_rule
def paragraph_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def add_paragraph_breaks(nlp: Language) -> None:
    """Insert the component before the parser (which respects boundaries already set)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser" if "parser" in nlp.pipe_names else None)
