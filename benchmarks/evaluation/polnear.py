"""Direct quotes and their speakers against PolNeAR dev (brat standoff attributions).

usage: python3 benchmarks/polnear.py [--split dev] [--limit N] [--model NAME]

Gold: each attribution whose Content span holds a quotation mark (a direct or mixed quote),
with its Source span(s). Prediction: extract_quotes over the project's mentions (NER + coref);
quotes of one speaker in one paragraph form one predicted content, as PolNeAR joins the pieces
of '“A,” she said. “B.”' into one discontinuous Content.

Two gold sets are scored: every Content holding a quotation mark (the literal definition,
including mixed quotes such as 'that the statement was “true.”', whose content is mostly
paraphrase), and direct quotes proper: contents at least half of whose words lie inside the
quotation marks. A predicted content is the said relation's reported content
(quotes.content.content_bounds): the quoted words, or the whole complement clause holding them
when the quote is part of a reported clause ('called the plan “a disaster”').

Scores (data/README.md): P/R/F1 of contents matched exactly (same word tokens) and by token
overlap >= 0.5 (shared word tokens over the larger of the two), then, for overlap-matched
contents, whether the predicted speaker mention overlaps the gold Source; the headline figure
is P/R/F1 of quotes matched with the right speaker.
"""
from __future__ import annotations

import argparse
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.evaluation.data import SHARED  # noqa: E402
from benchmarks.evaluation.metrics import f1_score  # noqa: E402

QUOTE_MARKS = re.compile(r"[\"“”«»„]|''")  # NYT archive texts type a double quote as ''

WORD = re.compile(r"\w+")
MIN_OVERLAP = 0.5
CONTINUING_RULES = frozenset({"quote:continued", "quote:open-paragraph"})
PARAGRAPH_RULES = frozenset({"quote:next-paragraph", "quote:open-paragraph"})


@dataclass
class Content:
    spans: list[tuple[int, int]]
    sources: list[tuple[int, int]] = field(default_factory=list)  # gold Source or predicted speaker
    quoted_share: float = 1.0  # share of the content's words inside quotation marks


    def words(self, text: str) -> frozenset[int]:
        """Start offsets of the word tokens inside the spans: comparable across annotations."""
        return frozenset(m.start() + s for s, e in self.spans for m in WORD.finditer(text[s:e]))


def _spans(field_text: str) -> list[tuple[int, int]]:
    return [tuple(int(x) for x in part.split()) for part in field_text.split(";")]


def read_gold(ann_path: Path) -> list[Content]:
    """The attributions of one .ann file whose Content holds a quotation mark."""
    spans, texts, events = {}, {}, []
    for line in ann_path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (kind, _spans(offsets))
            texts[parts[0]] = parts[2]
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    gold = []
    for event in events:
        content = event.get("Content")
        if content not in spans or not QUOTE_MARKS.search(texts[content]):
            continue
        sources = spans[event["Source"]][1] if event.get("Source") in spans else []
        gold.append(Content(spans=list(spans[content][1]), sources=list(sources),
                            quoted_share=_quoted_share(texts[content])))
    return gold


def _quoted_share(content: str) -> float:
    """Share of the words of `content` that sit between quotation marks."""
    inside, words_in, words = False, 0, 0
    for piece in re.split(r"([\"“”«»„]|'')", content):
        if QUOTE_MARKS.fullmatch(piece or " "):
            inside = piece in ("“", "«", "„") or (piece in ('"', "''") and not inside)
            continue
        count = len(WORD.findall(piece))
        words += count
        words_in += count if inside else 0
    return words_in / words if words else 0.0


def predict(nlp, texts: list[str]) -> list[list[Content]]:
    from pipeline.extract.coreference.links import link_references
    from pipeline.extract.entities.mentions import collect_mentions
    from pipeline.extract.quotes.content import content_bounds
    from pipeline.extract.quotes.spans import paragraph_bounds
    from pipeline.extract.quotes.direct import extract_quotes

    predictions = []
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=16)):
        mentions = link_references(doc, collect_mentions(doc))
        by_index = {m.index: m for m in mentions}
        contents: list[Content] = []
        last_key = None
        for quote in extract_quotes(doc, mentions):
            speaker = by_index[quote.subject]
            content = content_bounds(quote, text)
            named = by_index[speaker.refers_to] if speaker.refers_to is not None else speaker
            key = (named.text.casefold(), paragraph_bounds(text, quote.value_span[0]))
            if contents and key == last_key and _hits(contents[-1].spans, [content]):
                continue  # two quotes inside one reported clause: 'he won “A” and there is “B”'
            # '“A,” she said. “B.”' and '“A,” she said, “B.”' are one content; a quote with a
            # frame of its own after the speaker's previous one starts a new content.
            between = text[contents[-1].spans[-1][1]:content[0]] if contents else ""
            frame = between.strip().strip("\"“”«»„'").strip()
            # '“A.” She added, “B.”': a new sentence with a speech verb of its own is a second
            # attribution, not the second half of the first.
            new_sentence = (text[:contents[-1].spans[-1][1]].rstrip().rstrip("\"“”«»„'").endswith((".", "!", "?"))
                            and frame[:1].isupper()) if contents else False
            joins = ((quote.rule in CONTINUING_RULES or (frame.endswith((",", ":")) and not new_sentence))
                     and not _second_act(doc, contents[-1].spans[-1][1], content[0]) if contents else False)
            # A quote running on into the next paragraph is the same content, as PolNeAR joins it.
            runs_on = quote.rule in PARAGRAPH_RULES and last_key is not None and key[0] == last_key[0]
            if contents and (key == last_key and joins or runs_on):
                contents[-1].spans.append(content)
            else:
                contents.append(Content(spans=[content], sources=[(speaker.start, speaker.end)]))
            last_key = key
        predictions.append(contents)
    return predictions


def _second_act(doc, start: int, end: int) -> bool:
    """True when the words between two quotes hold more than the first one's frame: a second
    speech verb ('Trump said, adding later, “B”') is a second attribution, which PolNeAR
    annotates as a content of its own. Verbs of a relative clause or apposition about the
    speaker ('Smith, who told X, said') do not count."""
    from pipeline.extract.quotes.speech import is_speech_verb

    region = doc.char_span(start, end, alignment_mode="contract")
    if region is None:
        return False
    verbs = [t for t in region if is_speech_verb(t) and t.tag_ != "VBN"  # 'said, asked about it,'
             and not any(a.dep_ in ("relcl", "acl", "appos") and a.i >= region.start for a in [t, *t.ancestors])]
    return len(verbs) > 1


def _overlap(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / max(len(a), len(b)) if a and b else 0.0


def _within(inner: frozenset[int], outer: frozenset[int]) -> bool:
    return bool(inner) and len(inner & outer) / len(inner) >= MIN_OVERLAP


def _hits(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def score_article(text: str, gold: list[Content], predicted: list[Content]) -> dict[str, int]:
    """Counts for one article; each gold content matches at most one prediction (best overlap first)."""
    gold_words = [g.words(text) for g in gold]
    pred_words = [p.words(text) for p in predicted]
    pairs = sorted(((_overlap(gw, pw), gi, pi) for gi, gw in enumerate(gold_words)
                    for pi, pw in enumerate(pred_words)), reverse=True)
    used_gold, used_pred = set(), set()
    counts = dict(gold=len(gold), predicted=len(predicted), exact=0, overlap=0, speaker=0, exact_speaker=0)
    for ratio, gi, pi in pairs:
        if ratio < MIN_OVERLAP or gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        exact = gold_words[gi] == pred_words[pi]
        right_speaker = _hits(gold[gi].sources, predicted[pi].sources)
        counts["overlap"] += 1
        counts["exact"] += exact
        counts["speaker"] += right_speaker
        counts["exact_speaker"] += exact and right_speaker
    return counts


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, f1_score(p, r)


def load_split(split_dir: Path, limit: int | None = None) -> tuple[list[str], list[list[Content]]]:
    """Texts and gold quote contents of one PolNeAR split (the first `limit` .ann files by name)."""
    texts, golds = [], []
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        text_path = split_dir / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")
        if not text_path.exists():
            continue
        texts.append(text_path.read_text(encoding="utf-8"))
        golds.append(read_gold(ann))
        if limit and len(texts) >= limit:
            break
    return texts, golds


def score(texts: list[str], golds: list[list[Content]], predictions: list[list[Content]],
          min_quoted: float = 0.0) -> dict[str, float]:
    """Totals and P/R/F1 over articles.

    Gold contents with less than `min_quoted` of their words quoted are left out, and so are
    the predictions lying (mostly) inside one: the quoted part of a mixed quote.
    """
    totals = dict(gold=0, predicted=0, exact=0, overlap=0, speaker=0, exact_speaker=0)
    for text, gold, predicted in zip(texts, golds, predictions):
        kept = [g for g in gold if g.quoted_share >= min_quoted]
        dropped = [g.words(text) for g in gold if g.quoted_share < min_quoted]
        predicted = [p for p in predicted if not any(_within(p.words(text), d) for d in dropped)]
        for key, value in score_article(text, kept, predicted).items():
            totals[key] += value
    scores: dict[str, float] = {"articles": len(texts), **totals}
    for name in ("exact", "overlap", "speaker", "exact_speaker"):
        p, r, f = prf(totals[name], totals["predicted"], totals["gold"])
        scores.update({f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f})
    scores["speaker_accuracy"] = totals["speaker"] / totals["overlap"] if totals["overlap"] else 0.0
    return scores


def report(title: str, s: dict[str, float]) -> None:
    print(f"{title}: {s['gold']} gold contents, {s['predicted']} predicted")
    for name, label in (("exact", "contents, exact"), ("overlap", "contents, token overlap >= 0.5"),
                        ("exact_speaker", "exact + right speaker"), ("speaker", "overlap + right speaker")):
        print(f"  {label:32s} P {s[name + '_p']:.3f}  R {s[name + '_r']:.3f}  F1 {s[name + '_f1']:.3f}")
    print(f"  speaker accuracy on matched contents: {s['speaker_accuracy']:.3f}")


DIRECT_SHARE = 0.5


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    from pipeline.extract import DEFAULT_MODEL, load_nlp

    nlp = load_nlp(args.model or DEFAULT_MODEL)
    texts, golds = load_split(SHARED / "data" / "polnear" / args.split, args.limit)
    started = time.perf_counter()
    predictions = predict(nlp, texts)
    elapsed = time.perf_counter() - started
    print(f"PolNeAR {args.split}: {len(texts)} annotated articles, predicted in {elapsed:.1f} s")
    report("Direct quotes (>= half the content's words quoted)", score(texts, golds, predictions, DIRECT_SHARE))
    report("All contents holding a quotation mark", score(texts, golds, predictions))


if __name__ == "__main__":
    main()
