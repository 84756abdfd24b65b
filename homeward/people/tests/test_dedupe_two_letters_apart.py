"""Batch dedupe leaves to review what only looks like one person: names two letters apart
on a year alone, on a birth day alone with little else, or an undated record from elsewhere."""

from __future__ import annotations

import dataclasses

import pytest

from homeward.people.records import record_from_fields
from homeward.people.services import people_import
from homeward.people.tests.dedupe_helpers import clusters

pytestmark = pytest.mark.django_db


def load(rows: list[tuple[str, str, str, str]]) -> None:
    """(external id, name, birth date, birthplace) rows."""
    records = [
        dataclasses.replace(
            record_from_fields(external_id=e, name=n, birth_date=d), birthplace=place
        )
        for e, n, d, place in rows
    ]
    people_import(actor=None, records=records, source="test")


def test_two_letters_apart_on_a_year_stay_apart_though_born_in_one_city():
    load(
        [
            ("reg", "Даулетова Ботагоз Нурлановна", "1995-12-04", "Алматы"),
            ("call", "DAUTOVA BOTAGOZ", "1995", "Almaty"),
        ]
    )
    assert clusters() == []


def test_two_letters_apart_on_a_year_are_linked_when_the_father_agrees():
    load(
        [
            ("reg", "Даулетова Ботагоз Нурлановна", "1995-12-04", "Алматы"),
            ("call", "DAUTOVA BOTAGOZ NURLANOVNA", "1995", "Almaty"),
        ]
    )
    assert clusters() == [["call", "reg"]]


def test_another_surname_form_born_the_same_day_is_left_for_review():
    load(
        [
            ("reg", "Сагатов Серик", "1966-02-15", ""),
            ("call", "SAGATBAEV SERIK", "1966-02-15", ""),
        ]
    )
    assert clusters() == []


def test_one_slip_born_the_same_day_is_linked():
    load(
        [
            ("reg", "Сагатов Серик", "1966-02-15", ""),
            ("call", "SAGTOV SERIK", "1966-02-15", ""),
        ]
    )
    assert clusters() == [["call", "reg"]]


def test_an_undated_record_born_elsewhere_is_left_for_review():
    load(
        [
            ("reg", "Каримов Ахрор Рустамович", "1986-03-04", "Андижан"),
            ("call", "KARIMOV AKHROR RUSTAMOVICH", "", "Namangan"),
        ]
    )
    assert clusters() == []


def test_an_undated_record_with_the_same_father_and_birthplace_is_linked():
    load(
        [
            ("reg", "Каримов Ахрор Рустамович", "1986-03-04", "Андижан"),
            ("call", "KARIMOV AKHROR RUSTAMOVICH", "", "Andijon"),
        ]
    )
    assert clusters() == [["call", "reg"]]
