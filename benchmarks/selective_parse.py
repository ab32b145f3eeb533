"""What parsing only the sentences that can hold a claim would save, and what it would change.

Usage: python3 benchmarks/selective_parse.py [--limit N]

Texts: the kept texts of the 181 pages of article-extraction-benchmark (main text by the clean
stage). Every sentence gets the components every sentence needs (tokenizer, tok2vec, tagger,
NER; sentence boundaries from the model's `senter`); the dependency parser then runs either on
every token, or only on the sentences a selection rule keeps, each parsed alone with its slice of
the whole document's tok2vec output (so its features are the ones it had in context). Two rules:
- narrow: two or more mentions, a quotation mark, or a pronoun coreference reads (he/she/it/they);
- safe: whatever any rule reads a parse for: a mention, a capitalised name the entity rules may
  turn into one (NNP), a quotation mark, a pronoun, a description head ("the university") or a
  person noun ("the mayor").
Prints, in CPU seconds: the parser on everything, the senter, the selection and sub-documents,
the parser on the selected sentences, the net saving, and the share of selected tokens whose
head or label differs from the whole-document parse (what the selection changes even where it
parses). The lemmatizer is left out: its table version (annotation_tables.py) costs little.
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.evaluation.data import SHARED  # noqa: E402

from spacy.tokens import Doc  # noqa: E402

from pipeline.clean.html import extract_html  # noqa: E402
from pipeline.extract import load_nlp  # noqa: E402
from pipeline.extract.coreference.links import PRONOUN_LABELS  # noqa: E402
from pipeline.extract.coreference.roles import is_person_noun  # noqa: E402
from pipeline.extract.coreference.rules import DESCRIPTION_HEADS  # noqa: E402
from pipeline.lexicon import ENTITY_LABELS  # noqa: E402

QUOTE = re.compile(r"[\"“”«»„]|''")


def narrow(sentence, mentions: int) -> bool:
    return mentions >= 2 or bool(QUOTE.search(sentence.text)) or any(t.lower_ in PRONOUN_LABELS for t in sentence)


def safe(sentence, mentions: int) -> bool:
    return mentions >= 1 or bool(QUOTE.search(sentence.text)) or any(
        t.lower_ in PRONOUN_LABELS or t.tag_ in ("NNP", "NNPS") or t.lower_ in DESCRIPTION_HEADS
        or (t.tag_ == "NN" and is_person_noun(t.lower_)) for t in sentence)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    args = parser.parse_args()
    pages = sorted((SHARED / "data" / "article-extraction-benchmark" / "html").glob("*.html.gz"))
    pages = pages[:args.limit] if args.limit else pages
    texts = [t for t in (extract_html(gzip.open(p).read().decode("utf-8", "replace")).text for p in pages) if t]
    nlp = load_nlp()
    dep_parser, senter = nlp.get_pipe("parser"), nlp.get_pipe("senter")
    with nlp.select_pipes(enable=["tok2vec", "tagger", "paragraph_breaks", "attribute_ruler", "ner"]):
        docs = list(nlp.pipe(texts, batch_size=64))
    c = time.process_time()
    whole = list(dep_parser.pipe([d.copy() for d in docs], batch_size=64))
    parse_all = time.process_time() - c
    c = time.process_time()
    split = list(senter.pipe([d.copy() for d in docs], batch_size=64))
    senter_cost = time.process_time() - c
    total = sum(len(d) for d in docs)
    for name, rule in (("narrow", narrow), ("safe", safe)):
        c = time.process_time()
        parts = []
        for doc, sentences in zip(docs, split):
            for s in sentences.sents:
                if not rule(s, sum(1 for e in s.ents if e.label_ in ENTITY_LABELS)):
                    continue
                tokens = doc[s.start:s.end]
                part = Doc(doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens],
                           sent_starts=[True] + [bool(t.is_sent_start) for t in tokens[1:]])
                part.tensor = doc.tensor[s.start:s.end]
                parts.append(part)
        selection = time.process_time() - c
        c = time.process_time()
        parts = list(dep_parser.pipe(parts, batch_size=256))
        parse_selected = time.process_time() - c
        selected = sum(len(p) for p in parts)
        differ, k = 0, 0
        for doc, sentences, full in zip(docs, split, whole):
            for s in sentences.sents:
                if not rule(s, sum(1 for e in s.ents if e.label_ in ENTITY_LABELS)):
                    continue
                for t in parts[k]:
                    ft = full[s.start + t.i]
                    differ += t.dep_ != ft.dep_ or t.head.i + s.start != ft.head.i
                k += 1
        print(f"{name}: {selected / total:.1%} of {total} tokens selected; CPU s: parser on all {parse_all:.2f}, "
              f"senter {senter_cost:.2f}, selection and sub-docs {selection:.2f}, parser on selected "
              f"{parse_selected:.2f} -> net saving {parse_all - parse_selected - senter_cost - selection:.2f} "
              f"(at best, selection free: {parse_all - parse_selected - senter_cost:.2f}); selected tokens "
              f"parsed otherwise than in the whole document: {differ / max(selected, 1):.2%}")


if __name__ == "__main__":
    main()
