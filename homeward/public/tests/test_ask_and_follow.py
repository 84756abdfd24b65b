"""A family asks for help without an account, gets a code and a secret, and follows the request."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import user_with_role
from homeward.cases.models import Case, Intake
from homeward.cases.services import case_transition
from homeward.public.asking import REQUESTS_PER_IP_PER_HOUR, REQUESTS_PER_PHONE_PER_DAY

pytestmark = pytest.mark.django_db

ASK = {
    "about": "family",
    "name": "Karimov Bobur",
    "phone": "+998 90 111 22 33",
    "country": "RU",
    "city": "Moscow",
    "case_type": "detention",
    "account": "My brother was taken by the police at his work and we cannot reach him.",
    "consent": "on",
    "website": "",
}


def _form(client, **changes):
    page = client.get(reverse("public:help")).content.decode()
    token = re.search(r'name="submission" value="([^"]+)"', page).group(1)
    return {**ASK, "submission": token, **changes}


def test_asking_opens_a_case_at_the_embassy_and_gives_a_code_and_secret(client, moscow):
    response = client.post(reverse("public:help"), _form(client), follow=True)
    page = response.content.decode()
    case = Case.objects.get()
    assert case.post == moscow and case.intake.channel == "web"
    assert case.code in page
    secret = re.search(r'data-testid="tracking-secret">([^<]+)<', page).group(1)
    assert "Karimov" not in page and "police" not in page
    follow = client.post(reverse("public:help_follow"), {"code": case.code, "secret": secret})
    assert follow.status_code == 200
    shown = follow.content.decode()
    assert 'data-testid="follow-status"' in shown
    assert "Karimov" not in shown and "Moscow" not in shown and "police" not in shown


def test_the_status_follows_the_case(client, moscow, consul_moscow):
    page = client.post(reverse("public:help"), _form(client), follow=True).content.decode()
    secret = re.search(r'data-testid="tracking-secret">([^<]+)<', page).group(1)
    case = Case.objects.get()
    case_transition(actor=consul_moscow, case=case, to="in_progress")
    shown = client.post(
        reverse("public:help_follow"), {"code": case.code.lower(), "secret": secret}
    ).content.decode()
    assert "An officer is working on your request." in shown


def test_a_wrong_secret_or_code_shows_nothing(client, moscow):
    client.post(reverse("public:help"), _form(client))
    case = Case.objects.get()
    for code, secret in [(case.code, "AAAAAAAA"), ("H-3333-3333-3", "AAAAAAAA"), ("x", "y")]:
        response = client.post(reverse("public:help_follow"), {"code": code, "secret": secret})
        assert response.status_code == 400
        assert 'data-testid="follow-status"' not in response.content.decode()


def test_a_double_submit_creates_one_request(client, moscow):
    form = _form(client)
    client.post(reverse("public:help"), form)
    client.post(reverse("public:help"), form)
    assert Intake.objects.count() == 1


def test_the_honeypot_creates_nothing(client, moscow):
    response = client.post(reverse("public:help"), _form(client, website="buy now"))
    assert response.status_code == 302
    assert not Case.objects.exists()


def test_one_phone_number_is_limited(client, moscow):
    for _ in range(REQUESTS_PER_PHONE_PER_DAY):
        client.post(reverse("public:help"), _form(client), REMOTE_ADDR="10.0.0.1")
    response = client.post(reverse("public:help"), _form(client), REMOTE_ADDR="10.0.0.2")
    assert response.status_code == 429
    assert Case.objects.count() == REQUESTS_PER_PHONE_PER_DAY


def test_one_connection_is_limited(client, moscow):
    for i in range(REQUESTS_PER_IP_PER_HOUR):
        phone = f"+998 90 111 22 {i:02d}"
        client.post(reverse("public:help"), _form(client, phone=phone))
    response = client.post(reverse("public:help"), _form(client, phone="+998 90 111 23 99"))
    assert response.status_code == 429
    assert Case.objects.count() == REQUESTS_PER_IP_PER_HOUR


@pytest.mark.parametrize(
    "changes, text",
    [
        ({"phone": "12"}, "phone"),
        ({"account": ""}, "required"),
        ({"consent": ""}, "required"),
        ({"country": "XX"}, "valid choice"),
        ({"account": "\x00" * 10}, "required"),
    ],
)
def test_bad_input_is_explained_and_nothing_is_kept(client, moscow, changes, text):
    response = client.post(reverse("public:help"), _form(client, **changes))
    assert response.status_code == 400
    assert text in response.content.decode().lower()
    assert not Case.objects.exists()


def test_the_hotline_case_appears_in_the_embassy_list(client, moscow):
    client.post(reverse("public:help"), _form(client))
    consul = user_with_role(Role.CONSULAR_OFFICER, moscow)
    client.force_login(consul)
    assert Case.objects.get().code in client.get(reverse("cases:list")).content.decode()


@pytest.mark.parametrize("language, words", [("uz", "Yordam"), ("ru", "помощ")])
def test_the_pages_speak_the_language(client, language, words):
    client.cookies["django_language"] = language
    assert words in client.get(reverse("public:help")).content.decode()
