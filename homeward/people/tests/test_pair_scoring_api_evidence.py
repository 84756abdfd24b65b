"""The pair-scoring API weighs sex, birthplace and passport number; a bad one is named."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import user_with_role

pytestmark = pytest.mark.django_db

PAIR = {"a": "Каримов Ахрор", "b": "Karimov Axror", "a_birth_date": "1987", "b_birth_date": "1987"}


@pytest.fixture
def score(client, hq):
    client.force_login(user_with_role(Role.HOTLINE_OPERATOR, hq))

    def post(**fields: str) -> Any:
        return client.post(
            reverse("api:people_match"), {**PAIR, **fields}, content_type="application/json"
        )

    return post


def test_a_birthplace_in_another_script_raises_the_score_and_another_lowers_it(score):
    plain = score().json()
    same = score(a_birthplace="Андижанская обл.", b_birthplace="Andijon viloyati").json()
    other = score(a_birthplace="Андижанская обл.", b_birthplace="Namangan").json()
    assert other["score"] < plain["score"] < same["score"]
    assert "birthplace equal" in same["explanation"]
    assert "birthplace differs" in other["explanation"]


def test_a_sex_that_differs_lowers_the_score(score):
    plain = score().json()
    body = score(a_sex="male", b_sex="F").json()
    assert body["score"] < plain["score"]
    assert "sex differs" in body["explanation"]
    assert "sex differs" not in score(a_sex="m", b_sex="Male").json()["explanation"]


def test_an_equal_passport_number_is_strong_and_a_renewed_one_changes_nothing(score):
    far = {"a": "Каримов Ахрор", "b": "Karimov Axror", "a_birth_date": "1987", "b_birth_date": ""}
    plain = score(**far).json()
    same = score(**far, a_passport_number="FA1234567", b_passport_number="fa 123-4567").json()
    renewed = score(**far, a_passport_number="FA1234567", b_passport_number="AC7654321").json()
    assert same["score"] > plain["score"]
    assert "same document number" in same["explanation"]
    assert renewed["score"] == plain["score"]


@pytest.mark.parametrize(
    "field, value",
    [
        ("a_sex", "yes"),
        ("b_sex", "m\x00"),
        ("a_passport_number", "№ 12"),
        ("b_passport_number", "FA1234567\x00"),
        ("a_birthplace", "Андижан\x00"),
    ],
)
def test_a_bad_value_is_a_client_error_naming_its_field(score, field, value):
    response = score(**{field: value})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == field


@pytest.mark.parametrize(
    "field, value",
    [("b_birthplace", "Андижан " * 100), ("a_sex", "x" * 50), ("b_passport_number", "9" * 41)],
)
def test_over_long_text_is_refused_naming_its_field(score, field, value):
    response = score(**{field: value})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == field
