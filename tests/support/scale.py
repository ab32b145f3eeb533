"""A tiny corpus for the scale, incremental and Dask tests (helpers only, no tests here).

Real news texts (the smallest PolNeAR dev articles, chosen by size, not by name), spread over
nested folders, plus an exact copy (a duplicate) and an empty file, so every status and the
source paths of nested files are exercised.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from pipeline.run import RunOptions, run

OUTPUT_FILES = ("articles.jsonl", "entities.jsonl", "claims.jsonl")


def smallest_texts(shared_data: Path, count: int) -> list[Path]:
    texts = sorted((shared_data / "polnear" / "dev" / "text").glob("*.txt"), key=lambda p: (p.stat().st_size, p.name))
    assert len(texts) >= count, "PolNeAR dev texts missing from the shared data"
    return texts[:count]


def build_corpus(shared_data: Path, root: Path, count: int = 6) -> list[Path]:
    """Write the corpus under root; returns the article files in the order ingest walks them."""
    files = []
    for i, text in enumerate(smallest_texts(shared_data, count)):
        folder = root / ("a" if i % 2 == 0 else "b/c")
        folder.mkdir(parents=True, exist_ok=True)
        files.append(Path(shutil.copy(text, folder / f"{i:02d}.txt")))
    shutil.copy(files[0], root / "b" / "copy-of-first.txt")
    (root / "b" / "blank.txt").write_text("   \n\n", encoding="utf-8")
    return sorted(p for p in root.rglob("*") if p.is_file())


def run_into(out: Path, *inputs: Path, **options) -> "object":
    options.setdefault("workers", 1)
    return run(RunOptions(inputs=tuple(inputs), out=out, **options))


def output_bytes(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUT_FILES}
