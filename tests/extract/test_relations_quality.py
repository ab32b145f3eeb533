"""Quality floors on CoNLL04 dev (third-party data): regressions in the rules or the pair scorer fail here.

Measured with `python3 benchmarks/conll04.py`: lenient F1 0.490 (P 0.772, R 0.359), strict F1
0.403 (P 0.639, R 0.294); the floors sit a little below, leaving room for changes in the mention
rules upstream. Lenient fell from 0.555 when the pair scorer began to abstain on constructions it
never trained on and datelines stopped yielding relations (both wrong on real news far more often
than on CoNLL04's short sentences); strict rose as spans are compared on CoNLL04's own tokens and
conventions.

After the resolution work merged (its mention filters: a person's name ends at a token with a
digit, sentence-opening common words and navigation words are no mentions), the integrated code
measures lenient 0.470 (P 0.728, R 0.347), strict 0.392, hand-written rules right 90 of 118 (0.763):
the floors below are set under those figures. Recovering the CoNLL04 loss from those filters is
open work (issue #12).

Then (branch relations2) the scorer scores a pronoun argument on the name it stands for ("Booth,
who assassinated Lincoln", as the claim is written) and takes in a title CoNLL04 writes inside a
person's span ("President Lincoln"; measured on train), and new organisation rules landed: lenient
0.483 (P 0.752, R 0.356), strict 0.425 (P 0.665, R 0.312). Floors raised under those.
"""
from __future__ import annotations

import json

import pytest

from benchmarks.evaluation import conll04 as conll04_benchmark

pytestmark = pytest.mark.quality


@pytest.fixture(scope="module")
def conll04():
    return conll04_benchmark


@pytest.fixture(scope="module")
def dev_result(conll04, nlp, shared_data):
    sentences = json.loads((shared_data / "conll04" / "conll04_dev.json").read_text(encoding="utf-8"))
    return conll04.evaluate(sentences, nlp)


def test_lenient_f1_floor(dev_result):
    precision, recall, f1 = dev_result["lenient"]
    assert f1 >= 0.47, dev_result["lenient"]
    assert precision >= 0.70 and recall >= 0.33


def test_strict_f1_floor(dev_result):
    assert dev_result["strict"][2] >= 0.41, dev_result["strict"]


def test_hand_written_rules_stay_precise(dev_result):
    fired = sum(n for rule, (n, _) in dev_result["rules"].items() if rule != "learned_pair")
    right = sum(r for rule, (_, r) in dev_result["rules"].items() if rule != "learned_pair")
    assert fired >= 100 and right / fired >= 0.75, dev_result["rules"]


def test_scorer_training_is_deterministic(conll04, nlp, shared_data):
    from pipeline.extract.relations.pair_scorer import train

    sentences = json.loads((shared_data / "conll04" / "conll04_train.json").read_text(encoding="utf-8"))[:60]
    examples = [(features, label) for _, _, features, label in conll04.scorer_examples(sentences, nlp)]
    assert examples and any(label for _, label in examples)
    assert train(examples, epochs=3, min_count=2) == train(examples, epochs=3, min_count=2)
