"""Publication dates from dumps -> ISO 8601, or None when the value is not a plausible date.

Only explicit formats are accepted: a lenient parser would turn "May" into a date filled in
from today, which would make the output depend on the day it runs.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

EARLIEST_YEAR = 1900
LATEST_YEAR = 2100
EPOCH_MILLISECONDS_ABOVE = 10**11  # seconds since 1970 reach 10**11 only in the year 5138

DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%d.%m.%Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%A, %B %d, %Y",
    "%B %d, %Y %I:%M %p",
    "%Y%m%d",
    "%Y%m%d%H%M%S",
)
WHITESPACE = re.compile(r"\s+")


def normalise_published(value: object) -> str | None:
    """`"Tue, 03 May 2016 14:00:00 GMT"` -> `"2016-05-03T14:00:00+00:00"`; `"May 3, 2016"` -> `"2016-05-03"`.

    Accepts ISO 8601 strings, RFC 2822 / HTTP dates, a few common written forms and Unix
    timestamps (seconds or milliseconds). Anything else, or a year outside 1900-2100, is None.
    """
    return format_date(parse_datetime(value))


def format_date(parsed: datetime | date | None) -> str | None:
    """ISO 8601 of a parsed date (seconds precision), or None outside the plausible years."""
    if parsed is None or not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
        return None
    if isinstance(parsed, datetime):
        return parsed.replace(microsecond=0).isoformat()
    return parsed.isoformat()


def is_plausible_publication(candidate: datetime | date, captured: datetime | date | None) -> bool:
    """A publication date cannot postdate the capture of the page (a day of clock skew allowed)."""
    if not EARLIEST_YEAR <= candidate.year <= LATEST_YEAR:
        return False
    if captured is None:
        return True
    return _as_utc(candidate) <= _as_utc(captured) + timedelta(days=1)


def _as_utc(moment: datetime | date) -> datetime:
    if not isinstance(moment, datetime):
        return datetime(moment.year, moment.month, moment.day, tzinfo=timezone.utc)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def parse_datetime(value: object) -> datetime | date | None:
    """The date (day only) or datetime `value` denotes, by the rules of normalise_published."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return _from_timestamp(value)
    if not isinstance(value, str):
        return None
    text = WHITESPACE.sub(" ", value).strip()
    if not text:
        return None
    if text.isdigit() and len(text) in (10, 13):
        return _from_timestamp(int(text))
    if len(text) <= 10:  # 2017-05-03, 20170503, 2017-W18-3: a day, not midnight of it
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in DATE_FORMATS:
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        has_time = any(code in fmt for code in ("%H", "%I"))
        return parsed if has_time else parsed.date()
    return None


def _from_timestamp(value: int | float) -> datetime | None:
    seconds = value / 1000 if abs(value) >= EPOCH_MILLISECONDS_ABOVE else value
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
