"""Documents as matching evidence: which numbers two persons share, and which contradict.

A passport is renewed every few years, so one person holds several numbers and a
different passport number says nothing; an equal one is strong evidence. A national
identity number (PINFL, IIN, PIN) is given once for life: two different numbers of one
country are two persons, unless they are one typing slip apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz.distance import DamerauLevenshtein

SAME, UNKNOWN, CONFLICT = 1, 0, -1
_PASSPORT_LIKE = frozenset({"passport", "travel_document"})
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


def document_token(kind: str, country: str, number: str) -> str:
    """One document as compared: ``passport:AA1234567``, ``nid:UZ:31501...``, ``work_permit:…``."""
    compact = _NOT_ALNUM.sub("", number.upper())
    if kind == "national_id":
        return f"nid:{country.upper()}:{compact}"
    return f"{'passport' if kind in _PASSPORT_LIKE else kind}:{compact}"


def document_tokens(rows: Iterable[tuple[str, str, str]]) -> frozenset[str]:
    """Tokens of (kind, country, number) rows."""
    return frozenset(document_token(kind, country, number) for kind, country, number in rows)


def _national(tokens: frozenset[str]) -> dict[str, set[str]]:
    by_country: dict[str, set[str]] = {}
    for token in tokens:
        if token.startswith("nid:"):
            _, country, number = token.split(":", 2)
            by_country.setdefault(country, set()).add(number)
    return by_country


def document_agreement(a: frozenset[str], b: frozenset[str]) -> int:
    """``SAME`` when a number is shared, ``CONFLICT`` when both carry a national number of
    one country and they differ by more than a slip, else ``UNKNOWN``."""
    if not a or not b:
        return UNKNOWN
    if a & b:
        return SAME
    na, nb = _national(a), _national(b)
    for country, numbers in na.items():
        if country and country in nb:
            if any(_one_slip(x, y) for x in numbers for y in nb[country]):
                return UNKNOWN
            return CONFLICT
    return UNKNOWN


def _one_slip(a: str, b: str) -> bool:
    """One digit mistyped or two neighbours swapped: a PINFL or PIN has no check digit
    that would have caught it, so such numbers do not contradict each other."""
    return DamerauLevenshtein.distance(a, b) <= 1 and len(a) == len(b)
