"""trafilatura's own fallback runs only where it could change the text (`precision_candidate`)."""
from __future__ import annotations

import lxml.html
import pytest
import trafilatura

from pipeline.clean.candidates import (TRAFILATURA_PRECISION, _fallback_may_change, load_page, precision_candidate,
                                       trafilatura_candidate)

PROSE = " ".join(["The harbour council met on Tuesday and voted to approve the breakwater plan after years of debate."] * 3)


@pytest.mark.parametrize("body, may_change", [
    (f"<body><p>{PROSE}</p><p>{PROSE}</p></body>", False),
    (f"<body><p>{PROSE}</p><figure>a photo</figure></body>", True),   # furniture: trafilatura tries jusText
    (f"<body><p>{PROSE}</p><nav>Home</nav></body>", True),
    (f"<body><p>{PROSE}</p><table><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table></body>", True),
    ("<body><head>A heading only</head></body>", True),                # no paragraph text
])
def test_fallback_may_change(body, may_change):
    assert _fallback_may_change(lxml.html.fromstring(body)) is may_change


def test_no_body_may_change():
    assert _fallback_may_change(None)


def _page(paragraphs: int) -> str:
    body = "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(paragraphs))
    return f"<html><head><title>Breakwater</title></head><body><article>{body}</article></body></html>"


@pytest.fixture
def fast_flags(monkeypatch):
    flags = []
    extract = trafilatura.bare_extraction

    def recording(*args, **kwargs):
        flags.append(kwargs.get("fast", False))
        return extract(*args, **kwargs)
    monkeypatch.setattr(trafilatura, "bare_extraction", recording)
    return flags


def test_whole_text_needs_no_fallback(fast_flags):
    tree = load_page(_page(6))
    candidate = precision_candidate(tree, None, may_be_short=lambda c: False)
    assert fast_flags == [True]
    assert candidate == trafilatura_candidate("precision", load_page(_page(6)), None, TRAFILATURA_PRECISION)


def test_short_text_gets_the_fallback(fast_flags):
    tree = load_page(_page(6))
    precision_candidate(tree, None, may_be_short=lambda c: True)
    assert fast_flags == [True, False]
