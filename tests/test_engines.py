"""LocalEngine's model preload: the model a background load gives is the one the run uses, a
failed load fails where the model is first wanted, and one worker never loads in the background."""
from __future__ import annotations

import pytest

from pipeline.defaults import DEFAULT_MODEL
from pipeline.engines import LocalEngine


def test_preloaded_model_is_the_one_used():
    engine = LocalEngine(DEFAULT_MODEL, workers=2)
    engine.preload_model()
    nlp = engine.nlp
    assert engine.preloaded_cpu["model_load"] > 0
    assert "ner" in nlp.pipe_names and engine.nlp is nlp
    engine.close()


def test_failed_preload_raises_where_the_model_is_wanted():
    engine = LocalEngine("no_such_model_package", workers=2)
    engine.preload_model()
    with pytest.raises(OSError):
        _ = engine.nlp
    engine.close()


def test_one_worker_loads_nothing_ahead():
    engine = LocalEngine("no_such_model_package", workers=1)
    engine.preload_model()  # would fail in the background if it loaded anything
    assert engine.preloaded_cpu == {}
    engine.close()


def test_other_loads_run_after_the_model_and_are_costed_by_stage():
    loaded = []
    engine = LocalEngine(DEFAULT_MODEL, workers=2)
    engine.preload_model(also={"resolve": lambda: loaded.append("lexicons")})
    _ = engine.nlp
    assert loaded == ["lexicons"] and set(engine.preloaded_cpu) == {"model_load", "resolve"}
    engine.close()
