"""An organisation's premises in a place (judge9r mechanism 2): an apposition saying what kind of
organisation or premises a name is, placed by its own "in" ("X, a rehab clinic in Los Angeles");
"the <Org> building/office/store on <street>"; "in the (farming) town of <Place>". One table row per
construction, and the readings each must not make. Mentions are given by hand, so the rows test
the relation rules alone."""
from __future__ import annotations

import pytest

from tests.extract.test_relations import find, relations_of

PLACED = [
    pytest.param("Jane Doe has checked into Sunrise Treatment Center, a prominent rehab clinic in Los Angeles.",
                 [("Jane Doe", "PERSON"), ("Sunrise Treatment Center", "ORG"), ("Los Angeles", "GPE")],
                 ("Sunrise Treatment Center", "located_in", "Los Angeles"), id="appositive-clinic-in"),
    pytest.param("She works at Globex, a software company in Boston, and lives nearby.",
                 [("Globex", "ORG"), ("Boston", "GPE")],
                 ("Globex", "located_in", "Boston"), id="appositive-company-in"),
    pytest.param("The fire started at the Acme building on Elm Street on Monday night, police said.",
                 [("Acme", "ORG"), ("Elm Street", "FAC")],
                 ("Acme", "located_in", "Elm Street"), id="building-on-a-street"),
    pytest.param("The Globex store on Fifth Avenue was robbed on Monday night.",
                 [("Globex", "ORG"), ("Fifth Avenue", "FAC")],
                 ("Globex", "located_in", "Fifth Avenue"), id="store-on-a-street"),
    pytest.param("The bomb went off at a Pacific Coast Bank branch office in the farming town of Springfield.",
                 [("Pacific Coast Bank", "ORG"), ("Springfield", "GPE")],
                 ("Pacific Coast Bank", "located_in", "Springfield"), id="office-in-the-town-of"),
    pytest.param("The Acme office in Springfield closed on Monday, the company said.",
                 [("Acme", "ORG"), ("Springfield", "GPE")],
                 ("Acme", "located_in", "Springfield"), id="office-in"),
]


@pytest.mark.parametrize("text, specs, triple", PLACED)
def test_premises_placed(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs)
    assert find(found, *triple) is not None, [(s, p, o, r.rule) for s, p, o, r in found]


NOT_PLACED = [
    pytest.param("Toyota, the biggest car company in America, recalled the model on Monday.",
                 [("Toyota", "ORG"), ("America", "GPE")],
                 ("Toyota", "located_in", "America"), id="superlative-is-a-scope"),
    pytest.param("Acme, the only bank in the region to grow, reported a profit on Monday.",
                 [("Acme", "ORG")], None, id="only-is-a-scope"),
    pytest.param("The Acme building was sold, and Smith moved on Elm Street last year.",
                 [("Acme", "ORG"), ("Smith", "PERSON"), ("Elm Street", "FAC")],
                 ("Acme", "located_in", "Elm Street"), id="street-of-another-clause"),
    pytest.param("Globex, a company in talks with Boston officials, said on Monday it would expand.",
                 [("Globex", "ORG"), ("Boston", "GPE")],
                 ("Globex", "located_in", "Boston"), id="in-talks-is-no-place"),
    pytest.param("The Acme office on Monday announced a new chief, the company said.",
                 [("Acme", "ORG"), ("Monday", "DATE")],
                 ("Acme", "located_in", "Monday"), id="on-a-date"),
]


@pytest.mark.parametrize("text, specs, triple", NOT_PLACED)
def test_premises_not_placed(nlp, text, specs, triple):
    found = relations_of(nlp, text, specs)
    if triple is None:
        assert not [r for s, p, o, r in found if r.rule in ("org_appos_place", "site_on_street")], found
    else:
        assert find(found, *triple) is None, [(s, p, o, r.rule) for s, p, o, r in found]
