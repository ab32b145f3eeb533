"""The output files read top to bottom: natural order of sources, entities by name, claims by subject."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.write import natural_key


def test_line_and_story_fragments_sort_as_numbers():
    sources = ["dump.jsonl#L10", "dump.jsonl#L2", "dump.jsonl#L1", "a10.txt", "a9.txt", "A2.txt"]
    assert sorted(sources, key=natural_key) == [
        "A2.txt", "a9.txt", "a10.txt", "dump.jsonl#L1", "dump.jsonl#L2", "dump.jsonl#L10"]


@given(st.lists(st.text(max_size=12), max_size=20))
def test_natural_order_is_total_and_independent_of_input_order(sources):
    assert sorted(sources, key=natural_key) == sorted(reversed(sources), key=natural_key)

