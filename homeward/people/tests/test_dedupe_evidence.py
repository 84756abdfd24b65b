"""Batch dedupe weighs what records say besides the name: passports, birthplaces, IDs."""

from __future__ import annotations

import pytest

from homeward.people.models import Document, Person
from homeward.people.tests.dedupe_helpers import clusters
from homeward.people.tests.dedupe_helpers import load_with_evidence as load

pytestmark = pytest.mark.django_db


def test_the_same_passport_links_a_record_that_has_no_birth_date():
    load(
        [
            ("reg", "Каримов Ахрор Рустамович", "1986-03-04", "AA1234567", ""),
            ("call", "KARIMOV AKHROR", "", "AA 1234567", ""),
            ("other", "Karimov Akhror", "1990-05-05", "", ""),
        ]
    )
    assert clusters() == [["call", "reg"]]


def test_a_birthplace_tells_which_namesake_born_that_year_a_bare_record_is():
    namesakes = [
        ("andijan", "Каримов Ахрор", "1986-03-04", "", "Андижанская обл."),
        ("namangan", "Karimov Akhror", "1986-07-21", "", "Namangan"),
    ]
    load([*namesakes, ("call", "KARIMOV AKHROR", "1986", "", "Andijon viloyati")])
    assert clusters() == [["andijan", "call"]]


def test_without_a_birthplace_the_same_bare_record_is_left_for_review():
    load(
        [
            ("andijan", "Каримов Ахрор", "1986-03-04", "", "Андижанская обл."),
            ("namangan", "Karimov Akhror", "1986-07-21", "", "Namangan"),
            ("call", "KARIMOV AKHROR", "1986", "", ""),
        ]
    )
    assert clusters() == []


def test_a_name_and_a_year_with_birthplaces_that_differ_are_left_for_review():
    load(
        [
            ("andijan", "Тошпулатов Бахтиёр", "1979-05-12", "", "Андижанская обл."),
            ("namangan", "TOSHPULATOV BAKHTIYOR", "1979", "", "Namangan"),
        ]
    )
    assert clusters() == []


def test_a_name_a_year_and_the_same_birthplace_are_linked():
    load(
        [
            ("andijan", "Тошпулатов Бахтиёр", "1979-05-12", "", "Андижанская обл."),
            ("call", "TOSHPULATOV BAKHTIYOR", "1979", "", "Andijon viloyati"),
        ]
    )
    assert clusters() == [["andijan", "call"]]


def test_two_national_numbers_of_one_country_are_two_persons():
    load(
        [
            ("a", "Ахметов Марат Нурланович", "1971-07-14", "", ""),
            ("b", "AKHMETOV MARAT NURLANOVICH", "1971-07-14", "", ""),
        ]
    )
    assert clusters() == [["a", "b"]]
    for external_id, number in (("a", "710714300015"), ("b", "710714300026")):
        person = Person.objects.get(external_id=external_id)
        Document.objects.create(person=person, kind="national_id", country="KZ", number=number)
    assert clusters() == []


def test_what_was_merged_into_a_person_counts_for_them():
    load(
        [
            ("s", "Каримов Ахрор", "1986-03-04", "", ""),
            ("m", "KARIMOV AKHROR", "", "AA1234567", ""),
            ("call", "Karimov Akhror Rustamovich", "", "AA1234567", ""),
        ]
    )
    merged = Person.objects.get(external_id="m")
    merged.merged_into = Person.objects.get(external_id="s")
    merged.save(update_fields=["merged_into"])
    assert clusters() == [["call", "s"]]
