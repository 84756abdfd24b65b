"""The registry's writes through the API: same rules, same errors as the pages."""

from __future__ import annotations

import pytest
from django.urls import reverse

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import user_with_role
from homeward.people.models import Person, Registration
from homeward.people.records import record_from_fields
from homeward.people.services import person_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(hq):
    return user_with_role(Role.HOTLINE_OPERATOR, hq)


@pytest.fixture
def ahror(db):
    return person_create(
        actor=None, record=record_from_fields(name="Бурханов Ахрор", birth_date="1980-05")
    )


def post(client, name, body, *args):
    return client.post(reverse(name, args=args), body, content_type="application/json")


def test_creating_a_likely_duplicate_answers_409_with_the_candidates(client, operator, ahror):
    client.force_login(operator)
    response = post(client, "api:person_create", {"name": "Akhror Burkhanov", "birth_date": "1980"})
    assert response.status_code == 409
    body = response.json()
    assert body["errors"][0]["field"] == "name"
    assert body["likely"][0]["person_id"] == ahror.pk
    assert Person.objects.count() == 1
    confirmed = post(
        client,
        "api:person_create",
        {"name": "Akhror Burkhanov", "birth_date": "1980", "create_anyway": True},
    )
    assert confirmed.status_code == 201
    assert Person.objects.count() == 2


def test_a_new_person_with_every_field(client, operator):
    client.force_login(operator)
    response = post(
        client,
        "api:person_create",
        {
            "name": "Жээнбеков Асылбек Шарипович",
            "other_names": ["ZHEENBEKOV Asylbek"],
            "birth_date": "1971-03",
            "sex": "male",
            "nationality": "KG",
            "passport_number": "AC 1234567",
            "birthplace": "Osh",
        },
    )
    assert response.status_code == 201
    person = Person.objects.get(pk=response.json()["id"])
    assert person.birthplace == "Osh"
    assert person.documents.get().number == "AC1234567"
    assert person.names.count() == 2


@pytest.mark.parametrize(
    "body, field",
    [
        ({"name": ""}, "name"),
        ({"name": "Ali Valiyev", "birth_date": "1980-13"}, "birth_date"),
        ({"name": "Ali Valiyev", "nationality": "ZZ"}, "nationality"),
        ({"name": "Ali Valiyev", "sex": "x"}, "sex"),
    ],
)
def test_bad_fields_are_named(client, operator, body, field):
    client.force_login(operator)
    response = post(client, "api:person_create", body)
    assert response.status_code in (400, 422)
    assert response.json()["errors"][0]["field"] == field
    assert not Person.objects.exists()


def test_contacts_relatives_and_registrations(client, operator, ahror, moscow):
    client.force_login(operator)
    contact = post(
        client,
        "api:person_contact_add",
        {"kind": "phone", "value": "8 916 123 45 67", "region": "RU"},
        ahror.pk,
    )
    assert contact.status_code == 201
    assert ahror.contacts.get().value == "+79161234567"
    bad = post(client, "api:person_contact_add", {"kind": "phone", "value": "123"}, ahror.pk)
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["field"] == "value"
    relative = post(
        client,
        "api:person_relation_add",
        {"kind": "spouse", "relative_name": "Бурханова Малика", "next_of_kin": True},
        ahror.pk,
    )
    assert relative.status_code == 201
    stay = post(
        client,
        "api:person_registration_add",
        {"country": "RU", "city": "Moscow", "arrived_on": "2026-02-01", "consent": True},
        ahror.pk,
    )
    assert stay.status_code == 201
    assert stay.json()["post_id"] == moscow.pk
    no_consent = post(
        client, "api:person_registration_add", {"country": "RU", "city": "Moscow"}, ahror.pk
    )
    assert no_consent.status_code == 400
    assert no_consent.json()["errors"][0]["field"] == "consent"
    assert Registration.objects.count() == 1


def test_merge_and_undo_through_the_api(client, consul_moscow, ahror):
    twin = person_create(actor=None, record=record_from_fields(name="Burxonov Axror"))
    client.force_login(consul_moscow)
    merged = post(
        client, "api:person_merge", {"other_id": twin.pk, "reason": "same passport"}, ahror.pk
    )
    assert merged.status_code == 200
    again = post(client, "api:person_merge", {"other_id": twin.pk, "reason": "again"}, ahror.pk)
    assert again.status_code == 400
    undone = post(client, "api:person_unmerge", {"reason": "brothers"}, twin.pk)
    assert undone.status_code == 200
    twin.refresh_from_db()
    assert twin.merged_into is None


def test_unknown_person_is_404(client, operator):
    client.force_login(operator)
    response = post(
        client, "api:person_contact_add", {"kind": "phone", "value": "+79161234567"}, 999
    )
    assert response.status_code == 404
