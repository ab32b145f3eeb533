"""The review page in a real browser (Debian's chromium driven by Playwright), then a run that applies it.

Over a run of corpus/: reject a claim and accept another by keyboard, accept and undo a third,
add a missed claim by selecting its words in the article, merge two entities; then
`newsclaims run corpus --out OUT` again, and claims.jsonl / entities.jsonl carry the decisions.
In CI (CI=true) a missing browser fails the test instead of skipping it.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from pipeline.cli import main
from support import CORPUS, REPO

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
REVIEWER = "browser-test"
ADDED = ("Bauman Moscow State Technical University", "Association of Sino-Russian Technical Universities")


def _need(condition: bool, reason: str) -> None:
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(reason + " (CI must run the browser test: .ci/run installs chromium)")
    pytest.skip(reason)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def browser():
    _need(Path(CHROMIUM).is_file(), f"chromium not found at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need(False, "playwright is not installed (pip install playwright)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@contextmanager
def _serve(out: Path, log: Path):
    """`newsclaims review OUT` on a free loopback port, as a user starts it; yields its address."""
    with open(log, "w") as stderr:
        server = subprocess.Popen([sys.executable, "-m", "pipeline", "review", str(out), "--port", "0",
                                   "--reviewer", REVIEWER], cwd=REPO, stderr=stderr, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not (found := re.search(r"http://127\.0\.0\.1:\d+", log.read_text())):
            assert server.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        assert "loopback only" in log.read_text()
        yield found.group(0)
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture
def served(tmp_path):
    """A run of corpus/ and `newsclaims review` serving it."""
    out = tmp_path / "out"
    assert main(["run", str(CORPUS), "--out", str(out)]) == 0
    with _serve(out, tmp_path / "review.log") as base:
        yield out, base


def select_words(page, phrase: str) -> None:
    """Drag the mouse over `phrase` in the article, as a reader selects it."""
    box = page.evaluate("""(phrase) => {
        const root = document.getElementById('article-text');
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const nodes = []; let text = '';
        while (walker.nextNode()) { nodes.push([walker.currentNode, text.length]); text += walker.currentNode.data; }
        const at = text.indexOf(phrase);
        if (at < 0) return null;
        const rectOf = (pos) => {
            const [node, start] = nodes.filter(([n, s]) => s <= pos).pop();
            const range = document.createRange();
            range.setStart(node, pos - start); range.setEnd(node, pos - start + 1);
            return range.getBoundingClientRect();
        };
        root.scrollIntoView({block: 'start'});  // then scroll the article box to the phrase
        root.scrollTop += rectOf(at).top - root.getBoundingClientRect().top - root.clientHeight / 2;
        const first = rectOf(at), last = rectOf(at + phrase.length - 1);
        return {x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2};
    }""", phrase)
    assert box, f"{phrase!r} is not in the article shown"
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move(box["x2"], box["y2"], steps=8)
    page.mouse.up()
    assert page.evaluate("window.getSelection().toString().trim()") == phrase


def _labels_outside_their_row(page) -> list[str]:
    """Claims of the queue list whose confidence/support label is drawn outside the claim's own row
    (a float after a long row once put each label on the next claim's line)."""
    return page.evaluate("""() => [...document.querySelectorAll('aside.list li')].filter(li => {
        const row = li.getBoundingClientRect(), label = li.querySelector('.meta').getBoundingClientRect();
        return label.top < row.top || label.bottom > row.bottom;
    }).map(li => li.textContent.trim().slice(0, 60))""")


def test_review_in_a_browser_then_run_again(browser, served):
    out, base = served
    claims = read_jsonl(out / "claims.jsonl")
    entities = {e["name"]: e for e in read_jsonl(out / "entities.jsonl")}
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    missing = []
    page.on("response", lambda response: missing.append(response.url) if response.status >= 400 else None)
    page.goto(base + "/queue")
    assert _labels_outside_their_row(page) == []
    assert missing == []  # nothing the page asks for is absent (a favicon once was)
    current = lambda: page.get_attribute("#claim", "data-claim-id")  # noqa: E731
    rejected = current()
    with page.expect_navigation():
        page.keyboard.press("r")
    accepted = current()
    assert accepted != rejected
    with page.expect_navigation():
        page.keyboard.press("a")
    undone = current()
    with page.expect_navigation():
        page.keyboard.press("a")
    with page.expect_navigation():
        page.keyboard.press("k")  # back to the claim just accepted
    assert current() == undone
    with page.expect_navigation():
        page.keyboard.press("u")  # withdraws the last accept
    with page.expect_navigation():
        page.keyboard.press("j")
    assert current() != undone

    # Add a missed claim: the article of some claim holds the sentence; select its two names.
    texts = {a["article_id"]: a["text"] for a in read_jsonl(out / "articles.jsonl") if a["text"]}
    host = next(c for c in claims if ADDED[0] in texts[c["evidence"][0]["article_id"]])
    page.goto(f"{base}/queue?claim={host['claim_id']}&whole=1")
    form = page.locator("#add-form")
    select_words(page, ADDED[0])
    form.locator("button[data-take=subject]").click()
    select_words(page, ADDED[1])
    form.locator("button[data-take=object]").click()
    form.locator("select[name=predicate]").select_option("founded")
    form.locator("input[name=date]").fill("2011")
    form.locator("button[type=submit]").click()
    page.wait_for_selector("#add-form[data-saved]")

    # Merge two entities from the entity page.
    keep, fold = _merge_pair(entities)
    page.goto(f"{base}/entity/{keep['entity_id']}")
    page.fill("#merge-form input[name=other]", fold["entity_id"])
    page.click("#merge-form button[type=submit]")
    page.wait_for_selector("#merge-form[data-saved]")
    assert not errors, errors

    decisions = read_jsonl(out / "review.jsonl")
    assert [d["decision"] for d in decisions] == ["reject", "accept", "accept", "undo", "add", "merge"]
    assert all(d["reviewer"] == REVIEWER for d in decisions)

    assert main(["run", str(CORPUS), "--out", str(out)]) == 0
    after = {c["claim_id"]: c for c in read_jsonl(out / "claims.jsonl")}
    assert rejected not in after
    assert after[accepted]["review"] == "accepted" and after[accepted]["reviewed_by"] == REVIEWER
    assert after.get(undone, {}).get("review") is None
    added = [c for c in after.values() if c.get("review") == "added"]
    assert len(added) == 1
    claim = added[0]
    assert claim["subject"]["name"] == ADDED[0] and claim["predicate"] == "founded"
    assert claim["object"]["name"] == ADDED[1] and claim["qualifiers"] == {"date": "2011"}
    evidence = claim["evidence"][0]
    text = texts[evidence["article_id"]]
    assert ADDED[0] in evidence["sentence"] and ADDED[1] in evidence["sentence"]
    assert text[evidence["start"]:evidence["end"]] == evidence["sentence"]
    assert text[slice(*evidence["subject_span"])] == ADDED[0] and text[slice(*evidence["object_span"])] == ADDED[1]

    merged = {e["entity_id"]: e for e in read_jsonl(out / "entities.jsonl")}
    assert fold["entity_id"] not in merged
    assert set(fold["aliases"]) <= set(merged[keep["entity_id"]]["aliases"])
    assert merged[keep["entity_id"]]["mentions"] == keep["mentions"] + fold["mentions"]
    assert not any(fold["entity_id"] in json.dumps(c) for c in after.values())
    assert json.loads((out / "run.json").read_text())["review"]["stale"] == []


def _merge_pair(entities: dict[str, dict]) -> tuple[dict, dict]:
    """China and the People's Republic of China when the run has both, else its two most-mentioned entities."""
    if "China" in entities and "People's Republic of China" in entities:
        return entities["China"], entities["People's Republic of China"]
    first, second = sorted(entities.values(), key=lambda e: (-e["mentions"], e["entity_id"]))[:2]
    return first, second


@pytest.fixture
def served_hand_built(tmp_path):
    """A hand-built output folder whose article has characters outside the BMP before the claim."""
    from support.review import write_run

    text = "Emoji first. Mallory Corp partnered with Eve Ltd in 2020. Eve Ltd 🎉🎉 is based in Oslo."
    write_run(tmp_path / "out", text)
    with _serve(tmp_path / "out", tmp_path / "review.log") as base:
        yield tmp_path / "out", base, text


def test_selected_words_give_code_point_offsets(browser, served_hand_built):
    out, base, text = served_hand_built
    page = browser.new_page()
    page.goto(f"{base}/queue?claim=c_partner")
    select_words(page, "Oslo")
    page.click("#add-form button[data-take=object]")
    start = text.index("Oslo")
    assert page.input_value("#add-form input[name=object_span]") == f"{start},{start + 4}"
    select_words(page, "Eve Ltd 🎉🎉 is")  # the subject field is then corrected by hand
    page.click("#add-form button[data-take=subject]")
    page.fill("#add-form input[name=subject]", "Eve Ltd")
    page.select_option("#add-form select[name=predicate]", "located_in")
    page.click("#add-form button[type=submit]")
    page.wait_for_selector("#add-form[data-saved]")
    added = read_jsonl(out / "review.jsonl")[-1]["claim"]["evidence"]
    assert text[added["start"]:added["end"]] == "Eve Ltd 🎉🎉 is based in Oslo."
    assert text[slice(*added["object_span"])] == "Oslo"
