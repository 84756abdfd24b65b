"""The fast forms of a pattern match exactly what the plain one matches: a grouped
alternation in the same order of preference (``seven`` before ``seventeen``), a gated
pattern everywhere, with or without case."""

from __future__ import annotations

import re

import pytest

from homeward.monitoring.pipeline.patterns import alternation, gated

WORDS = "seven|six|seventeen|sixty|семь|семнадцать|U.S.|USA|Uzbekistan|a total of|about"
TEXT = (
    "Seventeen, SEVEN-teen, seventy six; sixty-seven. Семнадцать и семь. U.S. and USA, "
    "uzbekistan; a total of 40, ABOUT 50; unseven ſix ſeven"
)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("tail", ["", r"\b", r"(?:[\s-]\w+)?\b", r"teen"])
def test_same_matches_as_the_plain_alternation(flags: int, tail: str) -> None:
    plain = re.compile(rf"(?:{'|'.join(map(re.escape, WORDS.split('|')))}){tail}", flags)
    grouped = re.compile(rf"{alternation(WORDS)}{tail}", flags)
    assert [m.span() for m in grouped.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]


def test_regular_expression_branches() -> None:
    branches = r"граждан\w*|мигрант\w*|men|women"
    grouped = re.compile(alternation(branches, escape=False), re.IGNORECASE)
    text = "Граждане, мигранты; women and MEN"
    assert grouped.findall(text) == re.findall(rf"(?:{branches})", text, re.IGNORECASE)


def test_a_branch_must_begin_with_a_letter() -> None:
    with pytest.raises(ValueError, match="letter or digit"):
        alternation(r"\bdeport|one", escape=False)


GATED = [
    r"\b(?:deport(?:s|ed|ing)?|expel(?:s|led)?)\b|(?<!\w)(?:депортирова\w*|выслан\w*)",
    r"(?:flight|plane)\w*\s+(?:carrying|with)\s+(?:\S+\s+){0,4}?(?:people|мигрант\w*)",
    r"[а-яё]+(?:ил|ал)$|(?:в|во|на)$",
    r"(?<!\b[A-Z])[.!?]+[\"”»’']?(?=\s+[A-ZА-Я0-9]|\s*$)|\n+",
]
GATED_TEXT = (
    "They were DEPORTED; expels, Депортированы, высланы. A plane carrying 40 people "
    "landed.\nJ. Smith said: flights with Uzbek мигрантами! ſent dеported ſtop"
)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("pattern", GATED)
def test_gated_matches_as_the_plain_pattern(pattern: str, flags: int) -> None:
    plain, fast = re.compile(pattern, flags), gated(pattern, flags)
    assert fast.pattern.startswith("(?=[")
    assert [m.group(0) for m in fast.finditer(GATED_TEXT)] == plain.findall(GATED_TEXT)


@pytest.mark.parametrize("pattern", [r"\w+ing", r"(?:more than\s+)?\d+", r"x*", r"[^a]b"])
def test_a_pattern_that_does_not_say_its_first_letters_is_left_plain(pattern: str) -> None:
    assert gated(pattern).pattern == pattern
