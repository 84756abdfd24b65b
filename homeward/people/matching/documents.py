"""Documents as matching evidence: which numbers two persons share, and which contradict.

A passport is renewed every few years, so one person holds several numbers and a
different passport number says nothing; an equal one is strong evidence. A national
identity number (PINFL, IIN, PIN) is given once for life: two different numbers of one
country are two persons, short of a typing slip.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
    one country and they differ, else ``UNKNOWN``."""
    if not a or not b:
        return UNKNOWN
    if a & b:
        return SAME
    na, nb = _national(a), _national(b)
    if any(country in nb for country in na if country):
        return CONFLICT
    return UNKNOWN
