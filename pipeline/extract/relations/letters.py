"""A letter's signature: the writer's name on a line of its own, then the home town on the next
("Debby James.\\n\\nMission Viejo, Calif."), as letters pages print them -> lives_in (rule
"signature_home"). Only a line that is a person's name alone, followed by a line that is a place
and its region alone."""
from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Token

from models import Mention
from pipeline.extract.doctext import doc_text
from pipeline.extract.relations.arguments import ArgumentFinder, Candidate

PLACE_LINE = re.compile(r"[A-Z][\w .'-]*, [A-Z][\w.]*\.?")


def _line_at(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def signature_home(finder: ArgumentFinder, place: Mention, root: Token) -> Iterator[Candidate]:
    text = doc_text(root.doc)
    start, end = _line_at(text, place.start)
    if start != place.start or not PLACE_LINE.fullmatch(text[start:end].strip()):
        return
    before = text[:start].rstrip()
    name_start, _ = _line_at(before, len(before) - 1) if before else (0, 0)
    name_line = before[name_start:].strip().rstrip(".")
    writer = next((m for m in finder.index.mentions if m.text == name_line and name_start <= m.start < len(before)
                   and finder.label(m) == "PERSON"), None)
    if writer is not None:
        yield Candidate("lives_in", writer, place, "signature_home", (root,))
