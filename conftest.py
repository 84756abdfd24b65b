"""Shared test fixtures: a small world of two organisations, built from factories."""

from __future__ import annotations

import pytest
from django.utils import translation

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import OrganisationFactory, PostFactory, user_with_role


@pytest.fixture(autouse=True)
def _media_in_a_temporary_folder(settings, tmp_path):
    """Uploaded files of a test go to its own folder, never to var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in English: a page served in Uzbek leaves its language active."""
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture
def ministry(db):
    return OrganisationFactory(name="Ministry")


@pytest.fixture
def hq(ministry):
    return PostFactory(name="Hotline HQ", organisation=ministry, everywhere=True)


@pytest.fixture
def moscow(ministry):
    embassy = OrganisationFactory(name="Embassy in Moscow", parent=ministry, kind="diplomatic")
    return PostFactory(name="Embassy in Moscow", organisation=embassy, country="RU", areas=["RU"])


@pytest.fixture
def kyiv(ministry):
    embassy = OrganisationFactory(name="Embassy in Kyiv", parent=ministry, kind="diplomatic")
    return PostFactory(name="Embassy in Kyiv", organisation=embassy, country="UA", areas=["UA"])


@pytest.fixture
def ngo_post(db):
    ngo = OrganisationFactory(name="Helpline NGO", kind="ngo", country="RU")
    return PostFactory(name="NGO Helpline", organisation=ngo, country="RU", areas=["RU"])


@pytest.fixture
def consul_moscow(moscow):
    return user_with_role(Role.CONSULAR_OFFICER, moscow)


@pytest.fixture
def admin_user(hq):
    return user_with_role(Role.ADMINISTRATOR, hq)


@pytest.fixture
def auditor(hq):
    return user_with_role(Role.AUDITOR, hq)
