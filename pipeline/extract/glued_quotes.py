"""Tokenizer rule: an opening quotation mark glued to the punctuation before it.

Copy-edited news writes `Ryan said, “Look ...`; scraped and typed text often loses the space:
`Ryan said,“Look`. spaCy's English tokenizer only splits punctuation at the edges of a
whitespace-delimited chunk, so `said,“Look` stays one token: the speech verb, the comma and the
quote's first word vanish into it, and no quote rule can see the frame. Splitting the comma (or
colon, semicolon) and the mark as infixes gives the tokens a spaced text would have. Straight
single quotes are left alone: after a letter they are apostrophes far more often than quotes.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex

# A clause mark after a word, then an opening mark before a word: both become tokens.
GLUED_QUOTE_INFIXES = (
    r"(?<=\w)[,:;](?=[“\"‘]\w)",
    r"(?<=\w[,:;])[“\"‘](?=\w)",
)


def split_glued_quotes(nlp: Language) -> None:
    """Add the glued-quote infixes to `nlp`'s tokenizer (in place)."""
    infixes = list(nlp.Defaults.infixes or ()) + list(GLUED_QUOTE_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
