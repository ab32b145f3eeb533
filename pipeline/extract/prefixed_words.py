"""Hyphenated "co-" and "vice-" words as one token with the right lemma: "co-founded", "co-founder",
"vice-president".

spaCy's tokenizer splits "co-founded" at the hyphen, and the parser then reads "co" as the verb of
"Jane Roe co-founded Acme" and "founded" as a clause of its own with no subject, so no founding is
read. Each form of lexicon.PREFIXED_WORD_LEMMAS (lower-case and capitalised) is a tokenizer special case,
and a component after the lemmatizer gives the joined word its lemma (the rule lemmatizer, not
knowing the word, strips "d" and answers "co-founde"; it does the same to the one-word "cofounded").
"""
from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lexicon import PREFIXED_WORD_LEMMAS

COMPONENT = "prefixed_word_lemmas"


@Language.component(COMPONENT)
def prefixed_word_lemmas(doc: Doc) -> Doc:
    for token in doc:
        lemma = PREFIXED_WORD_LEMMAS.get(token.lower_)
        if lemma is not None:
            token.lemma_ = lemma
    return doc


def keep_prefixed_words(nlp: Language) -> None:
    """Add the special cases to `nlp`'s tokenizer and the lemma component after its lemmatizer (in place)."""
    for word in PREFIXED_WORD_LEMMAS:
        if "-" in word:
            for written in (word, word.capitalize()):
                nlp.tokenizer.add_special_case(written, [{ORTH: written}])
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after="lemmatizer" if "lemmatizer" in nlp.pipe_names else None)
