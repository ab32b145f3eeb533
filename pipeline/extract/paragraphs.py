"""Sentence boundaries at line breaks, set before the parser runs.

In cleaned article text a line break ends a paragraph, a heading or a caption, never a sentence
in the middle; the statistical parser alone sometimes runs a heading into the next paragraph
("Notable Examples Of China-Russia Research Programs Xi'an Technological University is ..."),
and every rule that reads the parse then sees one false sentence.

The parser also ends a sentence at a closing parenthesis inside it: "X, former adviser to Vice
President (then-Senator) Joseph R. Biden, Jr., is Senior Fellow at Y" became two sentences, and the
second made Biden the fellow. A parenthesis opened after a word on the same line and closed with no
full stop inside runs on: the word after it starts no sentence.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.rule_costs import timed_rule

COMPONENT = "paragraph_breaks"
PARENTHESIS_COMPONENT = "parenthesis_runs_on"
SENTENCE_ENDS = frozenset(".!?")
PARENTHESIS_REACH = 12  # tokens searched back for the opening parenthesis


@Language.component(COMPONENT)
@timed_rule
def paragraph_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def _opening_parenthesis(doc: Doc, closing: int) -> int | None:
    """Index of the "(" that `closing` closes on the same line, or None."""
    for i in range(closing - 1, max(-1, closing - PARENTHESIS_REACH), -1):
        token = doc[i]
        if "\n" in token.text or "\n" in token.whitespace_ or token.text == ")":
            return None
        if token.text == "(":
            return i
    return None


@Language.component(PARENTHESIS_COMPONENT)
@timed_rule
def parenthesis_runs_on(doc: Doc) -> Doc:
    for token in doc[1:-1]:
        if token.text != ")" or "\n" in token.whitespace_ or doc[token.i - 1].text in SENTENCE_ENDS:
            continue
        following = doc[token.i + 1]
        opening = _opening_parenthesis(doc, token.i)
        if opening is None or opening == 0 or not following.is_alpha:
            continue
        before = doc[opening - 1]
        if (before.is_alpha or before.is_digit) and "\n" not in before.whitespace_:
            following.is_sent_start = False
    return doc


def add_paragraph_breaks(nlp: Language) -> None:
    """Insert the components before the parser (which respects boundaries already set)."""
    before = "parser" if "parser" in nlp.pipe_names else None
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before=before)
    if PARENTHESIS_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARENTHESIS_COMPONENT, before=before)
