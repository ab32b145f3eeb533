"""User alias files: formats, overrides, never-merge pairs, id reuse from an earlier entities.jsonl."""
from __future__ import annotations

import json

import pytest

from pipeline.resolve import parse_aliases, resolve_entities
from pipeline.resolve.aliases import load_aliases
from support.resolve import article, entity_of

ARTICLES = [
    # the two articles share a name besides the misspelt one (Li Keqiang), so the misspelling links
    article("a1", "Harbin Institute of Technology (HIT) researchers met Xi Jinping and Li Keqiang.",
            [("Harbin Institute of Technology", "ORG"), ("HIT", "ORG"), ("Xi Jinping", "PERSON"),
             ("Li Keqiang", "PERSON")]),
    article("a2", "Hagongda hosted Xi Jinpin and Li Keqiang in Harbin.",
            [("Hagongda", "ORG"), ("Xi Jinpin", "PERSON"), ("Li Keqiang", "PERSON"), ("Harbin", "GPE")]),
]


def test_csv_alias_merges_what_resolution_would_not():
    book = parse_aliases("name,type,aliases\nHarbin Institute of Technology,ORG,HIT|Hagongda\n")
    resolution = resolve_entities(ARTICLES, aliases=book)
    hit = entity_of(resolution, ARTICLES[0], "Harbin Institute of Technology")
    assert entity_of(resolution, ARTICLES[1], "Hagongda") == hit
    entity = next(e for e in resolution.entities if e.entity_id == hit)
    assert entity.name == "Harbin Institute of Technology" and "Hagongda" in entity.aliases


def test_alias_wins_over_automatic_merge():
    # The user says "Harbin" is the institute (a nickname); the automatic guard would keep it apart.
    book = parse_aliases(json.dumps([{"name": "Harbin Institute of Technology", "type": "ORG",
                                      "aliases": ["Harbin"]}]))
    resolution = resolve_entities(ARTICLES, aliases=book)
    assert entity_of(resolution, ARTICLES[1], "Harbin") == entity_of(resolution, ARTICLES[0], "HIT")


def test_two_user_entities_never_merge_even_when_automatic_rules_would():
    book = parse_aliases(json.dumps({"entities": [{"name": "Xi Jinping", "type": "PERSON"},
                                                  {"name": "Xi Jinpin", "type": "PERSON"}]}))
    resolution = resolve_entities(ARTICLES, aliases=book)
    assert entity_of(resolution, ARTICLES[0], "Xi Jinping") != entity_of(resolution, ARTICLES[1], "Xi Jinpin")


@pytest.mark.parametrize("content", [
    "name,type,aliases\nXi Jinping,!never,Xi Jinpin\n",
    json.dumps({"never_merge": [["Xi Jinping", "Xi Jinpin"]]}),
    '{"never_merge": ["Xi Jinping", "Xi Jinpin"]}\n',
])
def test_never_merge_pairs(content):
    assert resolve_entities(ARTICLES).entities  # sanity: without the pair they merge
    default = resolve_entities(ARTICLES)
    assert entity_of(default, ARTICLES[0], "Xi Jinping") == entity_of(default, ARTICLES[1], "Xi Jinpin")
    resolution = resolve_entities(ARTICLES, aliases=parse_aliases(content))
    assert entity_of(resolution, ARTICLES[0], "Xi Jinping") != entity_of(resolution, ARTICLES[1], "Xi Jinpin")


def test_earlier_entities_jsonl_keeps_its_ids(tmp_path):
    first = resolve_entities(ARTICLES)
    renamed = [e.model_copy(update={"entity_id": f"e_user{i:04d}"}) for i, e in enumerate(first.entities)]
    path = tmp_path / "entities.jsonl"
    path.write_text("".join(e.model_dump_json() + "\n" for e in renamed), encoding="utf-8")
    second = resolve_entities(ARTICLES, aliases=load_aliases(path))
    assert sorted(e.entity_id for e in second.entities) == sorted(e.entity_id for e in renamed)
    assert {e.entity_id: e.name for e in second.entities} == {e.entity_id: e.name for e in renamed}


def test_alias_entry_without_name_is_an_error():
    with pytest.raises((ValueError, KeyError)):
        parse_aliases(json.dumps([{"type": "ORG", "aliases": ["X"]}]))
