"""The time the project's own spaCy components take, kept on each Doc.

spaCy runs the project's rules that live inside its pipeline (paragraph breaks, organisation
names, sentence selection) interleaved with its own models, so timing `nlp.pipe` alone would
count them as spaCy. Each such component is wrapped by `timed_rule`, which adds its (wall, CPU)
seconds to the Doc; `extract_articles` moves them from "spacy" to "rules".
"""
from __future__ import annotations

import functools
from typing import Callable

from spacy.tokens import Doc

from pipeline.costs import clocks

_KEY = "newsclaims.rule_seconds"


def add_rule_seconds(doc: Doc, wall: float, cpu: float) -> None:
    spent = doc.user_data.get(_KEY, (0.0, 0.0))
    doc.user_data[_KEY] = (spent[0] + wall, spent[1] + cpu)


def timed_rule(component: Callable[[Doc], Doc]) -> Callable[[Doc], Doc]:
    """A spaCy component that also records its own time on the Doc it processes."""
    @functools.wraps(component)
    def timed(doc: Doc) -> Doc:
        wall, cpu = clocks()
        doc = component(doc)
        wall_end, cpu_end = clocks()
        add_rule_seconds(doc, wall_end - wall, cpu_end - cpu)
        return doc
    return timed


def rule_seconds(doc: Doc) -> tuple[float, float]:
    """(wall, CPU) seconds the project's components spent on `doc` inside the spaCy pipeline."""
    return doc.user_data.get(_KEY, (0.0, 0.0))
