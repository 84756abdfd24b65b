"""Two names that differ by more than their ambiguous letters are two persons, even with
the same surname or the same given name: an operator must not be told they are one."""

from __future__ import annotations

import pytest

from homeward.people.matching.score import match_written


@pytest.mark.parametrize(
    "a, b",
    [
        ("Elena Rakhimova", "Irina Rakhimova"),  # е/и and л/р: two given names
        ("Timur Kalashnikov", "Timur Kolesnik"),
        ("Bakhtiyar Kashin", "Bakhtiyar Gasanov"),
    ],
)
def test_names_apart_after_merging_ambiguous_letters_are_not_linked(a: str, b: str) -> None:
    assert not match_written(a, b).same


@pytest.mark.parametrize(
    "a, b",
    [
        ("Өтебаев Ерлан", "Утебаев Ерлан"),  # Kazakh ө is Russian у
        ("Елубай Нурлан", "Илюбай Нурлан"),  # е/и in Russian spellings of Kazakh names
    ],
)
def test_spellings_apart_only_by_ambiguous_letters_are_linked(a: str, b: str) -> None:
    assert match_written(a, b).same
