"""News datelines: where, when and by whom a wire story says it was filed.

One grammar covers the common wire formats:

    AP         "DAYTON, Ohio (AP) —", "ST. PAUL, Minn. (AP) —", "WASHINGTON (AP) --"
    Reuters    "SAN FRANCISCO (Reuters) -", "WASHINGTON, Dec 29 (Reuters) -", "Dec 29 (Reuters) -"
    AFP        "PARIS (AFP) -", "PARIS, Dec 29, 2015 (AFP) -", "New York (AFP) –" (opening a story)
    Bloomberg  "(Bloomberg) --"
    UPI        "NEW YORK, Nov. 19 (UPI) —"
    papers     "LA CROSSE, Wisc. —", "TROY, Mich. --", "WASHINGTON —" (in a story's opening lines)
    Reuters 1987 "London, March 3 - " (a place in mixed case with a date, opening a story)

that is: a place in capitals, a region after a comma, a date, an agency in brackets (each
optional, but a place or an agency there must be), then a dash (an underscore or colon on some
wires). A dateline is the article's metadata (articles.jsonl's `dateline`): its names state no
fact and give no mention (`outside_datelines`, run last among the entity rules), so no relation
or quote reads them ("BEIJING (AP) -" is no located_in(AP, Beijing)). The statistical NER cuts
the capitals wrongly ("LA CROSSE" -> "LA", "BERLIN - Donald Trump" as one name), so the dateline's
parts are labelled first (`tag_datelines`): the rules in between then see where the names end.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Optional

from spacy.tokens import Doc, Span

from models import Article, Dateline
from pipeline.extract.dates import MONTHS, WEEKDAYS
from pipeline.extract.entities.overrides import override_entities
from pipeline.extract.doctext import doc_text
from pipeline.lexicon import is_legal_form
from pipeline.name_strings import country_of_demonym
from pipeline.page_words import PHOTO_AGENCIES

# A story's own dateline opens its text: its first lines (a headline may come first). There a place
# alone before a dash counts too ("WASHINGTON — ..."), unless the capitals are a kicker.
DATELINE_LINES = 3
NOT_PLACES = frozenset({"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "VIDEO", "OPINION", "ANALYSIS",
                        "EDITORIAL", "LIVE", "NEW", "REVIEW", "PHOTOS", "CORRECTION", "ALERT", "FLASHBACK"})
# How far into a sentence a dateline may reach: the longest ("NORTH LITTLE ROCK, Ark., Dec. 29,
# 2015 (Reuters Health) -") is under 70 characters.
MAX_DATELINE_CHARS = 120

# "March 5", and the wire's "MARCH 5" ("BRASILIA, MARCH 5 - ")
_MONTH = r"(?:" + "|".join(form for m in sorted(MONTHS, key=len, reverse=True) for form in (m.capitalize(), m.upper())) + r")\.?"
# Capitals of two letters or more, with the dots, hyphens and apostrophes of "ST. PAUL",
# "WINSTON-SALEM", "COEUR D'ALENE", "D.C."
_PLACE_WORD = r"[A-Z][A-Z.'’\-]*[A-Z.](?![a-z])"
_REGION_WORD = r"[A-Z][A-Za-z.'’\-]*"
_SP = r"[^\S\n]"  # a space on the line, the no-break space of many sites too
_DATELINE = re.compile(
    rf"""{_SP}*
    (?:
        (?P<place>{_PLACE_WORD}(?:{_SP}{_PLACE_WORD}){{0,3}})
        (?:,{_SP}(?!{_MONTH}{_SP}\d)(?P<region>{_REGION_WORD}(?:{_SP}{_REGION_WORD}){{0,2}}))?
        (?:,?{_SP}(?P<date>{_MONTH}{_SP}\d{{1,2}}(?:,{_SP}\d{{4}})?))?
      | (?P<only_date>{_MONTH}{_SP}\d{{1,2}}(?:,{_SP}\d{{4}})?)
      | (?P<titled>[A-Z][a-z]+(?:{_SP}[A-Z][a-z]+){{0,2}})(?={_SP}\()
      | (?P<titled_place>[A-Z][a-z]+(?:{_SP}[A-Z][a-z]+){{0,2}}),{_SP}(?P<titled_date>{_MONTH}{_SP}\d{{1,2}})
    )?
    (?:{_SP}?\((?P<agency>[A-Z][A-Za-z&.'’]*(?:{_SP}[A-Z][A-Za-z&.'’]*){{0,3}})\))?
    {_SP}?(?P<end>--|[-–—―_:]){_SP}""",
    re.VERBOSE,
)


def _match(text: str, start: int, bare: bool) -> Optional[re.Match]:
    """The dateline opening text[start:], or None. A place alone before the dash ("WASHINGTON —")
    counts only when `bare` (the story's opening lines)."""
    found = _DATELINE.match(text, start, start + MAX_DATELINE_CHARS)
    if found is None or not (found["place"] or found["agency"] or found["titled_place"]):
        return None
    if found["titled_place"] and not (bare and found["titled_place"].split()[0].lower() not in WEEKDAYS):
        return None  # "London, March 3 - " opens a wire story; "Monday, March 3 -" is a date
    if found["titled"] and not (bare and found["agency"] and _wire(found["agency"])):
        return None  # "New York (AFP) –" opens a story; "Sanders Wins (Again) —" is a headline
    if not found["place"] and not bare:
        return None  # "(Bloomberg) --", "Dec 29 (Reuters) -" open a story; "(Applause) —" in a transcript does not
    alone = found["place"] and not (found["region"] or found["date"] or found["agency"])
    if alone and not (bare and found["place"] not in NOT_PLACES and found["end"] not in "_:"
                      and text[found.start("end") - 1].isspace()):
        return None  # "BUSTED: ...", a kicker, "SIEGEL--Jerome Arthur" (a death notice), or not an opening line
    if found["end"] in "_:" and not (found["agency"] or found["region"]):
        return None  # "NOTE: ...", "UPDATE_": a label, not a place
    return found


def _wire(agency: str) -> bool:
    """An agency's name as wires write it: an acronym ("AFP", "UPI") or a known agency ("Reuters")."""
    return (agency.isupper() and len(agency) > 1) or agency.lower() in PHOTO_AGENCIES


def _starts(doc: Doc) -> Iterator[tuple[int, bool]]:
    """Where a dateline may open (each sentence and line start), and whether it is an opening line."""
    text = doc_text(doc)
    opening = _opening_end(text)
    starts = {s.start_char for s in doc.sents} | {0} | {m.end() for m in re.finditer(r"\n", text)}
    for start in sorted(starts):
        while start < len(text) and text[start] in " \t":
            start += 1
        yield start, start < opening


def _matches(doc: Doc) -> list[re.Match]:
    found, reached = [], -1
    text = doc_text(doc)
    for start, bare in _starts(doc):
        if start <= reached:
            continue  # "ST. PAUL, Minn. (AP) —" split after "ST.": one dateline
        match = _match(text, start, bare)
        if match:
            found.append(match)
            reached = match.end()
    return found


def _spans(doc: Doc, match: re.Match) -> list[Span]:
    spans = []
    for group, label in (("place", "GPE"), ("titled", "GPE"), ("titled_place", "GPE"), ("region", "GPE"),
                         ("date", "DATE"), ("only_date", "DATE"), ("titled_date", "DATE"), ("agency", "ORG")):
        if match[group]:
            span = doc.char_span(match.start(group), match.end(group), label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    return spans


def dateline_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens of every dateline (place, region, date, agency and the punctuation between).

    A dateline is the article's metadata, where and by whom it was filed: "BEIJING (AP) -" states
    no fact about the agency, so the relation rules leave its names alone. Found on the first call
    and kept in the Doc's user_data (the verb rules ask again for every subject they read)."""
    found = doc.user_data.get(_TOKENS_KEY)
    if found is None:
        found = set()
        for match in _matches(doc):
            span = doc.char_span(match.start(), match.start("end"), alignment_mode="expand")
            if span is not None:
                found.update(range(span.start, span.end))
        found = doc.user_data[_TOKENS_KEY] = frozenset(found)
    return found


_TOKENS_KEY = "newsclaims.dateline_tokens"


def outside_datelines(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans that are not part of a dateline: its names give no mention, so no quote takes
    "Wisc." of "LA CROSSE, Wisc. — Gov. ..." for its speaker and no relation reads "(Reuters)"."""
    dateline = dateline_tokens(doc)
    if not dateline:
        return spans
    kept = []
    for span in spans:
        start = span.start
        while start < span.end and (start in dateline or doc[start].is_punct or doc[start].is_space):
            start += 1
        if start == span.start:
            kept.append(span)
        elif start < span.end:  # "BERLIN - Donald Trump" as one name: the name after the dash
            kept.append(Span(doc, start, span.end, label=span.label_))
    return kept


def _opening_end(text: str) -> int:
    """Where a story's opening lines (the first DATELINE_LINES non-empty ones) end."""
    seen, position = 0, 0
    for line in text.splitlines(keepends=True):
        position += len(line)
        seen += bool(line.strip())
        if seen >= DATELINE_LINES:
            break
    return position


def tag_datelines(doc: Doc) -> None:
    """Give every dateline's place, region, date and agency their entity labels, replacing what
    overlaps, so that no other rule joins them to the story's first name; `outside_datelines` drops
    them last. The model's entity running on past the dash loses its tail: "March 4 - Brazilian
    Finance" read as one DATE leaves "Brazilian" a nationality again; "March 3 - Canadian Pacific
    Ltd", capitalised words up to a company's legal form, leaves a company."""
    matches = _matches(doc)
    found = [span for match in matches for span in _spans(doc, match)]
    for match in matches:
        first = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")  # the story's first word
        after = first.start if first is not None else None
        run_over = next((e for e in doc.ents if after is not None and e.start < after < e.end), None)
        if run_over is None or not country_of_demonym(doc[after].text):
            continue
        tail = doc[after:run_over.end]
        if len(tail) > 1 and is_legal_form(tail[-1].text) and all(t.text[:1].isupper() for t in tail):
            found.append(Span(doc, after, run_over.end, label="ORG"))
        else:
            found.append(Span(doc, after, after + 1, label="NORP"))
    override_entities(doc, found)


def article_dateline(text: Optional[str]) -> Optional[Dateline]:
    """The dateline a story opens with ("BEIJING (AP) - ..."), read by the rule that keeps its
    names out of relations, or None."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        found = _match(line, 0, bare=True)
        if found:
            return Dateline(place=found["place"] or found["titled"] or found["titled_place"], region=found["region"],
                            date=found["date"] or found["only_date"] or found["titled_date"], agency=found["agency"])
    return None


def with_datelines(articles: Iterable[Article]) -> Iterator[Article]:
    """Kept articles with their dateline as metadata (articles.jsonl's `dateline`)."""
    for article in articles:
        dateline = article_dateline(article.text) if article.status == "kept" else None
        yield article.model_copy(update={"dateline": dateline}) if dateline is not None else article
