"""The numpy walk of py3langid's byte automaton gives the library's own feature counts and ranks."""
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

from pipeline.clean.language import LanguageFilter, WindowedIdentifier, WindowedWalk

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def library():
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@pytest.fixture(scope="module")
def walk(library):
    return WindowedWalk(library.tk_nextmove, library.tk_row, library.tk_output)


def _expected(library, data: bytes) -> dict:
    counts = visit_counts(library.tk_nextmove, library._rowbase, library.tk_output, data)
    return dict(counts) if counts else {}


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=400), st.text(max_size=300).map(lambda t: t.encode("utf8", "surrogatepass"))))
def test_counts_are_the_librarys_in_its_order(library, walk, data):
    got = walk.visit_counts(data)
    assert got is not None  # the window explains every text of this model
    assert list(got.items()) == list(_expected(library, data).items())


def test_real_texts_rank_alike(library):
    ours = WindowedIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    texts = [p.read_text(errors="replace") for p in sorted(CORPUS.rglob("*")) if p.is_file()]
    texts += ["Merkel visits Paris", "Nach Angaben des Ministeriums", "", "12345", "日本語のテキストです。"]
    for text in texts:
        assert ours.rank(text[:4000]) == library.rank(text[:4000])


def test_a_walk_the_window_cannot_explain_is_refused(library, walk):
    class Shallow(WindowedWalk):
        WINDOW = 1

    shallow = Shallow(library.tk_nextmove, library.tk_row, library.tk_output)
    data = "the government said on Tuesday".encode()
    assert shallow.visit_counts(data) is None
    assert walk.visit_counts(data) == _expected(library, data)


def test_filter_names_languages():
    languages = LanguageFilter("en")
    assert languages.identify("The minister said on Tuesday that the talks would go on next week.") == ("en", False)
    assert languages.identify("Nach Angaben des Ministeriums wurden die Gespräche am Dienstag fortgesetzt, "
                              "sagte der Sprecher der Regierung.")[1]
