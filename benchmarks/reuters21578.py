"""Reuters-21578 SGML files -> one plain-text story per file, as session 20's held-out set was made.

Each <REUTERS> record with a <TITLE> and a <BODY> of 600+ characters (the rest are one-line
notices and tables) becomes `reuters_<NEWID>.txt`: the title, a blank line, then the dateline and
the body as the wire wrote it (hard-wrapped at ~65 characters, paragraphs opening with spaces), the
closing "Reuter" signature left out. The collection (Lewis, Reuters Ltd and Carnegie Group; research
use) is not part of the project; point this at local copies of its reut2-NNN.sgm files.

Usage: python3 benchmarks/reuters21578.py OUT_FOLDER reut2-000.sgm [reut2-001.sgm ...]
then:  newsclaims run OUT_FOLDER --out RUN   (run.json's counts for reut2-000, -001 and -003, 1,134
       stories: 1,084 kept, 46 duplicate, 4 empty in session 20; 227 kept, 9 duplicate, 898 empty at
       e36ef15, before pipeline/clean/wrapping.py)
"""
from __future__ import annotations

import argparse
import html
import re
from pathlib import Path

MIN_BODY_CHARS = 600
_RECORD = re.compile(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', re.S)


def _field(record: str, tag: str) -> str | None:
    found = re.search(rf"<{tag}>(.*?)</{tag}>", record, re.S)
    return html.unescape(found.group(1)) if found else None


def stories(sgml: str):
    """(NEWID, text) of every story long enough to be an article."""
    for match in _RECORD.finditer(sgml):
        record = match.group(2)
        title, body = _field(record, "TITLE"), _field(record, "BODY")
        if title is None or body is None:
            continue
        body = re.sub(r"\s*Reuter\s*$", "", body.replace("\x03", "").rstrip())
        if len(body) < MIN_BODY_CHARS:
            continue
        dateline = _field(record, "DATELINE")
        head = dateline.strip() + " " if dateline else ""
        yield int(match.group(1)), f"{title.strip()}\n\n{head}{body.lstrip()}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    written = 0
    for path in args.files:
        for newid, text in stories(path.read_text(encoding="latin-1")):
            (args.out / f"reuters_{newid:05d}.txt").write_text(text, encoding="utf-8")
            written += 1
    print(f"wrote {written} stories to {args.out}")


if __name__ == "__main__":
    main()
