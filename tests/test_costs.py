"""Stage costs: nested measurements are exclusive, so the stages add up to the whole."""
from __future__ import annotations

import time

from pipeline.costs import Costs


def _busy(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_a_nested_stage_is_taken_out_of_the_outer_one():
    costs = Costs()
    with costs.measure("outer"):
        _busy(0.02)
        with costs.measure("inner"):
            _busy(0.05)
    assert costs.cpu["inner"] >= 0.05
    assert 0.02 <= costs.cpu["outer"] < 0.05
    assert costs.wall["outer"] + costs.wall["inner"] >= 0.07


def test_iterate_times_producing_items_not_consuming_them():
    costs = Costs()

    def produced():
        for i in range(3):
            _busy(0.01)
            yield i

    with costs.measure("consumer"):
        for _ in costs.iterate("producer", produced()):
            _busy(0.03)
    assert 0.03 <= costs.cpu["producer"] < 0.09
    assert costs.cpu["consumer"] >= 0.09


def test_costs_from_another_process_add_up():
    mine, theirs = Costs(), Costs()
    mine.add("spacy", 1.0, 0.5)
    theirs.add("spacy", 2.0, 1.5)
    theirs.add("rules", 0.25, 0.25)
    mine.merge(theirs)
    assert mine.rounded() == {"rules": {"wall": 0.25, "cpu": 0.25}, "spacy": {"wall": 3.0, "cpu": 2.0}}
