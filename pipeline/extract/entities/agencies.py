"""Public agencies named after the place they serve: "California Highway Patrol", "Cook County
Sheriff's Office", "Chicago Police Department".

The small model often tags the place alone and leaves the agency's words outside every entity
("California" GPE, then "Highway Patrol Officer Brad Baehr"). The role rules then read "Highway
Patrol Officer" as a title held in California: the claim names the state, not the force
(ECB+ dev sheets of session 9: "California Highway Patrol Officer Brad Baehr" -> affiliated_with
California). A place followed by an agency's name in title case is that agency, one organisation,
whatever the model made of the place. Lower-case words ("Chicago police said") name no agency: the
writer is speaking of officers, and speech_words reads them. "Police" alone is left out: "Chicago
Police Superintendent X" is read as the city's office with a portfolio title (name_boundaries).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.extract.doctext import token_lowers, tokens_written
from pipeline.name_strings import known_place, name_key

# Agency names as lower-case tokens ("Sheriff's" is two tokens), longest first so the whole name
# wins: "Sheriff's Office" over "Sheriff".
AGENCY_NAMES = tuple(sorted((tuple(name.split()) for name in (
    "highway patrol", "state patrol", "state police", "state troopers", "border patrol",
    "police department", "metropolitan police",
    "sheriff 's office", "sheriff 's department", "sheriff ’s office", "sheriff ’s department",
    "sheriffs office", "sheriff department", "sheriff office",
    "fire department", "fire rescue", "fire and rescue", "fire service",
    "department of public safety", "department of corrections", "department of transportation",
)), key=len, reverse=True))
# How each name is written first in a name: "Highway", "Sheriff's" ("Sheriff" as a token).
FIRST_WORDS = sorted({name[0].capitalize() for name in AGENCY_NAMES})
# FAC: the model tags some agencies as buildings ("Cook County Sheriff's Office").
PLACE_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC"})
# Words a place's name may be made of, up to the agency ("Los Angeles County", "New York City").
PLACE_WORDS_MAX = 4


def _place_before(doc: Doc, k: int, owner: dict[int, Span]) -> tuple[int, Span | None] | None:
    """Where the place that opens an agency name at token k starts, and its entity: an entity of a
    place that ends at k or runs into the agency's words ("Cook County Sheriff" ORG + "'s Office"),
    or capitalised words outside every entity that name a known place ("California", which the
    model may miss after a headline)."""
    ent = owner.get(k - 1)
    if ent is not None:
        if ent.label_ not in PLACE_LABELS:
            return None
        start = ent.start + (doc[ent.start].lower_ == "the")
        return (start, ent) if start < k and any(t.text[:1].isupper() for t in doc[start:k]) else None
    for size in range(min(PLACE_WORDS_MAX, k), 0, -1):
        words = doc[k - size:k]
        if all(i not in owner and doc[i].text[:1].isupper() for i in range(k - size, k)) \
                and known_place(name_key(words.text)):
            return k - size, None
    return None


def agency_spans(doc: Doc) -> list[Span]:
    """Every place + agency name of the doc ("California Highway Patrol"), as ORG spans. Only where
    a capitalised first word of an agency's name is written (found in the token array: the rule
    runs on every document, inside the spaCy pipeline)."""
    starts = tokens_written(doc, FIRST_WORDS)
    if not starts:
        return []
    lowers = token_lowers(doc)
    owner = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    found: list[Span] = []
    for k in starts:
        if k == 0 or found and k < found[-1].end:
            continue
        name = next((n for n in AGENCY_NAMES if tuple(lowers[k:k + len(n)]) == n), None)
        place = _place_before(doc, k, owner) if name is not None else None
        # the agency's words belong to no other entity than the place's own, and to the place's sentence
        if place is None or any(owner.get(i) not in (None, place[1]) for i in range(k, k + len(name))) \
                or any(doc[i].is_sent_start for i in range(place[0] + 1, k + len(name))):
            continue
        found.append(Span(doc, place[0], k + len(name), label="ORG"))
    return found


def tag_agencies(doc: Doc) -> None:
    """Put the agencies of `agency_spans` into doc.ents, in place of the entities they overlap."""
    agencies = agency_spans(doc)
    if not agencies:
        return
    taken = {i for span in agencies for i in range(span.start, span.end)}
    kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    doc.ents = sorted(kept + agencies, key=lambda span: span.start)
