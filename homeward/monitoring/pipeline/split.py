"""A listing page into articles: headline, then body, then the next headline.

A headline is a marked heading (from HTML), or a short line without sentence punctuation
that is either written in title case or stands alone between paragraph breaks. A
"headline" followed by too little text to be an article is not one: it stays in the
previous article's body (a dangling last sentence, a sub-heading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from homeward.monitoring.pipeline.clean import is_bare
from homeward.monitoring.pipeline.markup import HEADING

MIN_BODY = 250
"""Characters an article body needs; shorter runs are teasers or sub-headings."""

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_SMALL = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "vs",
        "via",
        "with",
    ]
)


@dataclass(frozen=True)
class Article:
    title: str
    body: str
    position: int


def title_case_share(line: str) -> float:
    words = [w for w in _WORD.findall(line) if w.lower() not in _SMALL]
    if not words:
        return 0.0
    return float(sum(w[0].isupper() for w in words) / len(words))


def _is_headline(lines: list[str], i: int) -> bool:
    line = lines[i]
    if line.startswith(HEADING):
        return True
    question = line.endswith(("?", "!")) and title_case_share(line) >= 0.7
    if (
        not (is_bare(line) or question)
        or len(line) < 12
        or not (line[0].isupper() or line[0].isdigit())
    ):
        return False
    words = len(line.split())
    if words < 3 or words > 30:
        return False
    alone = (i == 0 or not lines[i - 1]) and (i + 1 >= len(lines) or not lines[i + 1])
    return title_case_share(line) >= 0.7 or alone


RHYTHM_LINES = 3
"""Headline-then-paragraph pairs that make a page a listing, whatever its headlines' case."""
RHYTHM_BODY = 100
"""A listing's teaser may be this short; a page without that rhythm needs ``MIN_BODY``."""


def _next_text(lines: list[str], i: int) -> str:
    return next((line for line in lines[i + 1 :] if line), "")


def _rhythm(lines: list[str]) -> set[int]:
    """Headings, or short unpunctuated lines, each followed by a paragraph: in a
    sentence-case language (Russian headlines capitalise one word) the title/body rhythm
    shows the headlines, and a listing of teasers shows that short bodies are articles."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        marked = line.startswith(HEADING)
        line = line.removeprefix(HEADING)
        if not marked and (not line or not is_bare(line) or len(line) < 12):
            continue
        if not marked and (
            not (line[0].isupper() or line[0].isdigit()) or not 3 <= len(line.split()) <= 30
        ):
            continue
        following = _next_text(lines, i)
        if len(following) >= RHYTHM_BODY and not is_bare(following):
            found.add(i)
    return found if len(found) >= RHYTHM_LINES else set()


def split(lines: list[str]) -> list[Article]:
    """Articles in page order (``lines`` as :func:`clean` returns them)."""
    rhythm = _rhythm(lines)
    min_body = RHYTHM_BODY if rhythm else MIN_BODY
    sections: list[tuple[str, list[str]]] = []
    current: tuple[str, list[str]] = ("", [])
    for i, line in enumerate(lines):
        if line and (i in rhythm or _is_headline(lines, i)):
            sections.append(current)
            current = (line.removeprefix(HEADING).strip(), [])
        else:
            current[1].append(line)
    sections.append(current)

    merged: list[tuple[str, list[str]]] = []
    for title, body in sections:
        if _length(body) >= min_body or not merged:
            merged.append((title, list(body)))
        else:
            prev_title, prev_body = merged[-1]
            merged[-1] = (prev_title, [*prev_body, *([title] if title else []), *body])
    articles: list[Article] = []
    for title, body in merged:
        text = _join(body)
        if len(text) < min_body:
            continue
        if not title:
            title = _first_sentence(text)
        articles.append(Article(title=title, body=text, position=len(articles)))
    return articles


def split_one(lines: list[str]) -> list[Article]:
    """A page known to be one article (an HTML page with one top heading): its first
    heading is the title, its sub-headings stay in the body as paragraphs."""
    title_at = next((i for i, line in enumerate(lines) if line.startswith(HEADING)), None)
    if title_at is None:
        return split(lines)
    title = lines[title_at].removeprefix(HEADING).strip()
    body: list[str] = []
    for line in lines[title_at + 1 :]:
        if line.startswith(HEADING):
            body += ["", line.removeprefix(HEADING).strip(), ""]
        else:
            body.append(line)
    text = _join(body)
    return [Article(title=title, body=text, position=0)] if len(text) >= MIN_BODY else []


def _length(body: list[str]) -> int:
    return sum(len(line) for line in body)


def _join(body: list[str]) -> str:
    """Paragraphs separated by a blank line, lines of one paragraph by a space."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in body:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs).strip()


def _first_sentence(text: str, limit: int = 120) -> str:
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"
