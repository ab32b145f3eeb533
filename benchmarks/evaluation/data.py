"""Where the shared evaluation data lives: `../shared` beside the repo, or $NEWSCLAIMS_SHARED."""
from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def shared_dir() -> Path:
    """The shared folder (gold answers, tools and data); $NEWSCLAIMS_SHARED overrides `../shared`."""
    override = os.environ.get("NEWSCLAIMS_SHARED")
    return Path(override) if override else REPO.parent / "shared"


SHARED = shared_dir()
DATA = SHARED / "data"
