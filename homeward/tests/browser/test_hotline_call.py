"""A hotline call in a real browser, by keyboard: find the person, open the case, read the code."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import (
    PASSWORD,
    OrganisationFactory,
    PostFactory,
    user_with_role,
)
from homeward.cases.models import Case
from homeward.common.codes import code_is_valid
from homeward.people.records import record_from_fields
from homeward.people.services import person_create

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_operator_takes_a_call_by_keyboard(page, live_server):
    ministry = OrganisationFactory(name="Ministry")
    hotline = PostFactory(name="Hotline HQ", organisation=ministry, everywhere=True)
    embassy = OrganisationFactory(name="Embassy in Moscow", parent=ministry, kind="diplomatic")
    PostFactory(name="Embassy in Moscow", organisation=embassy, areas=["RU"])
    operator = user_with_role(Role.HOTLINE_OPERATOR, hotline, email="op@homeward.example")
    person = person_create(
        actor=None, record=record_from_fields(name="Бурханов Ахрор", birth_date="1986-03-14")
    )

    page.goto(f"{live_server.url}/")
    page.fill("#id_username", operator.email)
    page.fill("#id_password", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_selector("text=New call")
    page.goto(f"{live_server.url}/cases/intake/")

    page.select_option("#id_caller_relation", "family")
    page.fill("#id_caller_name", "Burkhanova Malika")
    page.fill("#id_caller_phone", "+998 90 555 01 02")
    page.locator("[data-testid=subject-name]").press_sequentially("Akhror Burkhanov")
    page.wait_for_selector("[data-testid=subject-hits]")
    expect(page.locator(".htmx-request, .htmx-swapping, .htmx-settling")).to_have_count(0)
    page.check(f"input[name=subject_id][value='{person.pk}']")
    # Picking the type swaps in its questions: wait for the swap before filling them.
    with page.expect_response(lambda response: "/cases/intake/fields/" in response.url):
        page.select_option("[data-testid=case-type]", "detention")
    expect(page.locator(".htmx-request, .htmx-swapping, .htmx-settling")).to_have_count(0)
    page.fill("#id_details-place", "Strogino police station")
    page.select_option("#id_country", "RU")
    page.select_option("#id_urgency", "critical")
    page.fill("#id_account", "Taken in a raid on the dormitory last night.")
    page.locator("#id_account").press("Tab")
    page.keyboard.press("Enter")

    code = page.wait_for_selector("[data-testid=tracking-code]").inner_text()
    assert code_is_valid(code, "H")
    case = Case.objects.get()
    assert case.code == code and case.subject == person
    assert case.details["place"] == "Strogino police station"
    assert all(url.startswith(live_server.url) for url in page.requested_urls)
