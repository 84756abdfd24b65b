"""After the key code changes, one command rewrites every person's blocking keys; re-running
it changes nothing, and a person missing keys is findable again."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from homeward.people.matching.dates import PartialDate
from homeward.people.matching.keys import name_keys
from homeward.people.matching.parse import parse
from homeward.people.matching.search import search_people
from homeward.people.models import Person, PersonKey
from homeward.people.records import record_from_fields
from homeward.people.services import people_import

pytestmark = pytest.mark.django_db


def load() -> None:
    rows = [
        ("a", "Бурханов Ахрор Рустамович", "1986-03-14"),
        ("b", "Садыр Жапаров", "1968"),
        ("c", "ZHEENBEKOV Asylbek SHaripovich", ""),
    ]
    records = [record_from_fields(external_id=e, name=n, birth_date=d) for e, n, d in rows]
    people_import(actor=None, records=records, source="test")


def rebuild(*args: str) -> str:
    out = StringIO()
    call_command("rebuild_person_keys", "--batch-size", "2", *args, stdout=out, verbosity=0)
    return out.getvalue()


def stored() -> set[tuple[int, str]]:
    return set(PersonKey.objects.values_list("person_id", "key"))


def test_stale_and_missing_keys_are_rewritten_and_search_finds_the_person_again():
    load()
    before = stored()
    burkhanov = Person.objects.get(external_id="a")
    PersonKey.objects.filter(person=burkhanov).delete()
    PersonKey.objects.create(person=burkhanov, key="p:old|key")
    assert not search_people("Akhror Burkhanov")

    report = rebuild()

    assert stored() == before
    assert "3 person(s)" in report
    assert [h.external_id for h in search_people("Akhror Burkhanov")][:1] == ["a"]


def test_rerun_changes_nothing_and_resume_skips_done_persons():
    load()
    rebuild()
    before = stored()
    assert "0 key(s) added, 0 removed" in rebuild()
    assert stored() == before
    first = Person.objects.order_by("pk").first()
    assert first is not None
    PersonKey.objects.filter(person=first).delete()
    assert "2 person(s): 0 key(s) added" in rebuild("--after-id", str(first.pk))
    rebuild()
    assert stored() == before


def test_keys_are_those_the_key_code_gives_for_every_written_name():
    load()
    PersonKey.objects.all().delete()
    rebuild()
    person = Person.objects.get(external_id="b")
    expected = {k[:40] for k in name_keys(parse("Садыр Жапаров"))}
    assert {k for pid, k in stored() if pid == person.pk} == expected


def test_keys_that_carry_another_birth_date_are_mended(monkeypatch):
    """Search ranks namesakes by the birth date copied onto their keys; a key row whose
    copy went stale (written by hand, an old release) is put right by the rebuild."""
    rows = [(f"n{i}", "Каримов Ахрор", f"{1950 + i % 30}") for i in range(60)]
    records = [record_from_fields(external_id=e, name=n, birth_date=d) for e, n, d in rows]
    records.append(record_from_fields(external_id="t", name="Каримов Ахрор", birth_date="1991"))
    people_import(actor=None, records=records, source="test")
    target = Person.objects.get(external_id="t")
    PersonKey.objects.filter(person=target).update(birth_year=1960)
    monkeypatch.setattr("homeward.people.matching.search.SHORTLIST", 10)
    assert search_people("KARIMOV AKHROR", birth_date=PartialDate(1991))[0].external_id != "t"

    report = rebuild()

    assert "birth dates of 1 person(s) mended" in report
    assert set(PersonKey.objects.filter(person=target).values_list("birth_year", flat=True)) == {
        1991
    }
    assert search_people("KARIMOV AKHROR", birth_date=PartialDate(1991))[0].external_id == "t"
    assert "birth dates of 0 person(s) mended" in rebuild()
