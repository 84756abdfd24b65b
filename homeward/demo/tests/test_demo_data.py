"""`manage.py demo_data`: the brief's posts and one login per role; a second run changes nothing."""

from __future__ import annotations

from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import reverse

from homeward.accounts.models import Post
from homeward.accounts.roles import Role
from homeward.common.audit import audit_verify
from homeward.demo.seed import DEMO_PASSWORD, USERS

pytestmark = pytest.mark.django_db


def run() -> str:
    out = StringIO()
    call_command("demo_data", stdout=out)
    return out.getvalue()


def snapshot() -> dict[str, int]:
    return {m._meta.label: m._default_manager.count() for m in apps.get_models()}


def test_creates_the_posts_of_the_brief():
    run()
    hq = Post.objects.get(name="Hotline HQ")
    assert hq.everywhere and hq.city == "Tashkent"
    for name, country in [
        ("Embassy in Moscow", "RU"),
        ("Embassy in Kyiv", "UA"),
        ("Embassy in Washington", "US"),
        ("NGO Helpline Moscow", "RU"),
    ]:
        assert Post.objects.get(name=name).covers(country)
    consulate = Post.objects.get(name="Consulate General in St Petersburg")
    assert consulate.covers("RU", "RU-SPE") and not consulate.covers("RU", "RU-MOW")
    assert Post.objects.filter(organisation__kind="international").exists()


def test_prints_one_login_per_role():
    out = run()
    assert DEMO_PASSWORD in out
    for role in Role:
        assert any(u.role is role and u.email in out for u in USERS), role


def test_second_run_changes_nothing():
    run()
    before = snapshot()
    run()
    assert snapshot() == before
    assert audit_verify().intact


def test_printed_logins_work(client):
    run()
    for demo in USERS:
        response = client.post(
            reverse("accounts:login"), {"username": demo.email, "password": DEMO_PASSWORD}
        )
        assert response.status_code == 302, demo.email
        assert client.get(reverse("home")).status_code == 200
        client.post(reverse("accounts:logout"))


def test_refuses_without_debug_unless_forced(settings):
    from django.core.management.base import CommandError

    settings.DEBUG = False
    settings.TESTING = False
    with pytest.raises(CommandError, match="HOMEWARD_DEBUG"):
        run()
    call_command("demo_data", "--force", stdout=StringIO())
    assert Post.objects.exists()
