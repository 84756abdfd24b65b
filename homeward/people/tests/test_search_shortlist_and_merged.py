"""Search ranks candidates by shared keys and birth year, and answers for survivors of merges."""

from __future__ import annotations

import pytest

from homeward.people.matching.dates import PartialDate
from homeward.people.matching.keys import name_keys
from homeward.people.matching.parse import parse
from homeward.people.matching.search import query_keys, search_people, shortlist
from homeward.people.models import Person
from homeward.people.records import record_from_fields
from homeward.people.services import people_import

pytestmark = pytest.mark.django_db


def load(rows: list[tuple[str, str, str]]) -> None:
    records = [record_from_fields(external_id=e, name=n, birth_date=d) for e, n, d in rows]
    people_import(actor=None, records=records, source="test")


def person(external_id: str) -> Person:
    return Person.objects.get(external_id=external_id)


def test_the_right_namesake_among_many_is_found_by_birth_year(monkeypatch):
    fathers = ["Рустам", "Тимур", "Азиз", "Бобур", "Анвар", "Нодир", "Акмал", "Икром"]
    rows = [
        (f"n{i}", f"Каримов Ахрор {fathers[i % 8]}ович", f"{1950 + i % 40}-01-{1 + i % 28:02d}")
        for i in range(300)
    ]
    rows.append(("target", "Каримов Ахрор Бахтиёрович", "1991-07-15"))
    load(rows)
    monkeypatch.setattr("homeward.people.matching.search.SHORTLIST", 20)
    hits = search_people("KARIMOV AKHROR", birth_date=PartialDate(1991, 7, 15))
    assert hits[0].external_id == "target"
    hits = search_people("Karimov Axror Baxtiyorovich", birth_date=PartialDate(1991))
    assert hits[0].external_id == "target"


def test_a_corrected_birth_date_ranks_the_person_by_the_new_date(monkeypatch):
    """The shortlist ranks by the date copied onto the keys: a re-import that corrects the
    date must move the keys' copy too, or among many namesakes the person is not found."""
    rows = [(f"n{i}", "Каримов Ахрор", f"{1950 + i % 30}") for i in range(120)]
    load([*rows, ("target", "Каримов Ахрор", "1975")])
    load([("target", "Каримов Ахрор", "1991-07-15")])
    monkeypatch.setattr("homeward.people.matching.search.SHORTLIST", 10)
    hits = search_people("KARIMOV AKHROR", birth_date=PartialDate(1991))
    assert hits[0].external_id == "target"
    hits = search_people("Каримов Ахрор", birth_date=PartialDate(1991, 7, 15))
    assert hits[0].external_id == "target"


def test_a_name_without_a_surname_is_found_by_its_father_s_name(monkeypatch):
    """Жусуп уулу Асылбек has no surname: among a hundred Asylbeks the father's name is
    what the keys must carry, or the search finds some other Asylbek."""
    fathers = ["Садыр", "Нурлан", "Бакыт", "Эмил", "Талант", "Кубан", "Мирлан", "Улан"]
    rows = [(f"n{i}", f"{fathers[i % 8]} уулу Асылбек", "") for i in range(100)]
    load([*rows, ("target", "Жусуп уулу Асылбек", "")])
    monkeypatch.setattr("homeward.people.matching.search.SHORTLIST", 10)
    hits = search_people("Zhusup uulu Asylbek")
    assert hits[0].external_id == "target"


def test_a_merged_persons_name_finds_the_survivor():
    load([("s", "Бурханов Ахрор Рустамович", "1980-05-02"), ("m", "Burkhonov Akhror", "1980")])
    survivor, merged = person("s"), person("m")
    merged.merged_into = survivor
    merged.save(update_fields=["merged_into"])
    hits = search_people("Burkhonov Akhror")
    assert [h.external_id for h in hits] == ["s"]


def test_a_survivor_is_scored_over_the_names_merged_into_it():
    load(
        [
            ("s", "Жапаров Садыр", "1968-12-06"),
            ("m", "Zhaparov Sadyr Nurlanovich", "1968"),
            ("other", "Жапаров Садыр Эсенович", "1968-12-06"),
        ]
    )
    survivor, merged = person("s"), person("m")
    merged.merged_into = survivor
    merged.save(update_fields=["merged_into"])
    hits = search_people("Жапаров Садыр Нурланович")
    assert hits[0].external_id == "s"
    assert "m" not in {h.external_id for h in hits}


def test_names_merged_two_levels_deep_still_speak_for_the_survivor():
    load(
        [
            ("s", "Жапаров Садыр", "1968-12-06"),
            ("b", "ZHAPAROV SADYR", "1968"),
            ("a", "Zhaparov Sadyr Nurlanovich", "1968"),
            ("other", "Жапаров Садыр Эсенович", "1968-12-06"),
        ]
    )
    for absorbed, into in (("a", "b"), ("b", "s")):
        record = person(absorbed)
        record.merged_into = person(into)
        record.save(update_fields=["merged_into"])
    hits = search_people("Жапаров Садыр Нурланович")
    assert hits[0].external_id == "s"
    assert hits[0].matched_name == "Zhaparov Sadyr Nurlanovich"
    assert {"a", "b"}.isdisjoint(h.external_id for h in hits)


def test_patronymics_that_agree_rank_the_right_namesake_first():
    load(
        [
            ("bare", "Ташматова Дилноза", "1958-02-04"),
            ("target", "Dilnoza Ulugbekovna Tashmatova", "1958-08-06"),
        ]
    )
    hits = search_people("ТАШМАТОВА Дилноза Улугбековна", birth_date=PartialDate(1958))
    assert [h.external_id for h in hits[:2]] == ["target", "bare"]


def test_an_agreeing_father_does_not_lift_a_surname_two_letters_off():
    """Beside a person of the query's exact name, one whose father's name agrees but whose
    surname is two letters off is another family's (Петисян for Петросян), not a slip."""
    load(
        [
            ("exact", "Vahan Petrosyan", ""),
            ("other", "Петисян Ваган Левонович", ""),
        ]
    )
    hits = search_people("Петросян Ваган Левонович")
    assert [h.external_id for h in hits[:2]] == ["exact", "other"]


def test_the_same_full_birth_date_comes_first_in_the_shortlist():
    load(
        [
            ("other", "Жапаров Садыр", "1968-01-01"),
            ("target", "Жапаров Садыр", "1968-12-06"),
        ]
    )
    parsed = parse("ZHAPAROV SADYR")
    date = PartialDate(1968, 12, 6)
    assert shortlist(query_keys(parsed), 1968, 1, date) == [person("target").pk]


def test_a_slip_in_the_first_letter_of_a_short_name_keeps_a_key():
    shared = query_keys(parse("Aadyr Zhaparov")) & name_keys(parse("Садыр Жапаров"))
    assert any(k.startswith("x:") for k in shared)
