"""On a phone-sized screen, in Uzbek: a citizen registers a stay abroad and gets a number."""

from __future__ import annotations

import pytest

from homeward.accounts.tests.factories import OrganisationFactory, PostFactory
from homeward.common.codes import code_is_valid
from homeward.people.models import Registration

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def phone_page(browser, live_server):
    context = browser.new_context(
        locale="uz-UZ",
        viewport={"width": 360, "height": 740},
        is_mobile=True,
        has_touch=True,
    )
    page = context.new_page()
    page.requested_urls = []
    page.on("request", lambda request: page.requested_urls.append(request.url))
    page.set_default_timeout(15000)
    yield page
    context.close()


def test_a_citizen_registers_from_a_phone_in_uzbek(phone_page, live_server):
    embassy = OrganisationFactory(name="Embassy in Moscow", kind="diplomatic")
    PostFactory(name="Embassy in Moscow", organisation=embassy, areas=["RU"])
    page = phone_page
    page.goto(f"{live_server.url}/help/register/")
    page.select_option("[data-testid=language]", "uz")
    page.wait_for_selector("text=Chet eldagi boʻlishingizni roʻyxatdan oʻtkazing")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.fill("#id_name", "Rahimov Sardor")
    page.fill("#id_birth_date", "1996-07-03")
    page.select_option("#id_nationality", "UZ")
    page.fill("#id_phone", "+7 916 555 12 34")
    page.select_option("#id_country", "RU")
    page.fill("#id_city", "Moskva")
    page.check("#id_consent")
    page.click("button[type=submit]:has-text('Roʻyxatdan oʻtish')")

    page.wait_for_selector("text=Roʻyxat qabul qilindi")
    reference = page.inner_text("[data-testid=reference]").strip()
    assert code_is_valid(reference, "R")
    assert Registration.objects.get().reference == reference
    assert all(url.startswith(live_server.url) for url in page.requested_urls)


def test_a_mistake_is_explained_in_the_citizens_language(phone_page, live_server):
    page = phone_page
    page.goto(f"{live_server.url}/help/register/")
    page.select_option("[data-testid=language]", "ru")
    page.wait_for_selector("text=Зарегистрируйте своё пребывание за рубежом")
    page.fill("#id_name", "Рахимов Сардор")
    page.fill("#id_birth_date", "1996-07-03")
    page.select_option("#id_nationality", "UZ")
    page.fill("#id_phone", "12")
    page.select_option("#id_country", "RU")
    page.fill("#id_city", "Москва")
    page.check("#id_consent")
    page.click("[data-testid=self-registration] button[type=submit]")
    error = page.wait_for_selector("#id_phone_error")
    assert "номер" in error.inner_text()
    assert not Registration.objects.exists()
