"""Readers and scorers for the resolve stage's third-party evaluation data (shared/data).

Used by benchmarks/resolution.py and the quality-floor tests, so both measure the same thing:
- ECB+ (cross-document coreference in real news): proper-name mentions, clustered by
  resolve_entities over all documents at once; B-cubed and pairwise P/R/F1 against `coref_chain`.
- Ab3P MED1250: (short form, long form) definition pairs, micro P/R/F1, exact and lenient.
- SDU@AAAI-22 acronym extraction (legal, scientific): acronym and long-form span P/R/F1.
"""
from __future__ import annotations

import gzip
import json
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Callable, Iterable

from rapidfuzz import fuzz

from models import Article, ArticleAnalysis, Mention
from pipeline.resolve.acronyms import find_acronym_definitions
from benchmarks.evaluation.metrics import f1_score

ECB_ENTITY_TYPES = {"HUM", "LOC", "NON"}  # ACT(ions), NEG(ations), TIM(es) are not named entities
NER_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}


@dataclass(frozen=True)
class ScoredClusters:
    precision: float
    recall: float
    f1: float




# --- ECB+ ------------------------------------------------------------------------------------

def _conll_doc_id(conll_id: str) -> str:
    """'1/1ecbplus/10' -> '1_10ecbplus', the doc_id of the mentions file."""
    topic, sub, number = conll_id.split("/")
    return f"{topic}_{number}{sub[len(topic):]}"


def load_ecbplus(data: Path) -> tuple[list[ArticleAnalysis], dict[tuple[str, int], str]]:
    """Articles (tokens joined by spaces, sentences by newlines) with their gold proper-name mentions.

    A proper-name mention is a continuous HUM/LOC/NON mention whose head is a PROPN. Its label
    is the dataset's spaCy NER tag when that is an entity label, else "" (unknown). Returns the
    analyses and gold: (doc_id, mention index) -> coref chain.
    """
    tokens: dict[str, dict[tuple[int, int], str]] = defaultdict(dict)
    with gzip.open(data / "ecbplus" / "ECBplus.dev.conll.gz", "rt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 4 and not line.startswith("#"):
                tokens[_conll_doc_id(cols[0])][(int(cols[1]), int(cols[2]))] = cols[3]
    with gzip.open(data / "ecbplus" / "entities_mentions.dev.json.gz", "rt", encoding="utf-8") as f:
        raw = json.load(f)
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for m in raw:
        if m["mention_type"] in ECB_ENTITY_TYPES and m["mention_head_pos"] == "PROPN" and m["is_continuous"]:
            by_doc[m["doc_id"]].append(m)
    analyses, gold = [], {}
    for doc_id in sorted(by_doc):
        offsets: dict[tuple[int, int], tuple[int, int]] = {}
        pieces, pos, last_sent = [], 0, None
        for (sent, tok), text in sorted(tokens[doc_id].items()):
            if last_sent is not None:
                sep = "\n" if sent != last_sent else " "
                pieces.append(sep)
                pos += 1
            offsets[(sent, tok)] = (pos, pos + len(text))
            pieces.append(text)
            pos += len(text)
            last_sent = sent
        text = "".join(pieces)
        mentions = []
        for m in sorted(by_doc[doc_id], key=lambda m: (m["sent_id"], m["tokens_number"][0])):
            first, last = m["tokens_number"][0], m["tokens_number"][-1]
            if (m["sent_id"], first) not in offsets or (m["sent_id"], last) not in offsets:
                continue
            start, end = offsets[(m["sent_id"], first)][0], offsets[(m["sent_id"], last)][1]
            label = m["mention_ner"] if m["mention_ner"] in NER_LABELS else ""
            mentions.append(Mention(index=len(mentions), text=text[start:end], label=label, start=start, end=end))
            gold[(doc_id, len(mentions) - 1)] = m["coref_chain"]
        article = Article(article_id=doc_id, source=doc_id, status="kept", text=text)
        analyses.append(ArticleAnalysis(article=article, mentions=mentions))
    return analyses, gold


def exact_string_clusters(analyses: Iterable[ArticleAnalysis]) -> dict[tuple[str, int], str]:
    """The baseline: mentions with the same text (casefolded, leading 'the' dropped) are one entity."""
    def key(text: str) -> str:
        text = " ".join(text.split()).casefold()
        return text[4:] if text.startswith("the ") else text
    return {(a.article.article_id, m.index): key(m.text) for a in analyses for m in a.mentions}


def bcubed(predicted: dict, gold: dict) -> ScoredClusters:
    """B-cubed precision and recall over the items of `gold` (item -> cluster label in each)."""
    items = sorted(gold, key=repr)
    pred_members, gold_members = defaultdict(set), defaultdict(set)
    for item in items:
        pred_members[predicted[item]].add(item)
        gold_members[gold[item]].add(item)
    p = r = 0.0
    for item in items:
        pm, gm = pred_members[predicted[item]], gold_members[gold[item]]
        common = len(pm & gm)
        p += common / len(pm)
        r += common / len(gm)
    p, r = p / len(items), r / len(items)
    return ScoredClusters(p, r, f1_score(p, r))


def pairwise(predicted: dict, gold: dict) -> ScoredClusters:
    """Precision and recall of coreferent mention pairs."""
    def pairs(labels: dict) -> set:
        members = defaultdict(list)
        for item in sorted(gold, key=repr):
            members[labels[item]].append(item)
        return {pair for group in members.values() for pair in combinations(group, 2)}
    pred_pairs, gold_pairs = pairs(predicted), pairs(gold)
    tp = len(pred_pairs & gold_pairs)
    p = tp / len(pred_pairs) if pred_pairs else 0.0
    r = tp / len(gold_pairs) if gold_pairs else 0.0
    return ScoredClusters(p, r, f1_score(p, r))


# --- acronym definitions ---------------------------------------------------------------------

def load_ab3p(data: Path) -> list[tuple[str, set[tuple[str, str]]]]:
    """(abstract text, gold {(short, long)}) per MEDLINE abstract; long forms whitespace-normalised."""
    raw = (data / "acronyms" / "ab3p_med1250" / "MED1250_labeled").read_text(encoding="latin-1")
    records: list[tuple[list[str], set[tuple[str, str]]]] = []
    previous_blank = True
    for line in raw.split("\n"):
        if previous_blank and line.strip().isdigit():  # a PMID opens the next abstract
            records.append(([], set()))
        elif records and line.startswith("  ") and "|" in line:
            short, _, long = line.strip().partition("|")
            records[-1][1].add((short, " ".join(long.split())))
        elif records and line.strip():
            records[-1][0].append(line)
        previous_blank = not line.strip()
    return [("\n".join(lines), pairs) for lines, pairs in records]


def score_definitions(documents: list[tuple[str, set[tuple[str, str]]]],
                      detect: Callable[[str], Iterable[tuple[str, str]]] | None = None) -> dict[str, float]:
    """Micro P/R/F1 over (SF, LF) pairs: exact (case-sensitive SF, whitespace-normalised LF) and lenient (LF ratio >= 90)."""
    detect = detect or (lambda text: [(d.short, " ".join(d.long.split())) for d in find_acronym_definitions(text)])
    tp = lenient_tp = n_pred = n_gold = 0
    for text, gold in documents:
        predicted = set(detect(text))
        n_pred += len(predicted)
        n_gold += len(gold)
        tp += len(predicted & gold)
        gold_by_short = defaultdict(list)
        for sf, lf in gold:
            gold_by_short[sf].append(lf)
        lenient_tp += sum(any(fuzz.ratio(lf, g) >= 90 for g in gold_by_short.get(sf, [])) for sf, lf in predicted)
    p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
    lp, lr = lenient_tp / max(n_pred, 1), min(lenient_tp, n_gold) / max(n_gold, 1)
    return {"pairs_gold": n_gold, "pairs_predicted": n_pred, "precision": p, "recall": r, "f1": f1_score(p, r),
            "lenient_precision": lp, "lenient_recall": lr, "lenient_f1": f1_score(lp, lr)}


def load_sdu22(data: Path, domain: str = "legal", split: str = "dev") -> list[dict]:
    path = data / "acronyms" / "sdu_aaai22_ae_english" / domain / f"{split}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def score_sdu22(items: list[dict]) -> dict[str, float]:
    """Span P/R/F1 of acronyms and long forms found by definition detection (exact char spans), and their macro F1.

    Only definitions can be found this way, so recall is bounded by how many acronyms the
    texts define; precision is the meaningful figure.
    """
    counts = {"acronyms": [0, 0, 0], "long-forms": [0, 0, 0]}  # tp, predicted, gold
    for item in items:
        text = item["text"]
        definitions = find_acronym_definitions(text)
        predicted = {"acronyms": {(d.short_start, d.short_start + len(d.short)) for d in definitions},
                     "long-forms": {(d.long_start, d.long_start + len(d.long)) for d in definitions}}
        for kind in counts:
            gold = {tuple(span) for span in item[kind]}
            counts[kind][0] += len(predicted[kind] & gold)
            counts[kind][1] += len(predicted[kind])
            counts[kind][2] += len(gold)
    out = {}
    for kind, (tp, n_pred, n_gold) in counts.items():
        p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
        out.update({f"{kind}_precision": p, f"{kind}_recall": r, f"{kind}_f1": f1_score(p, r)})
    out["macro_f1"] = (out["acronyms_f1"] + out["long-forms_f1"]) / 2
    return out
