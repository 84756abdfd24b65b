"""Birth dates that may be a year, a year and month, or a full day."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_PATTERN = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")


class BadDate(ValueError):
    pass


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def parse_partial_date(text: str | None) -> PartialDate | None:
    """``1961``, ``1961-04`` or ``1961-04-12``; empty is None; anything else is an error."""
    if text is None or not text.strip():
        return None
    m = _PATTERN.match(text)
    if not m:
        raise BadDate(f"{text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if not 1850 <= year <= 2100:
        raise BadDate(f"year {year} is out of range")
    try:
        date(year, month or 1, day or 1)
    except ValueError as exc:
        raise BadDate(f"{text!r}: {exc}") from exc
    return PartialDate(year, month, day)


def date_agreement(a: PartialDate | None, b: PartialDate | None) -> int:
    """+2 same day, +1 agree as far as both go, 0 unknown, -1 near miss, -2 different."""
    if a is None or b is None:
        return 0
    if a.year != b.year:
        return -1 if abs(a.year - b.year) == 1 and (a.month is None or b.month is None) else -2
    if a.month is None or b.month is None:
        return 1
    if a.month != b.month:
        return -1 if a.day == b.day and a.day is not None else -2
    if a.day is None or b.day is None:
        return 1
    return 2 if a.day == b.day else -1
