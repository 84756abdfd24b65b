"""A grouped alternation matches exactly what the plain one matches, in the same order of
preference (``seven`` before ``seventeen``), with or without case."""

from __future__ import annotations

import re

import pytest

from homeward.monitoring.pipeline.alternation import alternation

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
