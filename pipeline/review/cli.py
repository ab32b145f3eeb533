"""`newsclaims review OUT`: the sub-command's arguments and handler (the page is in review/web)."""
from __future__ import annotations

import argparse
import ipaddress
import sys
from pathlib import Path

from pipeline.review.apply import summary_line as review_summary_line

__all__ = ["add_review_parser", "review_summary_line", "is_loopback"]
EXIT_USAGE = 2


def add_review_parser(commands) -> argparse.ArgumentParser:
    review = commands.add_parser(
        "review", help="open a local web page to accept, reject, correct and add claims of a run",
        description="Serve a review page over the output folder OUT of `newsclaims run`. Decisions are "
                    "appended to OUT/review.jsonl; every later `newsclaims run` into OUT applies them. "
                    "The page listens on the loopback interface only, unless --allow-remote is given.")
    review.add_argument("out", metavar="OUT", help="output folder of a `newsclaims run`")
    review.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    review.add_argument("--port", type=int, default=8765, help="port (default: %(default)s; 0 picks a free one)")
    review.add_argument("--reviewer", default=None,
                        help="name recorded with each decision as `reviewer` (default: $USER)")
    review.add_argument("--allow-remote", action="store_true",
                        help="allow a --host other than loopback: anyone who reaches it can read the "
                             "articles and record decisions")
    review.set_defaults(func=cmd_review)
    return review


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _usage_error(message: str) -> int:
    print(f"newsclaims review: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def cmd_review(args: argparse.Namespace) -> int:
    import getpass

    out = Path(args.out)
    missing = [name for name in ("claims.jsonl", "entities.jsonl", "articles.jsonl") if not (out / name).is_file()]
    if missing:
        return _usage_error(f"{out} holds no run output ({', '.join(missing)} missing); "
                            f"run `newsclaims run INPUT --out {out}` first")
    if not is_loopback(args.host) and not args.allow_remote:
        return _usage_error(f"--host {args.host} is not a loopback address; add --allow-remote to serve it "
                            "to other machines (the page has no login)")
    if not 0 <= args.port <= 65535:
        return _usage_error("--port must be between 0 and 65535")
    from waitress.server import create_server

    from pipeline.review.web.app import create_app

    reviewer = args.reviewer or getpass.getuser()
    app = create_app(out, reviewer=reviewer, allow_remote=args.allow_remote)
    try:
        server = create_server(app, host=args.host, port=args.port, threads=4)
    except OSError as exc:
        print(f"newsclaims review: error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}",
              file=sys.stderr)
        return 1
    port = server.effective_port
    app.config["ALLOWED_HOSTS"] = _allowed_hosts(args.host, port, args.allow_remote)
    scope = "loopback only: not reachable from other machines" if is_loopback(args.host) \
        else "REMOTE ACCESS ALLOWED: anyone who reaches this address can read and decide"
    print(f"newsclaims review: http://{_url_host(args.host)}:{port}/ ({scope}); reviewer {reviewer!r}; "
          f"decisions go to {out / 'review.jsonl'}. Ctrl-C stops.", file=sys.stderr, flush=True)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    return 0


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _allowed_hosts(host: str, port: int, allow_remote: bool) -> set[str] | None:
    """Host headers the page answers: a DNS-rebinding page cannot pass for 127.0.0.1. None: any."""
    if allow_remote:
        return None
    return {f"{name}:{port}" for name in {_url_host(host), "localhost", "127.0.0.1", "[::1]"}}
