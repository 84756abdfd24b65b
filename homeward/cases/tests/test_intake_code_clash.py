"""A tracking code drawn twice is drawn again: the intake is written, not refused."""

from __future__ import annotations

import pytest

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import user_with_role
from homeward.cases import services
from homeward.cases.models import Case
from homeward.cases.records import intake_from_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(hq, moscow):
    return user_with_role(Role.HOTLINE_OPERATOR, hq)


def test_a_taken_code_is_drawn_again(operator, monkeypatch):
    first = services.intake_create(
        actor=operator,
        record=intake_from_fields(channel="phone", case_type="other", country="RU", account="a"),
    )
    codes = iter([first.intake.case.code, "H-3333-4444-Q"])
    monkeypatch.setattr(services, "code_new", lambda prefix: next(codes))
    second = services.intake_create(
        actor=operator,
        record=intake_from_fields(channel="phone", case_type="other", country="RU", account="b"),
        idempotency_key="k-2",
    )
    assert second.created and second.intake.case.code == "H-3333-4444-Q"
    assert Case.objects.count() == 2
