"""Batch dedupe leaves to review what only looks like one person: names two letters apart
on a year alone, on a birth day alone with little else, or an undated record from elsewhere."""

from __future__ import annotations

import pytest

from homeward.people.tests.dedupe_helpers import clusters, load_with_evidence

pytestmark = pytest.mark.django_db

# (registry record, caller's record, linked?): name, birth date, birthplace.
CASES = [
    pytest.param(
        ("Даулетова Ботагоз Нурлановна", "1995-12-04", "Алматы"),
        ("DAUTOVA BOTAGOZ", "1995", "Almaty"),
        False,
        id="two-letters-apart-on-a-year-stay-apart-though-born-in-one-city",
    ),
    pytest.param(
        ("Даулетова Ботагоз Нурлановна", "1995-12-04", "Алматы"),
        ("DAUTOVA BOTAGOZ NURLANOVNA", "1995", "Almaty"),
        True,
        id="two-letters-apart-on-a-year-are-linked-when-the-father-agrees",
    ),
    pytest.param(
        ("Сагатов Серик", "1966-02-15", ""),
        ("SAGATBAEV SERIK", "1966-02-15", ""),
        False,
        id="another-surname-form-born-the-same-day-is-left-for-review",
    ),
    pytest.param(
        ("Сагатов Серик", "1966-02-15", ""),
        ("SAGTOV SERIK", "1966-02-15", ""),
        True,
        id="one-slip-born-the-same-day-is-linked",
    ),
    pytest.param(
        ("Каримов Ахрор Рустамович", "1986-03-04", "Андижан"),
        ("KARIMOV AKHROR RUSTAMOVICH", "", "Namangan"),
        False,
        id="an-undated-record-born-elsewhere-is-left-for-review",
    ),
    pytest.param(
        ("Каримов Ахрор Рустамович", "1986-03-04", "Андижан"),
        ("KARIMOV AKHROR RUSTAMOVICH", "", "Andijon"),
        True,
        id="an-undated-record-with-the-same-father-and-birthplace-is-linked",
    ),
]


@pytest.mark.parametrize("registered, caller, linked", CASES)
def test_linked_only_when_the_records_say_one_person(
    registered: tuple[str, str, str], caller: tuple[str, str, str], linked: bool
) -> None:
    (name, born, place), (call_name, call_born, call_place) = registered, caller
    load_with_evidence(
        [("reg", name, born, "", place), ("call", call_name, call_born, "", call_place)]
    )
    assert clusters() == ([["call", "reg"]] if linked else [])
