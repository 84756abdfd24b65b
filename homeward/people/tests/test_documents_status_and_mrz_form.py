"""Documents added by hand (national numbers checked), a person's status, and the MRZ paste."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import user_with_role
from homeward.common.errors import DomainError, NotAllowed
from homeward.common.models import AuditEvent
from homeward.people.models import Document, Person
from homeward.people.records import record_from_fields
from homeward.people.services import document_add, person_create, person_set_status
from homeward.people.tests.test_national_ids import iin
from homeward.people.tests.test_passport_mrz import ICAO_TD3

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(hq):
    return user_with_role(Role.HOTLINE_OPERATOR, hq)


@pytest.fixture
def yerlan(db):
    return person_create(
        actor=None, record=record_from_fields(name="Сейтказиев Ерлан", birth_date="1986-03-14")
    )


def test_a_kazakh_iin_is_checked_and_agrees_with_the_birth_date(operator, yerlan):
    good = iin("86031430012")
    document = document_add(
        actor=operator, person=yerlan, kind="national_id", number=good, country="KZ"
    )
    assert document.number == good
    with pytest.raises(DomainError, match="check digit"):
        document_add(
            actor=operator,
            person=yerlan,
            kind="national_id",
            number=good[:-1] + str((int(good[-1]) + 1) % 10),
            country="KZ",
        )
    other_day = iin("86031530012")
    with pytest.raises(DomainError, match="1986-03-15"):
        document_add(
            actor=operator, person=yerlan, kind="national_id", number=other_day, country="KZ"
        )
    assert yerlan.documents.count() == 1


def test_a_permit_with_its_validity(operator, yerlan):
    permit = document_add(
        actor=operator,
        person=yerlan,
        kind="work_permit",
        number="77 12-345678",
        country="RU",
        issued_on=date(2026, 1, 10),
        expires_on=date(2027, 1, 9),
    )
    assert permit.number == "7712345678"
    with pytest.raises(DomainError) as error:
        document_add(
            actor=operator,
            person=yerlan,
            kind="residence_permit",
            number="RP123456",
            issued_on=date(2026, 1, 10),
            expires_on=date(2025, 1, 9),
        )
    assert error.value.field == "expires_on"
    assert AuditEvent.objects.filter(verb="document.add").count() == 1


def test_a_national_number_needs_its_country(operator, yerlan):
    with pytest.raises(DomainError) as error:
        document_add(actor=operator, person=yerlan, kind="national_id", number="12345678")
    assert error.value.field == "country"


def test_status_changes_are_reasoned_and_audited(client, operator, yerlan):
    person_set_status(actor=operator, person=yerlan, status="missing", reason="no contact")
    yerlan.refresh_from_db()
    assert yerlan.status == "missing"
    event = AuditEvent.objects.get(verb="person.status")
    assert event.changes == {"status": ["alive", "missing"]} and event.reason == "no contact"
    with pytest.raises(DomainError):
        person_set_status(actor=operator, person=yerlan, status="deceased", reason=" ")
    client.force_login(operator)
    response = client.post(
        reverse("people:status", args=[yerlan.pk]), {"status": "alive", "reason": "called"}
    )
    assert response.status_code == 302
    page = client.get(reverse("people:detail", args=[yerlan.pk])).content.decode()
    assert 'data-testid="person-status">alive<' in page
    title = page[page.index("<title>") : page.index("</title>")]
    assert "<form" not in title and "Сейтказиев Ерлан" in title


def test_reading_roles_cannot_change_status(hq, yerlan):
    protection = user_with_role(Role.PROTECTION_OFFICER, hq)
    with pytest.raises(NotAllowed):
        person_set_status(actor=protection, person=yerlan, status="missing", reason="x")


def test_pasting_a_passport_mrz_fills_the_new_person_form(client, operator):
    client.force_login(operator)
    response = client.post(reverse("people:create"), {"mrz": ICAO_TD3, "read_mrz": "1"})
    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="ERIKSSON ANNA MARIA"' in page
    assert 'value="L898902C3"' in page
    assert 'value="1974-08-12"' in page
    assert not Person.objects.exists()


def test_a_wrong_check_digit_is_named_on_the_form(client, operator):
    client.force_login(operator)
    broken = ICAO_TD3.replace("7408122F", "7408125F")
    page = client.post(reverse("people:create"), {"mrz": broken, "read_mrz": "1"}).content.decode()
    assert 'data-testid="mrz-errors"' in page
    assert "birth_date" in page


def test_garbage_in_the_mrz_box_is_explained(client, operator):
    client.force_login(operator)
    page = client.post(reverse("people:create"), {"mrz": "hello", "read_mrz": "1"}).content.decode()
    assert 'data-testid="mrz-errors"' in page


def test_documents_through_the_page_and_the_api(client, operator, yerlan):
    client.force_login(operator)
    bad = client.post(
        reverse("people:document_add", args=[yerlan.pk]), {"kind": "passport", "number": "x"}
    )
    assert bad.status_code == 400
    response = client.post(
        reverse("api:person_document_add", args=[yerlan.pk]),
        {"kind": "passport", "number": "N1234567", "country": "KZ"},
        content_type="application/json",
    )
    assert response.status_code == 201
    assert Document.objects.get().number == "N1234567"
