"""The per-doc string columns (doctext): the same strings the Token attributes give, for every
token, and no Token or Span kept in the Doc (a Doc must be freed by refcount)."""
from __future__ import annotations

import gc
import weakref

import pytest

from pipeline.extract.doctext import doc_text, lemma_lowers, remember_text, token_deps, token_lowers, token_pos, token_texts

TEXTS = [
    "Mr. O'Neil   said on Tuesday he will (re-)sign with   Acme Corp. in Paris.\n\nIt rained.",
    "The WHO's Dr. Tedros met them; SHE didn't, \u201cwe're gon na\u201d go.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_columns_equal_the_token_attributes(nlp, text):
    doc = nlp(text)
    assert token_lowers(doc) == [t.lower_ for t in doc]
    assert token_deps(doc) == [t.dep_ for t in doc]
    assert token_pos(doc) == [t.pos_ for t in doc]
    assert token_texts(doc) == [t.text for t in doc]
    assert lemma_lowers(doc) == [t.lemma_.lower() for t in doc]
    assert token_deps(doc) is token_deps(doc)  # worked out once per doc


def test_columns_keep_no_reference_to_the_doc(nlp):
    doc = nlp(TEXTS[0])
    for column in (token_lowers, token_deps, token_pos, token_texts, lemma_lowers):
        column(doc)
    gone = weakref.ref(doc)
    gc.disable()
    try:
        del doc
        assert gone() is None
    finally:
        gc.enable()


@pytest.mark.parametrize("text", TEXTS)
def test_remembered_text_is_the_docs_text(nlp, text):
    doc = nlp(text)
    remember_text(doc, text)
    assert doc_text(doc) == doc.text == text


def test_a_text_the_doc_was_not_parsed_from_is_refused(nlp):
    doc = nlp(TEXTS[0])
    with pytest.raises(ValueError):
        remember_text(doc, TEXTS[0] + " More.")
