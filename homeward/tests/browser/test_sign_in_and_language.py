"""In a real browser: sign in, switch to Uzbek, see the home page in Uzbek; nothing off-machine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import (
    PASSWORD,
    OrganisationFactory,
    PostFactory,
    user_with_role,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def operator():
    post = PostFactory(
        name="Hotline HQ", organisation=OrganisationFactory(name="Ministry"), everywhere=True
    )
    return user_with_role(
        Role.HOTLINE_OPERATOR, post, email="operator@homeward.example", full_name="Dilnoza Karimova"
    )


def sign_in(page, base_url, email, password):
    page.goto(f"{base_url}/")
    page.fill("#id_username", email)
    page.fill("#id_password", password)
    page.click("button[type=submit]:has-text('Sign in')")


def test_sign_in_switch_to_uzbek_see_home_in_uzbek(page, live_server, operator):
    sign_in(page, live_server.url, operator.email, PASSWORD)
    page.wait_for_selector("text=Welcome, Dilnoza Karimova")
    assert page.locator("[data-role=hotline_operator]").is_visible()

    shots = os.environ.get("HOMEWARD_SCREENSHOT_DIR")
    if shots:
        page.screenshot(path=str(Path(shots) / "home.png"), full_page=True)

    with page.expect_navigation():
        page.select_option("[data-testid=language]", "uz")
    page.wait_for_selector("text=Xush kelibsiz, Dilnoza Karimova")
    assert page.locator("html").get_attribute("lang") == "uz"
    assert page.locator("nav.mainnav").inner_text().split()[0] == "Bosh"
    assert "Ishonch telefoni operatori" in page.inner_text("main")

    off_machine = [u for u in page.requested_urls if not u.startswith(live_server.url)]
    assert not off_machine, off_machine
    assert any(u.endswith("htmx.min.js") for u in page.requested_urls)


def test_lockout_is_explained_in_the_browser(page, live_server, operator):
    for _ in range(5):
        sign_in(page, live_server.url, operator.email, "not my password")
    assert "This account is locked after 5 failed sign-in attempts" in page.inner_text(
        "[data-testid=lockout]"
    )
    sign_in(page, live_server.url, operator.email, PASSWORD)
    assert page.locator("[data-testid=lockout]").is_visible()
    assert "Welcome" not in page.inner_text("main")


def test_interactive_api_docs_load_from_this_machine(page, live_server, operator):
    sign_in(page, live_server.url, operator.email, PASSWORD)
    page.wait_for_selector("text=Welcome")
    page.goto(f"{live_server.url}/api/v1/docs")
    page.wait_for_selector(".opblock")
    assert "/api/v1/me" in page.inner_text("body")
    off_machine = [u for u in page.requested_urls if not u.startswith(live_server.url)]
    assert not off_machine, off_machine
