"""Dates in news text: "April 30", "30 апреля 2025", "2025-04-30", "14.11.2025".

A regular expression finds the candidates (fast, and it gives the span); dateparser reads
them. A date written without its year is read as the latest such day on or before the
reference (the page's date, else the day it was fetched), and says so: ``year_known``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

import dateparser

_EN_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_RU_MONTHS = (
    "январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]"
    "|октябр[ья]|ноябр[ья]|декабр[ья]"
)
_MONTH = rf"(?:{_EN_MONTHS}|{_RU_MONTHS})"
_YEAR = r"(?:19|20)\d\d"
CANDIDATE = re.compile(
    rf"\b(?:"
    rf"(?P<dm>\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?(?:,?\s+(?P<y1>{_YEAR}))?)"
    rf"|(?P<md>{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>{_YEAR}))?)"
    rf"|(?P<iso>{_YEAR}-\d\d-\d\d)"
    rf"|(?P<dot>\d{{1,2}}\.\d{{1,2}}\.(?P<y3>{_YEAR}))"
    rf")(?!\d)",
    re.IGNORECASE,
)
_SETTINGS_BASE = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
_LANGS = ["en", "ru"]


@dataclass(frozen=True)
class FoundDate:
    value: date
    start: int
    end: int
    text: str
    year_known: bool


def _parse(text: str, reference: date) -> date | None:
    settings = {
        **_SETTINGS_BASE,
        "RELATIVE_BASE": datetime(reference.year, reference.month, reference.day),  # noqa: DTZ001 - a calendar day, no clock
    }
    parsed = dateparser.parse(text, languages=_LANGS, settings=settings)
    return parsed.date() if parsed is not None else None


_MONTH_PREFIXES: tuple[tuple[str, int], ...] = (
    *(
        (p, i + 1)
        for i, p in enumerate(
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        )
    ),
    *(
        (p, i + 1)
        for i, p in enumerate(
            ["янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
        )
    ),
)
"""Three letters name an English month; Russian "ма" (май, мая) comes after "мар"."""


def _quick(m: re.Match[str], reference: date) -> date | None:
    """Day-and-month candidates without dateparser (it costs milliseconds a call)."""
    text = (m.group("dm") or m.group("md") or "").lower()
    if not text:
        return None
    words = re.findall(r"[^\W\d_]+|\d+", text)
    numbers = [int(w) for w in words if w.isdigit()]
    name = next((w for w in words if not w.isdigit()), "")
    month = next((n for prefix, n in _MONTH_PREFIXES if name.startswith(prefix)), None)
    if month is None or not numbers:
        return None
    day = numbers[0] if numbers[0] <= 31 else None
    year = next((n for n in numbers if n > 31), reference.year)
    try:
        return date(year, month, day) if day else None
    except ValueError:
        return None


def find_dates(text: str, *, reference: date) -> list[FoundDate]:
    found: list[FoundDate] = []
    for m in CANDIDATE.finditer(text):
        value = _quick(m, reference) or _parse(m.group(0), reference)
        if value is None:
            continue
        year_known = bool(m.group("y1") or m.group("y2") or m.group("iso") or m.group("y3"))
        if not year_known and value > reference:
            value = value.replace(year=value.year - 1)
        found.append(FoundDate(value, m.start(), m.end(), m.group(0), year_known))
    return found


def parse_standalone_date(line: str) -> date | None:
    """A line that is nothing but a full date (the listing's date), else None."""
    m = CANDIDATE.fullmatch(line.strip().rstrip("."))
    if m is None or not (m.group("y1") or m.group("y2") or m.group("iso") or m.group("y3")):
        return None
    parsed = dateparser.parse(m.group(0), languages=_LANGS, settings={"DATE_ORDER": "DMY"})
    return parsed.date() if parsed is not None else None
