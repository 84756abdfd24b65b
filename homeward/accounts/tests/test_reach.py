"""How far a role reaches: its post, its organisation with its parts, or everything."""

from __future__ import annotations

import pytest

from homeward.accounts.roles import Cap, Role
from homeward.accounts.tests.factories import OrganisationFactory, PostFactory, user_with_role

pytestmark = pytest.mark.django_db


def test_consulate_reach_is_its_regions():
    consulate = PostFactory(country="RU", areas=["RU-SPE", "RU-LEN"])
    reach = user_with_role(Role.CONSULAR_OFFICER, consulate).reach(Cap.CASES_VIEW)
    assert reach.regions == {"RU-SPE", "RU-LEN"}
    assert reach.countries == frozenset()
    assert not reach.anywhere and not reach.unrestricted


def test_hotline_reach_is_anywhere(hq):
    reach = user_with_role(Role.HOTLINE_OPERATOR, hq).reach(Cap.INTAKE_CREATE)
    assert reach.anywhere
    assert reach.post_ids == {hq.pk}
    assert not reach.unrestricted


def test_capability_not_held_reaches_nowhere(hq):
    operator = user_with_role(Role.HOTLINE_OPERATOR, hq)
    assert operator.reach(Cap.AUDIT_VIEW).empty
    assert not operator.has_capability(Cap.AUDIT_VIEW)


def test_supervisor_reach_includes_parts_of_the_organisation(hq, moscow, kyiv):
    reach = user_with_role(Role.SUPERVISOR, hq).reach(Cap.CASES_VIEW)
    assert reach.organisation_ids == {
        hq.organisation_id,
        moscow.organisation_id,
        kyiv.organisation_id,
    }
    assert reach.countries == {"RU", "UA"}
    assert reach.anywhere


def test_roles_at_two_posts_add_up(moscow, kyiv):
    user = user_with_role(Role.CONSULAR_OFFICER, moscow)
    from homeward.accounts.tests.factories import RoleAssignmentFactory

    RoleAssignmentFactory(user=user, post=kyiv, role=Role.CONSULAR_OFFICER)
    assert user.reach(Cap.CASES_VIEW).countries == {"RU", "UA"}


def test_inactive_post_gives_no_reach():
    post = PostFactory(areas=["TR"], is_active=False)
    assert user_with_role(Role.CONSULAR_OFFICER, post).reach(Cap.CASES_VIEW).empty


def test_post_covers_country_and_region():
    org = OrganisationFactory()
    consulate = PostFactory(organisation=org, areas=["RU-SPE"])
    embassy = PostFactory(organisation=org, areas=["RU"])
    assert consulate.covers("RU", "RU-SPE")
    assert not consulate.covers("RU", "RU-MOW")
    assert embassy.covers("RU", "RU-MOW")
    assert not embassy.covers("KZ")
