"""Run folders for the export tests: a hand-built one full of hostile strings, and the views
(what every format must carry) that the round-trip tests compare."""
from __future__ import annotations

import json
from pathlib import Path

# Text that breaks naive writers: spreadsheet formulas, both kinds of quotation marks, CR/LF,
# tabs, non-ASCII and astral characters, markup, CSV and Neo4j delimiters.
NASTY_TEXT = (
    "=cmd|' /C calc'!A0 opened the report.\n"
    "“We will not stop,” said Zoë Ångström 🙂, adding \"nothing\" changed; <script>alert('x')</script>.\r\n"
    "@handle and +44 and -5 percent: Acme Corp., Ltd. partnered with Bolt & Nut GmbH in 2019.\n\n"
    "\tTabbed line, then 'single quotes', a comma, and a backslash \\ end."
)
OTHER_TEXT = "Plain article. Bolt & Nut GmbH visited Zürich.\nSecond line — done."


def _span(text: str, part: str) -> list[int]:
    start = text.index(part)
    return [start, start + len(part)]


def _evidence(article_id: str, text: str, sentence: str, subject: str, obj: str | None) -> dict:
    start, end = _span(text, sentence)
    return {"article_id": article_id, "sentence": sentence, "start": start, "end": end,
            "subject_span": _span(text, subject), "object_span": _span(text, obj) if obj else None}


def write_nasty_run(folder: Path) -> Path:
    """A run folder by hand: every contract field, the optional ones, unknown ones, and the
    strings above in article text, names, aliases, quotes, qualifiers and evidence."""
    folder.mkdir(parents=True, exist_ok=True)
    quote_sentence = "“We will not stop,” said Zoë Ångström 🙂, adding \"nothing\" changed; <script>alert('x')</script>.\r\n"
    partner_sentence = "@handle and +44 and -5 percent: Acme Corp., Ltd. partnered with Bolt & Nut GmbH in 2019.\n\n"
    formula_sentence = "=cmd|' /C calc'!A0 opened the report.\n"
    visit_sentence = "Bolt & Nut GmbH visited Zürich.\n"
    articles = [
        {"article_id": "a_1", "source": "dump/=one.html", "status": "kept", "duplicate_of": None,
         "title": "=HYPERLINK(\"http://x\") “Title”, with comma", "published": "2024-05-01T10:00:00+02:00",
         "url": "https://example.org/a?x=1&y=2", "text": NASTY_TEXT, "error": None,
         "authors": ["Zoë Ångström", "-Dash; Semi"], "section": "World", "language": "en", "sentiment": 0.25},
        {"article_id": "a_2", "source": "dump/two.txt", "status": "kept", "duplicate_of": None, "title": None,
         "published": None, "url": None, "text": OTHER_TEXT, "error": None},
        {"article_id": "a_3", "source": "dump/three.txt", "status": "duplicate", "duplicate_of": "a_2",
         "title": None, "published": None, "url": None, "text": None, "error": None},
        {"article_id": "a_4", "source": "dump/four.txt", "status": "skipped", "duplicate_of": None, "title": None,
         "published": None, "url": None, "text": None, "error": "language 'de' is not covered"},
    ]
    entities = [
        {"entity_id": "e_acme", "name": "Acme Corp., Ltd.", "type": "ORG",
         "aliases": ["Acme Corp., Ltd.", "=ACME", "Acme; the \"firm\""], "mentions": 2},
        {"entity_id": "e_bolt", "name": "Bolt & Nut GmbH", "type": "ORG", "aliases": ["Bolt & Nut GmbH"],
         "mentions": 2},
        {"entity_id": "e_zoe", "name": "Zoë Ångström", "type": "PERSON", "aliases": ["Zoë Ångström", "@zoe"],
         "mentions": 1, "wikidata": "Q42"},
        {"entity_id": "e_zurich", "name": "Zürich", "type": "GPE", "aliases": ["Zürich"], "mentions": 1},
        {"entity_id": "e_cmd", "name": "=cmd|' /C calc'!A0", "type": "PRODUCT", "aliases": [], "mentions": 1},
    ]
    claims = [
        {"claim_id": "c_quote", "subject": {"entity_id": "e_zoe", "name": "Zoë Ångström"}, "predicate": "said",
         "object": None, "value": "We will not stop,\" she said\n– 🙂 <b>", "qualifiers": {}, "attributed_to": None,
         "polarity": "affirmed", "modality": "asserted", "confidence": 0.8,
         "evidence": [_evidence("a_1", NASTY_TEXT, quote_sentence, "Zoë Ångström", "We will not stop,")],
         "support": 1, "review": "accepted", "reviewed_by": "ana"},
        {"claim_id": "c_partner", "subject": {"entity_id": "e_acme", "name": "Acme Corp., Ltd."},
         "predicate": "partnered_with", "object": {"entity_id": "e_bolt", "name": "Bolt & Nut GmbH"}, "value": None,
         "qualifiers": {"date": "2019", "role": "=partner; \"lead\""},
         "attributed_to": {"entity_id": "e_zoe", "name": "Zoë Ångström"},
         "polarity": "negated", "modality": "reported", "confidence": 0.6125,
         "evidence": [_evidence("a_1", NASTY_TEXT, partner_sentence, "Acme Corp., Ltd.", "Bolt & Nut GmbH"),
                      _evidence("a_2", OTHER_TEXT, visit_sentence, "Bolt & Nut GmbH", None)],
         "support": 2, "extracted_by": {"rule": "x"}},
        {"claim_id": "c_open", "subject": {"entity_id": "e_cmd", "name": "=cmd|' /C calc'!A0"},
         "predicate": "open:open the report", "object": {"entity_id": "e_acme", "name": "Acme Corp., Ltd."},
         "value": None, "qualifiers": {"odd key?": "v"}, "attributed_to": None, "polarity": "affirmed",
         "modality": "hedged", "confidence": 0.3333333333333333,
         "evidence": [_evidence("a_1", NASTY_TEXT, formula_sentence, "=cmd|' /C calc'!A0", None)], "support": 1,
         "review": None, "reviewed_by": None},
        {"claim_id": "c_visit", "subject": {"entity_id": "e_bolt", "name": "Bolt & Nut GmbH"}, "predicate": "visited",
         "object": {"entity_id": "e_zurich", "name": "Zürich"}, "value": None, "qualifiers": {},
         "attributed_to": None, "polarity": "affirmed", "modality": "asserted", "confidence": 1.0,
         "evidence": [_evidence("a_2", OTHER_TEXT, visit_sentence, "Bolt & Nut GmbH", "Zürich")], "support": 1},
    ]
    for name, records in (("articles.jsonl", articles), ("entities.jsonl", entities), ("claims.jsonl", claims)):
        with (folder / name).open("w", encoding="utf-8", newline="") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return folder


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def expected_view(run: Path) -> dict:
    """What a faithful export carries, straight from the run's JSON Lines."""
    articles = read_jsonl(run / "articles.jsonl")
    entities = read_jsonl(run / "entities.jsonl")
    claims = read_jsonl(run / "claims.jsonl")
    return {
        "articles": {a["article_id"]: a["text"] for a in articles},
        "entities": {e["entity_id"]: e["name"] for e in entities},
        "aliases": sorted((e["entity_id"], alias) for e in entities for alias in e["aliases"]),
        "claims": {c["claim_id"]: (c["predicate"], c["confidence"], c["support"], c["value"]) for c in claims},
        "evidence": {(c["claim_id"], i): ev["sentence"] for c in claims for i, ev in enumerate(c["evidence"])},
    }
