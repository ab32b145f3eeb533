"""Words in quotation marks that the writer names or uses rather than anyone utters: a word or
two modifying a noun ('the “extremist” group'), a term named as such ('the term “three amigos”'),
a short phrase premodifying the noun after it ('the “right to work” law'). (Moved out of
frames.py unchanged.)"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extract.doctext import doc_text
from pipeline.extract.quotes.content import governing_verb, is_verdict_verb, quote_root
from pipeline.extract.quotes.spans import QuoteSpan, word_count

# A quote this short inside a sentence ("a “no limits” partnership") is a label, not speech.
MIN_EMBEDDED_WORDS = 3
# A quote this short right before the noun it modifies ("the “right to work” law") names a thing.
MAX_PREMODIFIER_WORDS = 5
# A quote hanging off a noun by one of these is a modifier of that noun.
LABEL_DEPS = frozenset({"amod", "compound", "nmod", "poss", "nummod"})
# Words right before a quotation that announce a name, not speech: 'the so-called “cars deals”', 'the
# category referred to as “other”', 'a method known as “fracking”'.
# ('a shareholder rights plan, or “poison pill”': a gloss naming the thing by its other name)
NAMING_BEFORE = re.compile(r"\b(?:so-called|so called|referred to as|known as)\s*$|[a-z]{3},\s+or\s*$", re.IGNORECASE)
# Nouns that name the quoted words as words: 'the term “three amigos”', 'the phrase “...”'.
TERM_NOUNS = frozenset({"term", "phrase", "word", "words", "slogan", "name", "nickname", "label", "title",
                        "hashtag", "motto", "expression", "catchphrase", "moniker", "epithet"})


def is_label(doc: Doc, quote: QuoteSpan) -> bool:
    """Words in quotation marks that are named or used by the writer rather than uttered:
    a word or two modifying a noun outside them ('the “extremist” group', 'so-called “pass
    through” income'), or a term named as such ('he never used the term “three amigos”')."""
    root = quote_root(doc, quote)
    if root is None:
        return False
    before = doc.char_span(quote.mark_start, quote.mark_end, alignment_mode="expand")
    if before is not None and before.start > 0 and doc[before.start - 1].lemma_.lower() in TERM_NOUNS:
        return True
    words = word_count(quote.text(doc_text(doc)))
    if words <= MAX_PREMODIFIER_WORDS and NAMING_BEFORE.search(doc_text(doc)[max(0, quote.mark_start - 24):quote.mark_start]):
        return True  # 'the so-called “cars deals”', 'the category referred to as “other,”'
    if words <= MAX_PREMODIFIER_WORDS and _names_noun_after(doc, quote) and not named_by_verdict(doc, quote):
        return True  # 'the state's misnamed “right to work” law', not 'what Sroka called a “...” approach'
    return words < MIN_EMBEDDED_WORDS and root.dep_ in LABEL_DEPS and root.head.pos_ in ("NOUN", "PROPN")


def _names_noun_after(doc: Doc, quote: QuoteSpan) -> bool:
    """True when the quoted words premodify the noun right after the closing mark ('the
    “right to work” law', 'the “stop and frisk” policies'), not open a clause of their own."""
    inner = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    marked = doc.char_span(quote.mark_start, quote.mark_end, alignment_mode="expand")
    if inner is None or marked is None or marked.end >= len(doc):
        return False
    noun = doc[marked.end]
    if noun.tag_ not in ("NN", "NNS") or marked.start == 0 or noun.sent.start != marked[0].sent.start:
        return False
    if quote.text(doc_text(doc)).rstrip()[-1:] in ".!?":
        return False  # 'saying it's “all about management.” Trump ...': the sentence ends with it
    if any(t.head.i == noun.i and t.dep_ in LABEL_DEPS for t in inner):
        return True
    # The parser often breaks such a phrase up: read the word order instead, a noun phrase
    # opened before the quote ('the', 'its', 'misnamed') and closed by the noun after it.
    opener = doc[marked.start - 1]
    return opener.tag_ in ("DT", "PRP$", "JJ", "POS") and not any(t.pos_ == "AUX" or t.tag_ in ("VBD", "VBZ", "VBP") for t in inner)


def named_by_verdict(doc: Doc, quote: QuoteSpan) -> bool:
    """True when a verdict verb takes the quoted name ('called her “Miss Piggy”')."""
    verb = governing_verb(doc, quote)
    return verb is not None and is_verdict_verb(verb)
