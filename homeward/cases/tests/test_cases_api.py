"""The casework API: idempotent intakes, named errors, the same rules as the pages."""

from __future__ import annotations

import pytest
from django.urls import reverse

from homeward.accounts.models import PostJurisdiction
from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import user_with_role
from homeward.cases.models import Case, Intake
from homeward.cases.tests.factories import AgencyFactory

pytestmark = pytest.mark.django_db

BODY = {
    "channel": "phone",
    "case_type": "host_register",
    "country": "RU",
    "city": "Moscow",
    "nationality": "KG",
    "account": "His bank card was blocked; he found his name on the register.",
    "details": {"discovery": "bank_account", "bank": "Sberbank"},
}


@pytest.fixture
def operator(hq):
    return user_with_role(Role.HOTLINE_OPERATOR, hq)


def post(client, url, body, **headers):
    return client.post(url, body, content_type="application/json", headers=headers)


def test_the_same_key_and_body_give_the_same_case_another_body_409(client, operator, moscow):
    client.force_login(operator)
    url = reverse("api:intake_create")
    first = post(client, url, BODY, **{"Idempotency-Key": "call-0001"})
    assert first.status_code == 201
    assert first.json()["secret"]
    again = post(client, url, BODY, **{"Idempotency-Key": "call-0001"})
    assert again.status_code == 200
    assert again.json()["code"] == first.json()["code"] and again.json()["secret"] is None
    changed = post(client, url, {**BODY, "city": "Kazan"}, **{"Idempotency-Key": "call-0001"})
    assert changed.status_code == 409
    assert changed.json()["errors"][0]["field"] == "Idempotency-Key"
    assert post(client, url, BODY).status_code == 201
    assert Intake.objects.count() == 2


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"account": "a\x00b"}, "account"),
        ({"account": "x" * 10001}, "account"),
        ({"country": "ZZ"}, "country"),
        ({"case_type": "unicorn"}, "case_type"),
        ({"subject_id": 999999}, "subject_id"),
        ({"details": {"discovery": "telepathy"}}, "details.discovery"),
        ({"details": {"colour": "red"}}, "details.colour"),
        ({"new_subject": {"name": "Ali Valiyev", "birth_date": "2999-01-01"}}, "birth_date"),
        ({"caller_phone": "12"}, "caller_phone"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(client, operator, moscow, changes, field):
    client.force_login(operator)
    response = post(client, reverse("api:intake_create"), {**BODY, **changes})
    assert response.status_code in (400, 422), response.content
    fields = [e["field"] or "" for e in response.json()["errors"]]
    assert any(f.endswith(field) for f in fields), fields
    assert not Case.objects.exists()


def test_a_caller_calling_back_with_the_code(client, operator, moscow):
    client.force_login(operator)
    code = post(client, reverse("api:intake_create"), BODY).json()["code"]
    status = client.get(reverse("api:intake_status", args=[code.lower().replace("-", "")]))
    assert status.json() == {"code": code, "status": "new", "post": "Embassy in Moscow"}


def test_the_consul_works_the_case_through_the_api(client, operator, consul_moscow, moscow):
    client.force_login(operator)
    case_id = post(client, reverse("api:intake_create"), BODY).json()["case_id"]
    client.force_login(consul_moscow)
    listed = client.get(reverse("api:case_list"), {"case_type": "host_register"}).json()
    assert [c["id"] for c in listed["results"]] == [case_id]
    moved = post(client, reverse("api:case_transition", args=[case_id]), {"to": "triaged"})
    assert moved.json()["status"] == "triaged"
    closed = post(client, reverse("api:case_transition", args=[case_id]), {"to": "closed"})
    assert closed.status_code == 400 and closed.json()["errors"][0]["field"] == "reason"
    agency = AgencyFactory()
    task = post(
        client,
        reverse("api:task_create", args=[case_id]),
        {"agency_id": agency.pk, "title": "Ask the bank", "due_at": "2000-01-01T00:00:00Z"},
    )
    assert task.status_code == 400 and task.json()["errors"][0]["field"] == "due_at"
    detail = client.get(reverse("api:case_detail", args=[case_id])).json()
    assert detail["details"] == {"discovery": "bank_account", "bank": "Sberbank"}
    assert [e["kind"] for e in detail["timeline"]] == ["intake", "status"]


def test_where_a_call_goes_follows_a_jurisdiction_change_on_the_next_call(client, operator, kyiv):
    """Routing is kept between requests with the operator's access; a post given or losing
    a country changes it at once."""
    client.force_login(operator)
    url = reverse("api:intake_create")
    moldova = {**BODY, "country": "MD", "city": "Chisinau"}
    assert post(client, url, moldova).json()["post_id"] == operator.assignments()[0].post_id
    PostJurisdiction.objects.create(post=kyiv, country="MD")
    assert post(client, url, moldova).json()["post_id"] == kyiv.pk
    kyiv.is_active = False
    kyiv.save(update_fields=["is_active"])
    assert post(client, url, moldova).json()["post_id"] != kyiv.pk
