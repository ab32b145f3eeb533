"""Date normalisation: ISO where the text allows, relative dates only against a published date."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from pipeline.extract.dates import normalise_date_phrase, parse_published

PUBLISHED = "2025-09-02T08:30:00Z"  # a Tuesday


@pytest.mark.parametrize("phrase, published, expected", [
    ("2017", None, "2017"),
    ("in 2017", None, "2017"),
    ("since 2019", None, "2019"),
    ("September 3, 2024", None, "2024-09-03"),
    ("Sept. 3 2024", None, "2024-09-03"),
    ("3 September 2024", None, "2024-09-03"),
    ("February 2022", None, "2022-02"),
    ("Feb. 2022", None, "2022-02"),
    ("2024-09-03", None, "2024-09-03"),
    ("the 1970s", None, None),
    ("recent years", None, None),
    ("last year", None, None),
    ("last year", PUBLISHED, "2024"),
    ("this year", PUBLISHED, "2025"),
    ("next year", PUBLISHED, "2026"),
    ("last month", PUBLISHED, "2025-08"),
    ("yesterday", PUBLISHED, "2025-09-01"),
    ("Monday", PUBLISHED, "2025-09-01"),
    ("on Tuesday", PUBLISHED, "2025-08-26"),
    ("last Friday", PUBLISHED, "2025-08-29"),
    ("May", PUBLISHED, "2025-05"),
    ("December", PUBLISHED, "2024-12"),
    ("August 31", PUBLISHED, "2025-08-31"),
    ("August 31", None, None),
    ("February 30, 2024", None, None),
])
def test_normalise_date(phrase, published, expected):
    assert normalise_date_phrase(phrase, published) == expected


def test_parse_published_tolerates_missing_or_bad_values():
    assert parse_published(None) is None
    assert parse_published("not a date") is None
    assert parse_published("2025-09-02").isoformat() == "2025-09-02"


@given(st.dates(min_value=__import__("datetime").date(1600, 1, 1), max_value=__import__("datetime").date(2099, 12, 31)))
def test_written_out_dates_round_trip(day):
    written = day.strftime("%B ") + str(day.day) + day.strftime(", %Y")
    assert normalise_date_phrase(written) == day.isoformat()


@given(st.text(max_size=30))
def test_never_raises_and_returns_iso_or_none(text):
    result = normalise_date_phrase(text, PUBLISHED)
    assert result is None or parse_published(result + "-01-01"[len(result) - 4:]) is not None
