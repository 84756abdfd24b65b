"""Each role's home page shows what that role works with, and navigation only what it may use."""

from __future__ import annotations

import pytest
from django.urls import reverse

from homeward.accounts.roles import ROLE_DESCRIPTIONS, Role
from homeward.accounts.tests.factories import user_with_role

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", list(Role))
def test_home_describes_the_role(client, role, hq):
    client.force_login(user_with_role(role, hq))
    html = client.get(reverse("home")).content.decode()
    assert f'data-role="{role.value}"' in html
    assert str(ROLE_DESCRIPTIONS[role]).split(",")[0] in html.replace("&#x27;", "'")


def test_navigation_follows_roles(client, hq):
    client.force_login(user_with_role(Role.HOTLINE_OPERATOR, hq))
    html = client.get(reverse("home")).content.decode()
    assert reverse("audit:event_list") not in html
    assert reverse("accounts:locked_list") not in html
    client.force_login(user_with_role(Role.AUDITOR, hq))
    assert reverse("audit:event_list") in client.get(reverse("home")).content.decode()


def test_auditor_home_lists_latest_events(client, hq, consul_moscow):
    auditor = user_with_role(Role.AUDITOR, hq)
    client.force_login(consul_moscow)
    client.post(reverse("accounts:api_token_create"), {"name": "cli"})
    client.force_login(auditor)
    assert "api_token.issue" in client.get(reverse("home")).content.decode()


def test_user_without_role_is_told_so(client):
    from homeward.accounts.tests.factories import UserFactory

    client.force_login(UserFactory())
    assert "You hold no role yet" in client.get(reverse("home")).content.decode()


def test_token_shown_once_on_account_page(client, consul_moscow):
    client.force_login(consul_moscow)
    client.post(reverse("accounts:api_token_create"), {"name": "cli"})
    first = client.get(reverse("accounts:account")).content.decode()
    assert "hw_" in first and 'data-testid="new-token"' in first
    second = client.get(reverse("accounts:account")).content.decode()
    assert 'data-testid="new-token"' not in second


def test_supervisor_home_lists_the_ministry_and_its_embassies(client, hq, moscow, kyiv, ngo_post):
    client.force_login(user_with_role(Role.SUPERVISOR, hq))
    html = client.get(reverse("home")).content.decode()
    for name in ("Hotline HQ", "Embassy in Moscow", "Embassy in Kyiv"):
        assert name in html
    assert "NGO Helpline" not in html
