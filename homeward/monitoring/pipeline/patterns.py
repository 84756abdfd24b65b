"""Regular expressions written so the engine can skip a position fast.

Python's ``re`` tries every branch of ``one|two|three|…`` at every position of the text:
a list of fifty words costs fifty tests per character. Two rewrites keep every match
and the order branches are tried in, and make most positions fail on one test:

- ``alternation``: a list of words grouped by first letter behind a lookahead of those
  letters (within a group the branches keep their order; two groups cannot match at one
  position);
- ``gated``: any pattern behind a lookahead of the characters its matches can begin
  with, read from the pattern itself.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_WIDEST_RANGE = 512


def alternation(branches: str, *, escape: bool = True) -> str:
    """``(?:a|b|…)`` of the ``|``-separated ``branches``, in their order.

    ``escape``: the branches are plain text (names with dots, spaces). Without it they are
    regular expressions; each must begin with a letter or digit it matches literally
    (``граждан\\w*``) and none may hold a ``|`` of its own."""
    groups: dict[str, list[str]] = {}
    for branch in branches.split("|"):
        if not branch[:1].isalnum():
            raise ValueError(f"a branch must begin with a letter or digit: {branch!r}")
        groups.setdefault(branch[0].lower(), []).append(re.escape(branch) if escape else branch)
    firsts = dict.fromkeys(b[0] for group in groups.values() for b in group)
    body = "|".join(f"(?:{'|'.join(group)})" for group in groups.values())
    return f"(?=[{''.join(firsts)}])(?:{body})"


def gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, behind a lookahead of the characters a match can
    begin with when the pattern says them all (literals and classes of literals, after
    zero-width assertions); the plain pattern otherwise."""
    try:
        found = _firsts(_parser.parse(pattern, flags).data)
    except (AttributeError, TypeError, ValueError):  # another Python's parser
        found = None
    if found is None or found[1] or not found[0]:
        return re.compile(pattern, flags)
    chars = "".join(re.escape(ch) for ch in sorted(found[0]))
    return re.compile(f"(?=[{chars}])(?:{pattern})", flags)


def _firsts(items: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """The characters a match of ``items`` can begin with, and whether it can be empty;
    ``None`` when they cannot be told (a ``\\w``, a ``.``, a negated class)."""
    found: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        inner: tuple[set[str], bool] | None
        if op is _c.LITERAL:
            inner = {chr(av)}, False
        elif op is _c.IN:
            inner = _class(av)
        elif op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            inner = None if add_flags or del_flags else _firsts(sub.data)
        elif op is _c.BRANCH:
            branches = [_firsts(sub.data) for sub in av[1]]
            known = [b for b in branches if b is not None]
            inner = None
            if len(known) == len(branches):
                inner = set().union(*(b[0] for b in known)), any(b[1] for b in known)
        elif op in _REPEATS:
            low, _high, sub = av
            inner = _firsts(sub.data)
            inner = None if inner is None else (inner[0], inner[1] or low == 0)
        else:
            inner = None
        if inner is None:
            return None
        found |= inner[0]
        if not inner[1]:
            return found, False
    return found, True


def _class(items: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _WIDEST_RANGE:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return chars, False
