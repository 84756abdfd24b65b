"""Dates in news text: "April 30", "30 апреля 2025", "2025-04-30", "14.11.2025".

A regular expression finds the candidates (fast, and it gives the span); dateparser reads
them. A date written without its year is read as the latest such day on or before the
reference (the page's date, else the day it was fetched), and says so: ``year_known``. A
weekday written beside a date ("Thursday, April 30") is checked against it: it picks the
year of a year-less date (this year's or last year's), and a disagreement is kept
(``weekday_ok``) so that a better-grounded reading wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

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
    weekday_ok: bool | None = None
    """The weekday written beside the date agrees (None: no weekday beside it)."""


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


def latest_on_or_before(month: int, day: int, reference: date) -> date | None:
    """The latest ``day`` of ``month`` on or before ``reference`` (29 February: the latest
    leap year's)."""
    for year in range(reference.year, reference.year - 8, -1):
        try:
            value = date(year, month, day)
        except ValueError:
            continue
        if value <= reference:
            return value
    return None


def year_for(value: date, reference: date, weekday: int | None = None) -> date:
    """A year-less ``value`` (its month and day) placed at the latest on or before
    ``reference``; a weekday said with it may move it one year further back when only that
    year agrees (reports of last year's events are common, older ones rare)."""
    latest = latest_on_or_before(value.month, value.day, reference)
    if latest is None:
        return value
    if weekday is None or latest.weekday() == weekday:
        return latest
    earlier = latest_on_or_before(value.month, value.day, latest.replace(day=1) - timedelta(days=1))
    if earlier is not None and earlier.year >= latest.year - 1 and earlier.weekday() == weekday:
        return earlier
    return latest


def find_dates(text: str, *, reference: date) -> list[FoundDate]:
    found: list[FoundDate] = []
    for m in CANDIDATE.finditer(text):
        value = _quick(m, reference) or _parse(m.group(0), reference)
        if value is None:
            continue
        year_known = bool(m.group("y1") or m.group("y2") or m.group("iso") or m.group("y3"))
        weekday = weekday_beside(text, m.start(), m.end())
        if not year_known:
            value = year_for(value, reference, weekday)
        weekday_ok = None if weekday is None else weekday == value.weekday()
        found.append(FoundDate(value, m.start(), m.end(), m.group(0), year_known, weekday_ok))
    return found


_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)", re.IGNORECASE)


def parse_standalone_date(line: str) -> date | None:
    """A line that is nothing but a full date (the listing's date), else None."""
    m = CANDIDATE.fullmatch(line.strip().rstrip("."))
    if m is None or not (m.group("y1") or m.group("y2") or m.group("iso") or m.group("y3")):
        return None
    if not _ORDINAL.search(m.group(0)):  # ordinals stay with dateparser: it refuses "мая 1th"
        quick = _quick(m, date.min)  # the year is written: the reference is not read
        if quick is not None:
            return quick
    parsed = dateparser.parse(m.group(0), languages=_LANGS, settings={"DATE_ORDER": "DMY"})
    return parsed.date() if parsed is not None else None


_WEEKDAYS: tuple[tuple[str, int], ...] = (
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
    ("понедельник", 0),
    ("вторник", 1),
    ("сред", 2),
    ("четверг", 3),
    ("пятниц", 4),
    ("суббот", 5),
    ("воскресень", 6),
)
_EN_WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_RU_WEEKDAY = "понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье"
RELATIVE = re.compile(
    rf"(?P<before>\bthe day before yesterday\b|\bпозавчера\b)"
    rf"|(?P<yesterday>\byesterday\b|\bвчера\b)"
    rf"|(?P<today>\btoday\b|(?<!\w)сегодня\b)"
    rf"|(?P<lastweek>\blast week\b|(?<!\w)на прошлой неделе\b)"
    rf"|(?P<wd>\b(?:on|last|this past|past)\s+(?:{_EN_WEEKDAY})\b"
    rf"|(?<!\w)во?\s+(?:прошл\w+\s+)?(?:{_RU_WEEKDAY})\b)",
    re.IGNORECASE,
)
"""Days named against the publication date: "yesterday", "on Thursday", "в четверг"."""
_RU_MONTHS_IN = "январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре"
PERIOD = re.compile(
    rf"(?:\b(?:in|during|since|by|of)|(?<!\w)(?:в|во|с))\s+(?:(?:early|late|mid-?)\s+)?"
    rf"(?:(?P<month>{_MONTH}|{_RU_MONTHS_IN})\.?(?:\s+(?P<my>{_YEAR}))?(?!\s*\d)"
    rf"|(?P<year>{_YEAR})(?![-./]\d)(?:\s+год\w*)?)\b",
    re.IGNORECASE,
)
"""A month or a year, not a day: "in April 2025", "в апреле", "in 2024", "в 2024 году"."""
_RU_MONTH_LOCATIVE = (
    ("январ", 1),
    ("феврал", 2),
    ("март", 3),
    ("апрел", 4),
    ("ма", 5),
    ("июн", 6),
    ("июл", 7),
    ("август", 8),
    ("сентябр", 9),
    ("октябр", 10),
    ("ноябр", 11),
    ("декабр", 12),
)


@dataclass(frozen=True)
class RelativeDate:
    value: date
    start: int
    end: int
    text: str
    year_known: bool
    precision: str
    """"day", "week", "month" or "year"."""
    weekday: int | None = None
    """The weekday named ("on Thursday"), whatever day it resolved to."""


def weekday_back(reference: date, weekday: int, *, strictly_before: bool = False) -> date:
    """The latest ``weekday`` on or before ``reference`` (at most 7 days back)."""
    back = (reference.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return reference - timedelta(days=back)


def _month_of(name: str) -> int | None:
    name = name.lower()
    for prefix, n in _RU_MONTH_LOCATIVE:
        if name.startswith(prefix) and not (prefix == "ма" and name.startswith("мар")):
            return n
    return next((n for prefix, n in _MONTH_PREFIXES if name.startswith(prefix)), None)


def find_relative_dates(text: str, *, reference: date) -> list[RelativeDate]:
    """Relative days and bare months or years, resolved against ``reference`` (the page's
    publication date). A weekday resolves to that weekday at most 7 days back; a month
    without its year takes the year that puts it closest before the reference."""
    found: list[RelativeDate] = []
    for m in RELATIVE.finditer(text):
        said = m.group(0)
        if m.group("before"):
            value, precision = reference - timedelta(days=2), "day"
        elif m.group("yesterday"):
            value, precision = reference - timedelta(days=1), "day"
        elif m.group("today"):
            value, precision = reference, "day"
        elif m.group("lastweek"):
            value, precision = reference - timedelta(days=7), "week"
        else:
            lowered = said.lower()
            weekday = next((n for name, n in _WEEKDAYS if name in lowered), None)
            if weekday is None:  # matched only through a case-folded letter ("Tueſday")
                continue
            past = bool(re.search(r"\b(?:last|past)\b|прошл", lowered))
            value, precision = weekday_back(reference, weekday, strictly_before=past), "day"
            found.append(
                RelativeDate(value, m.start(), m.end(), said, True, precision, weekday=weekday)
            )
            continue
        found.append(RelativeDate(value, m.start(), m.end(), said, True, precision))
    for m in PERIOD.finditer(text):
        if m.group("year"):
            value = date(int(m.group("year")), 1, 1)
            found.append(RelativeDate(value, m.start(), m.end(), m.group(0), True, "year"))
            continue
        month = _month_of(m.group("month"))
        if month is None:
            continue
        year_known = bool(m.group("my"))
        year = int(m.group("my")) if year_known else reference.year
        if not year_known and (year, month) > (reference.year, reference.month):
            year -= 1
        found.append(
            RelativeDate(date(year, month, 1), m.start(), m.end(), m.group(0), year_known, "month")
        )
    return sorted(found, key=lambda d: d.start)


_WEEKDAY_WORD = rf"(?:\b(?:{_EN_WEEKDAY})\b|(?<!\w)(?:{_RU_WEEKDAY}|среда|пятница|суббота)(?!\w))"
_WEEKDAY_BEFORE = re.compile(rf"(?P<wd>{_WEEKDAY_WORD}),?[ \t]*$", re.IGNORECASE)
_WEEKDAY_AFTER = re.compile(rf",[ \t]*(?:(?:on|в|во)[ \t]+)?(?P<wd>{_WEEKDAY_WORD})", re.IGNORECASE)


def weekday_number(name: str) -> int | None:
    lowered = name.lower()
    return next((n for prefix, n in _WEEKDAYS if lowered.startswith(prefix)), None)


def weekday_beside(text: str, start: int, end: int) -> int | None:
    """The weekday written right before or after a date ("Thursday, April 30", "30 апреля,
    в среду"), else None."""
    m = _WEEKDAY_BEFORE.search(text[max(0, start - 16) : start]) or _WEEKDAY_AFTER.match(
        text[end : end + 20]
    )
    return weekday_number(m.group("wd")) if m else None


def weekday_agrees(text: str, value: date) -> bool | None:
    """Whether a weekday named in ``text`` is the weekday of ``value`` (None: none named)."""
    lowered = text.lower()
    for m in re.finditer(
        rf"\b(?:{_EN_WEEKDAY})\b|(?<!\w)(?:{_RU_WEEKDAY}|среда|пятница|суббота)\b", lowered
    ):
        weekday = next((n for name, n in _WEEKDAYS if m.group(0).startswith(name)), None)
        if weekday is not None:
            return weekday == value.weekday()
    return None
