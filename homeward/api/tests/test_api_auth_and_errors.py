"""The API: bearer tokens and sessions, JSON errors that name the field, 401 for strangers."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import OperationalError
from django.test import Client
from django.urls import reverse

from homeward.accounts import services
from homeward.accounts.models import ApiToken
from homeward.accounts.tests.factories import PASSWORD
from homeward.common.models import AuditEvent

pytestmark = pytest.mark.django_db


def bearer(token: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def test_token_from_password_then_used(client, consul_moscow):
    response = client.post(
        reverse("api:token_obtain"),
        {"email": consul_moscow.email.upper(), "password": PASSWORD, "name": "manifest script"},
        content_type="application/json",
    )
    assert response.status_code == 201
    token = response.json()["token"]
    me = Client().get(reverse("api:me"), **bearer(token))
    assert me.status_code == 200
    assert me.json()["email"] == consul_moscow.email
    assert me.json()["roles"][0]["role"] == "consular_officer"


def test_token_is_stored_only_as_a_digest(consul_moscow):
    token, plain = services.api_token_issue(actor=consul_moscow, name="x")
    assert plain not in (token.digest, token.prefix)
    assert token.digest == services.token_digest(plain)


def test_revoked_token_is_refused(consul_moscow):
    token, plain = services.api_token_issue(actor=consul_moscow, name="x")
    client = Client()
    assert (
        client.delete(reverse("api:token_revoke", args=[token.pk]), **bearer(plain)).status_code
        == 204
    )
    assert client.get(reverse("api:me"), **bearer(plain)).status_code == 401
    assert AuditEvent.objects.filter(verb="api_token.revoke", target_id=str(token.pk)).exists()


def test_another_users_token_cannot_be_revoked(consul_moscow, admin_user):
    token, _ = services.api_token_issue(actor=consul_moscow, name="x")
    _, admin_plain = services.api_token_issue(actor=admin_user, name="y")
    response = Client().delete(reverse("api:token_revoke", args=[token.pk]), **bearer(admin_plain))
    assert response.status_code == 404


def test_inactive_users_token_is_refused(consul_moscow):
    _, plain = services.api_token_issue(actor=consul_moscow, name="x")
    consul_moscow.is_active = False
    consul_moscow.save(update_fields=["is_active"])
    assert Client().get(reverse("api:me"), **bearer(plain)).status_code == 401


def test_a_tokens_last_use_is_noted_at_most_every_five_minutes(consul_moscow):
    token, plain = services.api_token_issue(actor=consul_moscow, name="x")
    client = Client()
    assert client.get(reverse("api:me"), **bearer(plain)).status_code == 200
    token.refresh_from_db()
    first = token.last_used_at
    assert first is not None and first.tzinfo is not None
    assert client.get(reverse("api:me"), **bearer(plain)).status_code == 200
    token.refresh_from_db()
    assert token.last_used_at == first
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=first - timedelta(minutes=6))
    assert client.get(reverse("api:me"), **bearer(plain)).status_code == 200
    token.refresh_from_db()
    assert token.last_used_at > first


def test_garbage_token_answers_401_json():
    response = Client().get(reverse("api:me"), **bearer("hw_not-a-token"))
    assert response.status_code == 401
    assert response.json()["errors"][0]["message"].startswith("Authentication required")


def test_session_auth_needs_csrf_for_writes(consul_moscow):
    token, _ = services.api_token_issue(actor=consul_moscow, name="x")
    client = Client(enforce_csrf_checks=True)
    client.force_login(consul_moscow)
    assert client.get(reverse("api:me")).status_code == 200
    response = client.delete(reverse("api:token_revoke", args=[token.pk]))
    assert response.status_code in (401, 403)
    token.refresh_from_db()
    assert token.revoked_at is None


def test_validation_errors_name_each_field(client):
    response = client.post(
        reverse("api:token_obtain"), {"email": "a@b.c", "name": ""}, content_type="application/json"
    )
    assert response.status_code == 422
    fields = {e["field"] for e in response.json()["errors"]}
    assert fields == {"password", "name"}


def test_malformed_json_is_a_json_error(client):
    response = client.post(
        reverse("api:token_obtain"), "{not json", content_type="application/json"
    )
    assert response.status_code in (400, 422)
    assert "errors" in response.json()


def test_wrong_path_parameter_type_names_the_field(client, consul_moscow):
    client.force_login(consul_moscow)
    response = client.get("/api/v1/posts/abc")
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "post_id"


def test_unknown_api_path_is_json_404(client, consul_moscow):
    client.force_login(consul_moscow)
    response = client.get("/api/v1/no-such-thing")
    assert response.status_code == 404
    assert response.json()["errors"][0]["message"] == "Not found"


def test_audit_api_is_for_auditors(client, auditor, consul_moscow):
    client.force_login(consul_moscow)
    denied = client.get(reverse("api:audit_event_list"))
    assert denied.status_code == 403
    client.force_login(auditor)
    events = client.get(reverse("api:audit_event_list"), {"verb": "auth."}).json()
    assert events["count"] >= 1
    assert all(item["verb"].startswith("auth.") for item in events["items"])


def test_openapi_schema_lists_the_api(client, consul_moscow):
    assert client.get(reverse("api:openapi-json")).status_code == 401
    client.force_login(consul_moscow)
    schema = client.get(reverse("api:openapi-json")).json()
    assert "/api/v1/me" in schema["paths"]
    assert "/api/v1/auth/token" in schema["paths"]
    assert client.get(reverse("api:openapi-view")).status_code == 200


def test_healthz_reports_database(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_reports_unreachable_database(client, monkeypatch):
    from django.db.utils import OperationalError

    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("homeward.common.views.connection.cursor", broken_cursor)
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


def test_request_id_is_echoed_and_audited(client, consul_moscow):
    client.force_login(consul_moscow)
    response = client.post(
        reverse("accounts:api_token_create"), {"name": "cli"}, HTTP_X_REQUEST_ID="req-42"
    )
    assert response["X-Request-ID"] == "req-42"
    event = AuditEvent.objects.get(verb="api_token.issue")
    assert event.request_id == "req-42"
    assert event.ip == "127.0.0.1"


def test_unexpected_failure_is_json_500(client, consul_moscow, monkeypatch):
    def explode(**kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("homeward.accounts.api.selectors.post_list", explode)
    client.force_login(consul_moscow)
    response = client.get(reverse("api:post_list"))
    assert response.status_code == 500
    assert response.json()["errors"][0]["message"].startswith("Internal error")


def test_database_outage_is_503_with_retry_after(client, consul_moscow, monkeypatch):
    def unreachable(**kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("homeward.accounts.api.selectors.post_list", unreachable)
    client.force_login(consul_moscow)
    response = client.get(reverse("api:post_list"))
    assert response.status_code == 503
    assert response["Retry-After"] == "2"
    assert "Idempotency-Key" in response.json()["errors"][0]["message"]
