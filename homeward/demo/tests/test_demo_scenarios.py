"""The brief's scenarios, as the demo data tells them, read back through the product."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from homeward.accounts.models import User
from homeward.cases.models import Case, Task
from homeward.cases.selectors import host_register_report, supervisor_queue

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("demo_data", verbosity=0)


def test_the_helplines_31_requests_break_down_as_reported(client, demo):
    caseworker = User.objects.get(email="ngo.caseworker@homeward.example")
    today = timezone.localdate()
    report = host_register_report(user=caseworker, start=today - timedelta(days=3), end=today)
    assert report.total == 31
    assert report.by_nationality[:3] == [("KG", 13), ("TJ", 8), ("UZ", 7)]
    assert sorted(report.by_nationality[3:]) == [("AM", 1), ("AZ", 1), ("TM", 1)]
    discovery = dict(report.by_discovery)
    assert discovery["bank_account"] == 17
    assert discovery["police_detention"] == 4
    assert discovery["border_refusal"] == 4
    assert discovery["dismissal"] == 1
    assert report.by_bank[0][1] == 12
    assert dict(report.by_residence)["permit"] == 3
    assert dict(report.formal_grounds)["yes"] == 4
    client.force_login(caseworker)
    csv = client.get(
        reverse("cases:report_host_register"),
        {"start": str(today - timedelta(days=3)), "end": str(today), "format": "csv"},
    ).content.decode()
    assert "#affected+num" in csv
    assert "nationality,KG,13" in csv


def test_the_raid_the_note_and_the_group_case(demo):
    raid_cases = Case.objects.filter(incident__kind="raid")
    assert raid_cases.count() == 2
    note = raid_cases.first().diplomatic_notes.get()
    assert note.reply_overdue
    group = Case.objects.get(case_type="trafficking")
    assert group.parties.count() == 19
    assert group.shares.filter(organisation__name="International Organization for Migration")


def test_the_supervisor_sees_the_late_task_and_note(demo):
    supervisor = User.objects.get(email="supervisor@homeward.example")
    queue = supervisor_queue(user=supervisor)
    assert any(t.escalated_at for t in queue.overdue_tasks)
    assert queue.notes_awaiting_reply
    assert Task.objects.filter(escalated_at__isnull=False).count() == 1


def test_the_death_is_reported_by_the_family(demo):
    death = Case.objects.get(case_type="death")
    assert death.intake.caller_relation == "family"
    assert death.subject is not None
