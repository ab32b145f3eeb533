"""Builders and paths shared by the tests (no tests here)."""
from __future__ import annotations

from pathlib import Path

from benchmarks.evaluation.data import DATA as SHARED_DATA
from benchmarks.evaluation.data import SHARED

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"

__all__ = ["REPO", "CORPUS", "SHARED", "SHARED_DATA"]
