"""A caller spelling a name the German way (s for з, j for й, w for в) finds the person."""

from __future__ import annotations

import pytest

from homeward.people.matching.dates import parse_partial_date
from homeward.people.matching.german import german_readings
from homeward.people.matching.search import search_people
from homeward.people.records import record_from_fields
from homeward.people.services import people_import

pytestmark = pytest.mark.django_db


def load(rows: list[tuple[str, str, str]]) -> None:
    records = [record_from_fields(external_id=e, name=n, birth_date=d) for e, n, d in rows]
    people_import(actor=None, records=records, source="test")


@pytest.mark.parametrize(
    "query, born, expected",
    [
        ("Sarina Akbarsoda", "1985", "zarina"),
        ("JUSSUFOWA Mawsuna Anwarowna", "1981", "mavzuna"),
        ("NIJASOWA Bajramgul", "1962", "bayramgul"),
    ],
)
def test_german_spelling_finds_the_person(query: str, born: str, expected: str) -> None:
    load(
        [
            ("zarina", "Акбарзода Зарина Сухробовна", "1985-11-02"),
            ("sarvar", "Акбаров Сарвар", "1985-03-01"),
            ("mavzuna", "Мавзуна Анваровна Юсуфова", "1981"),
            ("mekhron", "Юсупов Мехрон", "1963-03-28"),
            ("bayramgul", "Bairamgul Serdarovna Niiazova", "1962-04-13"),
            ("serdar", "Ниязов, Сердар", "1962-04-10"),
        ]
    )
    hits = search_people(query, birth_date=parse_partial_date(born))
    assert hits and hits[0].external_id == expected


def test_plain_spellings_get_no_german_reading_and_capitals_stay_the_surname() -> None:
    assert german_readings("Sadyr Zhaparov") == []
    assert german_readings("JUSSUFOWA Mawsuna") == ["YUSUFOVA Mavzuna"]
    assert german_readings("Sarina Akbarsoda", unmarked=True)[0] == "Zarina Akbarzoda"


def test_a_name_registered_in_german_spelling_is_found_from_cyrillic() -> None:
    load(
        [
            ("aziz", "Asis Murodshonbekow", "1997"),
            ("aziza", "Муроджонбекова, Азиза Носировна", "1956-03-08"),
        ]
    )
    hits = search_people("Муроджонбеков Азиз", birth_date=parse_partial_date("1997-06-16"))
    assert hits and hits[0].external_id == "aziz"


def test_the_hit_shows_the_name_as_written_not_its_reading() -> None:
    load([("aziz", "Asis Murodshonbekow", "1997")])
    hits = search_people("Муроджонбеков Азиз")
    assert hits and hits[0].matched_name == "Asis Murodshonbekow"


def test_german_sh_for_zh_finds_the_person() -> None:
    """German writes ж as sh (Baurshan) and ш as sch: Talgatshanow is Талгатжанов."""
    load(
        [
            ("baurzhan", "Талгатжанов Бауржан Серикович", "1980-01-01"),
            ("other", "Талгатов Бауыржан", "1980-05-05"),
        ]
    )
    assert german_readings("TALGATSHANOW Baurshan") == ["TALGATZHANOV Baurzhan"]
    hits = search_people("TALGATSHANOW Baurshan", birth_date=parse_partial_date("1980"))
    assert hits and hits[0].external_id == "baurzhan"
