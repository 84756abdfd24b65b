"""A listing's date line is read without dateparser when it is a plain day, month and
year, and reads as dateparser reads it."""

from __future__ import annotations

from datetime import date

import dateparser
import pytest

from homeward.monitoring.pipeline.dates import parse_standalone_date

LINES = [
    "05 May 2026",
    "May 12, 2026",
    "12 мая 2026",
    "1 Sept 2025",
    "31 June 2026",
    "29 February 2024",
    "12th May 2026",
    "январь 1th 2024",
    "2026-05-12",
    "12.05.2026",
]


@pytest.mark.parametrize("line", LINES)
def test_reads_as_dateparser(line: str) -> None:
    parsed = dateparser.parse(line, languages=["en", "ru"], settings={"DATE_ORDER": "DMY"})
    assert parse_standalone_date(line) == (parsed.date() if parsed else None)


def test_only_a_full_date_is_a_date_line() -> None:
    assert parse_standalone_date("12 May") is None
    assert parse_standalone_date("12 May 2026") == date(2026, 5, 12)
