"""A show's, a podcast's or a column's title in quotation marks after its maker's possessive:
"CNN's “State of the Union,”", "WTMJ's “Midday with Charlie Sykes,”", "NBC's "Meet the Press"".

The statistical NER tags such titles now and then ("Good Morning America") and mostly not, so the
work has no mention and the maker's `developed` claim (relations/org_rules.possessive_rules) is
lost. The component marks the quoted words as a WORK_OF_ART when the shape leaves no doubt: an
organisation's possessive, an opening quotation mark, a title in title case (every word
capitalised but short function words), a closing mark. A person's ("Trump's “Make America Great
Again”") or a day's ("Wednesday's “Sean Hannity Show”") possessive names no maker; a sentence in
quotation marks ("Trump's “Look at my African-American over here!”") is no title.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extract.entities.overrides import override_entities
from pipeline.lexicon import POSSESSIVE_MARKERS, QUOTE_CLOSERS, QUOTE_OPENERS

SMALL_WORDS = frozenset({"a", "an", "the", "of", "with", "and", "or", "on", "in", "at", "to", "for", "by", "&"})
MAX_TITLE_TOKENS = 8


def _title(doc: Doc, start: int) -> Span | None:
    """The title case words from token `start` up to a closing mark (a comma or full stop before it left out)."""
    for end in range(start + 1, min(start + MAX_TITLE_TOKENS + 2, len(doc))):
        if doc[end].text in QUOTE_CLOSERS:
            words = doc[start:end]
            while len(words) and words[-1].text in (",", "."):
                words = words[:-1]
            if not len(words) or not words[0].text[:1].isupper():
                return None
            if all(w.text[:1].isupper() or w.lower_ in SMALL_WORDS or w.is_digit for w in words if not w.is_punct) \
                    and not any(w.text in ("!", "?") for w in words):
                return words
            return None
    return None


@Language.component("quoted_work_titles")
def quoted_work_titles(doc: Doc) -> Doc:
    found = []
    for token in doc[1:-2]:
        if token.text not in QUOTE_OPENERS or doc[token.i - 1].text not in POSSESSIVE_MARKERS:
            continue
        maker = doc[token.i - 2] if token.i >= 2 else None
        if maker is None or maker.ent_type_ != "ORG":
            continue
        title = _title(doc, token.i + 1)
        if title is not None and not any(e.start == title.start and e.end == title.end for e in doc.ents):
            found.append(Span(doc, title.start, title.end, label="WORK_OF_ART"))
    override_entities(doc, found)
    return doc


def add_quoted_work_titles(nlp: Language) -> None:
    if "quoted_work_titles" not in nlp.pipe_names:
        nlp.add_pipe("quoted_work_titles", after="party_state_tags" if "party_state_tags" in nlp.pipe_names else None)
