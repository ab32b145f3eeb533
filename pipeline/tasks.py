"""The per-article tasks of the chain, as the engines run them, and how the work is cut into tasks.

`pipeline/run.py` chains the stages; the per-article ones are the functions below, which an
engine (`pipeline/engines.py`) maps over tasks in this process, in a process pool or on Dask.
Each takes what is shared by every task first (the dump's line statistics, the spaCy pipeline)
and returns a keyed result, so completion order does not matter.

The extraction functions import `pipeline.extract` (and so spaCy) where they run, not here: the
run's process forks its clean workers before anything has imported spaCy (0.4 s of a ~1 s start-up,
which is the serial part of a run at two workers) and imports it beside them (engines.preload_model).
"""
from __future__ import annotations

import math
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from models import Article, ArticleAnalysis
from pipeline import clean, ingest
from pipeline.clean import LineStats
from pipeline.costs import Costs
from pipeline.defaults import MAX_WHOLE_CHARS, PIECE_CHARS
from pipeline.resolve import AliasBook, ArticleFacts, article_facts

InputFile = tuple[Path, str]  # (file, its source: the path under its input root)
FileTask = tuple[int, Path, str, int]  # (index into the input files, file, source, max bytes)

# A process pays for its start (a fork, or a model load on Dask) and for shipping articles and
# results; below this many articles per process a second process costs more than it saves.
MIN_ARTICLES_PER_PROCESS = 24
# Chunks per process: enough that the processes finish together, few enough that each chunk
# still fills spaCy batches.
CHUNKS_PER_PROCESS = 4
# Characters of text per chunk, at most. spaCy's parser holds per-token feature tables for a whole
# batch: 300 PolNeAR texts in chunks of 64 articles peaked at 1.17 GB, of 200k chars at 821 MB,
# of 50k chars at 382 MB for the same CPU time. Bounding a chunk's text (each chunk is
# one nlp.pipe call) keeps peak memory flat however long the dump's articles run.
MAX_CHUNK_CHARS = 50_000
# Characters of text per chunk, at least, where chunks shrink towards the end of the work
# (shrinking_chunks): smaller ones would cost more in per-task overhead than they save in waiting.
MIN_CHUNK_CHARS = 8_000


def input_files(inputs: Iterable[Path], out: Path | None = None) -> list[InputFile]:
    """Every input file with its source, in the order a whole-tree read takes them; none from the
    output folder `out`."""
    return list(ingest.iter_input_sources(inputs, out))


def file_tasks(files: Sequence[InputFile], max_bytes: int) -> list[FileTask]:
    return [(i, path, source, max_bytes) for i, (path, source) in enumerate(files)]


def largest_files_first(file_tasks: Sequence[FileTask]) -> list[FileTask]:
    """The file tasks, the largest files first (ties in input order): with several processes the
    last ones to start are then the smallest, so the processes finish cleaning close together.
    Results are keyed by file index, so the order never reaches the output."""
    return sorted(file_tasks, key=lambda task: -_size(task[1]))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # unreadable: ingest says why, in its turn
        return 0


def measured(function: Callable, shared: Any, *task: Any) -> tuple[Any, Costs]:
    """function(shared, *task) and what it cost in the process that ran it, by stage."""
    costs = Costs()
    result = function(shared, *task, costs=costs)
    return result, costs


def _read(path: Path, source: str, max_bytes: int, costs: Costs | None) -> Iterable:
    documents = ingest.read_file(path, source, max_bytes)
    return costs.iterate("ingest", documents) if costs is not None else documents


def count_lines(_: Any, index: int, path: Path, source: str, max_bytes: int,
                costs: Costs | None = None) -> LineStats:
    """One file's share of the dump's line statistics (clean's first pass)."""
    with costs.measure("clean") if costs is not None else nullcontext():
        return LineStats.from_documents(_read(path, source, max_bytes, costs))


def merge_line_stats(parts: Iterable[LineStats]) -> LineStats:
    """The dump's statistics from per-file shares: document counts add up, in any order."""
    merged = LineStats()
    for part in parts:
        merged.documents += part.documents
        merged.document_frequency.update(part.document_frequency)
    return merged


def clean_file(line_stats: LineStats | None, index: int, path: Path, source: str,
               max_bytes: int, costs: Costs | None = None) -> tuple[int, list[Article]]:
    """Ingest and clean one input file: its index and its articles."""
    with costs.measure("clean") if costs is not None else nullcontext():
        return index, list(clean.clean_documents(_read(path, source, max_bytes, costs), line_stats))


def clean_files(line_stats: LineStats | None, group: Sequence[FileTask],
                costs: Costs | None = None) -> list[tuple[int, list[Article]]]:
    """clean_file for each file of a group sent as one task (file_groups)."""
    return [clean_file(line_stats, *task, costs=costs) for task in group]


# Files per clean task, at most, and how many groups per process the remaining files are cut into.
MAX_FILES_PER_TASK = 8
FILE_GROUPS_PER_PROCESS = 4


def file_groups(file_tasks: Sequence[FileTask], processes: int) -> list[list[FileTask]]:
    """The file tasks in groups, each sent to a process as one task: up to MAX_FILES_PER_TASK,
    shrinking to single files towards the end so the processes still finish together. A pool's
    processes take their tasks through threads of this process; while a thread here holds the GIL
    (the model and word lists load beside the cleaning, engines.LocalEngine.preload_model; one
    JSON parse of the GeoNames places holds it some 0.3 s), they get no new task once the few
    already queued are done. A page cleans in about 0.04 s, so single pages left them idle;
    groups keep enough work queued."""
    groups: list[list[FileTask]] = []
    at = 0
    while at < len(file_tasks):
        size = max(1, min(MAX_FILES_PER_TASK, (len(file_tasks) - at) // (max(1, processes) * FILE_GROUPS_PER_PROCESS)))
        groups.append(list(file_tasks[at:at + size]))
        at += size
    return groups


def analyse_chunk(nlp: Any, articles: Sequence[Article], batch_size: int,
                  costs: Costs | None = None) -> list[ArticleAnalysis]:
    """Extract from a chunk of kept articles (the run sends no others)."""
    from pipeline.extract import ExtractOptions, extract_articles

    options = ExtractOptions(batch_size=batch_size, n_process=1)
    return [a for a in extract_articles(articles, options, nlp=nlp, costs=costs) if a.article.status == "kept"]


@dataclass(frozen=True)
class PieceTask:
    """One piece of an article too long to parse whole (extract/pieces.py), as a task of its own:
    the pieces of one long article then spread over the processes instead of being parsed one
    after another in one of them while the others idle. The parent joins them in order."""
    ordinal: int   # the article's ordinal in the run
    index: int     # the piece's place among the article's pieces
    count: int     # how many pieces the article has
    start: int     # where the piece starts in the article's text
    piece: Article  # the article, its text cut to the piece


@dataclass(frozen=True)
class PieceResult:
    ordinal: int
    index: int
    count: int
    start: int
    analysis: ArticleAnalysis


def is_split(chars: int) -> bool:
    """Whether an article of `chars` characters is extracted as piece tasks."""
    return chars > MAX_WHOLE_CHARS


def piece_tasks(ordinal: int, article: Article) -> list[PieceTask]:
    """The pieces of one long article, cut where `analyse_in_pieces` cuts it."""
    from pipeline.extract.pieces import piece_bounds

    text = article.text or ""
    bounds = piece_bounds(text, PIECE_CHARS)
    return [PieceTask(ordinal, i, len(bounds), start, article.model_copy(update={"text": text[start:end]}))
            for i, (start, end) in enumerate(bounds)]


@dataclass(frozen=True)
class ChunkResult:
    analyses: list[ArticleAnalysis]
    facts: list[ArticleFacts]  # resolution's per-article work on each of them (resolve.article_facts)


def analyse_work(nlp: Any, work: Sequence[Article] | PieceTask, batch_size: int, book: AliasBook | None = None,
                 costs: Costs | None = None) -> ChunkResult | PieceResult:
    """A chunk of whole articles (`analyse_chunk`) or one piece of a long article.

    A chunk's articles also go through resolution's per-article step here, with the run's alias
    `book`: done in the processes that extract, it leaves only the cross-article step to the
    parent, which runs alone after extraction (the serial part of a run at several workers)."""
    if isinstance(work, PieceTask):
        from pipeline.extract import analyse_piece

        return PieceResult(work.ordinal, work.index, work.count, work.start, analyse_piece(nlp, work.piece, costs))
    analyses = analyse_chunk(nlp, work, batch_size, costs)
    with costs.measure("resolve") if costs is not None else nullcontext():
        facts = [article_facts(analysis, book) for analysis in analyses]
    return ChunkResult(analyses, facts)


@dataclass(frozen=True)
class ExtractPlan:
    processes: int
    chunk_size: int


def plan_extraction(n_articles: int, workers: int, batch_size: int, pieces: int = 0) -> ExtractPlan:
    """How many processes and how large chunks for `n_articles` whole articles and `pieces` pieces
    of long ones: one process when there are few. A piece holds as much text as a whole chunk
    (PIECE_CHARS), so each is worth a process of its own."""
    processes = max(1, min(workers, n_articles // MIN_ARTICLES_PER_PROCESS + pieces))
    if processes == 1:
        return ExtractPlan(processes=1, chunk_size=max(1, batch_size))  # one spaCy batch per commit
    chunk_size = math.ceil(max(1, n_articles) / (processes * CHUNKS_PER_PROCESS))
    return ExtractPlan(processes=processes, chunk_size=max(8, min(batch_size, chunk_size)))


def chunk_by_size(items: Iterable[tuple[int, int]], max_items: int,
                  max_chars: int = MAX_CHUNK_CHARS) -> Iterator[list[int]]:
    """Group (key, text length) pairs, in order, into lists of keys holding at most `max_items`
    and, unless a single item exceeds it, at most `max_chars` characters."""
    chunk: list[int] = []
    chars = 0
    for key, length in items:
        if chunk and (len(chunk) >= max_items or chars + length > max_chars):
            yield chunk
            chunk, chars = [], 0
        chunk.append(key)
        chars += length
    if chunk:
        yield chunk


def shrinking_chunks(items: Sequence[tuple[int, int]], max_items: int, processes: int,
                     max_chars: int = MAX_CHUNK_CHARS, min_chars: int = MIN_CHUNK_CHARS) -> Iterator[list[int]]:
    """Like chunk_by_size, but each chunk holds at most the text still unchunked divided by the
    processes (and at least `min_chars`), so the chunks shrink towards the end. Sent largest first
    (largest_first), the last chunks to start are then small, and the processes finish within a
    small chunk of each other instead of within a full one: with chunks of equal size, one process
    worked alone on the last full chunk (0.5 s of 11 s at two workers on the 181 benchmark pages,
    simulated from each chunk's CPU time)."""
    remaining = sum(length for _, length in items)
    chunk: list[int] = []
    chars = 0
    budget = min(max_chars, max(min_chars, remaining // max(1, processes)))
    for key, length in items:
        if chunk and (len(chunk) >= max_items or chars + length > budget):
            yield chunk
            remaining -= chars
            chunk, chars = [], 0
            budget = min(max_chars, max(min_chars, remaining // max(1, processes)))
        chunk.append(key)
        chars += length
    if chunk:
        yield chunk


def largest_first(chunks: Iterable[list[int]], lengths: dict[int, int]) -> list[list[int]]:
    """The chunks, those holding the most text first (ties in their order). With several processes
    the last chunks to start are then the smallest, so the processes finish close together instead
    of one working alone on a large chunk while the others idle. Results are keyed, so the order
    never reaches the output."""
    return sorted(chunks, key=lambda chunk: -sum(lengths[key] for key in chunk))
