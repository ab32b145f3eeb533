"""Dates stated with a relation, normalised to ISO 8601 ("2017", "2024-09", "2024-09-03").

Relative expressions ("last year", "on Monday") are resolved against the article's published
date; without one they are left out rather than guessed.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_PATTERNS = [
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?$"),
    re.compile(rf"^{_MONTH}\s+{_DAY},?\s+{_YEAR}$"),
    re.compile(rf"^{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}$"),
    re.compile(rf"^{_MONTH},?\s+(?:of\s+)?{_YEAR}$"),
    re.compile(rf"^{_MONTH}\s+{_DAY}$"),
    re.compile(rf"^{_DAY}\s+(?:of\s+)?{_MONTH}$"),
    re.compile(rf"^{_MONTH}$"),
    re.compile(rf"^(?:the\s+)?(?:year\s+)?{_YEAR}$"),
]
_LEADING_WORDS = re.compile(r"^(?:in|on|since|during|from|by|until|as of|early|late|mid|the|of)\s+", re.I)


def parse_published(published: Optional[str]) -> Optional[date]:
    """The date part of an ISO 8601 timestamp, or None when absent or unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def _iso(year: int, month: Optional[int] = None, day: Optional[int] = None) -> Optional[str]:
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _relative(phrase: str, today: date) -> Optional[str]:
    words = phrase.split()
    if phrase in ("today", "this day"):
        return today.isoformat()
    if phrase == "yesterday":
        return (today - timedelta(days=1)).isoformat()
    if phrase == "tomorrow":
        return (today + timedelta(days=1)).isoformat()
    if len(words) == 2 and words[1] == "year" and words[0] in ("last", "this", "next"):
        return _iso(today.year + {"last": -1, "this": 0, "next": 1}[words[0]])
    if len(words) == 2 and words[1] == "month" and words[0] in ("last", "this", "next"):
        month_index = today.year * 12 + today.month - 1 + {"last": -1, "this": 0, "next": 1}[words[0]]
        return _iso(month_index // 12, month_index % 12 + 1)
    weekday = words[-1] if words and words[-1] in WEEKDAYS else None
    if weekday and (len(words) == 1 or words[0] == "last"):
        # News uses a bare weekday for the most recent such day, not counting the publication day.
        back = (today.weekday() - WEEKDAYS[weekday]) % 7 or 7
        return (today - timedelta(days=back)).isoformat()
    if len(words) == 2 and words[0] == "last" and words[1] in MONTHS:
        month = MONTHS[words[1]]
        return _iso(today.year if month < today.month else today.year - 1, month)
    return None


def normalise_date_phrase(text: str, published: Optional[str] = None) -> Optional[str]:
    """ISO form of a date phrase, resolving relative phrases against `published`; None if unknown.

    >>> normalise_date_phrase("in 2017"), normalise_date_phrase("September 3, 2024"), normalise_date_phrase("Feb. 2022")
    ('2017', '2024-09-03', '2022-02')
    >>> normalise_date_phrase("last year", "2025-09-02T10:00:00"), normalise_date_phrase("last year")
    ('2024', None)
    """
    phrase = " ".join(text.replace("’", "'").split()).strip(" ,.;").lower()
    while True:
        stripped = _LEADING_WORDS.sub("", phrase)
        if stripped == phrase:
            break
        phrase = stripped
    if not phrase:
        return None
    today = parse_published(published)
    for pattern in _PATTERNS:
        match = pattern.match(phrase)
        if not match:
            continue
        groups = match.groupdict()
        month_text = groups.get("month")
        month = None
        if month_text is not None:
            month = int(month_text) if month_text.isdigit() else MONTHS[month_text]
        day = int(groups["day"]) if groups.get("day") else None
        if groups.get("year"):
            return _iso(int(groups["year"]), month, day)
        if today is None:
            return None
        # A month (and day) without a year: the latest such date not after publication.
        year = today.year if (month, day or 1) <= (today.month, today.day) else today.year - 1
        return _iso(year, month, day)
    return _relative(phrase, today) if today else None
