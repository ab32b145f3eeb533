"""A government body named by a list of portfolios: "the Federal Office of Industry, Trade and Labour",
"the Ministry of Agriculture, Fisheries and Food", "the Department of Health, Education and Welfare".

The NER ends such a name at the first comma ("Federal Office of Industry") and may tag the last
portfolio on its own ("Labour", the party), so the body's statements go to a cut name and a party.
An organisation span ending in "of <Portfolio>" and followed by ", <Portfolio>" ... "and <Portfolio>",
every word a capitalised portfolio (government_words.PORTFOLIO_WORDS), is one name through the last
portfolio; a list of other names ("the Bank of England, Barclays and Lloyds") is not one.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.government_words import PORTFOLIO_WORDS


def _portfolio(token) -> bool:
    return token.text[:1].isupper() and token.lower_ in PORTFOLIO_WORDS


def _listed_end(doc: Doc, ent: Span) -> int | None:
    """Where a portfolio list after the span ends (exclusive), or None when none follows."""
    i = ent.end
    while i + 1 < len(doc) and doc[i].text == "," and _portfolio(doc[i + 1]):
        i += 2
    if i + 1 < len(doc) and doc[i].lower_ in ("and", "&") and _portfolio(doc[i + 1]):
        return i + 2
    return None


def with_listed_portfolios(doc: Doc) -> None:
    """Extend each organisation span that a portfolio list continues (module doc), in place."""
    extended = []
    for ent in doc.ents:
        if ent.label_ == "ORG" and len(ent) >= 3 and ent[-2].lower_ == "of" and _portfolio(ent[-1]) \
                and (end := _listed_end(doc, ent)) is not None:
            extended.append(Span(doc, ent.start, end, label="ORG"))
    if extended:
        kept = [e for e in doc.ents if not any(e.start < x.end and x.start < e.end for x in extended)]
        doc.ents = filter_spans(kept + extended)
