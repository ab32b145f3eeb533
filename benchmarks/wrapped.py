"""Does the plain-text cleaner keep the same article when a dump's paragraphs are hard-wrapped?

Newswire archives and e-mail wrap every paragraph at a fixed width (pipeline/clean/wrapping.py).
This takes a folder of plain-text articles (paragraph per line), writes each one wrapped with
`textwrap` in two house styles, cleans the original and both copies with the run's own cleaner
(line statistics over each dump, as a run does), and counts the articles whose status or text
(whitespace aside) differs from the original's, and how many of the original, unwrapped articles
the cleaner would take for hard-wrapped (each one a page it would wrongly rejoin):

- `blank`: paragraphs wrapped at WIDTH and set apart by blank lines (e-mail, text exports);
- `indent`: wrapped at WIDTH, each paragraph's first line indented by four spaces, no blank lines
  between them (Reuters-21578's wire copy).

Usage: python3 benchmarks/wrapped.py FOLDER [FOLDER ...] [--width 65] [--limit N]
e.g. python3 benchmarks/wrapped.py /work/data/bbc/dev ../shared/data/polnear/dev/text
"""
from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models import Document  # noqa: E402
from pipeline.clean import clean_documents  # noqa: E402
from pipeline.clean.stats import LineStats  # noqa: E402
from pipeline.clean.wrapping import wrap_width  # noqa: E402


def wrapped(text: str, width: int, style: str) -> str:
    """`text` with each non-blank line wrapped at `width` in `style` (`blank` or `indent`); a line
    that fits stays as it is, so a headline keeps its own line."""
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if style == "blank":
        return "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"
    return "\n".join(textwrap.fill(p, width, initial_indent="    ") for p in paragraphs) + "\n"


def _cleaned(docs: list[Document]) -> dict[str, tuple[str, str]]:
    stats = LineStats.from_documents(docs)
    return {a.source: (a.status, " ".join((a.text or "").split())) for a in clean_documents(docs, stats)}


def compare(folder: Path, width: int, limit: int | None) -> None:
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")[:limit]
    texts = {p.name: p.read_text(encoding="utf-8", errors="replace") for p in files}

    def documents(style: str | None) -> list[Document]:
        return [Document(source=name, kind="text", content=text if style is None else wrapped(text, width, style))
                for name, text in texts.items()]

    original = _cleaned(documents(None))
    kept = sum(status == "kept" for status, _ in original.values())
    misread = sum(wrap_width(text.splitlines()) is not None for text in texts.values())
    print(f"{folder}: {len(texts)} articles, {kept} kept unwrapped; {misread} of the unwrapped taken as hard-wrapped")
    for style in ("blank", "indent"):
        result = _cleaned(documents(style))
        status_changed = [s for s in original if result.get(s, ("missing", ""))[0] != original[s][0]]
        text_changed = [s for s in original if s not in status_changed and result[s][1] != original[s][1]]
        print(f"  {style:6s} width {width}: same article {len(original) - len(status_changed) - len(text_changed)}"
              f"/{len(original)}; status changed {len(status_changed)}, text changed {len(text_changed)}"
              + (f" (e.g. {', '.join((status_changed + text_changed)[:4])})" if status_changed or text_changed else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--width", type=int, default=65)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    for folder in args.folders:
        compare(folder, args.width, args.limit)


if __name__ == "__main__":
    main()
