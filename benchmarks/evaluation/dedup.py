"""Measuring dedup on third-party text: shared by benchmarks/dedup.py and the quality-floor tests.

Two sets, both read from shared/data (never copied into the project):
- copies: the human-written bodies of the article-extraction benchmark, each followed by
  perturbed copies of the kinds a news dump holds (reformatted, a few words edited, other
  boilerplate around it, embedded in a bigger page, trimmed). Every copy must end up in its
  original's cluster and no two originals may share one.
- rewrites: ECB+ documents, where each topic is one event reported by several outlets. They
  corroborate each other and must stay apart.
"""
from __future__ import annotations

import gzip
import json
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from models import Article
from pipeline.dedup import Verdict
from pipeline.ids import article_id

# Clutter a scraped page carries around the story; none of it is story text.
PAGE_HEADER = ["Accessibility links", "Skip to main content", "Breaking News", "Advertisement",
               "Share this article on Facebook, Twitter or by email"]
PAGE_FOOTER = ["Load more", "Sign up for our daily newsletter to get the top stories in your inbox.",
               "Copyright 2019 The Daily Gazette. All rights reserved.", "Most read"]

PERTURBATIONS = ("reformatted", "edited", "boilerplate", "embedded", "trimmed")


@dataclass(frozen=True)
class Item:
    """One article of an evaluation corpus and the original it was made from."""

    article: Article
    origin: str
    kind: str  # "original" or one of PERTURBATIONS


def benchmark_bodies(shared_data: Path) -> list[tuple[str, str]]:
    """(item id, human-written body) of the article-extraction benchmark, sorted by id."""
    truth = json.loads((shared_data / "article-extraction-benchmark" / "ground-truth.json").read_text("utf-8"))
    return sorted((key, value["articleBody"]) for key, value in truth.items() if value["articleBody"].strip())


def ecbplus_documents(shared_data: Path) -> list[tuple[str, str]]:
    """(document id like '1/1ecb/3', text) from the ECB+ dev CoNLL file, one sentence a line."""
    sentences: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    with gzip.open(shared_data / "ecbplus" / "ECBplus.dev.conll.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 4 or line.startswith("#"):
                continue
            sentences[fields[0]][fields[1]].append(fields[3])
    return [(doc, "\n".join(" ".join(sentences[doc][s]) for s in sorted(sentences[doc], key=int)))
            for doc in sorted(sentences)]


def _article(source: str, text: str) -> Article:
    return Article(article_id=article_id(source, text), source=source, status="kept", text=text)


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def perturb(text: str, kind: str, rng: random.Random) -> str:
    """A copy of `text` as a news dump would hold it; see PERTURBATIONS."""
    paragraphs = _paragraphs(text)
    if kind == "reformatted":  # whitespace and quote styles change, words do not
        body = "\n".join(" ".join(p.split()) for p in paragraphs)
        return body.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    if kind == "edited":  # a correction: about one word in 60 replaced (at least two)
        words = text.split(" ")
        for _ in range(max(2, len(words) // 60)):
            position = rng.randrange(len(words))
            words[position] = rng.choice(["reportedly", "officials", "Tuesday", "nearly", "the", "new"])
        return " ".join(words)
    if kind == "boilerplate":
        return "\n\n".join(rng.sample(PAGE_HEADER, 3) + paragraphs + rng.sample(PAGE_FOOTER, 2))
    if kind == "embedded":  # the story inside a bigger page with more clutter around it
        teaser = ["Related coverage", "Markets close higher as investors weigh new trade data from the region",
                  "Opinion: what the latest figures mean for household budgets this winter"]
        return "\n\n".join(PAGE_HEADER + ["Top stories"] + paragraphs + teaser + PAGE_FOOTER)
    if kind == "trimmed":  # a shorter syndicated version: the last paragraph cut
        return "\n\n".join(paragraphs[:-1] if len(paragraphs) > 5 else paragraphs)
    raise ValueError(f"unknown perturbation {kind!r}")


def copies_corpus(bodies: Sequence[tuple[str, str]], seed: int = 0, source_prefix: str = "") -> list[Item]:
    """Each body and one copy per perturbation, in a seeded random order.

    Corpora built with different prefixes can be concatenated into a bigger dump: the same
    body then has several originals, all of one origin (and one cluster)."""
    rng = random.Random(seed)
    items = []
    for key, body in bodies:
        items.append(Item(_article(f"{source_prefix}{key}.txt", body), key, "original"))
        for kind in PERTURBATIONS:
            copy = perturb(body, kind, rng)
            items.append(Item(_article(f"{source_prefix}{key}.{kind}.txt", copy), key, kind))
    rng.shuffle(items)
    return items


def rewrites_corpus(documents: Sequence[tuple[str, str]]) -> list[Item]:
    """ECB+ documents, each its own origin: every one is a separate report."""
    return [Item(_article(doc, text), doc, "original") for doc, text in documents]


@dataclass(frozen=True)
class Score:
    copies_found: dict[str, float]  # per perturbation kind: share of copies in their original's cluster
    false_merges: int  # items whose kept article comes from another origin
    items: int


def score(items: Sequence[Item], verdicts: Sequence[Verdict | None]) -> Score:
    def kept_end(i: int) -> int:
        verdict = verdicts[i]
        return i if verdict is None else verdict.duplicate_of

    end_of_origin = {}
    for i, item in enumerate(items):
        if item.kind == "original":
            end_of_origin[item.origin] = kept_end(i)
    found: dict[str, list[bool]] = defaultdict(list)
    false_merges = 0
    for i, item in enumerate(items):
        end = kept_end(i)
        if items[end].origin != item.origin:
            false_merges += 1
        if item.kind != "original":
            found[item.kind].append(end == end_of_origin[item.origin])
    return Score({kind: sum(hits) / len(hits) for kind, hits in sorted(found.items())}, false_merges, len(items))
