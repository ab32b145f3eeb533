"""CPU of the extraction rules alone (analyse_doc: mentions, coreference, relations, quotes), on
parses made once and cached, so a change to the rules can be timed in seconds and checked for
byte-identical analyses without re-running spaCy.

Usage:
  python3 -m pipeline run PAGES --out OUT --fresh --workers 1     # any run: its kept articles
  python3 benchmarks/rules_cpu.py --prepare OUT/articles.jsonl --cache /tmp/rules-cache
  python3 benchmarks/rules_cpu.py --cache /tmp/rules-cache --repeat 5 [--dump analyses.jsonl] [--profile out.prof]

Prints the CPU seconds of each repeat and the best. `--dump` writes every ArticleAnalysis as JSON
Lines: `cmp` two dumps to check that a change keeps the analyses byte-identical. Parses come back
from a DocBin, so the in-pipeline rules (org_name_rules, paragraph_breaks) are not timed here.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prepare", type=Path, help="articles.jsonl of a run: parse its kept articles into the cache")
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--profile", type=Path, help="also write a cProfile of one pass")
    args = parser.parse_args()
    import spacy
    from spacy.tokens import DocBin

    from models import Article
    from pipeline.extract import analyse_doc, load_nlp

    if args.prepare:
        articles = [Article.model_validate_json(line) for line in args.prepare.read_text(encoding="utf-8").splitlines()]
        articles = [a for a in articles if a.status == "kept" and a.text]
        docs = DocBin(store_user_data=False)
        for doc in load_nlp().pipe([a.text for a in articles], batch_size=64):
            docs.add(doc)
        args.cache.mkdir(parents=True, exist_ok=True)
        (args.cache / "docs.spacy").write_bytes(docs.to_bytes())
        (args.cache / "articles.jsonl").write_text("".join(a.model_dump_json() + "\n" for a in articles),
                                                   encoding="utf-8")
        print(f"parsed {len(articles)} kept articles into {args.cache}")
        return
    vocab = spacy.blank("en").vocab
    articles = [Article.model_validate_json(line)
                for line in (args.cache / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        docs = list(DocBin().from_bytes((args.cache / "docs.spacy").read_bytes()).get_docs(vocab))
        profiler.runcall(lambda: [analyse_doc(d, a) for d, a in zip(docs, articles)])
        profiler.dump_stats(args.profile)
    best, analyses = None, []
    for _ in range(args.repeat):
        docs = list(DocBin().from_bytes((args.cache / "docs.spacy").read_bytes()).get_docs(vocab))  # no warm caches
        started = time.process_time()
        analyses = [analyse_doc(d, a) for d, a in zip(docs, articles)]
        spent = time.process_time() - started
        best = spent if best is None else min(best, spent)
        print(f"rules CPU {spent:.3f} s")
    print(f"best of {args.repeat}: {best:.3f} s over {len(articles)} articles")
    if args.dump:
        args.dump.write_text("".join(a.model_dump_json() + "\n" for a in analyses), encoding="utf-8")


if __name__ == "__main__":
    main()
