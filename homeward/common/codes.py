"""Codes a person reads out over the phone: short, unambiguous, not guessable, self-checking.

The alphabet leaves out characters that look or sound alike (0/O, 1/I/L, 5/S, 2/Z,
8/B, U/V): 23 symbols remain, a prime. A code is a prefix, random symbols from
``secrets`` and one check symbol: a weighted sum of the symbol values modulo 23, so any
single wrong symbol and any swap of two neighbours is caught before a lookup is made.
"""

from __future__ import annotations

import secrets

ALPHABET = "34679ACDEFGHJKMNPQRTWXY"  # 23 symbols
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_MOD = len(ALPHABET)


def _check_symbol(body: str) -> str:
    total = sum((i + 1) * _VALUE[c] for i, c in enumerate(body))
    return ALPHABET[total % _MOD]


def code_new(prefix: str, length: int = 8) -> str:
    """``PREFIX-XXXX-XXXX`` plus a check symbol: 23**8 ≈ 7.8e10 codes per prefix."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(length))
    symbols = body + _check_symbol(body)
    groups = [symbols[i : i + 4] for i in range(0, len(symbols), 4)]
    return "-".join([prefix, *groups])


def code_normalise(text: str) -> str:
    """What a caller typed or said, as the stored form: case, spaces and dashes forgiven."""
    return "".join(c for c in text.upper() if c.isalnum())


def code_is_valid(text: str, prefix: str) -> bool:
    """True when ``text`` is a well-formed code of this prefix with a right check symbol."""
    cleaned = code_normalise(text)
    if not cleaned.startswith(prefix):
        return False
    symbols = cleaned[len(prefix) :]
    if len(symbols) < 2 or any(c not in _VALUE for c in symbols):
        return False
    return _check_symbol(symbols[:-1]) == symbols[-1]


def code_format(text: str, prefix: str) -> str:
    """The stored form of a valid code (``code_is_valid`` first)."""
    symbols = code_normalise(text)[len(prefix) :]
    groups = [symbols[i : i + 4] for i in range(0, len(symbols), 4)]
    return "-".join([prefix, *groups])
