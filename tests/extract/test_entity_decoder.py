"""The vectorised entity decoder finds exactly the entities spaCy's own NER finds."""
from __future__ import annotations

import numpy
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Doc, Span

from pipeline.extract.entity_decoder import VectorisedEntityRecognizer, decodable, parser_sub_batches, valid_moves

# Entities at the edges, across sentence and paragraph breaks, beside white space and
# punctuation, in lists; a one-word text; nothing at all.
TEXTS = [
    "Angela Merkel met Emmanuel Macron in Paris on Tuesday.",
    "The deal, worth $4.5 billion, was signed by General Motors and Toyota Motor Corp",
    "He left Goldman Sachs.\n\nJohn Smith of the BBC said: \"New York is not Washington.\"",
    "  Barack Obama  \n  visited\tNairobi , Kenya ;  the  United   Nations  said  so .  ",
    "Chelsea beat Arsenal 2-1 at Stamford Bridge. Jose Mourinho, 41, was pleased. Wenger was not.",
    "London",
    "Dr. Martin Luther King Jr. spoke in Washington, D.C. in August 1963 to 250,000 people.",
    # Lines that start sentences right after a name: no entity may run on into them.
    "Qualified teams\nEngland (Group A): 10th appearance\nTurkey (Group H): Fifth appearance\n"
    "Belgium (Group I): Sixth appearance\n",
    "Police said the man boarded the commuter train (all times local):\n10 p.m.\nAuthorities say a man was shot.",
    "",
]

WORDS = ["the", "said", "in", "of", "and", "John", "Smith", "New", "York", "Apple", "Inc.", "Paris",
         "Monday", "2004", "$", "5", "million", "Mr", ".", ",", "\n", "\n\n", "  ", "\"", "BBC",
         "European", "Union", "Microsoft", "chief", "executive", "Bill", "Gates", "France"]


@pytest.fixture(scope="module")
def recognisers(nlp):
    vectorised = nlp.get_pipe("ner")
    assert isinstance(vectorised, VectorisedEntityRecognizer)
    return vectorised.original, vectorised


def _before_ner(nlp, texts):
    docs = [nlp.make_doc(t) for t in texts]
    for name, component in nlp.pipeline:
        if name == "ner":
            return docs
        docs = [component(d) for d in docs]
    raise AssertionError("no ner in the pipeline")


def _both(nlp, recognisers, texts, batch_size=64):
    original, vectorised = recognisers
    docs = _before_ner(nlp, texts)
    copies = [Doc(d.vocab).from_bytes(d.to_bytes()) for d in docs]
    theirs = list(original.pipe(docs, batch_size=batch_size))
    ours = list(vectorised.pipe(copies, batch_size=batch_size))
    return theirs, ours


ENTITY_COLUMNS = [ENT_IOB, ENT_TYPE, ENT_KB_ID]


def _same(theirs, ours):
    for a, b in zip(theirs, ours):
        assert numpy.array_equal(a.to_array(ENTITY_COLUMNS), b.to_array(ENTITY_COLUMNS)), \
            ([(e.text, e.label_) for e in a.ents], [(e.text, e.label_) for e in b.ents])


def test_load_nlp_uses_the_vectorised_decoder(nlp):
    assert isinstance(nlp.get_pipe("ner"), VectorisedEntityRecognizer)
    assert nlp.pipe_names.index("ner") < nlp.pipe_names.index("org_name_rules")


@pytest.mark.parametrize("text", TEXTS)
def test_same_entities_as_spacy_one_text(nlp, recognisers, text):
    _same(*_both(nlp, recognisers, [text]))


@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_same_entities_as_spacy_in_batches(nlp, recognisers, batch_size):
    theirs, ours = _both(nlp, recognisers, TEXTS * 3, batch_size)
    _same(theirs, ours)
    assert any(len(d.ents) for d in ours)


def test_call_on_one_doc_is_pipe_on_one(nlp, recognisers):
    original, vectorised = recognisers
    doc = _before_ner(nlp, [TEXTS[2]])[0]
    copy = Doc(doc.vocab).from_bytes(doc.to_bytes())
    _same([original(doc)], [vectorised(copy)])


def test_preset_entities_go_through_spacy(nlp, recognisers):
    # A preset entity constrains the moves; those documents are left to the original.
    original, vectorised = recognisers
    doc = _before_ner(nlp, ["Angela Merkel met Emmanuel Macron in Paris."])[0]
    doc.set_ents([Span(doc, 3, 5, label="ORG")], default="unmodified")
    copy = Doc(doc.vocab).from_bytes(doc.to_bytes())
    ours = vectorised(copy)
    _same([original(doc)], [ours])
    assert ("Emmanuel Macron", "ORG") in [(e.text, e.label_) for e in ours.ents]


def test_decodable_only_for_greedy_ner(nlp, recognisers):
    original, _ = recognisers
    assert decodable(original)
    assert not decodable(nlp.get_pipe("parser"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=0, max_size=40).map(" ".join), min_size=1, max_size=6))
def test_same_entities_as_spacy_on_generated_texts(nlp, recognisers, texts):
    _same(*_both(nlp, recognisers, texts, batch_size=4))


def _valid_names(original, vectorised, *, open_label="", has_next=True, next_starts=False, on_space=False):
    label = numpy.array([original.vocab.strings[open_label] if open_label else 0], dtype=numpy.uint64)
    valid = valid_moves(vectorised.moves, label, numpy.array([bool(open_label)]), numpy.array([has_next]),
                        numpy.array([next_starts]), numpy.array([on_space]))[0]
    return {original.moves.get_class_name(i) for i in numpy.flatnonzero(valid)}


# spaCy's BILUO rules (ner.pyx is_valid) for a state with no preset entity: the moves allowed.
@pytest.mark.parametrize("state, allowed", [
    ({}, {"B-ORG", "U-ORG", "O"}),
    ({"next_starts": True}, {"U-ORG", "O"}),
    ({"has_next": False}, {"U-ORG", "O"}),
    ({"on_space": True}, {"O"}),
    ({"open_label": "ORG"}, {"I-ORG", "L-ORG"}),
    ({"open_label": "ORG", "next_starts": True}, {"L-ORG"}),
    ({"open_label": "ORG", "has_next": False}, {"L-ORG"}),
    ({"open_label": "ORG", "on_space": True}, {"I-ORG", "L-ORG"}),
])
def test_valid_moves_follow_spacy_rules(recognisers, state, allowed):
    names = _valid_names(*recognisers, **state)
    assert {n for n in names if n == "O" or n.endswith("-ORG")} == allowed
    assert "U-" not in names  # the unlabelled unit only keeps a preset blocked token out
    if state.get("open_label"):  # an open entity goes on or ends with its own label
        assert all(n.endswith("-ORG") for n in names)


def test_sub_batches_are_the_parsers(nlp):
    docs = [nlp.make_doc("word " * n) for n in (5, 1, 9, 3, 7, 2, 8, 4, 6)]
    groups = list(parser_sub_batches(docs, batch_size=8))
    assert [[len(d) for d in g] for g in groups] == [[1, 2], [3, 4], [5, 6], [7, 8], [9]]
    assert [len(g) for g in parser_sub_batches(docs, batch_size=4)] == [2, 2, 2, 2, 1]


def test_unseen_classes_are_scored_as_spacy_scores_them(nlp, recognisers):
    # A class the model never saw in training gets the step's lowest score (parser_model.pyx).
    original, usual = recognisers
    unseen = original.model.attrs["unseen_classes"]
    saved = set(unseen)
    names = [original.moves.get_class_name(i) for i in range(original.moves.n_moves)]
    try:
        unseen.update(i for i, name in enumerate(names) if name in ("B-PERSON", "U-GPE", "B-ORG"))
        vectorised = VectorisedEntityRecognizer(original)
        theirs, ours = _both(nlp, (original, vectorised), TEXTS)
        _same(theirs, ours)
    finally:
        unseen.clear()
        unseen.update(saved)
    _, usual_ours = _both(nlp, (original, usual), TEXTS)
    assert [[e.label_ for e in d.ents] for d in ours] != [[e.label_ for e in d.ents] for d in usual_ours]
