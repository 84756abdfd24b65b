"""The duplicate warning weighs what the new person's record says besides the name: the
passport number (whoever holds it comes first, however their name is written), the
birthplace and the sex; the person page does the same with the person's own records."""

from __future__ import annotations

import pytest
from django.urls import reverse

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import user_with_role
from homeward.people.models import Person
from homeward.people.records import record_from_fields
from homeward.people.selectors import likely_same_people, person_duplicates, person_profile
from homeward.people.services import document_add, person_create, person_merge
from homeward.people.tests.test_national_ids import iin
from homeward.people.tests.test_passport_mrz import ICAO_TD3

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(hq):
    return user_with_role(Role.HOTLINE_OPERATOR, hq)


def registered(name: str, **fields: str) -> Person:
    return person_create(actor=None, record=record_from_fields(name=name, **fields))


@pytest.fixture
def holder(db):
    """The passport's holder, and a namesake born the same day whose name is closer."""
    registered("Burkhanov Akhror", birth_date="1980-05-14", sex="male")
    return registered("Бурханов Ахрор", birth_date="1980", passport_number="FA1234567")


def test_the_passport_holder_comes_first_on_the_form(client, operator, holder):
    client.force_login(operator)
    form = {
        "name": "BURKHANOV AKHROR",
        "birth_date": "1980-05-14",
        "sex": "male",
        "passport_number": "FA 1234567",
    }
    response = client.post(reverse("people:create"), form)
    assert response.status_code == 400
    likely = response.context["likely"]
    assert likely[0].person_id == holder.pk
    assert "same document number" in likely[0].explanation
    assert "same document number" in response.content.decode()
    assert Person.objects.count() == 2


def test_the_holder_is_listed_however_the_name_is_written(operator):
    """A married name, another script: the passport number is what the records share."""
    holder = registered("Каримова Дилноза", birth_date="1990", passport_number="AC7654321")
    record = record_from_fields(
        name="Dilnoza Rashidova", birth_date="1990", passport_number="AC7654321"
    )
    assert not likely_same_people(user=operator, name=record.name, birth_date=record.birth_date)
    likely = likely_same_people(user=operator, name=record.name, evidence=record.evidence())
    assert [h.person_id for h in likely] == [holder.pk]
    assert "same document number" in likely[0].explanation


def test_a_merged_records_passport_counts_for_its_survivor(consul_moscow, operator):
    survivor = registered("Жапаров Садыр", birth_date="1968")
    merged = registered("Zhaparov Sadyr", birth_date="1968", passport_number="AN0011223")
    person_merge(actor=consul_moscow, survivor=survivor, absorbed=merged, reason="same man")
    record = record_from_fields(name="Japarov Sadyr", passport_number="AN0011223")
    likely = likely_same_people(user=operator, name=record.name, evidence=record.evidence())
    assert likely[0].person_id == survivor.pk
    assert "same document number" in likely[0].explanation


def test_the_api_answers_409_with_the_holder_first(client, operator, holder):
    client.force_login(operator)
    body = {"name": "Ахрор Бурханов", "passport_number": "FA1234567", "sex": "male"}
    response = client.post(reverse("api:person_create"), body, content_type="application/json")
    assert response.status_code == 409
    first = response.json()["likely"][0]
    assert first["person_id"] == holder.pk
    assert "same document number" in first["explanation"]


def test_the_api_refuses_a_nul_in_the_birthplace_naming_it(client, operator):
    client.force_login(operator)
    body = {"name": "Ахрор Бурханов", "birthplace": "Андижан\x00"}
    response = client.post(reverse("api:person_create"), body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "birthplace"
    assert not Person.objects.exists()


def test_a_passport_read_from_the_mrz_finds_its_holder(client, operator):
    holder = registered("Эрикссон Анна", birth_date="1974", passport_number="L898902C3")
    client.force_login(operator)
    filled = client.post(reverse("people:create"), {"mrz": ICAO_TD3, "read_mrz": "1"})
    form = {
        name: filled.context["form"][name].value() or ""
        for name in ("name", "birth_date", "sex", "nationality", "passport_number")
    }
    response = client.post(reverse("people:create"), form)
    assert response.status_code == 400
    assert response.context["likely"][0].person_id == holder.pk
    assert "same document number" in response.context["likely"][0].explanation


def test_the_warning_says_the_birthplace_agrees_in_another_script(operator):
    registered("Каримов Ахрор", birth_date="1987", birthplace="Андижанская область")
    record = record_from_fields(name="Karimov Axror", birth_date="1987", birthplace="Andijon")
    likely = likely_same_people(user=operator, name=record.name, evidence=record.evidence())
    assert "birthplace equal" in likely[0].explanation


def test_a_recorded_sex_that_differs_is_said_and_lowers_the_score(operator):
    registered("Sharipova Nilufar", birth_date="1995", sex="female")
    bare = likely_same_people(user=operator, name="Шарипова Нилуфар", birth_date=None)
    record = record_from_fields(name="Шарипова Нилуфар", sex="male")
    likely = likely_same_people(user=operator, name=record.name, evidence=record.evidence())
    assert likely[0].score < bare[0].score
    assert "sex differs" in likely[0].explanation


def test_the_person_page_lists_whoever_holds_the_same_passport(client, consul_moscow):
    person = registered("Жапаров Садыр", birth_date="1968", passport_number="AN0011223")
    other = registered("Japarova Saida", passport_number="AN0011223")
    client.force_login(consul_moscow)
    response = client.get(reverse("people:detail", args=[person.pk]))
    duplicates = response.context["duplicates"]
    assert duplicates[0].person_id == other.pk
    assert "same document number" in duplicates[0].explanation


def test_the_person_page_does_not_offer_a_namesake_with_another_iin(consul_moscow):
    person = registered("Сейткали Ерлан", birth_date="1985-03-14")
    namesake = registered("Seitkali Yerlan", birth_date="1985-03-14")
    profile = person_profile(user=consul_moscow, person_id=person.pk)
    assert [h.person_id for h in person_duplicates(user=consul_moscow, profile=profile)] == [
        namesake.pk
    ]
    for who, body in ((person, "85031430010"), (namesake, "85031430057")):
        document_add(
            actor=consul_moscow, person=who, kind="national_id", number=iin(body), country="KZ"
        )
    profile = person_profile(user=consul_moscow, person_id=person.pk)
    assert person_duplicates(user=consul_moscow, profile=profile) == []
