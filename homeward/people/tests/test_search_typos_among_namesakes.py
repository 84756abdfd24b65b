"""A typo'd record born in the asked year is found among many namesakes born in others; a
surname made of the given name (Ibragim Ibragimov) is findable."""

from __future__ import annotations

import pytest

from homeward.people.matching.dates import parse_partial_date
from homeward.people.matching.search import search_people
from homeward.people.records import record_from_fields
from homeward.people.services import people_import

pytestmark = pytest.mark.django_db


def load(rows: list[tuple[str, str, str]]) -> None:
    records = [record_from_fields(external_id=e, name=n, birth_date=d) for e, n, d in rows]
    people_import(actor=None, records=records, source="test")


def test_a_typo_born_in_the_asked_year_beats_ninety_namesakes_born_in_others():
    others = [(f"n{i}", "Попов Сергей", f"{1900 + i}-01-01") for i in range(90) if 1900 + i != 1970]
    load([*others, ("typo", "POPOV SEREGY", "1970")])
    hits = search_people("POPOV SERGEI", birth_date=parse_partial_date("1970"))
    assert "typo" in [h.external_id for h in hits]


def test_a_surname_made_of_the_given_name_is_found():
    load(
        [
            ("a", "Ibrohimov, Ibragim Ravshan o`g`li", "1955-02-09"),
            ("b", "IBRAGIMBEKOV Ibragim", ""),
        ]
    )
    hits = search_people("IBRAGIMOV IBRAGIM", birth_date=parse_partial_date("1955"))
    assert hits and hits[0].external_id == "a"
