"""The analyst's pages: feed with filters, incident beside its sources, review form."""

from __future__ import annotations

import pytest
from django.urls import reverse

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import user_with_role
from homeward.monitoring.models import Incident


@pytest.fixture
def analyst_client(client, hq):
    client.force_login(user_with_role(Role.ANALYST, hq))
    return client


def test_feed_filters_and_incident_page(analyst_client, ingest_seeds):
    ingest_seeds("000", "002", "003")
    feed = analyst_client.get(
        reverse("monitoring:stories"), {"kind": "deportation", "country": "uz"}
    )
    assert feed.status_code == 200
    assert "Charter Flight" in feed.content.decode()
    assert "Costa Rica" not in feed.content.decode()
    bad = analyst_client.get(reverse("monitoring:stories"), {"country": "Uzbekistan", "start": "x"})
    assert bad.status_code == 400
    incident = Incident.objects.get(total=131)
    page = analyst_client.get(reverse("monitoring:incident", args=[incident.pk]))
    assert "<mark>131 illegal aliens</mark>" in page.content.decode()
    assert "<mark>Uzbekistan Airways</mark>" in page.content.decode()  # organisations too


def test_review_form_corrects_and_refuses_bad_input(analyst_client, ingest_seeds):
    ingest_seeds("002")
    incident = Incident.objects.get()
    url = reverse("monitoring:incident", args=[incident.pk])
    bad = analyst_client.post(url, {"action": "correct", "nationalities": "Uzbek=lots"})
    assert bad.status_code == 400
    nothing = analyst_client.post(url, {"action": "correct"})
    assert nothing.status_code == 400
    ok = analyst_client.post(url, {"action": "correct", "nationalities": "UZ=100, KZ, KG"})
    assert ok.status_code == 302
    incident.refresh_from_db()
    assert incident.nationalities == {"UZ": 100, "KZ": None, "KG": None}
