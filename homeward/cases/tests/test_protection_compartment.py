"""Asylum history, victim status and risk on return: the protection role only, every read
audited, and no trace of it — not even a field name — anywhere else."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import user_with_role
from homeward.cases.services import protection_record_save
from homeward.cases.tests.factories import CaseFactory
from homeward.common.errors import NotAllowed
from homeward.common.models import AuditEvent
from homeward.people.records import record_from_fields
from homeward.people.services import person_create

pytestmark = pytest.mark.django_db

SECRET_TEXT = "Applied for protection abroad, file QX-7731"
TRACES = [
    "asylum",
    "risk_on_return",
    "victim_status",
    "protection_record",
    "QX-7731",
    "security services",
]


@pytest.fixture
def person(moscow):
    return person_create(actor=None, record=record_from_fields(name="Рахимов Олим"))


@pytest.fixture
def protection(moscow):
    return user_with_role(Role.PROTECTION_OFFICER, moscow)


@pytest.fixture
def recorded(protection, person, moscow):
    protection_record_save(
        actor=protection,
        person=person,
        asylum_history=SECRET_TEXT,
        victim_status="recognised",
        risk_on_return="Questioned on return by security services",
    )
    return CaseFactory(post=moscow, subject=person)


def test_the_protection_officer_reads_it_and_the_read_is_audited(
    client, protection, person, recorded
):
    client.force_login(protection)
    before = AuditEvent.objects.filter(verb="protection.read").count()
    page = client.get(reverse("cases:protection", args=[person.pk])).content.decode()
    assert SECRET_TEXT in page
    assert AuditEvent.objects.filter(verb="protection.read").count() == before + 1
    write = AuditEvent.objects.get(verb="protection.write")
    assert SECRET_TEXT not in json.dumps(write.changes)


@pytest.mark.parametrize("role", [r for r in Role if r != Role.PROTECTION_OFFICER])
def test_no_other_role_sees_a_trace_of_it(client, moscow, hq, person, recorded, role):
    user = user_with_role(role, moscow if role != Role.HOTLINE_OPERATOR else hq)
    client.force_login(user)
    case = recorded
    responses = [
        client.get(reverse("cases:protection", args=[person.pk])),
        client.get(reverse("people:detail", args=[person.pk])),
        client.get(reverse("people:search"), {"q": "Рахимов"}),
        client.get(reverse("cases:detail", args=[case.pk])),
        client.get(reverse("cases:list")),
        client.get(reverse("home")),
        client.get("/api/v1/openapi.json"),
        client.get(f"/api/v1/people/{person.pk}"),
        client.get(f"/api/v1/cases/{case.pk}"),
        client.get("/api/v1/cases"),
    ]
    assert responses[0].status_code == 403
    for response in responses:
        body = response.content.decode()
        for trace in TRACES:
            assert trace.lower() not in body.lower(), (response.request["PATH_INFO"], trace)


def test_only_the_protection_role_writes_it(consul_moscow, person):
    with pytest.raises(NotAllowed):
        protection_record_save(actor=consul_moscow, person=person, asylum_history="x")
