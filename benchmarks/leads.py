"""How many articles of a plain-text dump lose their lead paragraph in cleaning.

Usage: python3 benchmarks/leads.py FOLDER [--examples N]

For a dump of files written headline, blank line, paragraphs (the BBC News dataset's layout), an
article "loses its lead" when the start of its second paragraph (the first after the headline) is
not in the cleaned text (`pipeline.clean.text.clean_plain_text`). Files of fewer than three
paragraphs are skipped. Prints the count and the first lost leads; some are no leads at all (score
lines, venues, dates of match reports), so read them.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.clean.text import clean_plain_text  # noqa: E402

LEAD_PREFIX_CHARS = 50


def lost_leads(folder: Path) -> tuple[int, list[tuple[str, str]]]:
    """(articles read, [(file name, lead start)] of those whose lead cleaning dropped)."""
    read, lost = 0, []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
        if len(paragraphs) < 3:
            continue
        read += 1
        if paragraphs[1][:LEAD_PREFIX_CHARS] not in clean_plain_text(text):
            lost.append((path.name, paragraphs[1][:70]))
    return read, lost


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of .txt articles: headline, then paragraphs")
    parser.add_argument("--examples", type=int, default=20, help="lost leads to print")
    args = parser.parse_args()
    if not args.folder.is_dir():
        parser.error(f"not a folder: {args.folder}")
    read, lost = lost_leads(args.folder)
    print(f"{len(lost)} of {read} articles lose their lead paragraph")
    for name, lead in lost[:args.examples]:
        print(f"  {name}: {lead}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
