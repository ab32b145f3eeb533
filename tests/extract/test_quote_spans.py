"""Quotation spans found in raw text, before any speaker: pairing of marks across styles, lines
and paragraphs (properties and hand-built cases)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.quotes.reopening import colon_frame_start
from pipeline.extract.quotes.spans import find_quote_spans


WORDS = st.text(alphabet="abc xyz,.!?", min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(WORDS, st.sampled_from(["“”", '""', "«»", "", "“", "”", '"'])), max_size=8), st.booleans())
def test_quote_spans_properties(pieces, newlines):
    text = ("\n" if newlines else " ").join(marks[:1] + words + marks[1:] for words, marks in pieces)
    spans = find_quote_spans(text)
    previous_end = -1
    for span in spans:
        assert previous_end <= span.mark_start < span.start <= span.end <= span.mark_end <= len(text)
        # a quote crosses a line only over lines whose marks were lost: none inside it
        inner = text[span.start:span.end]
        assert "\n" not in inner or not any(m in inner for m in "“”«»\"")
        value = span.text(text)
        assert value == value.strip() and not value.endswith(",")
        previous_end = span.mark_end
    # Each well-formed quoted piece with words in it is found, word for word.
    if newlines and all(len(marks) != 1 for _, marks in pieces):
        expected = [w.strip().rstrip(",;: ").strip() for w, marks in pieces if marks and w.strip().rstrip(",;: ").strip()]
        assert [s.text(text) for s in spans] == expected


def test_quote_spans_close_across_styles():
    text = "“Deals are not a requirement,\" Jones said, adding they went \"like candy.” Then \"a “b” c\" d."
    assert [s.text(text) for s in find_quote_spans(text)] == [
        "Deals are not a requirement", "like candy.", "a “b” c"]


def test_quote_spans_pair_doubled_apostrophes_backticks_and_straight_marks():
    text = "''The fall was steep,\" Inspector Lamb said. \"We looked,'' he added. ``Not here,'' she said."
    assert [s.text(text) for s in find_quote_spans(text)] == ["The fall was steep", "We looked", "Not here"]


def test_quote_spans_close_a_quote_left_open_on_the_next_line():
    """The next line's first mark closing the open quote ends it there, one quote over both
    lines; a next line opening with a mark reopens it (the news convention) and is left as it was."""
    text = "\"Open at the end\nclosed here.\" Then \"a new one\" here.\n\"Open again\n\"reopened,\" X said."
    spans = find_quote_spans(text)
    assert [s.text(text) for s in spans] == ["Open at the end\nclosed here.", "a new one", "Open again", "reopened"]
    assert [s.open_ended for s in spans] == [False, False, True, False]
    curly = "He said: “Open at the end\nand closed.” Later: “Two\n“three.”"
    assert [s.text(curly) for s in find_quote_spans(curly)] == ["Open at the end\nand closed.", "Two", "three."]


def test_quote_spans_join_a_quote_over_unmarked_lines():
    """A quote left open, then lines with no mark, then a line whose first mark closes it: one
    quote over all those lines (one sentence a line, the marks between lost). A line between
    with a mark of its own, a reopening mark, or too many lines between leave the pieces apart."""
    text = "\"Resign now.\nIt went badly.\nWe will not open until May.\" she said.\nLater, \"a new one\" here."
    assert [s.text(text) for s in find_quote_spans(text)] == [
        "Resign now.\nIt went badly.\nWe will not open until May.", "a new one"]
    after_frame = 'Smith noted, "It is sad.\nWe will gather facts.\nWe take it seriously. "\nThe team plays Sunday.'
    assert [s.text(after_frame) for s in find_quote_spans(after_frame)] == [
        "It is sad.\nWe will gather facts.\nWe take it seriously."]
    reopened = "“Open here.\nNo mark here.\n“Reopened,” X said."
    assert [s.open_ended for s in find_quote_spans(reopened)] == [True, False]
    marked_between = "“Open here.\nHe called it “odd” then.\nclosed,” X said."
    assert [s.text(marked_between) for s in find_quote_spans(marked_between)][0] == "Open here."
    credit = "\"What we have seen is not enough.\nAmy Pope, deputy adviser.\"\nThe plan starts today."
    assert [s.text(credit) for s in find_quote_spans(credit)] == [
        "What we have seen is not enough.", "Amy Pope, deputy adviser."]  # a pull quote's credit stays apart
    far = "“Open here.\n" + "A line.\n" * 7 + "closed,” X said."
    assert [s.text(far) for s in find_quote_spans(far)] == ["Open here."]


def test_quote_spans_run_a_quote_opened_mid_sentence_through_unmarked_lines_to_its_close():
    """A quote opened inside a sentence and closed lines later, one sentence a line, is one quote
    over the unmarked lines between; a quote never closed leaves the lines after it as prose."""
    text = "Police said Ortiz \"spotted Diaz near the store.\nDiaz then pulled a gun.\nHe shot Ortiz twice.\"\nThe end."
    spans = find_quote_spans(text)
    assert [s.text(text) for s in spans] == ["spotted Diaz near the store.\nDiaz then pulled a gun.\nHe shot Ortiz twice."]
    assert [s.open_ended for s in spans] == [False]
    opening = "\"Open at the start\nA line of prose.\nLater \"a quote\" here."
    assert [s.text(opening) for s in find_quote_spans(opening)] == ["Open at the start", "a quote"]
    far = "He said \"open here\nOne.\nTwo.\nThree.\nclosed.\" End."
    assert not {"One.", "Two.", "Three."} & {s.text(far) for s in find_quote_spans(far)}


def test_quote_spans_mixed_styles_and_open_paragraphs():
    text = "He said “a ‘nested’ \"one\" here” and \"two\".\n“Open to the end\n“closed,” X said."
    spans = find_quote_spans(text)
    assert [s.text(text) for s in spans] == ["a ‘nested’ \"one\" here", "two", "Open to the end", "closed"]
    assert [s.open_ended for s in spans] == [False, False, True, False]


@pytest.mark.parametrize("text, expected", [
    # detokenised text moves the space to the wrong side of the closing mark: glued to the speech verb it closes
    pytest.param("\"The warship altered course.\nWhile two escaped, the crew boarded one, \"said Captain Jane Roe.",
                 ["The warship altered course.\nWhile two escaped, the crew boarded one"], id="glued-said"),
    pytest.param("\"The warship altered course.\nWhile two escaped, the crew boarded one, \"Jane Roe said.",
                 ["The warship altered course.\nWhile two escaped, the crew boarded one"], id="glued-name-said"),
])
def test_quote_spans_close_on_a_mark_glued_to_the_frame(text, expected):
    assert [s.text(text) for s in find_quote_spans(text)] == expected


def test_quote_spans_glued_mark_before_other_words_still_opens():
    text = "\"The warship altered course.\nWhile two escaped, \"the crew boarded one\" at dawn."
    assert "the crew boarded one" in [s.text(text) for s in find_quote_spans(text)]


@pytest.mark.parametrize("text, expected", [
    # BBC style: each quoted sentence (or run-together paragraph) reopens the quote unclosed
    pytest.param('He said: "I am signed here. That is not down to me. "As captain I want to win." Narration goes on.',
                 ["I am signed here. That is not down to me.", "As captain I want to win."], id="reopened-sentence"),
    # mid-sentence the mark closes the quote, as before ('"The end. Then "' is one quote)
    pytest.param('"We lost one game. "I have no doubt," said Smith. "The end. Then "more," he added.',
                 ["We lost one game.", "I have no doubt", "The end. Then", "he added."], id="only-at-a-sentence-start"),
    pytest.param("He said: \"They say 'wow, that is interesting.' \"My view is plain.\" Fans disagree.",
                 ["They say 'wow, that is interesting.'", "My view is plain."], id="after-a-nested-quote"),
    # detokenised text: the closing mark's space on the wrong side, a frame after it
    pytest.param('"Would we have done it without him? "Colts interim coach Bruce Arians asked. "We won."',
                 ["Would we have done it without him?", "We won."], id="detokenised-close-before-a-frame"),
    pytest.param('"It is official! "DeGeneres tweeted Friday.', ["It is official!"], id="detokenised-close-name-verb"),
    pytest.param('He said: "We lost. "I said to them we would win." Fans agree.',
                 ["We lost.", "I said to them we would win."], id="the-speaker-s-own-said"),
    pytest.param('Alan Milburn said: "His speech confirms it. In reply to a question, Mr Milburn said: "He may pose '
                 'with his family."',
                 ["His speech confirms it.", "He may pose with his family."], id="a-colon-frame-ends-a-quote-left-open"),
    pytest.param('"I trained for months. "I\'ve always said I\'d win here. Now I have." He was furious. "No."',
                 ["I trained for months.", "I've always said I'd win here. Now I have.", "No."],
                 id="the-speaker-s-own-said-after-a-contraction"),
    pytest.param('He said: “I am signed here. “As captain I want to win.” Narration goes on.',
                 ["I am signed here.", "As captain I want to win."], id="curly"),
    # a mark after a sentence end with a space before and no word after still closes the quote
    pytest.param('He said: "We take it seriously. " Then he left.', ["We take it seriously."], id="spaced-close"),
])
def test_quote_spans_a_reopening_mark_inside_a_quote_goes_on_with_it(text, expected):
    assert [s.text(text) for s in find_quote_spans(text)] == expected


@pytest.mark.parametrize("text, narration_from", [
    ('He said: "We lost. Asked why, Mr Smith said: "', "Asked why"),
    ('He said: "We lost. Then Mr Smith told BBC News: "', "Then Mr Smith"),
    ('He said: "We lost and I told them. I said: "', None),  # the speaker's own frame, quoted
    ('He said: "We lost: "', None),  # no sentence of narration
    ('He said: "We lost. the result was: "', None),  # no frame: no speech verb, no capital
])
def test_a_colon_frame_inside_an_open_quote_starts_narration(text, narration_from):
    mark = len(text) - 1
    inside = text.index('"') + 1
    found = colon_frame_start(text + "Yes.", mark, '"', inside, 0)
    assert found == (text.index(narration_from) - 1 if narration_from else None)


def test_a_straight_mark_typed_for_an_apostrophe_opens_no_quote():
    text = ('Buildings collapsed in last week"s earthquake, near the capital, Interior Minister Javier Espinosa '
            'Teran said. "We will rebuild," he added.')
    assert [text[s.start:s.end] for s in find_quote_spans(text)] == ["We will rebuild"]


@pytest.mark.parametrize("text, expected", [
    ('"They could be talking to a "white knight" right now," said Marvin Roffman.',
     ['They could be talking to a "white knight" right now']),
    ('"We are a "growth" company," he said, "and we will stay one."', ['We are a "growth" company', "and we will stay one."]),
    # a mark placed as an opening one with only one mark after it: a new quote, the old one left open
    ('"The deal is done. "We expect closing soon," he said.', ["The deal is done.", "We expect closing soon"]),
    ('He said the "white knight" was gone. "We will see," he said.', ["white knight", "We will see"]),
])
def test_quote_spans_nest_a_straight_quote_in_a_straight_one(text, expected):
    assert [span.text(text) for span in find_quote_spans(text)] == expected
