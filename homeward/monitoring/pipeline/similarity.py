"""When two articles tell the same story.

Copies (the same agency text on two listing pages) are caught by MinHash over word
5-shingles (datasketch). Rewrites of one event in other words share almost no shingles,
so the facts decide: same kind of event, no contradiction in date, exact count or route,
and at least two agreements among nationalities, count, date, route and places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

import numpy as np
from datasketch import LeanMinHash, MinHash

NUM_PERM = 64
SEED = 7
COPY_THRESHOLD = 0.5
DATE_SLACK_DAYS = 2
_TOKEN = re.compile(r"\w+", re.UNICODE)


@cache
def _blank() -> MinHash:
    """The permutations are drawn from the seed, the same for every signature: once."""
    return MinHash(num_perm=NUM_PERM, seed=SEED)


def signature(text: str) -> bytes:
    words = _TOKEN.findall(text.lower())
    shingles = {" ".join(words[i : i + 5]).encode() for i in range(max(1, len(words) - 4))}
    m = _blank().copy()
    m.update_batch(list(shingles))
    return bytes(LeanMinHash(m).hashvalues.astype(np.uint64).tobytes())


def copy_similarity(a: bytes, b: bytes) -> float:
    if not a or not b or len(a) != len(b):
        return 0.0
    return float(np.mean(np.frombuffer(a, dtype=np.uint64) == np.frombuffer(b, dtype=np.uint64)))


class Signatures:
    """Keyed signatures as one matrix per signature length, grown in place: each new
    article is compared with all of them at once, then added to them."""

    def __init__(self, rows: Iterable[tuple[int, bytes]] = ()) -> None:
        self._keys: dict[int, list[int]] = {}
        self._matrix: dict[int, np.ndarray] = {}
        by_length: dict[int, list[tuple[int, bytes]]] = {}
        for key, sig in rows:
            if sig and not len(sig) % 8:
                by_length.setdefault(len(sig), []).append((key, sig))
        for length, found in by_length.items():
            block = b"".join(sig for _key, sig in found)
            matrix = np.empty((max(64, 2 * len(found)), length // 8), dtype=np.uint64)
            matrix[: len(found)] = np.frombuffer(block, dtype=np.uint64).reshape(len(found), -1)
            self._keys[length], self._matrix[length] = [key for key, _sig in found], matrix

    def add(self, key: int, sig: bytes) -> None:
        if not sig or len(sig) % 8:
            return  # not a signature: nothing is compared with it
        keys = self._keys.setdefault(len(sig), [])
        row = np.frombuffer(sig, dtype=np.uint64)
        matrix = self._matrix.get(len(sig))
        if matrix is None or len(keys) == len(matrix):
            grown = np.empty((max(64, 2 * len(keys)), len(row)), dtype=np.uint64)
            if matrix is not None:
                grown[: len(keys)] = matrix
            self._matrix[len(sig)] = matrix = grown
        matrix[len(keys)] = row
        keys.append(key)

    def candidates(self, sig: bytes, limit: int = 5) -> list[int]:
        """Keys of the signatures at or above the copy threshold, most similar first."""
        keys = self._keys.get(len(sig), [])
        if not sig or not keys:
            return []
        matrix = self._matrix[len(sig)][: len(keys)]
        scores = (matrix == np.frombuffer(sig, dtype=np.uint64)).mean(axis=1)
        found: list[int] = []
        for i in np.argsort(-scores, kind="stable"):
            if scores[i] < COPY_THRESHOLD or len(found) >= limit:
                break
            if keys[int(i)] not in found:
                found.append(keys[int(i)])
        return found


def contradicts(a: EventKey, b: EventKey) -> bool:
    """Facts that cannot both be true of one event: another day, another exact count,
    another route, other nationalities. Two flights written from one press-release
    template share most of their words, and differ exactly here."""
    checks = [_dates_agree(a, b), _totals_agree(a, b)]
    if a.route and b.route:
        checks.append(a.route[0] == b.route[0] and a.route[-1] == b.route[-1])
    if a.nationalities and b.nationalities:
        # a reprint may name one nationality more; a template's other flight names others
        checks.append(bool(a.nationalities & b.nationalities))
    return False in checks


@dataclass(frozen=True)
class EventKey:
    """The facts of an event that clustering compares."""

    kind: str
    occurred_on: date | None = None
    year_known: bool = True
    total: int | None = None
    total_qualifier: str = ""
    nationalities: frozenset[str] = frozenset()
    route: tuple[str, ...] = ()
    places: frozenset[str] = frozenset()


def _dates_agree(a: EventKey, b: EventKey) -> bool | None:
    if a.occurred_on is None or b.occurred_on is None:
        return None
    x, y = a.occurred_on, b.occurred_on
    if not (a.year_known and b.year_known):
        y = y.replace(year=x.year) if not (y.month == 2 and y.day == 29) else y
    return abs((x - y).days) <= DATE_SLACK_DAYS


def _totals_agree(a: EventKey, b: EventKey) -> bool | None:
    if a.total is None or b.total is None:
        return None
    if not a.total_qualifier and not b.total_qualifier:
        return a.total == b.total
    approx, other = (a, b) if a.total_qualifier else (b, a)
    assert approx.total is not None and other.total is not None  # noqa: S101 - checked above
    if approx.total_qualifier in ("more than", "over", "более", "свыше", "at least", "не менее"):
        return approx.total <= other.total <= 2 * approx.total
    return 0.75 * approx.total <= other.total <= 1.25 * approx.total


def same_event(a: EventKey, b: EventKey) -> bool:
    if a.kind != b.kind or a.kind == "other":
        return False
    checks = [_dates_agree(a, b), _totals_agree(a, b)]
    if a.nationalities and b.nationalities:
        overlap = len(a.nationalities & b.nationalities) / len(a.nationalities | b.nationalities)
        checks.append(overlap >= 0.6)
    if a.route and b.route:
        checks.append(a.route[-1] == b.route[-1] and a.route[0] == b.route[0])
    if False in checks:
        return False
    agreements = sum(1 for c in checks if c) + (1 if a.places & b.places else 0)
    return agreements >= 2
