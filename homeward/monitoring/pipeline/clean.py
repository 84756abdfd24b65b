"""Boilerplate out of a page's lines: tickers, pagination, captions, link lists.

Rules are about the *shape* of lines, never about one outlet: a short line the same
source repeats across its pages (given as ``furniture``), a line repeated on the same page
(a ticker scrolls the same quotes eight times), a line that is mostly numbers, a
pagination counter, a caption or byline, a run of bullet links ("Latest news"). A line
alone that is only a date is the listing's date: kept as ``page_date``, out of the text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from homeward.monitoring.pipeline.dates import parse_standalone_date
from homeward.monitoring.pipeline.markup import HEADING

REPEATS = 3
"""A line seen this many times on one page is furniture, not news."""
SHORT = 120
"""Lines up to this length may be a site's furniture repeated across its pages."""
BODY = 200
"""A line this long is an article's paragraph (the short line before it, its headline)."""

_PAGINATION = re.compile(
    r"^(?:(?:viewing|showing|displaying)\s+(?:results\s+)?\d+\s*[-–]\s*\d+\s+of\s+\d+"
    r"|page\s+\d+\s+of\s+\d+"
    r"|(?:показаны|показано|результаты)\s.*\d+\s*[-–]\s*\d+"
    r"|страница\s+\d+\s+из\s+\d+)",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^(?:photo|photos|image|video|illustration|source|original author|author|credit|"
    r"фото|видео|источник|автор|иллюстрация)\s*[:：]",
    re.IGNORECASE,
)
_CAPTION_TAIL = re.compile(
    r"\((?:file |illustrative |archive |архивное )?(?:photo|image|фото)[^)]*\)\s*$",
    re.IGNORECASE,
)
_CALLS = re.compile(
    r"^(?:read more|read also|see also|share|subscribe|advertisement|"
    r"читайте также|читать далее|подписывайтесь|поделиться|реклама)\b",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*[-•*–·▪]\s+")
_SENTENCE_END = re.compile(r"[.!?;,…:]\s*$|[.!?,][\"”»’']\s*$")
_ABBREVIATION_END = re.compile(r"(?:^|[\s.])\w\.$")
"""A headline may end in an abbreviation ("… Deported from the U.S.")."""


@dataclass(frozen=True)
class Cleaned:
    lines: list[str]
    """Kept lines; "" marks a paragraph break."""
    page_date: date | None
    removed: int
    short_lines: frozenset[str] = frozenset()
    """Short lines of the page that are not a headline: counted across the source's pages."""


def short_lines(raw: list[str]) -> frozenset[str]:
    """Lines up to ``SHORT`` characters, except one followed by a paragraph (a headline)."""
    found: set[str] = set()
    following = ""
    for line in reversed(raw):
        if not line:
            continue
        if len(line) <= SHORT and len(following) < BODY:
            found.add(line)
        following = line
    return frozenset(found)


def _letters_share(line: str) -> float:
    visible = [ch for ch in line if not ch.isspace()]
    if not visible:
        return 0.0
    return sum(ch.isalpha() for ch in visible) / len(visible)


def is_bare(line: str) -> bool:
    """Short and without sentence punctuation at its end: a headline or a link."""
    if len(line) >= 200:
        return False
    return not _SENTENCE_END.search(line) or bool(_ABBREVIATION_END.search(line))


def _is_noise(line: str) -> bool:
    if _letters_share(line) < 0.5:
        return True
    return bool(
        _PAGINATION.search(line)
        or _CREDIT.search(line)
        or _CAPTION_TAIL.search(line)
        or _CALLS.search(line)
    )


def clean(text: str, furniture: frozenset[str] = frozenset()) -> Cleaned:
    """``furniture``: lines the source repeats on its other pages, dropped here too."""
    raw = [line.strip() for line in text.split("\n")]
    shorts = short_lines(raw)
    counts = Counter(line for line in raw if line)
    kept: list[str] = []
    page_date: date | None = None
    removed = 0
    for line in raw:
        if not line:
            if kept and kept[-1]:
                kept.append("")
            continue
        body = line.removeprefix(HEADING)
        if len(body) <= 40 and not line.startswith(HEADING):
            # before the noise test: "2 May 2025" is mostly digits
            found = parse_standalone_date(body)
            if found is not None:
                page_date = page_date or found
                removed += 1
                continue
        if counts[line] >= REPEATS or _is_noise(body) or (line in furniture and line in shorts):
            removed += 1
            continue
        kept.append(line)
    kept, dropped = _drop_link_lists(kept)
    while kept and not kept[-1]:
        kept.pop()
    return Cleaned(lines=kept, page_date=page_date, removed=removed + dropped, short_lines=shorts)


def _drop_link_lists(lines: list[str]) -> tuple[list[str], int]:
    """Runs of two or more bullet lines are link lists; a short bare line just before such a
    run is its heading ("Latest news")."""
    out: list[str] = []
    dropped = 0
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j] and _BULLET.match(lines[j]) and is_bare(lines[j]):
            j += 1
        if j - i >= 2:
            dropped += j - i
            while out and out[-1] and len(out[-1]) <= 40 and is_bare(out[-1]):
                out.pop()
                dropped += 1
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out, dropped
