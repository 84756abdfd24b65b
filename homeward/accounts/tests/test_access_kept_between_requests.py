# mypy: disable-error-code="misc"
"""Roles and reaches are kept in the process between requests; any change to them takes
effect on the very next request."""

from __future__ import annotations

import pytest
from django.test import Client

from homeward.accounts.access_cache import stamp_read
from homeward.accounts.models import PostJurisdiction, RoleAssignment, User
from homeward.accounts.roles import Cap, Role
from homeward.accounts.services import api_token_issue
from homeward.accounts.tests.factories import PostFactory, user_with_role

pytestmark = pytest.mark.django_db


def _next_request(user: User) -> User:
    """The user as the next request loads it: a fresh object."""
    return User.objects.get(pk=user.pk)


def test_a_revoked_role_is_gone_on_the_next_request():
    post = PostFactory(country="RU", areas=["RU"])
    officer = user_with_role(Role.CONSULAR_OFFICER, post)
    assert _next_request(officer).has_capability(Cap.CASES_VIEW)
    RoleAssignment.objects.get(user=officer).delete()
    assert not _next_request(officer).has_capability(Cap.CASES_VIEW)


def test_a_granted_role_works_on_the_next_request():
    post = PostFactory(country="RU", areas=["RU"])
    officer = user_with_role(Role.CONSULAR_OFFICER, post)
    assert not _next_request(officer).has_capability(Cap.SUPERVISION)
    RoleAssignment.objects.create(user=officer, post=post, role=Role.SUPERVISOR)
    assert _next_request(officer).has_capability(Cap.SUPERVISION)


def test_a_closed_post_takes_its_roles_away():
    post = PostFactory(country="RU", areas=["RU"])
    officer = user_with_role(Role.CONSULAR_OFFICER, post)
    assert _next_request(officer).roles() == {Role.CONSULAR_OFFICER}
    post.is_active = False
    post.save()
    assert _next_request(officer).roles() == frozenset()


def test_a_new_jurisdiction_widens_the_reach_at_once():
    post = PostFactory(country="RU", areas=["RU-SPE"])
    officer = user_with_role(Role.CONSULAR_OFFICER, post)
    assert _next_request(officer).reach(Cap.CASES_VIEW).regions == {"RU-SPE"}
    PostJurisdiction.objects.create(post=post, country="RU", region="RU-LEN")
    assert _next_request(officer).reach(Cap.CASES_VIEW).regions == {"RU-SPE", "RU-LEN"}


def test_an_unchanged_registry_reuses_what_was_loaded(django_assert_num_queries):
    post = PostFactory(country="RU", areas=["RU"])
    officer = user_with_role(Role.CONSULAR_OFFICER, post)
    _next_request(officer).reach(Cap.CASES_VIEW)
    again = _next_request(officer)
    with django_assert_num_queries(1):  # the stamp only
        assert again.reach(Cap.CASES_VIEW).countries == {"RU"}


def test_a_token_loses_its_access_on_the_next_call_after_the_role_goes():
    post = PostFactory(country="RU", areas=["RU"])
    officer = user_with_role(Role.CONSULAR_OFFICER, post)
    _, token = api_token_issue(actor=officer, name="script")
    client = Client()
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    assert client.get("/api/v1/cases", **auth).status_code == 200
    RoleAssignment.objects.filter(user=officer).delete()
    assert client.get("/api/v1/cases", **auth).status_code == 403


def test_every_change_draws_a_new_stamp():
    before = stamp_read()
    PostFactory(country="KZ", areas=["KZ"])
    assert stamp_read() not in (None, before)
