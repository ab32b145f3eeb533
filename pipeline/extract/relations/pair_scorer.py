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

import json
import math
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from collections import Counter
from typing import Iterator, Optional

from spacy.tokens import Span, Token

from pipeline.extract.doctext import doc_entity_bounds
from pipeline.lexicon import HONORIFICS, NAME_SUFFIXES, RESIDENT_NOUNS, ROLE_NOUNS, TITLE_ABBREVIATIONS
from pipeline.extract.relations.lexicon import (
    KILLER_NOUNS, KILLING_NOUNS, MEMBERSHIP_NOUNS, SITE_NOUNS, VERB_SENSES, is_role_noun,
)

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


def _ancestors(token: Token) -> list[Token]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11+"


def trigger_class(token: Token) -> Optional[str]:
    """The relation a word signals, from the rule lexicon ("born" -> lives_in, "spokesman" -> role)."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in VERB_SENSES:
        return VERB_SENSES[lemma].predicate
    if lemma in KILLING_NOUNS or lemma in KILLER_NOUNS:
        return "killed"
    if token.pos_ == "NOUN" and lemma in SITE_NOUNS:
        return "site"
    if token.pos_ in ("NOUN", "PROPN") and is_role_noun(lemma):
        return "role"
    if lemma in RESIDENT_NOUNS:
        return "resident"
    return None


def pair_features(first: Span, second: Span, sentence: Span, signature: tuple[str, str],
                  context: tuple[str, ...] = ()) -> list[str]:
    """Features of an ordered mention pair: the dependency path between their heads, the words on it
    and between them, their distance, and `context` (how many rivals each has, from sentence_context).
    Every feature is conjoined with the pair's entity types."""
    a, b = first.root, second.root
    up, down = _ancestors(a), _ancestors(b)
    down_ids = {t.i: n for n, t in enumerate(down)}
    lca_position = next((n for n, t in enumerate(up) if t.i in down_ids), None)
    features = ["bias"]
    if lca_position is not None:
        lca = up[lca_position]
        path_up = [t.dep_ for t in up[:lca_position]]
        path_down = [t.dep_ for t in down[:down_ids[lca.i]]]
        path = "^".join(path_up) + "|" + "v".join(reversed(path_down))
        words = [t.lemma_.lower() for t in up[1:lca_position] + down[1:down_ids[lca.i]]]
        features += [
            f"path={path}", f"path_lca={path}|{lca.lemma_.lower()}", f"lca={lca.lemma_.lower()}",
            f"lca_pos={lca.pos_}", f"len={_bucket(len(path_up) + len(path_down))}",
        ]
        features += [f"path_word={w}" for w in words]
        if lca.i not in (a.i, b.i):
            features.append(f"lca_word={lca.lemma_.lower()}")
    left, right = (first, second) if first.start < second.start else (second, first)
    between = sentence.doc[left.end:right.start]
    features += [f"order={'ab' if left is first else 'ba'}", f"dist={_bucket(len(between))}",
                 f"a_dep={a.dep_}", f"b_dep={b.dep_}"]
    if len(between) <= 6:
        features += [f"between={t.lower_}" for t in between]
        features.append("between_all=" + " ".join(t.lower_ for t in between))
    between = sum(1 for start, end in doc_entity_bounds(sentence.doc) if left.end <= start and end <= right.start)
    features.append(f"ents_between={_bucket(between)}")
    doc = sentence.doc
    for name, span in (("a", first), ("b", second)):
        before = doc[span.start - 1] if span.start > sentence.start else None
        after = doc[span.end] if span.end < sentence.end else None
        features += [f"{name}_prev={before.lower_ if before is not None else '<s>'}",
                     f"{name}_next={after.lower_ if after is not None else '</s>'}",
                     f"{name}_last={span[-1].lower_}"]
        # the name's shape, not its words (words would learn the training set's famous names):
        # "DAYTON" in a dateline, "Calif." as a state, a one-word surname
        features += [f"{name}_ntok={min(len(span), 4)}", f"{name}_caps={span.text.isupper()}",
                     f"{name}_dot={span.text.endswith('.')}"]
    features += [f"sentence_verb={t.lemma_.lower()}" for t in sentence if t.pos_ == "VERB"]
    features += sorted({f"trigger={trigger_class(t)}" for t in sentence if trigger_class(t)})
    if lca_position is not None:
        features += sorted({f"path_trigger={trigger_class(t)}" for t in up[1:lca_position + 1] + down[1:down_ids[lca.i]]
                            if trigger_class(t)})
    features += list(context)
    prefix = "/".join(signature) + ":"
    return [prefix + f for f in features] + [f for f in features if f.startswith(SHARED_FEATURES)]


# Prepositions and attachments that place a person or organisation somewhere ("X of Boston",
# "Boston-based X", "X, Mass.", "X in Ohio"); a place relation the scorer proposes with none of
# these on the path is read off a co-occurrence, not a statement.
PLACE_PREPS = {"in", "of", "from", "at", "near", "outside", "inside", "to", "across", "throughout", "around", "by"}
PLACE_LINK_DEPS = {"appos", "compound", "npadvmod", "nmod", "poss", "amod"}
AFFILIATION_PREPS = {"of", "at", "for", "with", "from", "in", "to"}
# Words that may stand beside a name without being one ("Lt.", "Jr.", "St.", "Mt."), dots dropped.
NAME_AFFIXES = {w.rstrip(".") for w in HONORIFICS | frozenset(TITLE_ABBREVIATIONS) | NAME_SUFFIXES} | {
    "st", "hon", "lord", "lady", "mt"}
# Longest dependency path (arcs) a learned-only pair may span: a kill word on the path already
# ties a killing to its two people, place and affiliation pairs have no such word to lean on.
# Nouns through which a possessive name still relates to the other one: "Jackson's home state",
# "the DEM's division of groundwater", "Yugoslavia's six republics".
POSSESSED_LINK_NOUNS = RESIDENT_NOUNS | SITE_NOUNS | MEMBERSHIP_NOUNS | {
    "home", "hometown", "birthplace", "homeland", "republic", "province", "state", "city", "capital", "region",
    "county", "district", "town", "village", "island", "territory", "department", "ministry", "office", "team"}
# "After Epstein's death, Barr reassigned the warden": a death names no killer.
NON_AGENT_DEATH_WORDS = {"death"}
# Nouns a place or organisation name modifies as a subject matter, not a home or employer:
# "a longtime China expert", "head of China investigations", "the SCO summit".
TOPIC_NOUNS = {"expert", "specialist", "analyst", "scholar", "watcher", "hand", "investigation", "policy",
               "affair", "relation", "study", "research", "program", "programme", "strategy", "summit",
               "talk", "visit", "trip", "tour", "deal", "war", "crisis", "issue", "question"}
MAX_GATED_PATH = {"killed": 10, "lives_in": 8, "located_in": 8, "affiliated_with": 8}
RELATIVE_SUBJECTS = {"who", "that", "which", "whom", "whose"}


def _is_junk_mention(span: Span) -> bool:
    """Names the scorer cannot trust: a symbol inside ('® Honey'), no word of two letters or more,
    or only titles and their abbreviations ('Lt Col')."""
    if any(unicodedata.category(ch).startswith("S") for ch in span.text):
        return True
    words = [t for t in span if sum(ch.isalpha() for ch in t.text) >= 2]
    return not words or all(t.lower_.rstrip(".") in NAME_AFFIXES or t.lower_ in ROLE_NOUNS for t in words)


def _path_tokens(a: Token, b: Token) -> Optional[tuple[list[Token], Token, int]]:
    """The tokens strictly between `a` and `b` on their dependency path, their lowest common
    ancestor, and the path's length in arcs; None when they are in different trees."""
    up, down = _ancestors(a), _ancestors(b)
    down_ids = {t.i: n for n, t in enumerate(down)}
    lca_position = next((n for n, t in enumerate(up) if t.i in down_ids), None)
    if lca_position is None:
        return None
    lca = up[lca_position]
    inner = up[1:lca_position + 1] + list(reversed(down[1:down_ids[lca.i]]))
    inner = [t for t in inner if t.i not in (a.i, b.i)]
    return inner, lca, lca_position + down_ids[lca.i]


def _comma_pair(first: Span, second: Span) -> bool:
    """"Rockville, Md.", "Lagos, Nigeria": two names joined by a comma alone and not inside a
    list ("Bosnia and Herzegovina, Slovakia, Republic of Ireland")."""
    doc = first.doc
    left, right = (first, second) if first.start < second.start else (second, first)
    if right.start != left.end + 1 or doc[left.end].text != ",":
        return False
    before = doc[left.start - 1].lower_ if left.start > 0 else ""
    after = doc[right.end] if right.end < len(doc) else None
    # the pair ends at punctuation: "Croatia, Colombia's valiant effort" is two teams
    return before != "," and (after is None or (after.is_punct or after.is_space) and after.lower_ not in ("&", "/"))


def _phrase_links(first: Span, second: Span, inner: list[Token], person_first: bool = False) -> bool:
    """Whether the names are joined by a phrase that can relate them rather than merely sit them
    side by side: not items of one list ("Slovakia, Republic of Ireland"), not halves of a hyphened
    pair ("US-China trade"), no adverbial clause between ("With Hong Kong protests exploding, Xi is
    ..."), and a possessive name owns either the other name or a role ("Hong Kong's police
    commissioner Chris Tang", not "Epstein's death in a New York detention center")."""
    a, b = first.root, second.root
    conjuncts = a.conjuncts
    if b.i in {t.i for t in conjuncts} and (len(conjuncts) > 1 or any(t.dep_ == "cc" for t in conjuncts[0].head.children)):
        return False  # a list; "Rockville, Md." parsed as a two-item coordination stays
    left, right = (first, second) if first.start < second.start else (second, first)
    if right.start == left.end + 1 and left.doc[left.end].text in ("-", "–", "—", "/"):
        return False
    if any(t.dep_ == "advcl" for t in inner):
        return False
    if person_first and a.dep_ == "pobj" and is_role_noun(a.head.head.lemma_) and a.head.head.i != b.i:
        return False  # "a former aide to Mr. Rubio and now the chairman of ...": the role is another's
    if person_first:
        # a person's apposition relates them to a place only through a noun for a person: "X, a
        # native of Y", not "X, the worst attack in Y" or a misparse "X ...: New York"
        for token in [t for t in inner if t.dep_ == "appos"] + ([b] if b.dep_ == "appos" and b.head.i == a.i else []):
            if token.i != b.i and not (is_role_noun(token.lemma_) or token.lemma_.lower() in RESIDENT_NOUNS):
                return False
            if token.i == b.i:
                return False
    for name, other in ((a, b), (b, a)):
        if name.dep_ == "poss" and name.head.i != other.i and not (
                is_role_noun(name.head.lemma_) or name.head.lemma_.lower() in POSSESSED_LINK_NOUNS):
            return False
    return True


def is_stated_pair(first: Span, second: Span, signature: tuple[str, str]) -> bool:
    """Whether the sentence's syntax could state the pair's relation at all, for pairs no rule found.

    The scorer learned CoNLL04's short newswire sentences, where two mentions of the right types
    are usually related; long news sentences hold many unrelated pairs. So a learned-only pair
    needs both mentions to look like names, a short dependency path inside one clause (no verb on
    it with a subject of its own other than an argument), and a word on the path that can carry
    the relation: a kill word for killed, a place preposition or attachment for lives_in and
    located_in, a role, affiliation preposition or attachment for affiliated_with.
    """
    if _is_junk_mention(first) or _is_junk_mention(second):
        return False
    if signature[1] == "LOC" and _comma_pair(first, second):
        return True  # "Rockville, Md." however the parser attached it
    a, b = first.root, second.root
    found = _path_tokens(a, b)
    if found is None:
        return False
    inner, lca, length = found
    if length > MAX_GATED_PATH[PAIR_PREDICATES[signature]]:
        return False
    arguments = {a.i, b.i}
    on_path = {t.i for t in inner} | arguments
    predicate = PAIR_PREDICATES[signature]
    for token in inner:
        # a verb with a subject of its own between the two names starts another clause; for a
        # killing only a kill verb's own subject matters ("police arrested Oswald after the
        # assassination of Kennedy" still names Kennedy's killer, "X said Y shot Z" does not)
        if token.pos_ in ("VERB", "AUX") and (predicate != "killed" or trigger_class(token) == "killed"):
            for child in token.children:
                if (child.dep_ in ("nsubj", "nsubjpass", "csubj") and child.i not in on_path
                        and child.lower_ not in RELATIVE_SUBJECTS and not first.start <= child.i < first.end
                        and not second.start <= child.i < second.end):
                    return False
    # Outside a killing, a verb between the names must be one that states the relation ("works
    # for", "lives in") or a copula ("is a native of"): "Assange faces charges in the US" or
    # "Patton was beaten by Wichita Heights' Gantenbein" place an event, not the person.
    if predicate != "killed" and any(t.pos_ in ("VERB", "AUX") and t.lemma_ != "be" and trigger_class(t) != predicate
                                     for t in inner):
        return False
    if predicate != "killed" and not _phrase_links(first, second, inner, signature[0] == "PER"):
        return False
    if predicate != "killed" and not _path_carries(a, inner, predicate):
        return False
    # words attached to either name count too ("Kennedy's assassin Lee Harvey Oswald"), but a
    # killing word attached to one name makes that one a victim and relates it to nobody else:
    # "murder victim X" did not kill the anchor who interviewed her relative
    attached = [t for t in list(a.children) + list(b.children)
                if t.i not in on_path and t.lemma_.lower() not in KILLING_NOUNS]
    triggers = {trigger_class(t) for t in inner + attached if t.lemma_.lower() not in NON_AGENT_DEATH_WORDS}
    deps = {a.dep_, b.dep_} | {t.dep_ for t in inner}
    preps = {t.lower_ for t in inner if t.dep_ in ("prep", "agent")}
    if predicate == "killed":
        return "killed" in triggers
    if _names_a_topic(second, first):
        return False
    if predicate in ("lives_in", "located_in"):
        return bool(preps & PLACE_PREPS or deps & PLACE_LINK_DEPS or triggers & {"lives_in", "located_in", "resident", "site"})
    if predicate == "affiliated_with":
        return bool(preps & AFFILIATION_PREPS or deps & PLACE_LINK_DEPS or triggers & {"affiliated_with", "role", "member_of"})
    return True


# Prepositions by which a person is placed or employed whatever the clause ("X of Y", "X from Y");
# "Clinton leads Sanders in Indiana", "worked for Mrs. Clinton at the State Department" attach an
# "in" or "at" to a person that belongs to the event.
PERSON_LINK_PREPS = frozenset({"of", "from"})
# Nouns a path between a person or organisation and a place or employer may pass through.
PATH_NOUNS = SITE_NOUNS | MEMBERSHIP_NOUNS | RESIDENT_NOUNS | POSSESSED_LINK_NOUNS


def _path_carries(a: Token, inner: list[Token], predicate: str) -> bool:
    """Whether every word between the names can carry the relation: no adjective ("the GOP still
    dominant in the Deep South"), no common noun other than a role, a site or a home ("the
    ultimate product of Fox News", "the pact with Iran"), and a person linked by a preposition of
    their own only through "of" or "from"."""
    for token in inner:
        if token.pos_ == "ADJ" and token.dep_ not in ("amod", "compound"):
            return False
        if token.pos_ == "NOUN" and not (is_role_noun(token.lemma_) or token.lemma_.lower() in PATH_NOUNS):
            return False
    first_step = next((t for t in inner if t.head.i == a.i and t.dep_ == "prep"), None)
    if predicate in ("lives_in", "affiliated_with") and first_step is not None \
            and first_step.lower_ not in PERSON_LINK_PREPS:
        return False
    return True


def _names_a_topic(name: Span, other: Span) -> bool:
    """True when `name` only modifies a common noun outside `other` that is a subject matter or an
    event ("China expert", "China investigations", "SCO summit") or no person noun at all."""
    root = name.root
    head = root.head
    if root.dep_ not in ("compound", "amod", "nmod") or head.pos_ != "NOUN" or other.start <= head.i < other.end:
        return False
    return head.lemma_.lower() in TOPIC_NOUNS or trigger_class(head) not in ("role", "resident", "site")


@dataclass(frozen=True)
class ScorerModel:
    """Learned weights and the per type-pair probability thresholds (pair_scorer_weights.json)."""

    weights: dict[str, float]
    thresholds: dict[str, float]


@functools.cache  # read on first use, not at import; once per process
def load_scorer_model(path: Path = WEIGHTS_PATH) -> ScorerModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    return ScorerModel(weights=data["weights"], thresholds=data["thresholds"])


def knows_construction(first: Span, second: Span, signature: tuple[str, str], features: list[str],
                       weights: dict[str, float]) -> bool:
    """Whether the scorer learned anything about the pair's construction: its dependency path was
    seen often enough in training to get a weight (train() keeps features of `min_count` pairs).
    On a path it never saw, the probability rests on word and distance features that CoNLL04's
    short sentences made look reliable; news sentences break them, so the scorer abstains.
    Two constructions stand without a learned path: "Rockville, Md." (a comma pair) and a
    killing, which is_stated_pair admits only with a kill word between the two people."""
    if PAIR_PREDICATES[signature] == "killed" or (signature[1] == "LOC" and _comma_pair(first, second)):
        return True
    return any(f.startswith("path=") and f in weights for f in features)


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


def sentence_mentions(doc, mentions, sentence: Span) -> list[tuple[int, Span, str]]:
    """(index, span, label) of the named mentions in `sentence` (descriptive ones carry no type evidence)."""
    found = []
    for mention in mentions:
        if mention.refers_to is not None or not (sentence.start_char <= mention.start < sentence.end_char):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and coarse(mention.label):
            found.append((mention.index, span, mention.label))
    return found
