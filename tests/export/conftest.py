"""Run folders to export: the pipeline over corpus/ (once per session) and a hand-built one."""
from __future__ import annotations

from pathlib import Path

import pytest

from support import CORPUS
from support.export import write_nasty_run


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory) -> Path:
    from pipeline.run import RunOptions, run

    out = tmp_path_factory.mktemp("export-corpus-run")
    run(RunOptions(inputs=(CORPUS,), out=out, workers=1))
    return out


@pytest.fixture(scope="session")
def nasty_run(tmp_path_factory) -> Path:
    return write_nasty_run(tmp_path_factory.mktemp("export-nasty-run"))


@pytest.fixture(params=["corpus", "nasty"])
def any_run(request, corpus_run, nasty_run) -> Path:
    return corpus_run if request.param == "corpus" else nasty_run
