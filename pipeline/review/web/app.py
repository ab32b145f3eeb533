"""The review page: a Flask application over one output folder.

Flask (WSGI, served by waitress) because its templates escape by default, its test client needs
no server, its static route refuses paths outside the static folder, and its signed session
cookie carries the per-session CSRF token with no storage of ours. Nothing from OUT is served
as a file: pages are rendered from the parsed records only.
"""
from __future__ import annotations

import hmac
import secrets
from datetime import datetime, timezone
from pathlib import Path

from flask import Flask, abort, jsonify, render_template, request, session, url_for

from pipeline.review.decisions import CORRECTABLE, Malformed
from pipeline.review.journal import REVIEW_FILE, append_decision
from pipeline.review.web.data import STATUSES, QueueFilter, ReviewState, RunCache, overview_counts, queue
from pipeline.review.web.graph import HEIGHT, WIDTH, build_graph
from pipeline.review.web.views import ENTITY_TYPES, RELATION_TYPES, claim_detail, entity_detail

CSRF_HEADER = "X-CSRF-Token"
LIST_LIMIT = 400  # claims listed beside the current one; j/k still walk the whole queue
SECURITY_HEADERS = {
    # No inline script or style anywhere: article text that slipped through would still not run.
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(out: Path, reviewer: str | None = None, allow_remote: bool = False) -> Flask:
    app = Flask(__name__, static_folder="static", template_folder="templates")
    app.secret_key = secrets.token_bytes(32)  # new per start: a session (and its token) ends with the server
    app.config.update(SESSION_COOKIE_SAMESITE="Strict", SESSION_COOKIE_HTTPONLY=True, ALLOWED_HOSTS=None,
                      REVIEWER=reviewer, OUT=out)
    cache = RunCache(out)

    def csrf_token() -> str:
        if "csrf" not in session:
            session["csrf"] = secrets.token_urlsafe(32)
        return session["csrf"]

    def queue_url(**args: str) -> str:
        return url_for("queue_page", **{k: v for k, v in args.items() if v})

    app.jinja_env.globals.update(csrf_token=csrf_token, queue_url=queue_url, statuses=STATUSES,
                                 relation_types=RELATION_TYPES, entity_types=ENTITY_TYPES,
                                 reviewer=reviewer, out=str(out))

    @app.before_request
    def check_host():
        allowed = app.config["ALLOWED_HOSTS"]
        if allowed is not None and request.host not in allowed:
            abort(400, "unexpected Host header")

    @app.after_request
    def security_headers(response):
        response.headers.update(SECURITY_HEADERS)
        if request.path.startswith("/api/"):
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.get("/")
    def overview():
        run, state = cache.get(), ReviewState.read(out)
        nodes, edges = build_graph(run.claims, run.entities)
        claims_per_article: dict[str, int] = {}
        for claim in run.claims:
            for article_id in {e["article_id"] for e in claim["evidence"]}:
                claims_per_article[article_id] = claims_per_article.get(article_id, 0) + 1
        articles = sorted((a for a in run.articles.values() if a.status == "kept"),
                          key=lambda a: (-claims_per_article.get(a.article_id, 0), a.source))
        return render_template("overview.html", run=run, state=state, counts=overview_counts(run, state),
                               nodes=nodes, edges=edges, width=WIDTH, height=HEIGHT, articles=articles,
                               claims_per_article=claims_per_article)

    @app.get("/queue")
    def queue_page():
        run, state = cache.get(), ReviewState.read(out)
        wanted = QueueFilter.from_args(request.args)
        items = queue(run, state, wanted)
        ids = [c["claim_id"] for c, _ in items]
        # Opened without a claim: the first one nobody has decided yet, so a reviewer coming back
        # to /queue resumes where they stopped (the order itself stays as of the last run).
        undecided = next((c["claim_id"] for c, status in items if status == "unreviewed"), ids[0] if ids else "")
        current_id = request.args.get("claim") or undecided
        position = ids.index(current_id) if current_id in ids else None
        claim = run.claims_by_id.get(current_id)
        args = wanted.as_args()
        near = range(max(0, (position or 0) - LIST_LIMIT // 2), min(len(items), (position or 0) + LIST_LIMIT // 2))
        detail = claim_detail(run, state, claim, request.args.get("ev", "0"), request.args.get("whole") == "1") \
            if claim else None
        return render_template(
            "queue.html", run=run, items=[(i, *items[i]) for i in near], total=len(items), wanted=wanted,
            args=args, claim=claim, position=position, detail=detail,
            prev_url=queue_url(**args, claim=ids[position - 1]) if position else "",
            next_url=queue_url(**args, claim=ids[position + 1]) if position is not None and position + 1 < len(ids)
            else "",
            predicates=sorted({c["predicate"] for c in run.claims}), correctable=CORRECTABLE,
            entity_names=sorted(run.entities.values(), key=lambda e: (-e["mentions"], e["name"]))[:2000])

    @app.get("/entity/<entity_id>")
    def entity_page(entity_id: str):
        run, state = cache.get(), ReviewState.read(out)
        if entity_id not in run.entities:
            abort(404)
        return render_template("entity.html", **entity_detail(run, state, entity_id),
                               entity_names=sorted(run.entities.values(), key=lambda e: (-e["mentions"], e["name"])))

    @app.post("/api/decisions")
    def post_decision():
        token = request.headers.get(CSRF_HEADER, "")
        if "csrf" not in session or not hmac.compare_digest(token.encode(), session["csrf"].encode()):
            return jsonify(error="refused: missing or wrong CSRF token (reload the page)"), 403
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            return jsonify(error="the body must be a JSON object"), 400
        data = dict(data)
        if reviewer and not data.get("reviewer"):
            data["reviewer"] = reviewer
        data.setdefault("at", datetime.now(timezone.utc).isoformat(timespec="seconds"))
        try:
            decision = append_decision(out / REVIEW_FILE, data)
        except Malformed as exc:
            return jsonify(error=str(exc)), 400
        return jsonify(line=decision.line, decision=decision.kind)

    return app
