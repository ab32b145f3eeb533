"""Deals agreed between companies (session 23): a company that takes an offer for itself is bought by
the bidder (relations/offers.py, "accepted_offer"), and companies coordinated as the subject of a
mutual verb partner each other (relations/partnerships.py, "mutual_verb"). One row per construction
and one per look-alike that must read nothing; mentions are given by hand."""
from __future__ import annotations

import pytest

from tests.extract.test_relations import find, relations_of

Z, O, B = ("Zeta Corp", "ORG"), ("Omega Inc", "ORG"), ("Beta Ltd", "ORG")

CASES = [
    # (text, mentions, predicate, (subject, object) or None for nothing of that predicate, rule, modality)
    pytest.param("Zeta Corp said it accepted a takeover bid from Omega Inc on Monday.", [Z, ("it", "ORG"), O],
                 "acquired", ("Omega Inc", "it"), "accepted_offer", None, id="accepted-a-takeover-bid"),
    pytest.param("Purolator Courier Corp said it agreed to a 265 mln dlr offer from E.F. Hutton LBO Inc, topping a rival bid.",
                 [("Purolator Courier Corp", "ORG"), ("it", "ORG"), ("E.F. Hutton LBO Inc", "ORG")],
                 "acquired", ("E.F. Hutton LBO Inc", "it"), "accepted_offer", None, id="agreed-to-a-priced-offer"),
    pytest.param("The board of Zeta Corp accepted a 40 dlrs a share cash offer from Omega Inc.", [Z, O],
                 "acquired", ("Omega Inc", "Zeta Corp"), "accepted_offer", "asserted", id="its-board-accepted"),
    pytest.param("Zeta Corp did not accept the takeover offer from Omega Inc on Monday.", [Z, O],
                 "acquired", ("Omega Inc", "Zeta Corp"), "accepted_offer", "asserted", id="not-accepted-is-negated"),
    pytest.param("Zeta Corp rejected a takeover bid from Omega Inc on Monday.", [Z, O],
                 "acquired", None, None, None, id="rejected-is-no-taking"),
    pytest.param("Zeta Corp accepted a 40 mln dlr offer from Omega Inc for its valve unit on Monday.", [Z, O],
                 "acquired", None, None, None, id="offer-for-something-else"),
    pytest.param("Zeta Corp accepted a 40 mln dlr offer from Omega Inc to buy its valve unit.", [Z, O],
                 "acquired", None, None, None, id="offer-to-do-something-else"),
    pytest.param("Zeta Corp accepted an invitation from Omega Inc on Monday.", [Z, O],
                 "acquired", None, None, None, id="no-offer-noun"),
    pytest.param("Zeta Corp accepted an offer from Omega Inc on Monday.", [Z, O],
                 "acquired", None, None, None, id="unmarked-offer"),
    pytest.param("Zeta Corp accepted the proposed takeover bid from Omega Inc on Monday.", [Z, O],
                 "acquired", None, None, None, id="proposed-offer-unrealised"),
    pytest.param("Zeta Corp and Omega Inc agreed to merge.", [Z, O],
                 "partnered_with", ("Zeta Corp", "Omega Inc"), "mutual_verb", "asserted", id="coordinated-subjects-merge"),
    pytest.param("Zeta Corp and Omega Inc said they agreed to merge.", [Z, O, ("they", "ORG")],
                 "partnered_with", ("Zeta Corp", "Omega Inc"), "mutual_verb", None, id="they-of-a-coordinated-subject"),
    pytest.param("Zeta Corp, Omega Inc and Beta Ltd will team up to build the plant.", [Z, O, B],
                 "partnered_with", ("Beta Ltd", "Zeta Corp"), "mutual_verb", "hedged", id="listed-subjects-team-up"),
    pytest.param("Zeta Corp and Omega Inc merged their valve units.", [Z, O],
                 "partnered_with", None, None, None, id="merged-an-object"),
    pytest.param("Zeta Corp and John Smith agreed to merge.", [Z, ("John Smith", "PERSON")],
                 "partnered_with", None, None, None, id="a-person-merges-with-no-one"),
]


@pytest.mark.parametrize("text, specs, predicate, pair, rule, modality", CASES)
def test_deals(nlp, text, specs, predicate, pair, rule, modality):
    found = relations_of(nlp, text, specs)
    if pair is None:
        assert not [r for r in found if r[1] == predicate], found
        return
    relation = find(found, pair[0], predicate, pair[1])
    assert relation is not None and relation.rule == rule, found
    if modality is not None:
        assert relation.modality == modality
    if "did not" in text:
        assert relation.polarity == "negated"
