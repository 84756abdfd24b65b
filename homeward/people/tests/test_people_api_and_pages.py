"""Operators search the registry in any script from the page and the API; others may not."""

from __future__ import annotations

import pytest
from django.urls import reverse

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import user_with_role
from homeward.people.records import record_from_fields
from homeward.people.services import person_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def ahror(db):
    return person_create(
        actor=None,
        record=record_from_fields(
            name="Бурханов Ахрор", other_names="Burkhanov Akhror", birth_date="1980-05", sex="male"
        ),
    )


@pytest.fixture
def operator(hq):
    return user_with_role(Role.HOTLINE_OPERATOR, hq)


def test_search_page_finds_across_scripts(client, operator, ahror):
    client.force_login(operator)
    html = client.get(reverse("people:search"), {"q": "Axror Burxonov"}).content.decode()
    assert reverse("people:detail", args=[ahror.pk]) in html
    assert "Бурханов Ахрор" in html


def test_search_as_you_type_returns_only_the_results(client, operator, ahror):
    client.force_login(operator)
    response = client.get(reverse("people:search"), {"q": "Ахрор"}, HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert "Бурханов Ахрор" in body and "<html" not in body


def test_bad_birth_date_is_a_form_error_not_a_crash(client, operator, ahror):
    client.force_login(operator)
    response = client.get(reverse("people:search"), {"q": "Ахрор", "birth_date": "05/1980"})
    assert response.status_code == 200
    assert "YYYY-MM-DD" in response.content.decode()


def test_api_search_and_explanations(client, operator, ahror):
    client.force_login(operator)
    body = client.get(
        reverse("api:people_search"), {"q": "Akhror Burxonov", "birth_date": "1980"}
    ).json()
    hit = body["results"][0]
    assert hit["person_id"] == ahror.pk
    assert hit["birth_date"] == "1980-05"
    assert any("birth date" in line for line in hit["explanation"])


@pytest.mark.parametrize("q", ["", "😀", "\x00", "x" * 2000])
def test_api_search_bad_queries_answer_empty(client, operator, ahror, q):
    client.force_login(operator)
    response = client.get(reverse("api:people_search"), {"q": q})
    assert response.status_code == 200
    assert isinstance(response.json()["results"], list)


def test_api_search_too_long_query_names_the_field(client, operator):
    client.force_login(operator)
    response = client.get(reverse("api:people_search"), {"q": "x" * 2001})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "q"


def test_api_pair_score(client, operator):
    client.force_login(operator)
    body = client.post(
        reverse("api:people_match"),
        {"a": "Sadyr Zhaparov", "b": "Садыр Жапаров", "a_birth_date": "1968"},
        content_type="application/json",
    ).json()
    assert body["same"] is True and body["score"] > 0.5


def test_api_pair_bad_date_is_422(client, operator):
    client.force_login(operator)
    response = client.post(
        reverse("api:people_match"),
        {"a": "A B", "b": "C D", "a_birth_date": "soon"},
        content_type="application/json",
    )
    assert response.status_code == 422
    assert "a_birth_date" in response.json()["errors"][0]["message"]


def test_person_detail_lists_every_written_form(client, operator, ahror):
    client.force_login(operator)
    body = client.get(reverse("api:person_detail", args=[ahror.pk])).json()
    assert {n["text"] for n in body["names"]} == {"Бурханов Ахрор", "Burkhanov Akhror"}
    assert client.get(reverse("api:person_detail", args=[ahror.pk + 999])).status_code == 404


@pytest.mark.parametrize("role", [Role.ANALYST, Role.PARTNER, Role.AUDITOR, Role.AGENCY_LIAISON])
def test_roles_that_do_not_read_the_registry_are_refused(client, hq, ahror, role):
    client.force_login(user_with_role(role, hq))
    assert client.get(reverse("people:search"), {"q": "Ахрор"}).status_code == 403
    assert client.get(reverse("api:people_search"), {"q": "Ахрор"}).status_code == 403


def test_api_reads_a_passport_mrz(client, operator):
    from homeward.people.tests.test_passport_mrz import ICAO_TD3

    client.force_login(operator)
    body = client.post(
        reverse("api:people_mrz"), {"mrz": ICAO_TD3}, content_type="application/json"
    ).json()
    assert body["valid"] is True and body["surname"] == "ERIKSSON"
    broken = ICAO_TD3[:-1] + "9"
    body = client.post(
        reverse("api:people_mrz"), {"mrz": broken}, content_type="application/json"
    ).json()
    assert body["valid"] is False and "composite" in body["errors"]


def test_api_mrz_garbage_names_the_field(client, operator):
    client.force_login(operator)
    response = client.post(
        reverse("api:people_mrz"), {"mrz": "hello"}, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "mrz"


def test_the_search_page_explains_a_hit_in_the_readers_language(client, operator, ahror):
    client.force_login(operator)
    page = client.get(reverse("people:search"), {"q": "Ахрор Бурханов"}, HTTP_ACCEPT_LANGUAGE="ru")
    text = page.content.decode()
    assert "фамилия Burkhanov совпадает" in text
    assert "surname Burkhanov equal" not in text


def test_every_explanation_line_reads_the_same_on_the_page_in_english():
    import re

    from django.utils import translation

    from homeward.people.matching.reasons import ENGLISH, Reason
    from homeward.people.reasons import reason_text

    with translation.override("en"):
        for code, template in ENGLISH.items():
            if code == "unmatched":
                continue  # the page says "1 name" / "2 names", the engine "name(s)"
            values = {name: "Akhror" for name in re.findall(r"{(\w+)}", template)}
            if "part" in values:
                values["part"] = "given name"
            line = Reason(code, **values)
            assert reason_text(line) == str(line), code
