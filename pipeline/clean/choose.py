"""Pick and merge candidate article bodies of one page (see `pipeline.clean.candidates`).

Figures are F1 on article-extraction-benchmark (`python3 benchmarks/extraction.py`), split by a
hash of the page id into a tuning half (102 pages, where the rules were developed) and a check
half (79 pages, looked at only for the totals); "all" is the 181 pages.

1. **Backbone**: trafilatura with favor_precision, the best single candidate (all 0.966 after the
   line filter).
2. **Never a stub**: a candidate whose text is mostly notices (reprint, paywall, cookie banner)
   or far shorter than what another candidate finds is passed over for the next one. Barron's
   reprint notice ("This copy is for your personal, non-commercial use only...") was the whole
   of trafilatura's output on one page, F1 0.00 -> 0.96 with readability's body instead.
3. **Fill missing runs from an independent extractor**: a run of at least `MIN_FILL_RUN`
   consecutive prose paragraphs that readability-lxml (or the JSON-LD body) has and the
   backbone lacks is article text the backbone cut off (an ad slot or newsletter box splitting
   the body), and goes in at its place. Single prose paragraphs are not taken: those were
   photo captions, standfirsts and promos in 39 of 41 cases on the tuning half. Runs of 1 / 2
   / 3 paragraphs: tuning 0.964 / 0.966 / 0.971, check 0.972 / 0.975 / 0.978 (backbone alone:
   0.956 / 0.979); two Wired pages go from 0.52 and 0.62 to 0.99 and 0.98. A run whose short
   lines are all links (linked titles over standfirsts) is a teaser list and stays out.

4. **Link-only lead**: the run of paragraphs opening the text whose text is (nearly) all link
   text is a menu. Nothing changes on the 181 pages (extractors already cut menus there);
   it is there for layouts the benchmark lacks: on a synthetic table-layout page
   (tests/support/pages.py) both extractors kept the whole layout table, its menu cell included.
   The same rule at the end cost two pages (0.79 -> 0.02, 0.99 -> 0.50): there the article *is*
   a list of links (a race calendar, a list of product offers); a related-headlines rail at the
   end is left to the line filter, which wants a heading such as "More stories" before it.

Agreement is measured on word 3-grams: a paragraph is "in" a text when half of its 3-grams are.
A vote of whole candidates (keep a paragraph that two of three extractors have) measured 0.967:
the two trafilatura settings fail together, so they are not independent voters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from pipeline.clean.candidates import Candidate
from pipeline.clean.lines import STOPWORDS, LineFeatures, LineKind, detect_language, first_pass_kind, line_features
from pipeline.clean.units import count_words

GRAM = 3
COVERED_SHARE = 0.5
MIN_FILL_RUN = 3
# The backbone is a stub when another candidate's prose is this many times longer.
STUB_RATIO = 3.0
# A result with fewer prose words than this is no article (a notice, a caption, a teaser).
MIN_ARTICLE_WORDS = 15
LINK_ONLY_SHARE = 0.9

_WORD = re.compile(r"\w+")


def _grams(text: str) -> set[tuple[str, ...]]:
    tokens = [t.casefold() for t in _WORD.findall(text)]
    if len(tokens) < GRAM:
        return {tuple(tokens)} if tokens else set()
    return set(zip(*(tokens[k:] for k in range(GRAM))))  # every run of GRAM tokens, built in C


def _covered(own: set, grams: set) -> bool:
    """Whether half of a paragraph's 3-grams (`own`) are among `grams`."""
    return bool(own) and len(own & grams) >= COVERED_SHARE * len(own)


@dataclass(frozen=True)
class Choice:
    paragraphs: tuple[str, ...]
    source: str          # which candidate was the backbone ("" when none was usable)
    filled_from: tuple[str, ...] = ()
    reason: str = ""     # why nothing was kept, when paragraphs is empty


class PageLines:
    """Line features and first-pass kinds with one language for all candidates of the page,
    computed once per distinct paragraph: candidates share most paragraphs, and the line filter
    after `choose` looks at the same ones again."""

    def __init__(self, candidates: Sequence[Candidate]):
        lang = detect_language([p for c in candidates for p in c.paragraphs])
        self.stopwords = STOPWORDS.get(lang) if lang else None
        self._features: dict[str, LineFeatures] = {}
        self._kinds: dict[str, LineKind] = {}

    def features(self, paragraph: str) -> LineFeatures:
        if paragraph not in self._features:
            self._features[paragraph] = line_features(paragraph, self.stopwords)
        return self._features[paragraph]

    def kind(self, paragraph: str) -> LineKind:
        if paragraph not in self._kinds:
            self._kinds[paragraph] = first_pass_kind(self.features(paragraph))
        return self._kinds[paragraph]

    def prose_words(self, paragraphs: Sequence[str]) -> int:
        return sum(count_words(p) for p in paragraphs if self.kind(p) is LineKind.GOOD)

    def notice_words(self, paragraphs: Sequence[str]) -> int:
        return sum(count_words(p) for p in paragraphs if self.kind(p) is LineKind.BOILERPLATE)


NOTICE_REASON = "only a notice (reprint, paywall, cookie or subscription text), no article"
SHORT_REASON = "far shorter than the prose another extractor found"


def _stub_reason(paragraphs: Sequence[str], kinds: PageLines, best_other_prose: int) -> str:
    """Why this candidate is no article ("" when it is one)."""
    notices = kinds.notice_words(paragraphs)
    text_words = sum(count_words(p) for p in paragraphs) - notices
    if text_words < MIN_ARTICLE_WORDS or notices > text_words:
        return NOTICE_REASON if notices else "no article text found"
    if best_other_prose > STUB_RATIO * max(kinds.prose_words(paragraphs), 1):
        return SHORT_REASON
    return ""


def _teaser_list(run: range, kinds: Sequence[LineKind], link_shares: Sequence[float]) -> bool:
    """A run whose short lines are links, one per summary or more: a list of other stories, each a
    linked title over its standfirst. Such a list of diets beside a diet article was filled in
    from readability (page F1 0.99 -> 0.90) before this check."""
    prose = sum(kinds[k] is LineKind.GOOD for k in run)
    titles = sum(kinds[k] is LineKind.SHORT and k < len(link_shares) and link_shares[k] >= LINK_ONLY_SHARE
                 for k in run)
    return titles >= 2 and titles * 2 >= prose


def fill_runs(backbone: Sequence[str], other: Sequence[str], kinds: PageLines,
              min_run: int = MIN_FILL_RUN, link_shares: Sequence[float] = ()) -> list[str]:
    """`backbone` with every run of >= min_run prose paragraphs of `other` it lacks, inserted
    after the backbone paragraph that matches the run's nearest preceding shared paragraph.
    A run that is a list of linked teasers is not article text and stays out."""
    out = list(backbone)
    if not out:
        return list(other)
    out_grams = [_grams(p) for p in out]
    grams = set().union(*out_grams)
    anchors: list[int | None] = []
    for paragraph in other:
        own = _grams(paragraph)
        if not _covered(own, grams):
            anchors.append(None)
            continue
        anchors.append(max(range(len(out)), key=lambda j: len(own & out_grams[j])))
    paragraph_kinds = [kinds.kind(p) for p in other]
    inserts: list[tuple[int, list[str]]] = []
    i = 0
    while i < len(other):
        if anchors[i] is not None:
            i += 1
            continue
        j = i
        while j < len(other) and anchors[j] is None and paragraph_kinds[j] in (LineKind.GOOD, LineKind.SHORT):
            j += 1
        prose = [k for k in range(i, j) if paragraph_kinds[k] is LineKind.GOOD]
        distinct = {" ".join(_WORD.findall(other[k].casefold())) for k in prose}
        if len(distinct) >= min_run and not _teaser_list(range(i, j), paragraph_kinds, link_shares):
            after = max((a for a in anchors[:i] if a is not None), default=-1)
            inserts.append((after, list(other[min(prose):max(prose) + 1])))
        i = max(j, i + 1)
    for after, paragraphs in sorted(inserts, key=lambda item: -item[0]):
        out[after + 1:after + 1] = paragraphs
    return out


def trim_link_lead(paragraphs: Sequence[str], link_share: dict[str, float], kinds: PageLines) -> list[str]:
    """Without the run of all-link paragraphs that opens the text before any prose."""
    start = 0
    while start < len(paragraphs) and link_share.get(paragraphs[start], 0.0) >= LINK_ONLY_SHARE \
            and kinds.kind(paragraphs[start]) is not LineKind.GOOD:
        start += 1
    return list(paragraphs[start:]) if start < len(paragraphs) else list(paragraphs)


def choose(candidates: Sequence[Candidate], fillers: Sequence[str] = ("readability", "json-ld"),
           kinds: PageLines | None = None) -> Choice:
    """The article paragraphs: the first candidate that is not a stub, filled from the others.

    `candidates` are in order of preference; an empty or stub candidate passes to the next.
    """
    kinds = kinds or PageLines(candidates)
    prose = {c.name: kinds.prose_words(c.paragraphs) for c in candidates}
    reasons = []
    for candidate in candidates:
        best_other = max((w for name, w in prose.items() if name != candidate.name), default=0)
        reason = _stub_reason(candidate.paragraphs, kinds, best_other)
        if reason:
            reasons.append(reason)
            continue
        paragraphs = list(candidate.paragraphs)
        filled = []
        for other in candidates:
            if other.name == candidate.name or other.name not in fillers or not other.paragraphs:
                continue
            merged = fill_runs(paragraphs, other.paragraphs, kinds, link_shares=other.link_shares)
            if len(merged) != len(paragraphs):
                filled.append(other.name)
            paragraphs = merged
        link_share: dict[str, float] = {}
        for c in candidates:
            for text, share in zip(c.paragraphs, c.link_shares):
                link_share.setdefault(text, share)
        paragraphs = trim_link_lead(paragraphs, link_share, kinds)
        return Choice(tuple(paragraphs), candidate.name, tuple(filled))
    # Only when every candidate was passed over: say the most telling reason.
    reason = NOTICE_REASON if NOTICE_REASON in reasons else "no article text found"
    return Choice((), "", reason=reason)
