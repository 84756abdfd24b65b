"""Two records of one person become one, keep everything, and can be pulled apart again."""

from __future__ import annotations

import pytest
from django.urls import reverse

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import user_with_role
from homeward.common.audit import audit_verify
from homeward.common.errors import DomainError, NotAllowed
from homeward.common.models import AuditEvent
from homeward.people.models import Person
from homeward.people.records import record_from_fields, stay_from_fields
from homeward.people.selectors import person_profile
from homeward.people.services import (
    contact_add,
    person_create,
    person_merge,
    person_unmerge,
    registration_create,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def consul(consul_moscow):
    return consul_moscow


@pytest.fixture
def operator(hq):
    return user_with_role(Role.HOTLINE_OPERATOR, hq)


@pytest.fixture
def pair(consul):
    kept = person_create(
        actor=None,
        record=record_from_fields(
            name="Бурханов Ахрор", birth_date="1980-05-14", passport_number="FA1234567"
        ),
    )
    other = person_create(
        actor=None, record=record_from_fields(name="Burxonov Axror", birth_date="1980")
    )
    contact_add(actor=consul, person=other, kind="phone", value="+79161234567")
    registration_create(
        actor=consul, person=other, stay=stay_from_fields(country="RU", city="Kazan", consent=True)
    )
    return kept, other


def test_a_merge_keeps_every_name_document_contact_and_registration(client, consul, pair):
    kept, other = pair
    person_merge(actor=consul, survivor=kept, absorbed=other, reason="same passport photo")
    client.force_login(consul)
    page = client.get(reverse("people:detail", args=[kept.pk])).content.decode()
    for text in ["Бурханов Ахрор", "Burxonov Axror", "FA1234567", "+79161234567", "Kazan"]:
        assert text in page
    other.refresh_from_db()
    assert other.merged_into == kept
    event = AuditEvent.objects.get(verb="person.merge")
    assert event.reason == "same passport photo"
    assert event.changes == {"absorbed": other.pk, "survivor": kept.pk}


def test_the_merged_record_points_to_its_person_and_the_merge_is_undone(client, consul, pair):
    kept, other = pair
    person_merge(actor=consul, survivor=kept, absorbed=other, reason="same person")
    client.force_login(consul)
    page = client.get(reverse("people:detail", args=[other.pk])).content.decode()
    assert 'data-testid="merged-notice"' in page
    response = client.post(
        reverse("people:unmerge", args=[other.pk]), {"reason": "brothers, not one man"}
    )
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.merged_into is None
    page = client.get(reverse("people:detail", args=[kept.pk])).content.decode()
    assert "+79161234567" not in page
    assert AuditEvent.objects.filter(verb="person.unmerge").count() == 1
    assert audit_verify().first_break is None


def test_a_merge_needs_a_reason_and_two_active_records(consul, pair):
    kept, other = pair
    with pytest.raises(DomainError):
        person_merge(actor=consul, survivor=kept, absorbed=other, reason=" ")
    with pytest.raises(DomainError):
        person_merge(actor=consul, survivor=kept, absorbed=kept, reason="x")
    person_merge(actor=consul, survivor=kept, absorbed=other, reason="x")
    third = person_create(actor=None, record=record_from_fields(name="Ахрор Бурханов"))
    with pytest.raises(DomainError):
        person_merge(actor=consul, survivor=other, absorbed=third, reason="x")
    with pytest.raises(DomainError):
        person_unmerge(actor=consul, person=kept, reason="not merged")


def test_merges_chain_and_undo_one_step(consul, pair):
    kept, other = pair
    third = person_create(actor=None, record=record_from_fields(name="Akhror Burkhanov"))
    person_merge(actor=consul, survivor=other, absorbed=third, reason="same")
    person_merge(actor=consul, survivor=kept, absorbed=other, reason="same")
    profile = person_profile(user=consul, person_id=kept.pk)
    assert {p.pk for p in profile.merged_from} == {other.pk, third.pk}
    person_unmerge(actor=consul, person=other, reason="wrong")
    assert person_profile(user=consul, person_id=kept.pk).merged_from == []
    assert [p.pk for p in person_profile(user=consul, person_id=other.pk).merged_from] == [third.pk]


def test_an_operator_cannot_merge(client, operator, pair):
    kept, other = pair
    with pytest.raises(NotAllowed):
        person_merge(actor=operator, survivor=kept, absorbed=other, reason="x")
    client.force_login(operator)
    url = reverse("people:merge", args=[kept.pk, other.pk])
    assert client.post(url, {"reason": "x"}).status_code == 403
    assert Person.objects.filter(merged_into__isnull=False).count() == 0


def test_the_merge_page_shows_both_records_then_merges(client, consul, pair):
    kept, other = pair
    client.force_login(consul)
    url = reverse("people:merge", args=[kept.pk, other.pk])
    page = client.get(url).content.decode()
    assert "Бурханов Ахрор" in page and "Burxonov Axror" in page
    assert client.post(url, {"reason": ""}).status_code == 400
    assert client.post(url, {"reason": "same passport"}).status_code == 302
    other.refresh_from_db()
    assert other.merged_into_id == kept.pk


def test_the_person_page_offers_likely_duplicates_to_merge(client, consul, pair):
    kept, other = pair
    client.force_login(consul)
    page = client.get(reverse("people:detail", args=[kept.pk])).content.decode()
    assert 'data-testid="duplicates"' in page
    assert reverse("people:merge", args=[kept.pk, other.pk]) in page


def test_creating_a_person_already_registered_warns_and_links_them(client, operator, pair):
    kept, _ = pair
    client.force_login(operator)
    form = {"name": "Akhror Burkhanov", "birth_date": "1980-05", "sex": "male"}
    response = client.post(reverse("people:create"), form)
    assert response.status_code == 400
    page = response.content.decode()
    assert 'data-testid="duplicate-warning"' in page
    assert reverse("people:detail", args=[kept.pk]) in page
    assert Person.objects.count() == 2
    response = client.post(reverse("people:create"), {**form, "create_anyway": "on"})
    assert response.status_code == 302
    assert Person.objects.count() == 3


def test_creating_a_new_person_needs_no_confirmation(client, operator, pair):
    client.force_login(operator)
    response = client.post(
        reverse("people:create"),
        {
            "name": "Жапаров Садыр",
            "other_names": "Zhaparov Sadyr\nJaparov Sadyr",
            "nationality": "KG",
        },
    )
    assert response.status_code == 302
    created = Person.objects.get(display_name="Жапаров Садыр")
    assert set(created.names.values_list("text", flat=True)) == {
        "Жапаров Садыр",
        "Zhaparov Sadyr",
        "Japarov Sadyr",
    }
    assert created.nationalities == ["KG"]


@pytest.mark.parametrize("name", ["", "😀😀", "\x00", "x" * 201])
def test_a_bad_name_is_a_form_error(client, operator, name):
    client.force_login(operator)
    response = client.post(reverse("people:create"), {"name": name})
    assert response.status_code == 400
    assert Person.objects.count() == 0
