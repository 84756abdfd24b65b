"""A post outside a user's reach does not exist for them: 404 in pages and API alike."""

from __future__ import annotations

import pytest
from django.urls import reverse

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import user_with_role

pytestmark = pytest.mark.django_db


def page(client, post):
    return client.get(reverse("accounts:post_detail", args=[post.pk]))


def api(client, post):
    return client.get(reverse("api:post_detail", args=[post.pk]))


def test_consular_officer_sees_own_post(client, consul_moscow, moscow):
    client.force_login(consul_moscow)
    assert page(client, moscow).status_code == 200
    assert api(client, moscow).json()["jurisdiction"] == ["RU"]


def test_consular_officer_of_another_post_gets_404(client, consul_moscow, kyiv):
    client.force_login(consul_moscow)
    response = page(client, kyiv)
    assert response.status_code == 404
    assert "Embassy in Kyiv" not in response.content.decode()
    assert api(client, kyiv).status_code == 404
    assert api(client, kyiv).json() == {"errors": [{"field": None, "message": "Not found"}]}


def test_nonexistent_and_foreign_posts_answer_the_same(client, consul_moscow, kyiv):
    client.force_login(consul_moscow)
    missing = client.get(reverse("api:post_detail", args=[kyiv.pk + 1000]))
    assert (missing.status_code, missing.json()) == (
        api(client, kyiv).status_code,
        api(client, kyiv).json(),
    )


def test_post_list_shows_only_reach(client, consul_moscow, moscow, kyiv, hq):
    client.force_login(consul_moscow)
    names = [p["name"] for p in client.get(reverse("api:post_list")).json()]
    assert names == ["Embassy in Moscow"]


def test_supervisor_sees_posts_of_the_ministry_and_its_embassies(
    client, hq, moscow, kyiv, ngo_post
):
    supervisor = user_with_role(Role.SUPERVISOR, hq)
    client.force_login(supervisor)
    names = {p["name"] for p in client.get(reverse("api:post_list")).json()}
    assert names == {"Hotline HQ", "Embassy in Moscow", "Embassy in Kyiv"}
    assert page(client, ngo_post).status_code == 404


def test_partner_does_not_see_the_ministry(client, hq, ngo_post):
    partner = user_with_role(Role.PARTNER, ngo_post)
    client.force_login(partner)
    assert page(client, ngo_post).status_code == 200
    assert page(client, hq).status_code == 404


@pytest.mark.parametrize("role", [Role.ADMINISTRATOR, Role.AUDITOR])
def test_global_roles_see_every_post(client, role, hq, kyiv, ngo_post):
    client.force_login(user_with_role(role, hq))
    assert page(client, kyiv).status_code == 200
    assert page(client, ngo_post).status_code == 200


def test_user_without_roles_sees_nothing(client, moscow):
    from homeward.accounts.tests.factories import UserFactory

    client.force_login(UserFactory())
    assert client.get(reverse("api:post_list")).json() == []
    assert page(client, moscow).status_code == 404
