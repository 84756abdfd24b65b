"""Long alternations of words, written so the regex engine can skip a position fast.

Python's ``re`` tries every branch of ``one|two|three|…`` at every position of the text:
a list of fifty words costs fifty tests per character. Grouped by first letter behind a
lookahead of those letters, the same alternation matches the same text the same way
(within a group the branches keep their order; two groups cannot match at one position),
but most positions fail on one test.
"""

from __future__ import annotations

import re


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
