"""Where a judging sheet goes: a file (its folder made) or, without one, standard output."""
from __future__ import annotations

import sys
from pathlib import Path


def write_sheet(sheet: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(sheet)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(sheet, encoding="utf-8")
