"""Plain-text cleaner: keep the article lines of a scraped page, drop the clutter around them.

Three passes, in the manner of jusText and Finn's body-text extraction:
1. each line gets a first-pass kind from its own features (`pipeline.clean.lines`), and lines
   that recur across the dump (`LineStats`) or inside the page count as boilerplate;
2. the article body is the contiguous run of lines with the largest score (good words minus
   penalties for boilerplate and junk), which cuts away menus, rails and footers in one go;
3. inside that run, short lines (headings, datelines) are kept only between good lines; a
   one-sentence lead right above the run joins it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from pipeline.clean.lines import (
    INLINE_TAG, STOPWORDS, LineFeatures, LineKind, detect_language, first_pass_kind, line_features, opens_with_dateline,
)
from pipeline.clean.stats import LineStats
from pipeline.clean.units import paragraph_lines
from pipeline.clean.wrapping import unwrap_lines


@dataclass(frozen=True)
class ClassifierOptions:
    min_good_words: int = 10
    min_stopword_ratio: float = 0.2
    boilerplate_penalty: float = 8.0   # in words of good text a boilerplate line costs the region
    junk_penalty: float = 1.5
    short_penalty: float = 5.0          # a short line that is not sentence-shaped (menu item, teaser)
    short_sentence_weight: float = 0.5  # a short sentence-shaped line adds this much per word
    secondary_region_share: float = 0.35  # a second region this large (vs the main one) is kept too
    isolated_good_weight: float = 0.5  # a prose line with no prose neighbour counts this much
    secondary_min_cohesion: float = 0.3  # share of a second region's content words found in the main one


@dataclass(frozen=True)
class ClassifiedLine:
    index: int
    text: str
    kind: LineKind
    keep: bool
    repeat_of: int | None = None  # index of the first occurrence when the line repeats in the page


def _line_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def classify_lines(lines: Sequence[str], line_stats: LineStats | None = None,
                   options: ClassifierOptions = ClassifierOptions()) -> list[ClassifiedLine]:
    """Label every line of a page and say whether it belongs to the article text.

    Hard-wrapped lines are first joined into their paragraphs (`pipeline.clean.wrapping`) and an
    overlong line (a whole article on one line) cut into paragraphs
    (`pipeline.clean.units.split_long_line`); `ClassifiedLine.index` counts those paragraphs."""
    lines = paragraph_lines(unwrap_lines(lines))
    lang = detect_language(lines)
    stopwords = STOPWORDS.get(lang) if lang else None
    features: list[LineFeatures] = [line_features(line, stopwords) for line in lines]
    kinds = [first_pass_kind(f, options.min_good_words, options.min_stopword_ratio) if f.text else None
             for f in features]

    first_seen: dict[str, int] = {}
    repeat_of: list[int | None] = []
    for i, f in enumerate(features):
        key = _line_key(f.text)
        repeat_of.append(first_seen.get(key) if key else None)
        if key:
            first_seen.setdefault(key, i)
        if kinds[i] is None:
            continue
        if line_stats is not None and line_stats.is_boilerplate(f.text) and (
                kinds[i] is not LineKind.GOOD or line_stats.is_boilerplate_prose(f.text)):
            # Prose recurring in a few documents is more likely a syndicated story than furniture,
            # so a good line needs to recur across most of a sizeable dump to count as boilerplate.
            kinds[i] = LineKind.BOILERPLATE
        elif repeat_of[i] is not None and kinds[i] is not LineKind.GOOD and f.words < 8:
            kinds[i] = LineKind.JUNK  # a short line repeated in the page is navigation or a widget label

    for i in _card_list_lines(features, kinds):
        kinds[i] = LineKind.BOILERPLATE
    keep = _select_regions(features, kinds, options)
    lead = _lead_line(features, kinds, keep)
    if lead is not None:
        keep[lead], kinds[lead] = True, LineKind.GOOD
    _decide_short_lines(features, kinds, keep)
    out = []
    for i, f in enumerate(features):
        if kinds[i] is None:
            continue
        kept = keep[i] and kinds[i] in (LineKind.GOOD, LineKind.SHORT) and repeat_of[i] is None
        out.append(ClassifiedLine(i, _without_tags(f.text) if kept else f.text, kinds[i], kept, repeat_of[i]))
    return out


_COMMENT_BY = re.compile(r"\b(said|says|wrote):\W*$", re.IGNORECASE)
# A date alone on its line: "Tuesday November 19, 2019", "8 October 2019", "19.11.2019".
_DATE_LINE = re.compile(
    r"^\W*([^\W\d_]{3,9}\.?,?\s+)?(\d{1,2}\.?\s+[^\W\d_]{3,9}\.?,?\s+\d{4}|[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\W*$")
CARD_GAPS = range(3, 9)  # lines from one card's date to the next: title, byline, date, summary...
MIN_CARDS = 3


def _card_list_lines(features: Sequence[LineFeatures], kinds: Sequence[LineKind | None]) -> set[int]:
    """Lines of a list of teaser cards: dates alone on their lines at a constant spacing of 3-8
    lines, three times or more, each card a headline, a byline or label, its date and a one-
    paragraph summary. In a text dump the summaries look exactly like article prose (Washington
    Examiner, Snopes); the regular dates give the list away. From the first date to the end of
    the last card."""
    lines = [i for i, k in enumerate(kinds) if k is not None]
    dates = [n for n, i in enumerate(lines) if _DATE_LINE.match(features[i].text)]
    found: set[int] = set()
    k = 0
    while k + MIN_CARDS - 1 < len(dates):
        gap = dates[k + 1] - dates[k]
        j = k + 1
        while j + 1 < len(dates) and dates[j + 1] - dates[j] == gap:
            j += 1
        if gap in CARD_GAPS and j - k + 1 >= MIN_CARDS:
            found.update(lines[n] for n in range(dates[k], min(dates[j] + gap, len(lines))))
            k = j
        else:
            k += 1
    return found


def _without_tags(text: str) -> str:
    """A kept line without the tags of an embed left in it (its text stays)."""
    if "<" not in text:
        return text
    return " ".join(INLINE_TAG.sub(" ", text).split()) if INLINE_TAG.search(text) else text


def _line_score(f: LineFeatures, kind: LineKind | None, options: ClassifierOptions) -> float:
    if kind is None:
        return 0.0
    if kind is LineKind.GOOD:
        return float(f.words)
    if kind is LineKind.BOILERPLATE:
        return -options.boilerplate_penalty
    if kind is LineKind.JUNK:
        return -options.junk_penalty
    if _is_short_sentence(f):
        return options.short_sentence_weight * f.words
    return -options.short_penalty


def _is_short_sentence(f: LineFeatures) -> bool:
    """A short line shaped like a sentence ("Colombia had lost to Belgium on Monday.") rather than
    a menu item or a headline teaser: likely article text in a body of short paragraphs."""
    return f.words >= 4 and f.sentence_end and f.stopword_ratio >= 0.2 and f.title_case_ratio <= 0.5


def _best_run(scores: Sequence[float], lo: int, hi: int) -> tuple[float, int, int]:
    """Maximum-sum contiguous run of scores[lo:hi] (Kadane); ties go to the earliest run."""
    best, best_start, best_end = 0.0, lo, lo
    total, start = 0.0, lo
    for i in range(lo, hi):
        if total <= 0:
            total, start = 0.0, i
        total += scores[i]
        if total > best:
            best, best_start, best_end = total, start, i + 1
    return best, best_start, best_end


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _content_words(features: Sequence[LineFeatures], lo: int, hi: int) -> set[str]:
    return {w.casefold() for f in features[lo:hi] for w in _CONTENT_WORD.findall(f.text)}


def _cohesion(features: Sequence[LineFeatures], lo: int, hi: int, main_lo: int, main_hi: int) -> float:
    """Share of a region's distinct longer words that the main region uses too (lexical cohesion)."""
    own = _content_words(features, lo, hi)
    return len(own & _content_words(features, main_lo, main_hi)) / len(own) if own else 0.0


def _select_regions(features: Sequence[LineFeatures], kinds: Sequence[LineKind | None],
                    options: ClassifierOptions) -> list[bool]:
    scores = [_line_score(f, k, options) for f, k in zip(features, kinds)]
    # Article paragraphs come in runs; a lone prose line between page furniture is usually the
    # summary of a teaser for another story, so it pulls the region towards it less.
    classified = [i for i, k in enumerate(kinds) if k is not None]
    for n, i in enumerate(classified):
        if kinds[i] is LineKind.GOOD:
            before = kinds[classified[n - 1]] if n > 0 else None
            after = kinds[classified[n + 1]] if n + 1 < len(classified) else None
            if before is not LineKind.GOOD and after is not LineKind.GOOD:
                scores[i] *= options.isolated_good_weight
    keep = [False] * len(scores)
    main, start, end = _best_run(scores, 0, len(scores))
    if main <= 0:
        return keep
    # A busy comment thread outweighs a short post: when the best run lies after the first
    # comment of a thread (two or more "Name on <date> at <time> said:" lines) that follows
    # some prose, the article is the best run before it. A bare "Comments" label is no such
    # marker: share bars put one above the article.
    attributions = [i for i in range(len(scores)) if features[i].article_end and _COMMENT_BY.search(features[i].text)]
    thread = next((i for i in attributions if any(k is LineKind.GOOD for k in kinds[:i])), None) \
        if len(attributions) >= 2 else None
    if thread is not None and start > thread:
        before, b_start, b_end = _best_run(scores, 0, thread)
        if before > 0:
            main, start, end = before, b_start, b_end
    # Readers' comments look like prose: the article ends where a comment section starts.
    first_good = next((i for i in range(start, end) if kinds[i] is LineKind.GOOD), start)
    end = next((i for i in range(first_good + 1, end) if features[i].article_end), end)
    for i in range(start, end):
        keep[i] = True
    # An article split by a large ad or gallery block: keep other runs of comparable weight.
    tail = next((i for i in range(end, len(scores)) if features[i].article_end), len(scores))
    for lo, hi in ((0, start), (end, tail)):
        extra, s, e = _best_run(scores, lo, hi)
        if extra >= options.secondary_region_share * main and \
                _cohesion(features, s, e, start, end) >= options.secondary_min_cohesion:
            for i in range(s, e):
                keep[i] = True
    return keep


# A news lead is one sentence packed with names ("Ex-chatshow host Robert Kilroy-Silk has attacked UK
# policy on immigration saying ...": 24 words, 3 stopwords), below prose's stopword share, so the first
# pass calls it short, and alone on its line it is no short sentence either.
LEAD_MIN_WORDS = 8
LEAD_MAX_TITLE_CASE = 0.6


def _lead_line(features: Sequence[LineFeatures], kinds: Sequence[LineKind | None], keep: Sequence[bool]) -> int | None:
    """The line right before the article's first kept paragraph when it is a lead: one sentence-shaped
    line of LEAD_MIN_WORDS words or more, not title-cased like a headline, directly above the body, and
    not the page's first line. A wire lead, opened by its dateline, may stand above a short first
    paragraph ("MIAMI, March 2 - Texas Air Corp's Eastern Airlines said it will offer ... / It had
    previously offered similar service out of Houston.")."""
    first_good = next((i for i, k in enumerate(kinds) if keep[i] and k is LineKind.GOOD), None)
    first_kept = next((i for i, k in enumerate(kinds) if keep[i] and k in (LineKind.GOOD, LineKind.SHORT)), None)
    for first, wire_only in ((first_good, False), (first_kept, True)):
        before = _line_above(kinds, keep, first)
        if before is None:
            continue
        f = features[before]
        dateline = opens_with_dateline(f.text)
        if f.sentence_end and f.words >= LEAD_MIN_WORDS and (dateline or not wire_only and f.title_case_ratio <= LEAD_MAX_TITLE_CASE):
            # a wire lead opens with its dateline in capitals and is full of names ("BURBANK, Calif., March
            # 12 - Walt Disney Co said it named Robert J. Fitzpatrick ..."): no headline, however title-cased
            return before
    return None


def _line_above(kinds: Sequence[LineKind | None], keep: Sequence[bool], first: int | None) -> int | None:
    """The short, unkept line right above line `first`, if it is not the page's first line (its headline,
    however sentence-shaped: "What's next for X? ...")."""
    if first is None:
        return None
    before = next((j for j in range(first - 1, -1, -1) if kinds[j] is not None), None)
    opening = next(j for j, k in enumerate(kinds) if k is not None)
    if before is None or before == opening or keep[before] or kinds[before] is not LineKind.SHORT:
        return None
    return before


def _decide_short_lines(features: Sequence[LineFeatures], kinds: list[LineKind | None], keep: list[bool]) -> None:
    """A short line stays only when the nearest classified lines on both sides are kept good lines
    (a subheading inside the body), or one side is and the line is a short sentence; next to
    clutter it is a label of that clutter."""
    def neighbour(i: int, step: int) -> LineKind | None:
        j = i + step
        while 0 <= j < len(kinds):
            if kinds[j] is not None and kinds[j] is not LineKind.SHORT:
                return kinds[j] if keep[j] else LineKind.BOILERPLATE
            j += step
        return None

    # A brief of a few short sentences has no long paragraph to lean on: its sentences stand alone.
    brief = not any(k is LineKind.GOOD and kept for k, kept in zip(kinds, keep))
    for i, kind in enumerate(kinds):
        if kind is LineKind.SHORT and keep[i]:
            around = (neighbour(i, -1), neighbour(i, 1))
            if _is_short_sentence(features[i]):
                keep[i] = brief or LineKind.GOOD in around
            else:
                keep[i] = around == (LineKind.GOOD,) * 2


def clean_plain_text(text: str, line_stats: LineStats | None = None,
                     options: ClassifierOptions = ClassifierOptions()) -> str:
    """The article text of a plain-text page: kept lines, one paragraph each."""
    kept = [line.text for line in classify_lines(text.splitlines(), line_stats, options) if line.keep]
    return "\n\n".join(kept)
