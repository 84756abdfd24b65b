"""Blocking keys: short strings two names of one person very likely share.

A ``t:`` key per surname or given-name stem (its first letters), and a ``p:`` key per pair
of them. Pairs are selective enough for a registry of millions; single stems catch a name
with a typo in all but one part. Patronymics give no keys: they are shared by siblings.
"""

from __future__ import annotations

from itertools import combinations

from homeward.people.matching.parse import ParsedName
from homeward.people.matching.translit import coarse

TOKEN_PREFIX = 5
PAIR_PREFIX = 4


def _stems(parsed: ParsedName) -> list[str]:
    tokens = parsed.core or parsed.tokens
    return sorted({coarse(t.stem) for t in tokens if len(t.stem) >= 2})


def token_keys(parsed: ParsedName) -> set[str]:
    return {f"t:{s[:TOKEN_PREFIX]}" for s in _stems(parsed)}


def pair_keys(parsed: ParsedName) -> set[str]:
    heads = sorted({s[:PAIR_PREFIX] for s in _stems(parsed)})
    return {f"p:{a}|{b}" for a, b in combinations(heads, 2)}


def name_keys(parsed: ParsedName) -> set[str]:
    return token_keys(parsed) | pair_keys(parsed)
