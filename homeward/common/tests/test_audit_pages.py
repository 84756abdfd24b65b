"""Auditors read the trail, filter it as they type (htmx), and page through it."""

from __future__ import annotations

import pytest
from django.db import transaction
from django.urls import reverse

from homeward.common.audit import audit_record

pytestmark = pytest.mark.django_db


def note(verb: str, target_id: str) -> None:
    with transaction.atomic():
        audit_record(actor=None, verb=verb, target_type="cases.case", target_id=target_id)


def test_filter_by_action_and_target(client, auditor):
    note("case.open", "7")
    note("case.close", "8")
    client.force_login(auditor)
    html = client.get(reverse("audit:event_list"), {"verb": "case.", "target": "cases.case:8"})
    body = html.content.decode()
    assert "case.close" in body and "case.open" not in body


def test_htmx_request_gets_only_the_table(client, auditor):
    note("case.open", "7")
    client.force_login(auditor)
    response = client.get(reverse("audit:event_list"), {"verb": "case."}, HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert "case.open" in body
    assert "<html" not in body
    assert "HX-Request" in response["Vary"]


def test_pages_of_fifty(client, auditor):
    for i in range(60):
        note("case.note", str(i))
    client.force_login(auditor)
    first = client.get(reverse("audit:event_list"), {"verb": "case.note"}).content.decode()
    assert "Page 1 of 2" in first
    second = client.get(reverse("audit:event_list"), {"verb": "case.note", "page": 2})
    assert "Page 2 of 2" in second.content.decode()
