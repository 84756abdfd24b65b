"""A call becomes a case in one screen: the person found or registered, a tracking code read out."""

from __future__ import annotations

import pytest
from django.urls import reverse

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import user_with_role
from homeward.cases.models import Case, CaseEvent, Intake
from homeward.cases.records import intake_from_fields
from homeward.cases.services import intake_create, secret_matches
from homeward.common.codes import code_is_valid
from homeward.common.errors import Conflict, DomainError
from homeward.common.models import AuditEvent
from homeward.people.models import Person
from homeward.people.records import record_from_fields
from homeward.people.services import person_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(hq):
    return user_with_role(Role.HOTLINE_OPERATOR, hq)


@pytest.fixture
def ahror(db):
    return person_create(
        actor=None,
        record=record_from_fields(name="Бурханов Ахрор", birth_date="1986-03", nationality="UZ"),
    )


CALL = {
    "channel": "phone",
    "caller_relation": "family",
    "caller_name": "Burkhanova Malika",
    "caller_phone": "+998 90 555 01 02",
    "case_type": "detention",
    "country": "RU",
    "city": "Moscow",
    "place": "Strogino police station",
    "urgency": "critical",
    "account": "Her husband was taken in a raid on the dormitory last night.",
    "details-place": "Strogino police station",
    "details-authority": "police",
    "details-consular_access": "not_yet",
}


def test_a_call_about_a_registered_person_opens_a_case_at_the_embassy(
    client, operator, ahror, moscow
):
    client.force_login(operator)
    response = client.post(reverse("cases:intake_new"), {**CALL, "subject_id": ahror.pk})
    assert response.status_code == 302, response.content.decode()[:3000]
    case = Case.objects.get()
    assert case.post == moscow
    assert case.subject == ahror
    assert case.nationality == "UZ"
    assert case.details == {
        "place": "Strogino police station",
        "authority": "police",
        "consular_access": "not_yet",
    }
    assert (case.first_action_due - case.created_at).total_seconds() == 3600
    done = client.get(response["Location"]).content.decode()
    assert case.code in done
    assert code_is_valid(case.code, "H")
    assert client.get(reverse("cases:intake_done")).status_code == 302  # shown once
    assert AuditEvent.objects.filter(verb="intake.create").count() == 1
    assert CaseEvent.objects.get().kind == "intake"


def test_a_new_name_close_to_a_registered_person_asks_first(client, operator, ahror, moscow):
    client.force_login(operator)
    form = {**CALL, "subject_name": "Akhror Burkhanov", "subject_birth_date": "1986"}
    response = client.post(reverse("cases:intake_new"), form)
    assert response.status_code == 400
    assert 'data-testid="likely-subjects"' in response.content.decode()
    assert not Case.objects.exists()
    confirmed = client.post(reverse("cases:intake_new"), {**form, "create_anyway": "on"})
    assert confirmed.status_code == 302
    assert Person.objects.count() == 2


def test_without_a_name_the_case_still_opens(client, operator, moscow):
    client.force_login(operator)
    assert client.post(reverse("cases:intake_new"), CALL).status_code == 302
    assert Case.objects.get().subject is None


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"account": ""}, "account"),
        ({"country": "XX"}, "country"),
        ({"case_type": "alien"}, "case_type"),
        ({"caller_phone": "12"}, "caller_phone"),
        ({"details-since": "2999-01-01"}, "since"),
        ({"account": "x\x00" * 6000}, "account"),
        ({"subject_name": "Ali Valiyev", "subject_birth_date": "2999"}, "subject_birth_date"),
    ],
)
def test_bad_input_is_named_and_nothing_is_saved(client, operator, moscow, changes, field):
    client.force_login(operator)
    response = client.post(reverse("cases:intake_new"), {**CALL, **changes})
    assert response.status_code == 400
    page = response.content.decode()
    assert f'id="id_{field}_error"' in page or f'id="id_details-{field}_error"' in page, page[:200]
    assert not Case.objects.exists()
    assert not Person.objects.exists()


def test_the_type_fields_follow_the_type(client, operator):
    client.force_login(operator)
    page = client.get(reverse("cases:intake_fields"), {"case_type": "host_register"}).content
    assert b"details-discovery" in page and b"details-bank" in page


def test_the_search_shows_an_open_case_elsewhere_but_nothing_of_it(
    client, operator, ahror, moscow, consul_moscow
):
    record = intake_from_fields(
        channel="phone",
        case_type="detention",
        country="RU",
        account="Secret details of the raid",
        subject_id=ahror.pk,
    )
    intake_create(actor=operator, record=record)
    client.force_login(operator)
    page = client.get(reverse("cases:intake_people"), {"subject_name": "Akhror"}).content.decode()
    assert "Embassy in Moscow" in page
    assert "Secret details" not in page


def test_an_idempotency_key_gives_the_same_case_or_a_conflict(operator, moscow):
    record = intake_from_fields(
        channel="phone", case_type="detention", country="RU", account="Taken in a raid"
    )
    first = intake_create(actor=operator, record=record, idempotency_key="k-1")
    again = intake_create(actor=operator, record=record, idempotency_key="k-1")
    assert first.created and not again.created
    assert again.intake.pk == first.intake.pk
    other = intake_from_fields(
        channel="phone", case_type="detention", country="RU", account="Something else"
    )
    with pytest.raises(Conflict):
        intake_create(actor=operator, record=other, idempotency_key="k-1")
    assert Intake.objects.count() == 1


def test_the_secret_is_kept_as_a_digest_only(operator, moscow):
    record = intake_from_fields(channel="phone", case_type="other", country="RU", account="help")
    result = intake_create(actor=operator, record=record)
    assert result.secret and result.secret not in result.intake.secret_hash
    assert secret_matches(result.intake, result.secret.lower())
    assert not secret_matches(result.intake, "AAAAAAAA")


def test_a_country_without_a_post_stays_at_the_hotline(operator, hq):
    record = intake_from_fields(channel="phone", case_type="other", country="KR", account="help")
    assert intake_create(actor=operator, record=record).intake.case.post == hq


def test_death_before_birth_is_refused(operator, moscow):
    born = person_create(
        actor=None, record=record_from_fields(name="Rakhimov Olim", birth_date="1990")
    )
    with pytest.raises(DomainError) as error:
        intake_create(
            actor=operator,
            record=intake_from_fields(
                channel="phone",
                case_type="death",
                country="RU",
                account="died",
                subject_id=born.pk,
                details={"date_of_death": "1985-01-01"},
            ),
        )
    assert error.value.field == "details.date_of_death"
    assert not Case.objects.exists()
