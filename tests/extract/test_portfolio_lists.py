"""A government body named by a list of portfolios is one organisation (entities/portfolio_lists.py)."""
from __future__ import annotations

import pytest

from pipeline.extract.entities.portfolio_lists import with_listed_portfolios


def _orgs_after(nlp, text: str, orgs: list[str]) -> list[str]:
    """The ORG spans after the rule, on a doc whose entities are the given ORG spans (as the NER cuts them)."""
    doc = nlp(text)
    spans, at = [], 0
    for name in orgs:
        start = text.index(name, at)
        span = doc.char_span(start, start + len(name), label="ORG")
        spans.append(span)
        at = start + len(name)
    doc.ents = spans
    with_listed_portfolios(doc)
    return [e.text for e in doc.ents if e.label_ == "ORG"]


@pytest.mark.parametrize("text, orgs, expected", [
    pytest.param("Output rose, the Federal Office of Industry, Trade and Labour said.",
                 ["Federal Office of Industry", "Labour"], ["Federal Office of Industry, Trade and Labour"],
                 id="cut-at-the-comma-and-the-last-portfolio-a-party"),
    pytest.param("The Department of Health, Education and Welfare said costs rose.",
                 ["Department of Health"], ["Department of Health, Education and Welfare"], id="three-portfolios"),
    pytest.param("The Bank of England, Barclays and Lloyds said rates would rise.",
                 ["Bank of England", "Barclays", "Lloyds"], ["Bank of England", "Barclays", "Lloyds"],
                 id="a-list-of-other-names"),
    pytest.param("Officials of the Ministry of Trade, industry and labour groups met on Monday.",
                 ["Ministry of Trade"], ["Ministry of Trade"], id="lower-case-words-are-no-portfolios"),
    pytest.param("The Ministry of Trade, Industry officials said.",
                 ["Ministry of Trade"], ["Ministry of Trade"], id="no-closing-and"),
])
def test_a_portfolio_list_continues_the_name(nlp, text, orgs, expected):
    assert _orgs_after(nlp, text, orgs) == expected
