"""The vectorised entity decoder (pipeline/extract/entity_decoder.py) against spaCy's own NER: the
same entity columns on every document, and the CPU of each.

Usage:
  python3 benchmarks/ner_decoder.py                           # the 840 PolNeAR train texts (shared data)
  python3 benchmarks/ner_decoder.py --run OUT [--run OUT2]    # the kept articles of runs (articles.jsonl)

Both recognisers get the same documents, annotated by every component before `ner` in load_nlp's
pipeline, in batches of 64 (the CLI's size); prints documents compared, documents whose ENT_IOB,
ENT_TYPE or ENT_KB_ID columns differ (0 expected), and each recogniser's CPU seconds.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Doc

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.extract import load_nlp  # noqa: E402

POLNEAR_TEXTS = REPO.parent / "shared" / "data" / "polnear" / "train" / "text"
BATCH = 64


def _texts(runs: list[Path]) -> list[str]:
    if not runs:
        return [p.read_text(encoding="utf-8") for p in sorted(POLNEAR_TEXTS.glob("*.txt"))]
    return [r["text"] for run in runs for r in map(json.loads, (run / "articles.jsonl").open(encoding="utf-8"))
            if r["status"] == "kept"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", type=Path, action="append", default=[], help="a run's output folder")
    args = parser.parse_args()
    nlp = load_nlp()
    vectorised = nlp.get_pipe("ner")
    docs = [nlp.make_doc(text) for text in _texts(args.run)]
    for name, component in nlp.pipeline:
        if name == "ner":
            break
        docs = list(component.pipe(docs, batch_size=BATCH)) if hasattr(component, "pipe") else list(map(component, docs))
    copies = [Doc(doc.vocab).from_bytes(doc.to_bytes()) for doc in docs]
    started = time.process_time()
    theirs = list(vectorised.original.pipe(docs, batch_size=BATCH))
    spacy_cpu = time.process_time() - started
    started = time.process_time()
    ours = list(vectorised.pipe(copies, batch_size=BATCH))
    ours_cpu = time.process_time() - started
    columns = [ENT_IOB, ENT_TYPE, ENT_KB_ID]
    differ = sum(not numpy.array_equal(a.to_array(columns), b.to_array(columns)) for a, b in zip(theirs, ours))
    print(f"documents {len(docs)}, entity columns differing {differ}; "
          f"CPU spaCy's ner {spacy_cpu:.2f} s, vectorised {ours_cpu:.2f} s")


if __name__ == "__main__":
    main()
