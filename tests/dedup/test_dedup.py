"""Dedup stage: rules on hand-written texts and order-independence properties.

Quality floors on third-party data are in test_dedup_quality.py.
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import Article
from pipeline.dedup import deduplicate, find_duplicates, fingerprint, fingerprints_of, mark_duplicates
from pipeline.dedup.matching import MAX_PASSAGE_HOLDERS, MIN_CONTAINED_CHARS
from pipeline.ids import article_id
from support import REPO

HARBOUR = [
    "The city council voted on Tuesday to close the old harbour bridge for eighteen months of repairs, "
    "after engineers found corrosion in three of its steel supports.",
    "Traffic will be diverted over the ring road from the first of March, and a temporary ferry will "
    "carry cyclists and pedestrians across the river every twenty minutes during the day.",
    "Mayor Ellen Strand said the closure was painful but unavoidable. \u201cWe cannot ask people to "
    "drive over a bridge that our own inspectors no longer trust,\u201d she told reporters.",
    "Shop owners on the north bank fear they will lose customers while the works last, and the chamber "
    "of commerce has asked the council for a fund to compensate the businesses hit hardest.",
    "The repairs are expected to cost 42 million euros, most of it paid by the regional government, "
    "which approved the money in a separate vote last week.",
]
VACCINE = [
    "A regional hospital network began offering a new combined flu and covid vaccine to residents over "
    "sixty on Monday, weeks earlier than in previous years.",
    "Health officials said the earlier start should ease pressure on emergency wards in January, when "
    "admissions for respiratory infections usually peak across the region.",
    "Appointments can be booked online or at any pharmacy taking part in the scheme, and people with "
    "chronic illnesses will be invited by letter before the end of the month.",
    "Doctors urged younger carers of elderly relatives to get vaccinated as well, since they are the "
    "most common source of infection for the patients most at risk.",
]
ORCHESTRA = [
    "The national youth orchestra will tour five cities this summer with a programme of music written "
    "by its own members, the first time it has performed only new work.",
    "Rehearsals start in June at the conservatory, where the ninety players, aged between fourteen and "
    "twenty-two, will spend three weeks preparing under a guest conductor from Lisbon.",
    "Tickets for the opening concert sold out within an hour, and organisers are discussing an extra "
    "open-air performance in the park beside the concert hall.",
    "The orchestra said part of the proceeds would fund instruments for schools that cannot afford "
    "them, continuing a programme that has handed out more than 300 violins.",
]
# Three outlets' own reports of one event: the same facts and one shared quote, different words.
REWRITES = [
    "Harbour bridge to shut for repairs\n\n"
    "Councillors approved the closure of the old harbour bridge on Tuesday. Inspectors discovered rust "
    "damage in three steel supports, and the work is planned to take a year and a half.\n\n"
    "\u201cWe cannot ask people to drive over a bridge that our own inspectors no longer trust,\u201d "
    "Mayor Ellen Strand said.\n\n"
    "Drivers will have to use the ring road from March 1, while a ferry shuttles walkers and cyclists.",
    "Corroded supports force 18-month closure of harbour crossing\n\n"
    "The old harbour bridge will close from March after a council vote, with the regional government "
    "paying most of the 42 million euro bill for new supports.\n\n"
    "Businesses north of the river say they are worried. The chamber of commerce wants a compensation "
    "fund. Mayor Strand said: \u201cWe cannot ask people to drive over a bridge that our own inspectors "
    "no longer trust.\u201d\n\n"
    "A ferry will run every 20 minutes for people on foot or on bikes.",
    "Council closes harbour bridge\n\n"
    "Engineers found corrosion in the bridge's steel supports, so the crossing is closing for repairs "
    "that will last eighteen months and cost 42 million euros, the council decided on Tuesday. "
    "Motorists are being sent round the ring road and a temporary ferry will serve pedestrians.",
]
PAGE_HEADER = ["Accessibility links", "Skip to content", "Breaking News", "Local"]
PAGE_FOOTER = ["Load more", "Most read", "Sign up to our newsletter"]


def article(source: str, text: str, status: str = "kept") -> Article:
    return Article(article_id=article_id(source, text), source=source, status=status,
                   text=text if status == "kept" else None)


def story(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def page(*stories: list[str]) -> str:
    """A scraped page: navigation, one or more stories, widgets."""
    return "\n\n".join(PAGE_HEADER + [p for s in stories for p in s] + PAGE_FOOTER)


def edit_words(text: str, count: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    words = text.split(" ")
    for position in rng.sample(range(len(words)), count):
        words[position] = "reportedly"
    return " ".join(words)


def verdict_map(articles: list[Article]) -> dict[str, tuple[str, str | None]]:
    return {a.source: (a.status, a.duplicate_of) for a in deduplicate(articles)}


def kept_source(results: dict, articles: list[Article], source: str) -> str | None:
    by_id = {a.article_id: a.source for a in articles}
    status, duplicate_of = results[source]
    return by_id[duplicate_of] if status == "duplicate" else None


# --- one pair at a time: (original, copy, expected kind of match, which one is kept) ----------
# For copies (exact, near) the kept one is the most complete: longest normalised text, then the
# smaller article_id ("by rank"); for containment it is the page that holds the other. A cut
# version is both a near copy and contained: either verdict is right.
PAIR_CASES = [
    pytest.param(story(HARBOUR), " \n".join(HARBOUR).replace("\u201c", '"').replace("\u201d", '"'),
                 "exact", "by rank", id="reformatted-quotes-and-spacing"),
    pytest.param(story(HARBOUR), edit_words(story(HARBOUR), 3), "near", "by rank", id="three-words-changed"),
    pytest.param(story(VACCINE), edit_words(story(VACCINE), 4, seed=1), "near", "by rank",
                 id="four-words-changed-short"),
    pytest.param(story(HARBOUR), "By Staff Reporter\n\nUpdated 9:14 am\n\n" + story(HARBOUR) +
                 "\n\nCopyright 2024 Daily Gazette", "near", "copy", id="other-header-and-footer"),
    pytest.param(story(HARBOUR), story(HARBOUR[:-1]), "near|contained", "original", id="last-paragraph-cut"),
    pytest.param(story(HARBOUR), page(ORCHESTRA, HARBOUR), "contained", "copy", id="inside-a-two-story-page"),
]


@pytest.mark.parametrize(("original", "copy", "kind", "kept"), PAIR_CASES)
def test_one_of_two_versions_is_kept(original: str, copy: str, kind: str, kept: str) -> None:
    articles = [article("original.txt", original), article("copy.txt", copy)]
    verdicts = find_duplicates(articles)
    if kept == "by rank":
        expected = min((0, 1), key=lambda i: (-fingerprint(articles[i].text).size, articles[i].article_id))
    else:
        expected = ("original", "copy").index(kept)
    duplicate = 1 - expected
    assert verdicts[expected] is None
    assert verdicts[duplicate] is not None and verdicts[duplicate].duplicate_of == expected
    assert verdicts[duplicate].kind in kind.split("|")


def test_fingerprints_taken_before_give_the_same_verdicts_and_are_used() -> None:
    """A run takes the fingerprints as articles come back from cleaning (find_duplicates' `known`)."""
    articles = [article("original.txt", story(HARBOUR)), article("copy.txt", page(HARBOUR)),
                article("other.txt", story(VACCINE))]
    taken = fingerprints_of(articles)
    assert find_duplicates(articles, taken) == find_duplicates(articles)
    # a known fingerprint is used as given, not taken again: the vaccine story now "copies" the harbour one
    taken[articles[2].article_id] = taken[articles[0].article_id]
    assert find_duplicates(articles, taken) != find_duplicates(articles)


def test_exact_copies_keep_the_smallest_article_id() -> None:
    articles = [article(f"copy-{n}.txt", story(VACCINE)) for n in range(4)]
    keeper = min(a.article_id for a in articles)
    results = list(deduplicate(articles))
    assert [a.status for a in results].count("kept") == 1
    assert all(a.article_id == keeper or a.duplicate_of == keeper for a in results)


@pytest.mark.parametrize("other", range(len(REWRITES)))
def test_rewrites_by_other_outlets_are_not_duplicates(other: int) -> None:
    articles = [article("wire.txt", story(HARBOUR))] + [article(f"outlet-{n}.txt", t) for n, t in enumerate(REWRITES)]
    assert find_duplicates(articles) == [None] * len(articles)


def test_different_stories_on_one_outlet_template_are_not_duplicates() -> None:
    articles = [article("a.html", page(HARBOUR)), article("b.html", page(VACCINE)), article("c.html", page(ORCHESTRA))]
    assert find_duplicates(articles) == [None, None, None]


def test_short_passages_alone_never_make_containment() -> None:
    """A text of buttons and captions plus one shared sentence is not "inside" a page."""
    widgets = story(PAGE_HEADER + PAGE_FOOTER + ["Photo: Reuters", "Share", "Video 0:00 / 3:49", HARBOUR[0]])
    articles = [article("widgets.txt", widgets), article("page.txt", page(HARBOUR))]
    assert find_duplicates(articles) == [None, None]
    tiny = article("tiny.txt", HARBOUR[0])  # one long sentence, under MIN_CONTAINED_CHARS
    assert len(HARBOUR[0]) < MIN_CONTAINED_CHARS
    assert find_duplicates([tiny, article("page.txt", page(HARBOUR))]) == [None, None]


def test_story_embedded_in_two_pages_points_to_one_and_both_pages_stay() -> None:
    articles = [article("story.txt", story(HARBOUR)), article("page-a.html", page(HARBOUR, VACCINE)),
                article("page-b.html", page(ORCHESTRA, HARBOUR))]
    results = verdict_map(articles)
    assert results["page-a.html"] == ("kept", None) and results["page-b.html"] == ("kept", None)
    assert kept_source(results, articles, "story.txt") == "page-b.html"  # the longer page


def test_chains_collapse_to_the_final_kept_article() -> None:
    """exact copy -> near copy -> page that embeds it: every copy points at the page."""
    edited = edit_words(story(VACCINE), 2)
    articles = [article("exact.txt", story(VACCINE).replace("\n\n", "\n")), article("original.txt", story(VACCINE)),
                article("edited.txt", edited), article("page.html", page(VACCINE, ORCHESTRA))]
    results = verdict_map(articles)
    assert results["page.html"] == ("kept", None)
    for source in ("exact.txt", "original.txt", "edited.txt"):
        assert kept_source(results, articles, source) == "page.html"


def test_page_split_into_stories_or_whole_both_catch_the_copy() -> None:
    """Clean may split a page into stories (`page#story-1`) or leave it whole."""
    copy = article("copy.txt", story(VACCINE[:3]))
    whole = [copy, article("page.txt", page(HARBOUR, VACCINE))]
    assert kept_source(verdict_map(whole), whole, "copy.txt") == "page.txt"
    split = [copy, article("page.txt#story-1", story(HARBOUR)), article("page.txt#story-2", story(VACCINE))]
    assert kept_source(verdict_map(split), split, "copy.txt") == "page.txt#story-2"


def test_stage_keeps_order_and_passes_other_statuses_through() -> None:
    empty = Article(article_id="a_empty", source="empty.html", status="empty", error="no article text found")
    failed = Article(article_id="a_error", source="bad.warc", status="error", error="truncated record")
    articles = [article("copy.txt", story(ORCHESTRA)), empty, article("original.txt", story(ORCHESTRA) + "\n\nMore."),
                failed]
    results = list(deduplicate(iter(articles)))
    assert [a.source for a in results] == [a.source for a in articles]
    assert results[1] == empty and results[3] == failed and results[2] == articles[2]
    assert results[0].status == "duplicate" and results[0].text is None
    assert results[0].duplicate_of == articles[2].article_id


@pytest.fixture(scope="module")
def gold_containments(shared_data: Path) -> list[tuple[Path, Path]]:
    """(contained, container) file pairs the sample corpus's gold names."""
    shared = shared_data.parent
    gold = json.loads((shared / "gold" / "seeds.json").read_text("utf-8"))
    pairs = [(shared / "corpus" / name, shared / "corpus" / doc["contained_in"])
             for name, doc in sorted(gold["documents"].items()) if doc.get("contained_in")]
    assert pairs, "the gold names no contained article"
    return pairs


def test_sample_corpus_contained_article_is_duplicate(gold_containments) -> None:
    """Gold: an article whose every paragraph is in a bigger page, as a whole page and split."""
    for contained_path, container_path in gold_containments:
        small = article(contained_path.name, contained_path.read_text("utf-8"))
        big_text = container_path.read_text("utf-8")
        whole = [small, article(container_path.name, big_text)]
        assert kept_source(verdict_map(whole), whole, small.source) == container_path.name
        paragraphs = [p for p in big_text.split("\n\n") if p.strip()]
        middle = len(paragraphs) // 2
        halves = [article(f"{container_path.name}#story-{n}", "\n\n".join(half))
                  for n, half in enumerate((paragraphs[:middle], paragraphs[middle:]), start=1)]
        split = [small] + halves
        holder = max(halves, key=lambda h: sum(p in h.text for p in small.text.split("\n\n")))
        assert kept_source(verdict_map(split), split, small.source) == holder.source


# --- properties over generated dumps -------------------------------------------------------

STORIES = [HARBOUR, VACCINE, ORCHESTRA]
VARIANTS = ["original", "reformatted", "edited", "header", "embedded", "trimmed", "rewrite"]


@st.composite
def dumps(draw, variants: list[str] = VARIANTS) -> list[Article]:
    """A dump of copies, near copies, embeddings and rewrites of a few stories."""
    choices = draw(st.lists(st.tuples(st.integers(0, len(STORIES) - 1), st.sampled_from(variants),
                                      st.integers(0, 1000)), min_size=1, max_size=9))
    articles = []
    for n, (which, variant, seed) in enumerate(choices):
        paragraphs = STORIES[which]
        other = STORIES[(which + 1) % len(STORIES)]
        text = {
            "original": lambda: story(paragraphs),
            "reformatted": lambda: "\n".join(paragraphs),
            "edited": lambda: edit_words(story(paragraphs), 1 + seed % 4, seed),
            "header": lambda: "Updated at 10:%02d\n\n" % (seed % 60) + story(paragraphs),
            "embedded": lambda: page(paragraphs, other) if seed % 2 else page(other, paragraphs),
            "trimmed": lambda: story(paragraphs[: 2 + seed % (len(paragraphs) - 2)]),
            "rewrite": lambda: REWRITES[seed % len(REWRITES)],
        }[variant]()
        status = "kept" if seed % 11 else "empty"
        articles.append(article(f"{n:02d}-{variant}.txt", text, status))
    return articles


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dumps(), st.randoms(use_true_random=False))
def test_verdicts_do_not_depend_on_input_order(articles: list[Article], rng: random.Random) -> None:
    shuffled = articles[:]
    rng.shuffle(shuffled)
    assert verdict_map(shuffled) == verdict_map(articles)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dumps())
def test_duplicates_point_at_kept_articles_and_rerunning_changes_nothing(articles: list[Article]) -> None:
    results = list(deduplicate(articles))
    kept_ids = {a.article_id for a in results if a.status == "kept"}
    for before, after in zip(articles, results):
        if after.status == "duplicate":
            assert before.status == "kept" and after.text is None
            assert after.duplicate_of in kept_ids
        else:
            assert after == before
    assert list(deduplicate(results)) == results


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dumps(variants=[v for v in VARIANTS if v not in ("embedded", "trimmed")]))
def test_copies_keep_the_longest(articles: list[Article]) -> None:
    """Without pages that embed a story, the longest normalised text of a group of copies is kept."""
    verdicts = find_duplicates(articles)
    size = {i: fingerprint(a.text).size for i, a in enumerate(articles) if a.text}
    for i, verdict in enumerate(verdicts):
        if verdict is not None and verdict.kind in ("exact", "near"):
            assert size[verdict.duplicate_of] >= size[i]


def test_boilerplate_sentence_shared_by_a_big_dump_merges_nothing() -> None:
    """A footer sentence in more articles than MAX_PASSAGE_HOLDERS is skipped as a key."""
    rng = random.Random(3)
    vocabulary = " ".join(HARBOUR + VACCINE + ORCHESTRA).split()
    footer = ("Reporting by the newsroom staff; editing by the weekend desk, who can be reached at the "
              "address below for corrections.")
    articles = []
    for n in range(MAX_PASSAGE_HOLDERS + 20):
        body = [" ".join(rng.choices(vocabulary, k=30)) + "." for _ in range(3)]
        articles.append(article(f"{n:03d}.txt", story(body + [footer])))
    assert find_duplicates(articles) == [None] * len(articles)


def test_verdicts_are_the_same_in_another_process_with_another_hash_seed(tmp_path: Path) -> None:
    """No dependence on str hashing or set order: a fresh interpreter gives the same verdicts."""
    articles = [article("story.txt", story(HARBOUR)), article("page.html", page(HARBOUR, VACCINE)),
                article("edited.txt", edit_words(story(VACCINE), 2)), article("vaccine.txt", story(VACCINE))]
    dump = tmp_path / "articles.json"
    dump.write_text(json.dumps([a.model_dump() for a in articles]), "utf-8")
    script = ("import json, sys; from models import Article; from pipeline.dedup import find_duplicates; "
              "arts = [Article(**a) for a in json.load(open(sys.argv[1]))]; "
              "print(json.dumps([v and [v.duplicate_of, v.kind, v.score] for v in find_duplicates(arts)]))")
    outputs = set()
    for seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", script, str(dump)], capture_output=True, text=True, check=True,
                              cwd=REPO, env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.add(done.stdout)
    expected = json.dumps([v and [v.duplicate_of, v.kind, v.score] for v in find_duplicates(articles)])
    assert outputs == {expected + "\n"}


def test_texts_shorter_than_a_shingle_are_compared_whole() -> None:
    articles = [article("a.txt", "Hi there"), article("b.txt", "Hi there!"), article("c.txt", "Hi where"),
                article("d.txt", "...")]
    verdicts = find_duplicates(articles)
    keeper = min((0, 1), key=lambda i: articles[i].article_id)
    assert verdicts[1 - keeper] is not None and verdicts[1 - keeper].duplicate_of == keeper
    assert verdicts[keeper] is None and verdicts[2] is None and verdicts[3] is None


def test_two_passes_over_a_stream_give_what_deduplicate_gives() -> None:
    """A store that can be read twice need not hold every article: fingerprint, then mark."""
    articles = [article("story.txt", story(HARBOUR)), article("page.html", page(HARBOUR, VACCINE)),
                article("copy.txt", story(HARBOUR)), article("vaccine.txt", story(VACCINE))]
    verdicts = find_duplicates(iter(articles))
    assert list(mark_duplicates(iter(articles), verdicts)) == list(deduplicate(articles))
    with pytest.raises(ValueError):
        list(mark_duplicates(iter(articles[:-1]), verdicts))
