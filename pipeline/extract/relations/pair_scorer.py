"""A small learned scorer for entity pairs that no construction rule covers.

Many relations are stated by constructions too varied to write out ("Walesa works at the
shipyard in Gdansk", "Linguist X of Brown University in Providence"). For the four typed
relations whose argument types fix the relation (a person and an organisation: affiliated_with;
a person and a place: lives_in; an organisation or place and a place: located_in; two people:
killed) a logistic regression over the dependency path between the two mentions decides whether
the sentence states it. Its probability is the relation's confidence.

The weights (pair_scorer_weights.json) are produced by `python3 benchmarks/conll04.py --train-scorer`
from the CoNLL04 *train* split (research-use data, CogComp; only the learned feature weights
are committed, no text).
"""
from __future__ import annotations

import functools
from bisect import bisect_left

import json
import math
from dataclasses import dataclass
from pathlib import Path
from collections import Counter
from typing import Iterator, Optional

from spacy.tokens import Span, Token

from pipeline.extract.doctext import entities_between, lemma_lowers, token_deps, token_lowers, token_pos
from pipeline.lexicon import RESIDENT_NOUNS
from pipeline.extract.relations.lexicon import KILLER_NOUNS, KILLING_NOUNS, SITE_NOUNS, VERB_SENSES, is_role_noun

PAIR_PREDICATES = {
    ("PER", "ORG"): "affiliated_with", ("PER", "LOC"): "lives_in", ("ORG", "LOC"): "located_in",
    ("LOC", "LOC"): "located_in", ("PER", "PER"): "killed",
}
# Features also kept without the pair-type prefix, so what they say carries across pair types.
SHARED_FEATURES = ("path=", "lca=", "len=", "dist=", "trigger=", "path_trigger=", "rule>", "rule<", "between_all=")
COARSE_LABEL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


WEIGHTS_PATH = Path(__file__).with_name("pair_scorer_weights.json")


def coarse(label: str) -> Optional[str]:
    return COARSE_LABEL.get(label)


def ancestors(token: Token) -> list[Token]:
    """The token and its heads up to the root."""
    doc = token.doc
    return [doc[i] for i in ancestor_indices(token)]


def ancestor_indices(token: Token) -> tuple[int, ...]:
    """The indices of `ancestors(token)`, worked out once per token of a doc and kept in its
    user_data: the scorer's features, the pair gate and the anchors ask for the same heads for
    every pair of mentions. Indices, not Tokens: a Token kept in the Doc's own user_data would
    make a reference cycle, and the Doc would wait for the cyclic garbage collector instead of
    being freed when extraction is done with it (peak RSS +60 MB at one worker)."""
    chains = token.doc.user_data.get(_ANCESTORS)
    if chains is None:
        chains = token.doc.user_data[_ANCESTORS] = {}
    chain = chains.get(token.i)
    if chain is None:
        heads = [token]
        while heads[-1].head.i != heads[-1].i:
            heads.append(heads[-1].head)
        chain = chains[token.i] = tuple(t.i for t in heads)
    return chain


_ANCESTORS = "newsclaims.ancestors"


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11+"


def trigger_class(token: Token) -> Optional[str]:
    """The relation a word signals, from the rule lexicon ("born" -> lives_in, "spokesman" -> role)."""
    return _trigger(token.lemma_.lower(), token.pos_)


def _trigger(lemma: str, pos: str) -> Optional[str]:
    """trigger_class of a token with this lower-case lemma and part of speech."""
    if pos == "VERB" and lemma in VERB_SENSES:
        return VERB_SENSES[lemma].predicate
    if lemma in KILLING_NOUNS or lemma in KILLER_NOUNS:
        return "killed"
    if pos == "NOUN" and lemma in SITE_NOUNS:
        return "site"
    if pos in ("NOUN", "PROPN") and is_role_noun(lemma):
        return "role"
    if lemma in RESIDENT_NOUNS:
        return "resident"
    return None


@dataclass(frozen=True)
class _SentenceCues:
    features: list[str]  # the sentence's verbs and the relations its words signal, as features
    triggers: dict[int, Optional[str]]  # trigger_class of each of its tokens, by token index


def _sentence_cues(sentence: Span) -> _SentenceCues:
    """What pair_features reads off the whole sentence, worked out once per sentence rather than
    once per pair of its mentions (kept in the Doc's user_data)."""
    key = ("newsclaims.sentence_cues", sentence.start, sentence.end)
    cues = sentence.doc.user_data.get(key)
    if cues is None:
        doc, span = sentence.doc, range(sentence.start, sentence.end)
        lemmas, pos = lemma_lowers(doc), token_pos(doc)
        triggers = {i: _trigger(lemmas[i], pos[i]) for i in span}
        features = [f"sentence_verb={lemmas[i]}" for i in span if pos[i] == "VERB"]
        features += sorted({f"trigger={trigger}" for trigger in triggers.values() if trigger})
        cues = sentence.doc.user_data[key] = _SentenceCues(features, triggers)
    return cues


def pair_features(first: Span, second: Span, sentence: Span, signature: tuple[str, str],
                  context: tuple[str, ...] = ()) -> list[str]:
    """Features of an ordered mention pair: the dependency path between their heads, the words on it
    and between them, their distance, and `context` (how many rivals each has, from sentence_context).
    Every feature is conjoined with the pair's entity types."""
    doc = sentence.doc
    # token indices and the doc's string columns (doctext), not Token objects: this runs for every
    # pair of named mentions in a sentence
    deps, lemmas, lowers = token_deps(doc), lemma_lowers(doc), token_lowers(doc)
    a, b = first.root.i, second.root.i
    up, down = ancestor_indices(first.root), ancestor_indices(second.root)
    down_ids = {t: n for n, t in enumerate(down)}
    lca_position = next((n for n, t in enumerate(up) if t in down_ids), None)
    features = ["bias"]
    if lca_position is not None:
        lca = up[lca_position]
        path_up = [deps[t] for t in up[:lca_position]]
        path_down = [deps[t] for t in down[:down_ids[lca]]]
        path = "^".join(path_up) + "|" + "v".join(reversed(path_down))
        words = [lemmas[t] for t in up[1:lca_position] + down[1:down_ids[lca]]]
        features += [
            f"path={path}", f"path_lca={path}|{lemmas[lca]}", f"lca={lemmas[lca]}",
            f"lca_pos={token_pos(doc)[lca]}", f"len={_bucket(len(path_up) + len(path_down))}",
        ]
        features += [f"path_word={w}" for w in words]
        if lca not in (a, b):
            features.append(f"lca_word={lemmas[lca]}")
    left, right = (first, second) if first.start < second.start else (second, first)
    between = lowers[left.end:right.start]
    features += [f"order={'ab' if left is first else 'ba'}", f"dist={_bucket(len(between))}",
                 f"a_dep={deps[a]}", f"b_dep={deps[b]}"]
    if len(between) <= 6:
        features += [f"between={lower}" for lower in between]
        features.append("between_all=" + " ".join(between))
    between = entities_between(doc, left.end, right.start)
    features.append(f"ents_between={_bucket(between)}")
    for name, span in (("a", first), ("b", second)):
        before = lowers[span.start - 1] if span.start > sentence.start else "<s>"
        after = lowers[span.end] if span.end < sentence.end else "</s>"
        features += [f"{name}_prev={before}", f"{name}_next={after}", f"{name}_last={lowers[span.end - 1]}"]
        # the name's shape, not its words (words would learn the training set's famous names):
        # "DAYTON" in a dateline, "Calif." as a state, a one-word surname
        features += [f"{name}_ntok={min(len(span), 4)}", f"{name}_caps={span.text.isupper()}",
                     f"{name}_dot={span.text.endswith('.')}"]
    cues = _sentence_cues(sentence)
    features += cues.features
    if lca_position is not None:
        triggers = [cues.triggers[t] if t in cues.triggers else _trigger(lemmas[t], token_pos(doc)[t])
                    for t in up[1:lca_position + 1] + down[1:down_ids[lca]]]
        features += sorted({f"path_trigger={trigger}" for trigger in triggers if trigger})
    features += list(context)
    prefix = "/".join(signature) + ":"
    return [prefix + f for f in features] + [f for f in features if f.startswith(SHARED_FEATURES)]


@dataclass(frozen=True)
class ScorerModel:
    """Learned weights and the per type-pair probability thresholds (pair_scorer_weights.json)."""

    weights: dict[str, float]
    thresholds: dict[str, float]


@functools.cache  # read on first use, not at import; once per process
def load_scorer_model(path: Path = WEIGHTS_PATH) -> ScorerModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    return ScorerModel(weights=data["weights"], thresholds=data["thresholds"])


def probability(features: list[str], weights: dict[str, float]) -> float:
    score = sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def train(examples: list[tuple[list[str], int]], epochs: int = 15, rate: float = 0.2, l2: float = 1e-3,
          min_count: int = 5, average: bool = True) -> dict[str, float]:
    """Logistic regression by AdaGrad over sparse features, in a fixed order (deterministic).

    Only features seen in at least `min_count` training pairs get a weight: one-off words carry
    no evidence and would make the committed table large. With `average` the result is the mean of
    the weights after each epoch, which varies less with the order and the exact training set.
    """
    counts = Counter(f for features, _ in examples for f in set(features))
    vocabulary = {f for f, n in counts.items() if n >= min_count}
    weights: dict[str, float] = {}
    squared: dict[str, float] = {}
    kept = [([f for f in features if f in vocabulary], label) for features, label in examples]
    averaged: dict[str, float] = {}
    for _ in range(epochs):
        for features, label in kept:
            gradient = probability(features, weights) - label
            for feature in features:
                w = weights.get(feature, 0.0)
                g = gradient + l2 * w
                squared[feature] = squared.get(feature, 0.0) + g * g
                weights[feature] = w - rate * g / math.sqrt(squared[feature] + 1e-8)
        if average:
            for feature, w in weights.items():
                averaged[feature] = averaged.get(feature, 0.0) + w / epochs
    final = averaged if average else weights
    return {f: round(w, 4) for f, w in sorted(final.items()) if round(w, 4) != 0.0}


def candidate_pairs(spans: list[tuple[int, Span, str]]) -> Iterator[tuple[int, int, tuple[str, str], tuple[str, ...]]]:
    """Ordered pairs (index, index, signature, context) of mentions whose types fix a scorable relation.

    The context says whether each is the only mention of its type in the sentence and whether
    each is the other's nearest mention of that type: with one person and one place in a
    sentence, the person is far more often said to live there."""
    for i, first, first_label in spans:
        for j, second, second_label in spans:
            if i == j or first.root.i == second.root.i:
                continue
            signature = (coarse(first_label), coarse(second_label))
            if signature not in PAIR_PREDICATES:
                continue
            rivals_first = [s for k, s, label in spans if k != i and coarse(label) == signature[0] and s.root.i != first.root.i]
            rivals_second = [s for k, s, label in spans if k != j and coarse(label) == signature[1] and s.root.i != second.root.i]
            distance = abs(first.root.i - second.root.i)
            context = (
                f"first_rivals={_bucket(len(rivals_first))}", f"second_rivals={_bucket(len(rivals_second))}",
                f"second_nearest={all(abs(s.root.i - first.root.i) > distance for s in rivals_second if s.root.i != first.root.i)}",
                f"first_nearest={all(abs(s.root.i - second.root.i) > distance for s in rivals_first if s.root.i != second.root.i)}",
            )
            yield i, j, signature, context


class MentionsByOffset:
    """An article's mentions looked up by where they start: those starting in a stretch of text,
    in their order in the list (a long article has thousands of mentions and of sentences)."""

    def __init__(self, mentions: list):
        self._mentions = mentions
        self._order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
        self._starts = [mentions[k].start for k in self._order]

    def starting_in(self, start: int, end: int) -> list:
        found = self._order[bisect_left(self._starts, start):bisect_left(self._starts, end)]
        return [self._mentions[k] for k in sorted(found)]


def sentence_mentions(doc, mentions, sentence: Span, located: MentionsByOffset | None = None) -> list[tuple[int, Span, str]]:
    """(index, span, label) of the named mentions in `sentence` (descriptive ones carry no type
    evidence). `located`, built over the same `mentions`, finds them without a look at each."""
    found = []
    for mention in located.starting_in(sentence.start_char, sentence.end_char) if located is not None else mentions:
        if mention.refers_to is not None or not (sentence.start_char <= mention.start < sentence.end_char):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and coarse(mention.label):
            found.append((mention.index, span, mention.label))
    return found
