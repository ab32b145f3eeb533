"""Entity boundaries the model gets wrong in ways that show in the tokens themselves.

- A lone capital letter after a product's or company's name is part of it ("Xbox One X").
- A bracket never sits inside a name: 'Shanghai Composite (SHCOMP' ends before the bracket, so
  that the acronym after it can be read as defined ("(SHCOMP)").
- A name never ends in a connector: 'the Rock and Roll Hall of Fame’s Class of' is the name
  before the possessive ('Rock and Roll Hall of Fame'), or, with no possessive, the name
  without the dangling word.
- A photo credit left in the text ("JEWEL SAMAD via Getty Images", "(AP Photo/Evan Vucci)") names
  no entity: its names would become speakers and affiliations (`outside_credits`, run last).
- A known place with a possessive opens no name: 'Cleveland’s Public Auditorium' is the place
  and the auditorium (GeoNames place names, as the resolver's guards use them); nor does a name
  whose possession is named on its own elsewhere in the text ('The Verge’s Stadia' / 'Stadia').
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.clean.credits import credit_spans
from pipeline.extract.doctext import doc_text
from pipeline.resolve.guards import known_place
from pipeline.resolve.normalize import name_key

DANGLING = frozenset({"of", "for", "and", "the", "on", "&", "de"})
NAME_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})


def fix_boundaries(doc: Doc) -> None:
    ents, changed = [], False
    for ent in doc.ents:
        parts = _parts(doc, ent)
        changed |= parts != [ent]
        ents.extend(p for p in parts if len(p))
    if changed:
        doc.ents = ents


def _parts(doc: Doc, ent: Span) -> list[Span]:
    label = ent.label_
    if label in {"ORG", "PRODUCT"} and _model_letter_after(doc, ent.end):
        ent = Span(doc, ent.start, ent.end + 1, label=label)  # "Xbox One X", "iPhone X", "Model S"
    bracket = next((t.i for t in ent if t.i > ent.start and t.text in "()[]"), None)
    if bracket is not None:
        ent = Span(doc, ent.start, bracket, label=label)
    if label not in NAME_LABELS or len(ent) < 3:
        return [ent]
    possessive = next((t.i for t in ent if ent.start < t.i < ent.end - 1 and t.tag_ == "POS"), None)
    if ent[-1].lower_ in DANGLING:
        end = possessive if possessive is not None else ent.end - 1
        return [Span(doc, ent.start, end, label=label)]
    if possessive is not None:
        owner, owned = doc[ent.start:possessive], doc[possessive + 1:ent.end]
        if owner[0].lower_ != "the" and known_place(name_key(owner.text)):
            return [Span(doc, ent.start, possessive, label="GPE"), Span(doc, possessive + 1, ent.end, label=label)]
        if owned.text in _names_elsewhere(doc, ent):
            # "The Verge’s Stadia review": the outlet and the product it reviews, each named elsewhere
            return [Span(doc, ent.start, possessive, label=label), Span(doc, possessive + 1, ent.end, label=label)]
    return [ent]


def _model_letter_after(doc: Doc, i: int) -> bool:
    """A lone capital letter right after a product's name, and no name going on after it."""
    if i >= len(doc) or not doc[i - 1].whitespace_ or len(doc[i].text.rstrip(".")) != 1:
        return False
    letter = doc[i].text.rstrip(".")
    following = doc[i + 1] if i + 1 < len(doc) else None
    return letter.isupper() and letter not in {"A", "I"} and (following is None or not following.text[:1].isupper()
                                                            or doc[i].text.endswith("."))


def _names_elsewhere(doc: Doc, ent: Span) -> set[str]:
    """The texts of the other entities of the document, without a leading "the"."""
    return {(e[1:] if e[0].lower_ == "the" and len(e) > 1 else e).text for e in doc.ents if e != ent}


def outside_credits(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans that are not part of a photo credit."""
    credits = credit_spans(doc_text(doc))
    if not credits:
        return spans
    return [s for s in spans if not any(a < s.end_char and s.start_char < b for a, b in credits)]
