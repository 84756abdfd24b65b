"""How a person is reached, who their family is, and where they stay abroad."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import OrganisationFactory, PostFactory, user_with_role
from homeward.common.errors import DomainError, NotAllowed
from homeward.common.models import AuditEvent
from homeward.people.models import Contact, Registration, Relation
from homeward.people.records import record_from_fields, stay_from_fields
from homeward.people.services import contact_add, person_create, registration_create, relation_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def person(db):
    return person_create(actor=None, record=record_from_fields(name="Каримов Алишер"))


@pytest.fixture
def operator(hq):
    return user_with_role(Role.HOTLINE_OPERATOR, hq)


@pytest.mark.parametrize(
    "written, region",
    [
        ("+7 916 123-45-67", ""),
        ("8 (916) 123 45 67", "RU"),
        ("79161234567", "RU"),
        ("+7(916)1234567", "UZ"),
    ],
)
def test_a_phone_is_kept_in_one_form_however_it_was_written(person, operator, written, region):
    contact = contact_add(actor=operator, person=person, kind="phone", value=written, region=region)
    assert contact.value == "+79161234567"


def test_writing_the_same_phone_again_adds_nothing(person, operator):
    contact_add(actor=operator, person=person, kind="phone", value="+998 90 123 45 67")
    contact_add(actor=operator, person=person, kind="phone", value="+998901234567")
    assert person.contacts.count() == 1


@pytest.mark.parametrize("written", ["12", "+998 12", "call me", "+1 555 0100 0000 0000 000"])
def test_a_number_that_cannot_exist_is_refused_naming_the_field(person, operator, written):
    with pytest.raises(DomainError) as error:
        contact_add(actor=operator, person=person, kind="phone", value=written)
    assert error.value.field == "value"
    assert not Contact.objects.exists()


def test_messenger_handles_and_emails(person, operator):
    handle = contact_add(
        actor=operator, person=person, kind="messenger", value="@alisher_k", messenger="telegram"
    )
    assert handle.value == "@alisher_k"
    assert contact_add(
        actor=operator, person=person, kind="email", value="A@Example.ORG"
    ).value == ("a@example.org")
    with pytest.raises(DomainError):
        contact_add(actor=operator, person=person, kind="email", value="not-an-address")


def test_roles_that_only_read_cannot_add_contacts(person, hq):
    protection = user_with_role(Role.PROTECTION_OFFICER, hq)
    with pytest.raises(NotAllowed):
        contact_add(actor=protection, person=person, kind="phone", value="+998901234567")


def test_there_is_one_next_of_kin(person, operator):
    relation_add(
        actor=operator,
        person=person,
        kind="spouse",
        relative_name="Каримова Нилуфар",
        next_of_kin=True,
    )
    brother = person_create(actor=None, record=record_from_fields(name="Каримов Бахтиёр"))
    relation_add(actor=operator, person=person, kind="sibling", relative=brother, next_of_kin=True)
    kin = person.relations.get(next_of_kin=True)
    assert kin.relative == brother
    assert person.relations.count() == 2


def test_a_relative_needs_a_name_and_is_not_oneself(person, operator):
    with pytest.raises(DomainError) as error:
        relation_add(actor=operator, person=person, kind="parent", relative_name="  ")
    assert error.value.field == "relative_name"
    with pytest.raises(DomainError):
        relation_add(actor=operator, person=person, kind="parent", relative=person)
    assert not Relation.objects.exists()


def test_a_registration_goes_to_the_post_covering_the_place(person, operator, moscow, ministry):
    consulate_org = OrganisationFactory(
        name="Consulate St Petersburg", parent=ministry, kind="diplomatic"
    )
    consulate = PostFactory(
        name="Consulate St Petersburg", organisation=consulate_org, areas=["RU-SPE"]
    )
    in_moscow = registration_create(
        actor=operator,
        person=person,
        stay=stay_from_fields(country="RU", city="Moscow", consent=True),
    )
    in_spb = registration_create(
        actor=operator,
        person=person,
        stay=stay_from_fields(country="RU", region="RU-SPE", city="St Petersburg", consent=True),
    )
    nowhere = registration_create(
        actor=operator,
        person=person,
        stay=stay_from_fields(country="KR", city="Seoul", consent=True),
    )
    assert in_moscow.post == moscow
    assert in_spb.post_id == consulate.pk
    assert nowhere.post is None
    assert in_moscow.consent_at is not None
    assert AuditEvent.objects.filter(verb="registration.create").count() == 3


def test_a_registration_number_drawn_twice_is_drawn_again(person, operator, monkeypatch):
    stay = stay_from_fields(country="RU", city="Moscow", consent=True)
    first = registration_create(actor=operator, person=person, stay=stay)
    draws = iter([first.reference, "R-AAAA-BBBB-C"])
    monkeypatch.setattr("homeward.people.services.code_new", lambda prefix: next(draws))
    second = registration_create(actor=operator, person=person, stay=stay)
    assert second.reference == "R-AAAA-BBBB-C"
    assert Registration.objects.count() == 2


def test_partner_posts_do_not_take_registrations(person, operator, ngo_post):
    registration = registration_create(
        actor=operator,
        person=person,
        stay=stay_from_fields(country="RU", city="Moscow", consent=True),
    )
    assert registration.post is None


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"country": "XX", "city": "Moscow", "consent": True}, "country"),
        ({"country": "RU", "city": "", "consent": True}, "city"),
        ({"country": "RU", "city": "Moscow", "consent": False}, "consent"),
        ({"country": "RU", "region": "KZ-ALA", "city": "Moscow", "consent": True}, "region"),
        (
            {
                "country": "RU",
                "city": "Moscow",
                "consent": True,
                "arrived_on": date(2026, 5, 1),
                "stay_until": date(2026, 4, 1),
            },
            "stay_until",
        ),
    ],
)
def test_a_bad_stay_is_refused_naming_the_field(fields, field):
    with pytest.raises(DomainError) as error:
        stay_from_fields(**fields)
    assert error.value.field == field


def test_an_operator_registers_a_stay_from_the_person_page(client, operator, person, moscow):
    client.force_login(operator)
    url = reverse("people:registration_add", args=[person.pk])
    refused = client.post(url, {"country": "RU", "city": "Moscow"})
    assert refused.status_code == 400
    assert not Registration.objects.exists()
    response = client.post(
        url,
        {
            "country": "RU",
            "city": "Moscow",
            "employer": "Stroy LLC",
            "arrived_on": "2026-03-01",
            "consent": "on",
        },
    )
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.channel == Registration.Channel.OPERATOR
    page = client.get(reverse("people:detail", args=[person.pk])).content.decode()
    assert registration.reference in page
    assert "Embassy in Moscow" in page


def test_contacts_and_relatives_from_the_person_page(client, operator, person):
    client.force_login(operator)
    bad = client.post(
        reverse("people:contact_add", args=[person.pk]), {"kind": "phone", "value": "12"}
    )
    assert bad.status_code == 400
    assert "does not exist" in bad.content.decode() or "not a phone" in bad.content.decode()
    client.post(
        reverse("people:contact_add", args=[person.pk]),
        {"kind": "phone", "value": "+998 90 123 45 67"},
    )
    client.post(
        reverse("people:relation_add", args=[person.pk]),
        {"kind": "parent", "relative_name": "Каримова Дилбар", "next_of_kin": "on"},
    )
    page = client.get(reverse("people:detail", args=[person.pk])).content.decode()
    assert "+998901234567" in page
    assert "Каримова Дилбар" in page


def test_the_registration_number_a_caller_reads_out_finds_them(client, operator, person):
    registration = registration_create(
        actor=operator,
        person=person,
        stay=stay_from_fields(country="RU", city="Omsk", consent=True),
    )
    client.force_login(operator)
    spoken = registration.reference.lower().replace("-", " ")
    page = client.get(reverse("people:search"), {"q": spoken}).content.decode()
    assert reverse("people:detail", args=[person.pk]) in page
    assert registration.reference in page
    last = registration.reference[-1]
    wrong = registration.reference[:-1] + ("A" if last != "A" else "C")
    page = client.get(reverse("people:search"), {"q": wrong}).content.decode()
    assert reverse("people:detail", args=[person.pk]) not in page


def test_a_passport_number_finds_its_person_however_it_is_spaced(client, operator):
    holder = person_create(
        actor=None,
        record=record_from_fields(name="Юлдашев Бекзод", passport_number="FA1234567"),
    )
    client.force_login(operator)
    body = client.get(reverse("api:people_search"), {"q": "fa 123 4567"}).json()
    assert body["results"][0]["person_id"] == holder.pk
    assert body["results"][0]["score"] == 1.0
