#!/usr/bin/env python3
"""CoNLL04 relation extraction: the extract stage's relations scored against gold sentences.

usage: python3 benchmarks/conll04.py [--split dev|train] [--per-rule] [--limit N]

Each sentence's tokens are joined with spaces and run through the project's own extract path
(load_nlp -> collect_mentions -> link_references -> extract_relations). Predicates map to CoNLL04
types: affiliated_with=Work_For (Live_In when the object is a state: CoNLL04 files "U.S.
Ambassador X" under Live_In, the contract as an office of the state), located_in=OrgBased_In with
an ORG subject else Located_In, lives_in=Live_In, killed=Kill; other predicates, and affiliated_with
a person (a person's staff: CoNLL04's Work_For takes an organisation), have no CoNLL04 counterpart
and are not scored.

Prints two micro-averaged scores over all sentences:
- lenient: relation type agrees and the subject/object spans overlap the gold head/tail;
- strict (the field's usual one): head and tail spans exact, entity types agree (PERSON=Peop,
  ORG=Org, GPE/LOC/FAC=Loc) and the relation type agrees. Spans are compared on CoNLL04's own
  tokens: a predicted span is widened to the gold tokens it touches ("Calif" -> the token "Calif."),
  and a relation's place argument "City, Region" is one span, as CoNLL04 annotates it (the
  contract's two places and located_in between them are joined for scoring; not where the
  sentence's annotation has the city as an entity of its own, as CoNLL04 writes it too), and a person's span
  takes in a courtesy title or "President" right before the name, as CoNLL04 writes it (measured on
  the train split, not dev: "Mr.", "Mrs.", "Rev.", "Gen." inside the person 18 times of 18 ("Ms." 5 of 5),
  "President" 43 of 60; "Dr." 5 of 10, "Sen." 5 of 14, "Gov." 1 of 8, "Judge" 0 of 9 are left as
  they are). The contract keeps titles out of names (they are a role), so this is scoring only.
  A relation whose argument is a pronoun ("Booth, who assassinated Lincoln") is scored on the name
  the pronoun stands for, as its claim is written.
With --per-rule, also each rule's firings and lenient precision (what RULE_CONFIDENCE is set from).
Data: ../shared/data/conll04 relative to the repo root, or $NEWSCLAIMS_SHARED/data/conll04.
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from benchmarks.evaluation.data import REPO, SHARED  # noqa: E402

from pipeline.extract import load_nlp  # noqa: E402
from pipeline.extract.coreference.links import link_references  # noqa: E402
from pipeline.extract.entities.mentions import collect_mentions  # noqa: E402
from pipeline.extract.relations.typed import extract_relations  # noqa: E402
from pipeline.claims import LEARNED_PAIR_RULE, learned_reading_claimed  # noqa: E402
from benchmarks.evaluation.metrics import f1_score  # noqa: E402

ENTITY_TYPE = {"PERSON": "Peop", "ORG": "Org", "GPE": "Loc", "LOC": "Loc", "FAC": "Loc"}


@dataclass(frozen=True)
class Arg:
    start: int
    end: int
    type: str

    def overlaps(self, other: "Arg") -> bool:
        return self.start < other.end and other.start < self.end

    def same(self, other: "Arg") -> bool:
        return (self.start, self.end, self.type) == (other.start, other.end, other.type)


@dataclass(frozen=True)
class Rel:
    type: str
    head: Arg
    tail: Arg
    rule: str = ""


def conll_type(predicate: str, subject_label: str, object_label: str = "ORG") -> str | None:
    if predicate == "located_in":
        return "OrgBased_In" if subject_label == "ORG" else "Located_In"
    if predicate == "affiliated_with" and object_label == "PERSON":
        return None  # a person's staff ("Clinton spokesman X"): Work_For takes an organisation
    if predicate == "affiliated_with" and object_label in ("GPE", "LOC"):
        return "Live_In"  # CoNLL04 files a state's officials ("U.S. Ambassador X") under Live_In
    return {"affiliated_with": "Work_For", "lives_in": "Live_In", "killed": "Kill"}.get(predicate)


def gold_relations(sentence: dict) -> tuple[str, list[Rel]]:
    tokens = sentence["tokens"]
    offsets, position = [], 0
    for token in tokens:
        offsets.append(position)
        position += len(token) + 1
    text = " ".join(tokens)

    def arg(entity: dict) -> Arg:
        start = offsets[entity["start"]]
        end = offsets[entity["end"] - 1] + len(tokens[entity["end"] - 1])
        return Arg(start, end, entity["type"])

    entities = sentence["entities"]
    return text, [Rel(r["type"], arg(entities[r["head"]]), arg(entities[r["tail"]])) for r in sentence["relations"]]


def token_bounds(tokens: list[str]) -> list[tuple[int, int]]:
    """Character bounds of each gold token in the space-joined sentence text."""
    bounds, position = [], 0
    for token in tokens:
        bounds.append((position, position + len(token)))
        position += len(token) + 1
    return bounds


# Titles CoNLL04 writes inside a person's span (train split; see the module docstring).
TITLES_INSIDE_PERSON = frozenset({"President", "Mr.", "Mrs.", "Ms.", "Rev.", "Gen."})


def with_title(arg: Arg, tokens: list[str], bounds: list[tuple[int, int]]) -> Arg:
    """A person's span widened to the title token right before it ("President Lincoln")."""
    if arg.type != "Peop":
        return arg
    first = next((i for i, (s, _) in enumerate(bounds) if s == arg.start), None)
    if first is None or first == 0 or tokens[first - 1] not in TITLES_INSIDE_PERSON:
        return arg
    return Arg(bounds[first - 1][0], arg.end, arg.type)


def align(arg: Arg, bounds: list[tuple[int, int]]) -> Arg:
    """A predicted span widened to the gold tokens it touches. CoNLL04 is scored on its own tokens, and
    some of them keep a full stop our mentions leave out ("Calif." ends a sentence as one token)."""
    touched = [(s, e) for s, e in bounds if s < arg.end and arg.start < e]
    if not touched:
        return arg
    return Arg(touched[0][0], touched[-1][1], arg.type)


def predicted_relations(doc, use_scorer: bool = True, annotated_alone=lambda start, end: False,
                        learned_pairs: bool = False) -> list[Rel]:
    """`annotated_alone(start, end)`: whether the sentence's annotation has an entity of exactly
    that place on its own, in which case "City, Region" is not joined (CoNLL04 writes it either way)."""
    mentions = link_references(doc, collect_mentions(doc))
    by_index = {m.index: m for m in mentions}

    def named(index: int):
        """The named mention a pronoun or description stands for, as the claim's entity is."""
        mention, seen = by_index[index], set()
        while mention.refers_to is not None and mention.refers_to in by_index and mention.index not in seen:
            seen.add(mention.index)
            mention = by_index[mention.refers_to]
        return mention

    def label(index: int) -> str:
        return named(index).label

    relations = extract_relations(doc, mentions, use_scorer=use_scorer)
    # "born in North Bend, Ohio": the contract makes two places with located_in between them; CoNLL04
    # makes a relation's place argument one entity "North Bend , Ohio" (and no Located_In inside it).
    # Where a city so followed by its region is another relation's object, the widened span is
    # the argument, and the readings of the region alone and of city-in-region are dropped.
    places = sorted((m for m in mentions if label(m.index) in ("GPE", "LOC")), key=lambda m: m.start)
    region_of = {a.index: b for a, b in zip(places, places[1:]) if doc.text[a.end:b.start].strip() == ","}
    chained = {(r.subject, r.predicate, r.object) for r in relations if r.rule.endswith("+chain")}
    joined = {r.object for r in relations if r.object in region_of
              and (r.subject, r.predicate, region_of[r.object].index) in chained
              and not annotated_alone(by_index[r.object].start, by_index[r.object].end)}
    joined_regions = {region_of[i].index for i in joined}

    found: dict[tuple, Rel] = {}
    for relation in relations:
        if relation.object is None or relation.polarity == "negated":
            continue
        if relation.rule == LEARNED_PAIR_RULE and not learned_pairs and not learned_reading_claimed(
                relation.predicate, doc.text, (by_index[relation.subject].start, by_index[relation.subject].end),
                (by_index[relation.object].start, by_index[relation.object].end)):
            continue  # the run claims only these scorer-only readings (pipeline/claims.py)
        kind = conll_type(relation.predicate, label(relation.subject), label(relation.object))
        if kind is None:
            continue
        if relation.rule == "place_comma_place" and relation.subject in joined:
            continue
        if relation.rule.endswith("+chain") and relation.object in joined_regions:
            continue
        # "Booth, who assassinated President Lincoln": the claim is about Booth, and so is the score
        subject, obj = named(relation.subject), named(relation.object)
        end = region_of[relation.object].end if relation.object in joined else obj.end
        head = Arg(subject.start, subject.end, ENTITY_TYPE.get(label(relation.subject), "Other"))
        tail = Arg(obj.start, end, ENTITY_TYPE.get(label(relation.object), "Other"))
        found.setdefault((kind, head, tail), Rel(kind, head, tail, relation.rule))
    return list(found.values())


def f1(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    precision = tp_pred / n_pred if n_pred else 0.0
    recall = tp_gold / n_gold if n_gold else 0.0
    return precision, recall, f1_score(precision, recall)


def evaluate(sentences: list[dict], nlp, use_scorer: bool = True, learned_pairs: bool = False) -> dict:
    counts = Counter()
    rule_fired, rule_right = Counter(), Counter()
    pairs = [gold_relations(s) for s in sentences]
    for sentence, (text, gold), doc in zip(sentences, pairs, nlp.pipe([text for text, _ in pairs], batch_size=64)):
        bounds = token_bounds(sentence["tokens"])
        aligned: dict[tuple, Rel] = {}
        alone = {(bounds[e["start"]][0], bounds[e["end"] - 1][1]) for e in sentence["entities"]}

        def annotated_alone(start: int, end: int) -> bool:
            place = align(Arg(start, end, "Loc"), bounds)
            return (place.start, place.end) in alone
        for p in predicted_relations(doc, use_scorer, annotated_alone, learned_pairs):
            head, tail = align(p.head, bounds), align(p.tail, bounds)
            head, tail = with_title(head, sentence["tokens"], bounds), with_title(tail, sentence["tokens"], bounds)
            aligned.setdefault((p.type, head, tail), Rel(p.type, head, tail, p.rule))
        predicted = list(aligned.values())
        counts["gold"] += len(gold)
        counts["pred"] += len(predicted)
        for p in predicted:
            lenient = any(g.type == p.type and g.head.overlaps(p.head) and g.tail.overlaps(p.tail) for g in gold)
            strict = any(g.type == p.type and g.head.same(p.head) and g.tail.same(p.tail) for g in gold)
            counts["lenient_pred"] += lenient
            counts["strict_pred"] += strict
            rule_fired[p.rule] += 1
            rule_right[p.rule] += lenient
        for g in gold:
            counts["lenient_gold"] += any(g.type == p.type and g.head.overlaps(p.head) and g.tail.overlaps(p.tail)
                                          for p in predicted)
            counts["strict_gold"] += any(g.type == p.type and g.head.same(p.head) and g.tail.same(p.tail)
                                         for p in predicted)
    return {
        "lenient": f1(counts["lenient_pred"], counts["pred"], counts["lenient_gold"], counts["gold"]),
        "strict": f1(counts["strict_pred"], counts["pred"], counts["strict_gold"], counts["gold"]),
        "counts": dict(counts),
        "rules": {rule: (rule_fired[rule], rule_right[rule]) for rule in sorted(rule_fired)},
    }


def scorer_examples(sentences: list[dict], nlp) -> list[tuple[int, str, list[str], int]]:
    """(sentence number, signature, features, label) for every scorable pair of each sentence."""
    from pipeline.extract.relations.pair_scorer import PAIR_PREDICATES
    from pipeline.extract.relations.typed import read_sentences

    examples = []
    pairs = [gold_relations(s) for s in sentences]
    for number, ((text, gold), doc) in enumerate(zip(pairs, nlp.pipe([text for text, _ in pairs], batch_size=64))):
        mentions = link_references(doc, collect_mentions(doc))
        by_index = {m.index: m for m in mentions}
        for reading in read_sentences(doc, mentions):
            for pair in reading.pairs:
                first, second = by_index[pair.subject], by_index[pair.object]
                kind = conll_type(PAIR_PREDICATES[pair.signature], first.label)
                head, tail = Arg(first.start, first.end, ""), Arg(second.start, second.end, "")
                label = int(any(g.type == kind and g.head.overlaps(head) and g.tail.overlaps(tail) for g in gold))
                examples.append((number, "/".join(pair.signature), pair.features, label))
    return examples


def best_thresholds(scored: list[tuple[str, float, int]]) -> dict[str, float]:
    """Per signature, the probability cut that maximises F1 of the out-of-fold predictions."""
    thresholds = {}
    for signature in sorted({s for s, _, _ in scored}):
        rows = [(p, y) for s, p, y in scored if s == signature]
        positives = sum(y for _, y in rows)
        best = (0.0, 0.5)
        for cut in [x / 20 for x in range(2, 19)]:
            tp = sum(y for p, y in rows if p >= cut)
            predicted = sum(1 for p, _ in rows if p >= cut)
            f1_score = 2 * tp / (predicted + positives) if predicted + positives else 0.0
            best = max(best, (round(f1_score, 6), -cut))
        thresholds[signature] = -best[1]
    return thresholds


def train_scorer(sentences: list[dict], nlp, out: Path) -> None:
    """Fit the pair scorer on `sentences` (the train split) and write its weights as a Python module.

    Thresholds per pair type come from 2-fold cross-validation on the same split (even/odd
    sentences), so the dev split stays unseen.
    """
    from pipeline.extract.relations.pair_scorer import probability, train

    examples = scorer_examples(sentences, nlp)
    scored = []
    for fold in (0, 1):
        weights = train([(f, y) for n, _, f, y in examples if n % 2 != fold])
        scored += [(s, probability(f, weights), y) for n, s, f, y in examples if n % 2 == fold]
    thresholds = best_thresholds(scored)
    weights = train([(f, y) for _, _, f, y in examples])
    about = (f"Pair scorer weights: generated by `python3 benchmarks/conll04.py --train-scorer` from the "
             f"CoNLL04 train split ({len(sentences)} sentences, {len(examples)} mention pairs, "
             f"{sum(y for *_, y in examples)} positive); thresholds by 2-fold cross-validation on it. "
             "Do not edit by hand.")
    data = {"about": about, "thresholds": thresholds, "weights": weights}
    out.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(weights)} weights from {len(examples)} pairs to {out}; thresholds {thresholds}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "train"))
    parser.add_argument("--per-rule", action="store_true", help="firings and lenient precision of each rule")
    parser.add_argument("--rules-only", action="store_true", help="score the hand-written rules without the pair scorer")
    parser.add_argument("--learned-pairs", action="store_true",
                        help="score every reading of the pair scorer, as `run --learned-pairs` claims them")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N sentences")
    parser.add_argument("--train-scorer", action="store_true",
                        help="fit the pair scorer on the train split and rewrite pipeline/extract/relations/pair_scorer_weights.json")
    args = parser.parse_args()
    if args.train_scorer:
        train_path = SHARED / "data" / "conll04" / "conll04_train.json"
        train_scorer(json.loads(train_path.read_text(encoding="utf-8")), load_nlp(),
                     REPO / "pipeline" / "extract" / "relations" / "pair_scorer_weights.json")
        return
    path = SHARED / "data" / "conll04" / f"conll04_{args.split}.json"
    sentences = json.loads(path.read_text(encoding="utf-8"))
    if args.limit:
        sentences = sentences[: args.limit]
    started = time.perf_counter()
    result = evaluate(sentences, load_nlp(), use_scorer=not args.rules_only, learned_pairs=args.learned_pairs)
    elapsed = time.perf_counter() - started
    print(f"CoNLL04 {args.split}: {len(sentences)} sentences, {result['counts'].get('gold', 0)} gold relations, "
          f"{result['counts'].get('pred', 0)} predicted, {elapsed:.1f} s")
    for name in ("lenient", "strict"):
        precision, recall, score = result[name]
        print(f"{name:8} P {precision:.3f}  R {recall:.3f}  F1 {score:.3f}")
    if args.per_rule:
        print("rule                      fired  right  precision  smoothed")
        for rule, (fired, right) in result["rules"].items():
            print(f"{rule:24} {fired:6} {right:6}  {right / fired:9.3f}  {(right + 1) / (fired + 2):8.3f}")


if __name__ == "__main__":
    main()
