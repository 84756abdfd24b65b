"""A citizen registers a stay abroad from a phone, in Uzbek, Russian or English."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from homeward.common.codes import code_is_valid
from homeward.common.models import AuditEvent
from homeward.people.models import Contact, Person, Registration, Relation
from homeward.public.views import REGISTRATIONS_PER_IP_PER_HOUR

pytestmark = pytest.mark.django_db

FORM = {
    "name": "Toshmatov Jahongir Rustamovich",
    "birth_date": "1994-02-17",
    "nationality": "UZ",
    "passport_number": "FA 7654321",
    "phone": "8 916 555-12-34",
    "messenger": "telegram",
    "country": "RU",
    "city": "Kazan",
    "address": "ul. Pobedy 5, kv. 12",
    "employer": "Agro LLC",
    "arrived_on": "2026-04-02",
    "stay_until": "2026-12-20",
    "kin_name": "Toshmatova Gulnora",
    "kin_kind": "parent",
    "kin_phone": "+998 90 123 45 67",
    "consent": "on",
    "website": "",
}


def _form(client, **changes):
    page = client.get(reverse("public:register")).content.decode()
    token = re.search(r'name="submission" value="([^"]+)"', page).group(1)
    return {**FORM, "submission": token, **changes}


def test_a_registration_creates_the_person_contacts_relative_and_stay(client, moscow):
    response = client.post(reverse("public:register"), _form(client))
    assert response.status_code == 302
    registration = Registration.objects.get()
    person = registration.person
    assert person.display_name == "Toshmatov Jahongir Rustamovich"
    assert str(person.birth_date) == "1994-02-17"
    assert person.documents.get().number == "FA7654321"
    assert set(Contact.objects.values_list("kind", "value", "messenger")) == {
        ("phone", "+79165551234", ""),
        ("messenger", "+79165551234", "telegram"),
    }
    kin = Relation.objects.get()
    assert (kin.relative_name, kin.relative_phone, kin.next_of_kin) == (
        "Toshmatova Gulnora",
        "+998901234567",
        True,
    )
    assert registration.channel == "self"
    assert registration.consent and registration.consent_at
    assert registration.post == moscow
    assert AuditEvent.objects.filter(verb="registration.create", actor=None).count() == 1


def test_the_citizen_gets_a_reference_and_nothing_they_wrote_is_shown(client, moscow):
    done = client.post(reverse("public:register"), _form(client), follow=True)
    page = done.content.decode()
    reference = Registration.objects.get().reference
    assert reference in page
    assert code_is_valid(reference, "R")
    for private in ["Toshmatov", "FA7654321", "+79165551234", "Kazan", "Gulnora"]:
        assert private not in page


def test_a_double_submit_creates_one_registration(client, moscow):
    form = _form(client)
    first = client.post(reverse("public:register"), form)
    second = client.post(reverse("public:register"), form)
    assert first.status_code == second.status_code == 302
    assert Registration.objects.count() == 1
    assert Person.objects.count() == 1


def test_without_consent_nothing_is_kept(client):
    response = client.post(reverse("public:register"), _form(client, consent=""))
    assert response.status_code == 400
    assert not Person.objects.exists()


@pytest.mark.parametrize(
    "changes, field_text",
    [
        ({"phone": "12345"}, "phone"),
        ({"kin_phone": "000"}, "phone"),
        ({"name": "😀😀😀"}, "letters"),
        ({"birth_date": "1994-13-45"}, "date"),
        ({"country": "XX"}, "country"),
        ({"stay_until": "2026-01-01"}, "before the arrival"),
    ],
)
def test_bad_input_is_shown_on_the_form_and_nothing_is_kept(client, changes, field_text):
    response = client.post(reverse("public:register"), _form(client, **changes))
    assert response.status_code == 400
    assert field_text in response.content.decode().lower()
    assert not Person.objects.exists()
    assert not Registration.objects.exists()


def test_a_robot_filling_the_hidden_field_creates_nothing(client):
    response = client.post(reverse("public:register"), _form(client, website="http://spam"))
    assert response.status_code == 302
    assert not Person.objects.exists()


def test_one_connection_is_limited(client):
    for i in range(REGISTRATIONS_PER_IP_PER_HOUR):
        assert client.post(reverse("public:register"), _form(client)).status_code == 302, i
    response = client.post(reverse("public:register"), _form(client))
    assert response.status_code == 429
    assert Registration.objects.count() == REGISTRATIONS_PER_IP_PER_HOUR


@pytest.mark.parametrize(
    "language, words",
    [("uz", "Chet eldagi"), ("ru", "Зарегистрируйте"), ("en", "Register your stay abroad")],
)
def test_the_page_speaks_the_citizens_language(client, language, words):
    client.cookies["django_language"] = language
    page = client.get(reverse("public:register")).content.decode()
    assert words in page
