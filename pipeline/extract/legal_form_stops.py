"""Tokenizer repair: the full stop of a legal form that ends a sentence ("... bought Kerr Glass Corp. The").

spaCy's English tokenizer keeps "Corp.", "Inc.", "Co." and "Ltd." whole (they are abbreviations), so at
a sentence's end the company's last word is the sentence's full stop as well: the parser labels it
`punct` and hangs it on the verb, and the rest of the name loses its head. "Norton Co said it
completed the purchase of Kerr Glass Manufacturing Corp." then has no object of "of", and no rule
reads the deal; "said Paul Mlotok, oil analyst with Salomon Brothers Inc." no employer. Wire copy
writes legal forms without stops ("Kerr Glass Corp said"), so there every dotted one ends a
sentence: about one Reuters story in twelve has one.

Copy-edited news writes "Apple Inc. Chief Executive Tim Cook said" mid-sentence, so the stop is split
off only where the next word opens a sentence: at the end of the text or of a paragraph, before an
opening quotation mark, before a capitalised function word ("The", "He", "It", "A", "In": spaCy's
stop words), or before any capitalised word where the article writes one of the forms US copy-editors
dot (WIRE_STYLE_FORMS) without a stop elsewhere: its style has no stop inside a sentence ("Norton Co
said ... Kerr Glass Corp. Trading"), unless the words after it end at a punctuation mark ("Nikko
Securities Co. International."). Dotted initials ("K.K.", "N.V.") are never split: they are a
person's too ("William K.K. Wong"). The component runs first, before the tagger sees the tokens;
the text and its offsets are unchanged.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.lexicon import QUOTE_OPENERS, is_legal_form

COMPONENT = "legal_form_stops"
WIRE_STYLE_FORMS = frozenset({"inc", "corp", "co", "ltd"})


def dotted_legal_form(token: Token) -> bool:
    """"Inc.", "Corp.": a capitalised legal form with one full stop, at its end ("K.K.", "N.V." are
    initials too: "William K.K. Wong")."""
    return len(token) >= 3 and token.text.endswith(".") and "." not in token.text[:-1] and token.text[0].isupper() \
        and is_legal_form(token.text)


def ends_sentence(token: Token, wire_style: bool = False) -> bool:
    """Whether a dotted legal form ("Inc.") is the last word of its sentence (module doc); `wire_style`:
    the article writes legal forms without a stop."""
    if not dotted_legal_form(token):
        return False
    if token.i + 1 == len(token.doc):
        return True
    following = token.doc[token.i + 1]
    if following.is_space:
        return "\n" in following.text or following.i + 1 == len(token.doc)
    if following.text in QUOTE_OPENERS:
        return True
    if not following.text[:1].isupper():
        return False
    # wire style: any capital word opens a sentence, save one that the name runs on into ("Nikko
    # Securities Co. International.", a stop kept mid-name)
    return following.is_stop and following.is_title \
        or wire_style and following.i + 1 < len(token.doc) and not token.doc[following.i + 1].is_punct


def writes_wire_style(doc: Doc) -> bool:
    """Whether the article writes a legal form US copy-editors dot without its stop ("Corp said")."""
    return any(t.lower_ in WIRE_STYLE_FORMS and t.text[0].isupper() for t in doc)


@Language.component(COMPONENT)
def legal_form_stops(doc: Doc) -> Doc:
    dotted = [token for token in doc if dotted_legal_form(token)]
    if not dotted:
        return doc  # most articles: the wire-style scan is not needed
    wire_style = writes_wire_style(doc)
    ends = [token for token in dotted if ends_sentence(token, wire_style)]
    if ends:
        with doc.retokenize() as retokenizer:
            for token in ends:
                # heads are placeholders: the parser sets every head after this component
                retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 0)])
    return doc


def split_legal_form_stops(nlp: Language) -> None:
    """Add the component at the head of `nlp`'s pipeline (in place)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, first=True)
