"""The review page over HTTP, through Flask's test client: escaping, the CSRF token, files served."""
from __future__ import annotations

import json
import re

import pytest

from pipeline.review.cli import is_loopback
from pipeline.review.web.app import create_app
from pipeline.review.web.data import QueueFilter, ReviewState, load_run, queue
from pipeline.cli import main
from support.review import write_run


@pytest.fixture
def out(tmp_path):
    write_run(tmp_path)
    return tmp_path


@pytest.fixture
def client(out):
    return create_app(out, reviewer="ana").test_client()


def token_of(client, url: str = "/queue") -> str:
    page = client.get(url).get_data(as_text=True)
    return re.search(r'<meta name="csrf-token" content="([^"]+)"', page).group(1)


@pytest.mark.parametrize("url", ["/", "/queue", "/queue?claim=c_said", "/queue?claim=c_partner", "/entity/e_1"])
def test_markup_from_articles_and_records_is_shown_as_text(client, url):
    page = client.get(url).get_data(as_text=True)
    assert "<script>alert" not in page and "<i>Corp</i>" not in page and "<b>Title" not in page
    assert 'src="/static/review.js"' in page


def test_the_article_text_is_there_escaped(client):
    page = client.get("/queue?claim=c_said").get_data(as_text=True)
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in page
    assert "Mallory &lt;i&gt;Corp&lt;/i&gt;" in page


def test_pages_forbid_inline_scripts(client):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_a_write_without_the_token_is_refused(client, out):
    client.get("/queue")  # a session exists, but the request does not carry its token
    decision = {"decision": "accept", "claim_id": "c_said"}
    assert client.post("/api/decisions", json=decision).status_code == 403
    assert client.post("/api/decisions", json=decision, headers={"X-CSRF-Token": "guess"}).status_code == 403
    assert not (out / "review.jsonl").exists()


def test_a_token_from_another_session_is_refused(out):
    stolen = token_of(create_app(out).test_client())
    other = create_app(out).test_client()
    other.get("/queue")
    response = other.post("/api/decisions", json={"decision": "accept", "claim_id": "c_said"},
                          headers={"X-CSRF-Token": stolen})
    assert response.status_code == 403


def test_a_write_with_the_token_is_appended_with_reviewer_and_time(client, out):
    token = token_of(client)
    response = client.post("/api/decisions", json={"decision": "reject", "claim_id": "c_said", "id": "x1"},
                           headers={"X-CSRF-Token": token})
    assert response.status_code == 200 and response.get_json()["line"] == 1
    again = client.post("/api/decisions", json={"decision": "reject", "claim_id": "c_said", "id": "x1"},
                        headers={"X-CSRF-Token": token})
    assert again.get_json()["line"] == 1, "a repeated request must not write a second line"
    lines = (out / "review.jsonl").read_text().splitlines()
    assert len(lines) == 1
    written = json.loads(lines[0])
    assert written["reviewer"] == "ana" and written["at"] and written["decision"] == "reject"
    assert "rejected" in client.get("/queue?claim=c_said").get_data(as_text=True)


def test_a_malformed_decision_is_refused_with_its_reason(client, out):
    response = client.post("/api/decisions", json={"decision": "merge", "entity_ids": ["e_1"]},
                           headers={"X-CSRF-Token": token_of(client)})
    assert response.status_code == 400 and "two or more" in response.get_json()["error"]
    assert not (out / "review.jsonl").exists()


@pytest.mark.parametrize("url", ["/static/../app.py", "/static/..%2fapp.py", "/static/%2e%2e/%2e%2e/decisions.py",
                                 "/static/..%2F..%2F..%2Fetc%2Fpasswd", "/static//etc/passwd", "/claims.jsonl",
                                 "/review.jsonl", "/../claims.jsonl", "/entity/..%2f..%2fclaims.jsonl"])
def test_no_file_outside_the_static_folder_is_served(client, url):
    response = client.get(url, follow_redirects=True)
    assert response.status_code in (400, 404)
    assert b"claim_id" not in response.data and b"import" not in response.data and b"root:" not in response.data


def test_only_the_expected_host_names_are_answered(out):
    app = create_app(out)
    app.config["ALLOWED_HOSTS"] = {"127.0.0.1:8765"}
    client = app.test_client()
    assert client.get("/", headers={"Host": "127.0.0.1:8765"}).status_code == 200
    assert client.get("/", headers={"Host": "rebound.example:8765"}).status_code == 400


def test_a_remote_host_needs_the_explicit_flag(out, capsys):
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    assert main(["review", str(out), "--host", "0.0.0.0"]) == 2
    assert "--allow-remote" in capsys.readouterr().err


def test_review_needs_a_run_folder(tmp_path, capsys):
    assert main(["review", str(tmp_path / "nothing")]) == 2
    assert "newsclaims run" in capsys.readouterr().err


def test_queue_puts_unreviewed_low_confidence_high_support_first(out):
    run = load_run(out)
    run.claims.append({**run.claims[1], "claim_id": "c_more", "support": 3})
    run.index()
    run.claims[0]["review"] = "accepted"  # reviewed in an earlier run
    (out / "review.jsonl").write_text(json.dumps({"decision": "accept", "claim_id": "c_partner"}) + "\n")
    order = [c["claim_id"] for c, _ in queue(run, ReviewState.read(out), QueueFilter())]
    assert order == ["c_more", "c_partner", "c_said"], "a decision made now does not move its claim"
    assert [c["claim_id"] for c, _ in queue(run, ReviewState.read(out), QueueFilter(status="accepted"))] == \
        ["c_partner", "c_said"]
    assert [c["claim_id"] for c, _ in queue(run, ReviewState.read(out), QueueFilter(predicate="said"))] == ["c_said"]
    assert [c["claim_id"] for c, _ in queue(run, ReviewState.read(out), QueueFilter(entity="e_2"))] == \
        ["c_more", "c_partner"]
    assert [c["claim_id"] for c, _ in queue(run, ReviewState.read(out), QueueFilter(max_confidence=0.5))] == \
        ["c_more", "c_partner"]


def test_the_queue_opens_at_the_first_claim_nobody_has_decided(client, out):
    """Coming back to /queue resumes where the reviewer stopped, though the order stays as of the run."""
    first = re.search(r'data-claim-id="([^"]+)"', client.get("/queue").get_data(as_text=True)).group(1)
    token = token_of(client)
    client.post("/api/decisions", json={"decision": "accept", "claim_id": first, "id": "y1"},
                headers={"X-CSRF-Token": token})
    reopened = re.search(r'data-claim-id="([^"]+)"', client.get("/queue").get_data(as_text=True)).group(1)
    assert reopened != first
    assert first in client.get(f"/queue?claim={first}").get_data(as_text=True)  # still there, in its place
