"""ECB+ end to end: raw documents in, the pipeline's own mentions and entities out, scored on gold chains.

- Documents: every ECB+ dev document, its tokens detokenised into plain text (one sentence a
  line, the URL line written as a URL), written as `<doc_id>.txt` for a normal pipeline run.
- Gold: the proper-name mentions (HUM/LOC/NON, continuous, PROPN head) with their coref chain
  and topic, each with the character span of its head token in that text.
- Alignment: a predicted mention stands for the gold mention whose head token it covers
  (one to one, the larger overlap first; a head's last two characters, a possessive or a full
  stop, may be left out). Cleaning may drop or split lines, so each gold line is
  looked up in the cleaned articles of its document; a line not found loses its mentions.
  Predicted mentions that cover no gold head are left out: ECB+ annotates only the entities of
  its events, so an unannotated name is not an error.
"""
from __future__ import annotations

import gzip
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from models import ArticleAnalysis

ECB_ENTITY_TYPES = {"HUM", "LOC", "NON"}
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "''", "n't", "'re", "'m", "'ve",
                    "'ll", "'d", "’s", "’", "”", "...", "_"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "“", "‘", "_"}
_QUOTE_TOKENS = {"``": '"', "''": '"'}


@dataclass(frozen=True)
class GoldMention:
    doc_id: str
    line: int  # sentence number = line of the document text
    head_start: int  # character span of the head token within its line
    head_end: int
    start: int  # character span of the whole mention within its line
    end: int
    chain: str
    topic: str


@dataclass
class EcbDocument:
    doc_id: str
    lines: list[str]


def _conll_doc_id(conll_id: str) -> str:
    """'1/1ecbplus/10' -> '1_10ecbplus', the doc_id of the mentions file."""
    topic, sub, number = conll_id.split("/")
    return f"{topic}_{number}{sub[len(topic):]}"


def detokenise(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """A sentence's tokens as text, and each token's character span in it."""
    url = bool(tokens) and tokens[0].lower().startswith("http")
    pieces: list[str] = []
    spans = []
    pos = 0
    glue_next = True  # no space before the first token, nor after an opening bracket or quote
    quote_open = False
    for i, token in enumerate(tokens):
        text = _QUOTE_TOKENS.get(token, token)
        prev = tokens[i - 1] if i else ""
        closing_quote = token == "\"" and quote_open
        # "90 - day" was "90-day": a hyphen between two word characters joins them
        hyphen = (token == "-" and prev[-1:].isalnum() and i + 1 < len(tokens) and tokens[i + 1][:1].isalnum()) \
            or (prev == "-" and i > 1 and pieces[-1] == "-" and not pieces[-2].endswith(" "))
        if not (url or glue_next or token in _NO_SPACE_BEFORE or closing_quote or hyphen):
            pieces.append(" ")
            pos += 1
        spans.append((pos, pos + len(text)))
        pieces.append(text)
        pos += len(text)
        if token == "\"":
            quote_open = not quote_open
        glue_next = token in _NO_SPACE_AFTER or (token == "\"" and quote_open)
    return "".join(pieces), spans


def load_documents(data: Path) -> tuple[list[EcbDocument], list[GoldMention]]:
    tokens: dict[str, dict[int, dict[int, str]]] = defaultdict(lambda: defaultdict(dict))
    with gzip.open(data / "ecbplus" / "ECBplus.dev.conll.gz", "rt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 4 and not line.startswith("#"):
                tokens[_conll_doc_id(cols[0])][int(cols[1])][int(cols[2])] = cols[3]
    documents, token_spans = [], {}
    for doc_id in sorted(tokens):
        lines = []
        for sent in range(max(tokens[doc_id]) + 1):
            words = [tokens[doc_id][sent][i] for i in sorted(tokens[doc_id].get(sent, {}))]
            text, spans = detokenise(words)
            lines.append(text)
            token_spans[(doc_id, sent)] = dict(zip(sorted(tokens[doc_id].get(sent, {})), spans))
        documents.append(EcbDocument(doc_id, lines))
    with gzip.open(data / "ecbplus" / "entities_mentions.dev.json.gz", "rt", encoding="utf-8") as f:
        raw = json.load(f)
    gold = []
    for m in raw:
        if m["mention_type"] not in ECB_ENTITY_TYPES or m["mention_head_pos"] != "PROPN" or not m["is_continuous"]:
            continue
        spans = token_spans.get((m["doc_id"], m["sent_id"]))
        first, last, head = m["tokens_number"][0], m["tokens_number"][-1], m["mention_head_id"]
        if not spans or head not in spans or first not in spans or last not in spans:
            continue
        gold.append(GoldMention(m["doc_id"], m["sent_id"], *spans[head], spans[first][0], spans[last][1],
                                m["coref_chain"], str(m["topic_id"])))
    return documents, gold


def write_documents(documents: list[EcbDocument], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for doc in documents:
        (folder / f"{doc.doc_id}.txt").write_text("\n".join(doc.lines) + "\n", encoding="utf-8")


def doc_id_of_source(source: str) -> str:
    """'<folder>/1_10ecbplus.txt' or '<...>.txt#2' (a split story) -> '1_10ecbplus'."""
    return Path(source.split("#")[0]).name.removesuffix(".txt")


def align(documents: list[EcbDocument], gold: list[GoldMention], analyses: list[ArticleAnalysis]
          ) -> dict[GoldMention, tuple[str, int]]:
    """Gold mention -> (article id, mention index) of the predicted mention standing for it."""
    lines_of = {d.doc_id: d.lines for d in documents}
    gold_by_line: dict[tuple[str, int], list[GoldMention]] = defaultdict(list)
    for g in gold:
        gold_by_line[(g.doc_id, g.line)].append(g)
    aligned: dict[GoldMention, tuple[str, int]] = {}
    for analysis in analyses:
        text = analysis.article.text or ""
        doc_id = doc_id_of_source(analysis.article.source)
        if doc_id not in lines_of:
            continue
        cursor = 0
        for n, line in enumerate(lines_of[doc_id]):
            if not line.strip() or (doc_id, n) not in gold_by_line:
                continue
            at = text.find(line, cursor)
            if at < 0:
                at = text.find(line)
            if at < 0:
                continue
            cursor = at + len(line)
            inside = [m for m in analysis.mentions if at <= m.start and m.end <= at + len(line)]
            candidates = []
            for g in gold_by_line[(doc_id, n)]:
                for m in inside:
                    # the head's possessive or full stop ("Newton's", "Corp.") may lie outside the name
                    if m.start <= at + g.head_start < m.end and at + g.head_end - 2 <= m.end:
                        overlap = min(m.end, at + g.end) - max(m.start, at + g.start)
                        candidates.append((-overlap, g.head_start, m.index, g, m))
            used: set[int] = set()
            for _, _, _, g, m in sorted(candidates, key=lambda c: c[:3]):
                if g not in aligned and m.index not in used:
                    aligned[g] = (analysis.article.article_id, m.index)
                    used.add(m.index)
    return aligned
