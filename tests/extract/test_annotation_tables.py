"""The table versions of the attribute ruler and the lemmatizer annotate exactly as spaCy's own."""
from __future__ import annotations

import numpy
import pytest
import spacy
from hypothesis import given, strategies as st
from hypothesis.extra.numpy import arrays
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from pipeline.extract import DEFAULT_MODEL, load_nlp
from pipeline.extract.annotation_tables import AttributeTable, LemmaTable, distinct_rows

# Every kind of pattern the model's attribute ruler holds: tag maps, word + tag exceptions, the
# parse-dependent ones (auxiliaries, "that" as a pronoun, "but" as an adverb, "there is"), the
# two-token ones ("gon na", "got ta", "let 's", "ai n't", "y' all", "c'm on"), white space.
TEXTS = [
    "I told you it was gonna rain, but it didn't. Let's go, y'all! C'mon, we gotta leave.",
    "There is a problem, and there were others.  It ain't over.\n\nHe has done it; she does not.",
    "That is what that report said about those who said it: 'I saw it.'\nBut, of course, they did.",
    "The U.S. Senate's 2016 vote was 51-49 -- roughly. Mr. Smith, 45, wasn't there.\n \n",
    "He said nothin' of it, nuthin' at all: nothing, something, anyone. Anything? Everybody did.",
    "",
]


@pytest.fixture(scope="module")
def pipelines():
    return spacy.load(DEFAULT_MODEL), load_nlp()


def test_load_nlp_uses_the_tables(pipelines):
    _, nlp = pipelines
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeTable) and nlp.get_pipe("attribute_ruler").exact
    assert isinstance(nlp.get_pipe("lemmatizer"), LemmaTable) and nlp.get_pipe("lemmatizer").exact


@pytest.mark.parametrize("text", TEXTS)
def test_same_annotations_as_spacy(pipelines, text):
    original, tables = pipelines
    with tables.select_pipes(disable=["paragraph_breaks", "org_name_rules"]):
        ours = tables(text)
    theirs = original(text)
    attrs = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
    assert numpy.array_equal(ours.to_array(attrs), theirs.to_array(attrs))
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
    assert [str(t.morph) for t in ours] == [str(t.morph) for t in theirs]


def test_twice_over_the_same_text_gives_the_same_annotations(pipelines):
    """The tables fill as they go: a warm table answers as the cold one did."""
    _, nlp = pipelines
    first, second = (nlp(TEXTS[0]) for _ in range(2))
    assert numpy.array_equal(first.to_array([POS, MORPH, LEMMA]), second.to_array([POS, MORPH, LEMMA]))


def test_lemma_index_answers_membership_from_a_set_with_the_same_words(pipelines):
    original, tables = pipelines
    plain = original.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    indexed = tables.get_pipe("lemmatizer").lemmatizer.lookups.get_table("lemma_index")
    for key, words in plain.items():
        fast = indexed[key]
        assert list(fast) == words and fast is not words
        for word in words[:50] + ["qqxz", "", words[-1].upper()]:
            assert (word in fast) == (word in words)


@pytest.mark.parametrize("text, verb, lemma", [
    ("She hoped to win.", "hoped", "hope"),
    ("She is hoping to win.", "hoping", "hope"),
    ("She hopes to win.", "hopes", "hope"),
    ("He hopped on a train.", "hopped", "hop"),
    ("He was fined $5,000 by the league.", "fined", "fine"),
    ("The woman was raped in 2009.", "raped", "rape"),
    ("They coped well.", "coped", "cope"),
    ("Critics rated it highly.", "rated", "rate"),
    ("She planned the trip.", "planned", "plan"),
    ("He stopped the car.", "stopped", "stop"),
    ("The meeting was based in Paris.", "based", "base"),
    ("She passes the ball.", "passes", "pass"),
])
def test_verbs_keep_their_silent_e(pipelines, text, verb, lemma):
    _, nlp = pipelines
    assert next(t.lemma_ for t in nlp(text) if t.text == verb) == lemma


def test_silent_e_only_where_spelling_allows_it():
    from pipeline.extract.annotation_tables import silent_e_lemma
    verbs = {"hop", "hope", "fin", "fine", "pass", "passe", "rain", "raine", "plan", "plane"}
    assert silent_e_lemma("hoped", "hop", verbs) == "hope"
    assert silent_e_lemma("Fined", "fin", verbs) == "fine"
    assert silent_e_lemma("hopped", "hop", verbs) == "hop"       # a doubled consonant: the short vowel's verb
    assert silent_e_lemma("passes", "pass", verbs) == "pass"     # two consonants
    assert silent_e_lemma("rained", "rain", verbs) == "rain"     # two vowels
    assert silent_e_lemma("hops", "hop", verbs) == "hop"
    assert silent_e_lemma("hoped", "hop", {"hop"}) == "hop"      # no silent-e verb to restore


@given(arrays(numpy.uint64, st.tuples(st.integers(1, 40), st.integers(1, 4)), elements=st.sampled_from([0, 1, 7, 2**63, 2**64 - 1])))
def test_distinct_rows_are_numpy_uniques(rows):
    distinct, first, inverse = distinct_rows(rows)
    expected, expected_first, _ = numpy.unique(rows, axis=0, return_index=True, return_inverse=True)
    assert sorted(map(tuple, distinct.tolist())) == sorted(map(tuple, expected.tolist()))
    assert sorted(first.tolist()) == sorted(expected_first.tolist())  # each one's first occurrence
    assert numpy.array_equal(distinct[inverse], rows) and numpy.array_equal(rows[first], distinct)


def test_tokens_differing_only_in_a_word_no_pattern_names_share_one_outcome(pipelines):
    """The word is read only through the LOWER tests it passes: 'apple' and 'pear' as NN nouns of
    the same dependency are one outcome, 'nothing' (a word + tag exception) another."""
    _, nlp = pipelines
    table = nlp.get_pipe("attribute_ruler")
    strings = nlp.vocab.strings
    def key(word, tag="NN", dep="dobj"):
        return (strings.add(tag), strings.add(word), strings.add(dep), 0)
    assert table._starting(key("apple")) is table._starting(key("pear"))
    assert table._starting(key("nothing")) != table._starting(key("pear"))
    assert table._starting(key("nothin'")) != table._starting(key("pear"))  # a REGEX test on the word


def test_base_forms_are_answered_from_pos_and_morph_alone(pipelines):
    """English's base forms (a singular noun, an infinitive) skip the rule lemmatizer; the rest go
    through it: both kinds occur in the texts compared with spaCy above."""
    _, nlp = pipelines
    table = nlp.get_pipe("lemmatizer")
    assert table._base_forms is not None
    nlp(TEXTS[1])
    assert True in table._base_forms.values() and False in table._base_forms.values()
