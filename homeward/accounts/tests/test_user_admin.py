"""Administrators create accounts, grant and revoke roles, deactivate; users change passwords."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from homeward.accounts.models import RoleAssignment, User
from homeward.accounts.tests.factories import PASSWORD, UserFactory
from homeward.common.audit import audit_verify
from homeward.common.models import AuditEvent

pytestmark = pytest.mark.django_db


def sign_in(email: str, password: str) -> int:
    response = Client().post(reverse("accounts:login"), {"username": email, "password": password})
    return response.status_code


def test_new_colleague_from_account_to_first_sign_in(client, admin_user, moscow):
    client.force_login(admin_user)
    response = client.post(
        reverse("accounts:user_list"),
        {
            "email": "New.Officer@homeward.example",
            "full_name": "Laylo Usmonova",
            "password": "first-day-2026-pass",
        },
    )
    officer = User.objects.get(email="new.officer@homeward.example")
    assert response["Location"] == reverse("accounts:user_detail", args=[officer.pk])
    client.post(
        reverse("accounts:role_grant", args=[officer.pk]),
        {"post": moscow.pk, "role": "consular_officer"},
    )
    assert officer.role_assignments.get().post == moscow
    assert sign_in(officer.email, "first-day-2026-pass") == 302
    verbs = list(
        AuditEvent.objects.filter(target_id=str(officer.pk)).values_list("verb", flat=True)
    )
    assert {"user.create", "role.grant"} <= set(verbs)
    assert audit_verify().intact


def test_weak_password_is_refused_naming_the_field(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        reverse("accounts:user_list"),
        {"email": "x@homeward.example", "full_name": "X", "password": "12345"},
    )
    assert response.status_code == 400
    assert "too short" in response.content.decode()
    assert not User.objects.filter(email="x@homeward.example").exists()


def test_duplicate_email_is_refused(client, admin_user, consul_moscow):
    client.force_login(admin_user)
    response = client.post(
        reverse("accounts:user_list"),
        {"email": consul_moscow.email, "full_name": "Twin", "password": "another-long-pass-2026"},
    )
    assert response.status_code == 400
    assert "exists" in response.content.decode()


def test_revoked_role_takes_reach_away(client, admin_user, consul_moscow, moscow):
    assignment = consul_moscow.role_assignments.get()
    client.force_login(admin_user)
    client.post(reverse("accounts:role_revoke", args=[consul_moscow.pk, assignment.pk]))
    assert not RoleAssignment.objects.filter(pk=assignment.pk).exists()
    other = Client()
    other.force_login(consul_moscow)
    assert other.get(reverse("accounts:post_detail", args=[moscow.pk])).status_code == 404


def test_deactivated_account_cannot_sign_in(client, admin_user, consul_moscow):
    client.force_login(admin_user)
    client.post(
        reverse("accounts:user_set_active", args=[consul_moscow.pk]),
        {"active": "0", "reason": "left the service"},
    )
    assert sign_in(consul_moscow.email, PASSWORD) == 200
    event = AuditEvent.objects.get(verb="user.deactivate")
    assert event.reason == "left the service"


def test_administrator_cannot_deactivate_self(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        reverse("accounts:user_set_active", args=[admin_user.pk]), {"active": "0", "reason": "oops"}
    )
    assert response.status_code == 400
    admin_user.refresh_from_db()
    assert admin_user.is_active


def test_user_changes_own_password(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        reverse("accounts:password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "my-own-secret-2026",
            "new_password2": "my-own-secret-2026",
        },
    )
    assert response.status_code == 302
    assert client.get(reverse("accounts:account")).status_code == 200
    assert sign_in(user.email, "my-own-secret-2026") == 302
    assert AuditEvent.objects.filter(verb="user.password", actor_id=user.pk).exists()


def test_wrong_old_password_changes_nothing(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        reverse("accounts:password_change"),
        {
            "old_password": "nope",
            "new_password1": "my-own-secret-2026",
            "new_password2": "my-own-secret-2026",
        },
    )
    assert response.status_code == 400
    assert sign_in(user.email, PASSWORD) == 302
