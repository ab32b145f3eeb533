"""Judging sheets written as text: where a sheet goes, and how its verdicts are read back.

A sheet holds one `verdict:` line per judged item; the judge writes a word after the colon
("wrong", "clutter", ...), possibly followed by a comment. A blank verdict is an item not judged yet."""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path

# [ \t]*, not \s*: a blank verdict must not take the next line as its value.
VERDICT = re.compile(r"^verdict:[ \t]*(\S.*)?$", re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n+")


def write_sheet(sheet: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(sheet)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(sheet, encoding="utf-8")


def read_verdicts(text: str) -> list[str]:
    """Every verdict of a sheet in order, lower-cased; "" for an item not judged."""
    return [(v or "").strip().lower() for v in VERDICT.findall(text)]


def tally_verdicts(text: str, kinds: Iterable[str]) -> dict[str, int]:
    """Items, judged items, and judged items per verdict kind (a verdict counts for the kind it starts with)."""
    verdicts = read_verdicts(text)
    judged = [v for v in verdicts if v]
    counts = {"items": len(verdicts), "judged": len(judged)}
    counts.update({kind: sum(v.startswith(kind) for v in judged) for kind in kinds})
    return counts


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding text[start:end] starts and ends (a rough split, for showing to a judge)."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _SENTENCE_END.finditer(text, end)), len(text))
    return left, right


def sentence_around(text: str, start: int, end: int, width: int = 320) -> str:
    """The sentence holding text[start:end], the mention in [[ ]], at most about `width` characters."""
    left, right = sentence_span(text, start, end)
    left, right = max(left, start - width // 2), min(right, end + width // 2)
    return " ".join((text[left:start] + "[[" + text[start:end] + "]]" + text[end:right]).split())
