"""The output folder's memory between runs: an embedded SQLite database (OUT/.newsclaims/state.sqlite).

Two caches survive from run to run, each keyed by content and by a fingerprint of the code,
library and model versions that produced it, so a changed input or an upgrade never reuses a
stale answer:

- ``cleaned``: per input file (its path under the input root and a hash of its bytes), the
  Articles that ingest + clean made of it;
- ``analyses``: per kept article (a hash of the Article record), what extract found in it,
  without the article itself (mentions, relations and any fields extract adds).

One table describes the current run only: ``run_articles`` holds every article of this run in
input order with its dedup verdict. The global steps (resolve, claims, write) stream from it, so
no stage needs every ArticleAnalysis in memory, and a second run over a larger dump re-runs only
those cheap global steps over the stored analyses: its output equals a fresh run's.

Every per-file and per-chunk result is committed as it completes, so a run killed midway loses
only the work in flight; the next run picks up from what is stored.
"""
from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterable, Iterator, Sequence

from models import Article, ArticleAnalysis
from pipeline.ids import stable_hash

SCHEMA_VERSION = 2
STATE_DIR = ".newsclaims"
STATE_FILE = "state.sqlite"
_HASH_BLOCK = 1 << 20

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cleaned_files (file_key TEXT PRIMARY KEY, articles INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS cleaned (
    file_key TEXT NOT NULL, seq INTEGER NOT NULL, article TEXT NOT NULL, PRIMARY KEY (file_key, seq));
CREATE TABLE IF NOT EXISTS analyses (analysis_key TEXT PRIMARY KEY, payload TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS run_articles (
    ordinal INTEGER PRIMARY KEY, source TEXT NOT NULL, article_id TEXT NOT NULL, status TEXT NOT NULL,
    analysis_key TEXT, chars INTEGER NOT NULL, article TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS run_articles_order ON run_articles (source, article_id);
"""


def state_path(out: Path) -> Path:
    return out / STATE_DIR / STATE_FILE


def file_digest(path: Path) -> str:
    """Hash of a file's bytes, read in blocks so a multi-gigabyte WARC costs no memory."""
    h = hashlib.blake2b(digest_size=16)
    with path.open("rb") as fh:
        while block := fh.read(_HASH_BLOCK):
            h.update(block)
    return h.hexdigest()


def code_fingerprint(*modules: ModuleType | str, extra: Sequence[object] = ()) -> str:
    """Hash of the given modules' files and of `extra` (library and model versions, options that
    change results). A package counts with every file under it: source and package data alike
    (the pair scorer's weights, any lexicon file), so retraining a model invalidates its results.
    A module given by its dotted name is found, not imported (extraction's would import spaCy)."""
    h = hashlib.blake2b(digest_size=16)
    for module in modules:
        spec = importlib.util.find_spec(module) if isinstance(module, str) else module.__spec__
        h.update(_source_digest(spec.name, spec.origin or "").encode())
    h.update(json.dumps(list(extra), sort_keys=True, default=str).encode())
    return h.hexdigest()


_NOT_SOURCE = {".pyc", ".pyo"}


@functools.cache
def _source_digest(module_name: str, origin: str) -> str:
    """Digest of a module's files as this process first saw them, i.e. of the code it runs: read
    once, so an edit on disk mid-run cannot make two steps of one run disagree."""
    h = hashlib.blake2b(digest_size=16)
    root = Path(origin).parent
    for file in fingerprinted_files(origin):
        h.update(file.relative_to(root).as_posix().encode() + b"\x1f" + file.read_bytes() + b"\x1e")
    return h.hexdigest()


def fingerprinted_files(origin: str) -> list[Path]:
    """The files a module's results depend on: the module itself, or every file of a package."""
    path = Path(origin)
    if path.name != "__init__.py":
        return [path]
    return sorted(f for f in path.parent.rglob("*")
                  if f.is_file() and f.suffix not in _NOT_SOURCE and "__pycache__" not in f.parts)


class StateStore:
    """The caches and the current run's article table, over one SQLite connection."""

    def __init__(self, connection: sqlite3.Connection):
        self._db = connection

    # -- cleaned articles, per input file ---------------------------------------------------
    def has_cleaned(self, file_key: str) -> bool:
        return self._db.execute("SELECT 1 FROM cleaned_files WHERE file_key = ?", (file_key,)).fetchone() is not None

    def put_cleaned(self, file_key: str, articles: Sequence[Article]) -> None:
        """Store one file's articles and mark the file done, in one transaction."""
        with self._db:
            self._db.execute("DELETE FROM cleaned WHERE file_key = ?", (file_key,))
            self._db.executemany(
                "INSERT INTO cleaned (file_key, seq, article) VALUES (?, ?, ?)",
                ((file_key, seq, a.model_dump_json()) for seq, a in enumerate(articles)))
            self._db.execute("INSERT OR REPLACE INTO cleaned_files (file_key, articles) VALUES (?, ?)",
                             (file_key, len(articles)))

    def iter_cleaned(self, file_keys: Iterable[str]) -> Iterator[Article]:
        """The stored articles of the given files, in the files' order, one file in memory at a time."""
        for file_key in file_keys:
            rows = self._db.execute("SELECT article FROM cleaned WHERE file_key = ? ORDER BY seq", (file_key,))
            for (payload,) in rows.fetchall():
                yield Article.model_validate_json(payload)

    # -- the current run's articles ----------------------------------------------------------
    def begin_run(self) -> None:
        with self._db:
            self._db.execute("DELETE FROM run_articles")

    def add_run_articles(self, articles: Iterable[Article], extract_fingerprint: str, commit_every: int = 512) -> int:
        """Record this run's articles in order, with their dedup verdicts; kept ones get the key
        their analysis is stored under."""
        count = 0
        rows: list[tuple] = []
        for article in articles:
            payload = article.model_dump_json()
            key = analysis_key(payload, extract_fingerprint) if article.status == "kept" and article.text else None
            rows.append((count, article.source, article.article_id, article.status, key, len(article.text or ""),
                         payload))
            count += 1
            if len(rows) >= commit_every:
                self._insert_run_rows(rows)
                rows = []
        self._insert_run_rows(rows)
        return count

    def _insert_run_rows(self, rows: list[tuple]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT INTO run_articles (ordinal, source, article_id, status, analysis_key, chars, article)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows)

    def status_counts(self) -> dict[str, int]:
        rows = self._db.execute("SELECT status, COUNT(*) FROM run_articles GROUP BY status ORDER BY status")
        return dict(rows.fetchall())

    def iter_run_articles(self, order: Callable[[str, str], Any] = lambda source, article_id: (source, article_id),
                          batch: int = 256) -> Iterator[Article]:
        """This run's articles sorted by order(source, article_id), streamed: only the keys are
        held, the articles are read back a batch at a time."""
        keys = self._db.execute("SELECT ordinal, source, article_id FROM run_articles").fetchall()
        ordinals = [ordinal for ordinal, source, article_id in sorted(keys, key=lambda k: order(k[1], k[2]))]
        for i in range(0, len(ordinals), batch):
            wanted = ordinals[i:i + batch]
            found = dict(zip(sorted(wanted), self.run_articles_at(wanted)))
            yield from (found[ordinal] for ordinal in wanted)

    # -- analyses, per kept article ----------------------------------------------------------
    def pending_extraction(self) -> list[tuple[int, int]]:
        """(ordinal, text length) of this run's kept articles with no stored analysis, in input order.

        Only these numbers are held, so the articles themselves can be streamed in chunks."""
        rows = self._db.execute(
            "SELECT MIN(r.ordinal), MIN(r.chars) FROM run_articles r"
            " LEFT JOIN analyses a ON a.analysis_key = r.analysis_key"
            " WHERE r.analysis_key IS NOT NULL AND a.analysis_key IS NULL"
            " GROUP BY r.analysis_key ORDER BY MIN(r.ordinal)")
        return [(ordinal, chars) for ordinal, chars in rows]

    def run_articles_at(self, ordinals: Sequence[int]) -> list[Article]:
        placeholders = ",".join("?" * len(ordinals))
        rows = self._db.execute(
            f"SELECT article FROM run_articles WHERE ordinal IN ({placeholders}) ORDER BY ordinal", tuple(ordinals))
        return [Article.model_validate_json(payload) for (payload,) in rows]

    def put_analyses(self, analyses: Iterable[ArticleAnalysis], extract_fingerprint: str) -> int:
        rows = [(analysis_key(a.article.model_dump_json(), extract_fingerprint),
                 a.model_dump_json(exclude={"article"})) for a in analyses]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO analyses (analysis_key, payload) VALUES (?, ?)", rows)
        return len(rows)

    def iter_analyses(self) -> Iterator[ArticleAnalysis]:
        """Every kept article of this run with its stored analysis, in input order, streamed."""
        rows = self._db.execute(
            "SELECT r.article, a.payload FROM run_articles r JOIN analyses a ON a.analysis_key = r.analysis_key"
            " ORDER BY r.ordinal")
        for article, payload in rows:
            found = json.loads(payload)
            found["article"] = json.loads(article)
            yield ArticleAnalysis.model_validate(found)

    def count_kept(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM run_articles WHERE analysis_key IS NOT NULL").fetchone()[0]


def analysis_key(article_json: str, extract_fingerprint: str) -> str:
    return stable_hash(article_json, extract_fingerprint, length=32)


def cleaned_file_key(source: str, digest: str, clean_fingerprint: str) -> str:
    return stable_hash(source, digest, clean_fingerprint, length=32)


@contextmanager
def open_state(out: Path, fresh: bool = False) -> Iterator[StateStore]:
    """Open (creating if needed) the state database of an output folder; `fresh` discards it first."""
    path = state_path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fresh:
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
    db = sqlite3.connect(path, timeout=60)
    try:
        # WAL keeps readers and the writer apart, and a killed run cannot corrupt committed rows;
        # NORMAL sync is durable across a process crash, which is what a killed run is.
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        found = db.execute(
            "SELECT value FROM meta WHERE name = 'schema'"
            if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() else "SELECT NULL").fetchone()
        if found is not None and found[0] not in (None, str(SCHEMA_VERSION)):
            with db:
                for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
                    db.execute(f"DROP TABLE {table}")
        with db:
            db.executescript(_SCHEMA)
            db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        yield StateStore(db)
    finally:
        db.close()
