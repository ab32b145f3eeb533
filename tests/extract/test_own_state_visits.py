"""No visit to one's own state or its capital (relations/own_state_visits.py): the whole entity stage
and the relation rules run on each text."""
from __future__ import annotations

import pytest

from pipeline.extract.entities.mentions import collect_mentions
from pipeline.extract.relations.typed import extract_relations


def _visits(nlp, text):
    doc = nlp(text)
    mentions = collect_mentions(doc)
    by_index = {m.index: m.text for m in mentions}
    return {(by_index[r.subject], by_index.get(r.object)) for r in extract_relations(doc, mentions)
            if r.predicate == "visited"}


@pytest.mark.parametrize("text, pair, visit", [
    pytest.param("Chinese leader Xi Jinping visited Beijing on Monday to inspect flood defences after days of rain.",
                 ("Xi Jinping", "Beijing"), False, id="nationality-title-capital"),
    pytest.param("Japan's Prime Minister Shinzo Abe flew to Tokyo on Monday after the summit in Hawaii ended.",
                 ("Shinzo Abe", "Tokyo"), False, id="state-office-capital"),
    pytest.param("French President Emmanuel Macron visited Berlin on Wednesday for talks with the chancellor.",
                 ("Emmanuel Macron", "Berlin"), True, id="another-states-capital"),
    pytest.param("Japan's Prime Minister Shinzo Abe flew to Osaka on Monday after the summit in Hawaii ended.",
                 ("Shinzo Abe", "Osaka"), True, id="a-city-at-home-not-the-capital"),
])
def test_no_visit_to_ones_own_state(nlp, text, pair, visit):
    assert (pair in _visits(nlp, text)) == visit, _visits(nlp, text)
