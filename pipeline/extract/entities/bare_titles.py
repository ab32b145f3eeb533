"""Titles the NER typed as a person's name.

In "Thomas Berger, Deputy Assistant Secretary of the Treasury, said" the small model tags
"Assistant Secretary" PERSON, and the role rules then make the title itself the Treasury's deputy.
A PERSON span of two or more capitalised words that are all title or role words ("Assistant
Secretary", "Prime Minister", "Chief Executive") names no one: it is left untagged, so the title
is read as the role of the name beside it; so is such an ORG span ("said David Mulford, Assistant
Secretary of the U.S. Treasury": no organisation is named by title words alone), and a PERSON or ORG
span of a minister's portfolio and office ("Agriculture Minister Moven Mahachi": ORG "Agriculture
Minister", which resolution would then join to "the Agriculture Ministry"). One word is left alone: a surname may be a role word
("Mr Major said", "Bishop"), and so is a span after an honorific ("Mrs Deputy Smith" is no title).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.government_words import PORTFOLIO_OFFICES, PORTFOLIO_TITLE_WORDS
from pipeline.extract.entities.titled_people import POST_HEADS
from pipeline.lexicon import HONORIFICS, NAME_TITLES, TITLE_RANK_WORDS

# Words of a title ("Chief Executive"); no role suffix test: "Walker" and "Baker" are surnames.
TITLE_WORDS = NAME_TITLES | POST_HEADS | TITLE_RANK_WORDS


def is_bare_title(span: Span) -> bool:
    """Whether a span is only title words, capitalised, with no honorific before it."""
    doc = span.doc
    if len(span) < 2 or (span.start and doc[span.start - 1].lower_.rstrip(".") in HONORIFICS):
        return False
    if not all(t.is_alpha and t.text[:1].isupper() for t in span):
        return False
    words = [t.lower_ for t in span]
    return all(w in TITLE_WORDS for w in words) or is_portfolio_office(words)


def is_portfolio_office(words: list[str]) -> bool:
    """"agriculture minister", "foreign affairs secretary": a portfolio's words, then its office."""
    return words[-1] in PORTFOLIO_OFFICES and all(w in PORTFOLIO_TITLE_WORDS for w in words[:-1])


def untag_bare_titles(doc: Doc) -> None:
    """Drop the PERSON and ORG entities that are bare titles (module docstring)."""
    kept = [e for e in doc.ents if not (e.label_ in ("PERSON", "ORG") and is_bare_title(e))]
    if len(kept) != len(doc.ents):
        doc.ents = kept
