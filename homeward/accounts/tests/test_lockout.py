"""Five wrong passwords lock an account, with a clear message; time or an administrator unlocks."""

from __future__ import annotations

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.urls import reverse
from django.utils import timezone

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import PASSWORD, user_with_role
from homeward.common.models import AuditEvent

pytestmark = pytest.mark.django_db

LOGIN = reverse("accounts:login")


def sign_in(client, email, password):
    return client.post(LOGIN, {"username": email, "password": password})


@pytest.fixture
def officer(moscow):
    return user_with_role(Role.CONSULAR_OFFICER, moscow, email="officer@homeward.example")


def lock(client, user):
    for _ in range(5):
        response = sign_in(client, user.email, "wrong password")
    return response


def test_wrong_password_says_so_without_locking(client, officer):
    response = sign_in(client, officer.email, "wrong password")
    assert response.status_code == 200
    assert "The e-mail address or the password is wrong." in response.content.decode()
    assert sign_in(client, officer.email, PASSWORD).status_code == 302


def test_five_failures_lock_with_a_clear_message(client, officer):
    response = lock(client, officer)
    assert response.status_code == 429
    assert "This account is locked after 5 failed sign-in attempts" in response.content.decode()


def test_right_password_refused_while_locked(client, officer):
    lock(client, officer)
    response = sign_in(client, officer.email, PASSWORD)
    assert response.status_code == 429
    assert "locked" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_lock_lifts_after_the_cool_off(client, officer, settings):
    lock(client, officer)
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
    )
    assert sign_in(client, officer.email, PASSWORD).status_code == 302


def test_administrator_unlocks_with_a_reason(client, officer, admin_user):
    lock(client, officer)
    client.force_login(admin_user)
    page = client.get(reverse("accounts:locked_list"))
    assert officer.email in page.content.decode()
    response = client.post(
        reverse("accounts:locked_list"), {"email": officer.email, "reason": "called the desk"}
    )
    assert response.status_code == 302
    client.logout()
    assert sign_in(client, officer.email, PASSWORD).status_code == 302
    unlock = AuditEvent.objects.get(verb="account.unlock")
    assert unlock.actor == admin_user
    assert unlock.reason == "called the desk"
    assert AuditEvent.objects.filter(verb="auth.locked_out", target_id=officer.email).exists()


def test_only_administrators_unlock(client, officer, consul_moscow):
    lock(client, officer)
    client.force_login(consul_moscow)
    response = client.post(
        reverse("accounts:locked_list"), {"email": officer.email, "reason": "please"}
    )
    assert response.status_code == 403
    client.logout()
    assert sign_in(client, officer.email, PASSWORD).status_code == 429


def test_api_token_exchange_counts_towards_the_lock(client, officer):
    url = reverse("api:token_obtain")
    body = {"email": officer.email, "password": "wrong", "name": "script"}
    for _ in range(5):
        response = client.post(url, body, content_type="application/json")
    assert response.status_code == 429
    assert response.json()["errors"][0]["field"] == "password"
    body["password"] = PASSWORD
    assert client.post(url, body, content_type="application/json").status_code == 429
