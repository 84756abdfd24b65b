"""Changing, deleting or reordering any audit event is detected and the event named."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction

from homeward.common.audit import AuditOutsideTransaction, audit_record, audit_verify
from homeward.common.errors import AppendOnlyError
from homeward.common.models import AuditEvent
from homeward.common.tests.tampering import TABLE, raw

pytestmark = pytest.mark.django_db


def write_events(n: int, actor=None) -> list[AuditEvent]:
    events = []
    for i in range(n):
        with transaction.atomic():
            events.append(
                audit_record(
                    actor=actor,
                    verb="case.note",
                    target_type="cases.case",
                    target_id=str(i),
                    changes={"note": f"visit {i}", "count": i},
                    reason="test",
                )
            )
    return events


def test_intact_chain_verifies(consul_moscow):
    write_events(5, actor=consul_moscow)
    report = audit_verify()
    assert report.intact
    assert report.checked == 5


@pytest.mark.parametrize("column, value", [("reason", "nothing to see"), ("target_id", "99")])
def test_changed_event_is_named(column, value):
    events = write_events(5)
    raw(f"UPDATE {TABLE} SET {column} = %s WHERE id = %s", [value, events[2].pk])
    report = audit_verify()
    assert report.first_break is not None
    assert report.first_break.seq == events[2].seq
    assert "changed" in report.first_break.problem


def test_changed_json_changes_is_named():
    events = write_events(4)
    raw(f"UPDATE {TABLE} SET changes = %s WHERE id = %s", ['{"note": "x"}', events[1].pk])
    assert audit_verify().first_break.seq == events[1].seq


def test_deleted_event_is_named():
    events = write_events(5)
    raw(f"DELETE FROM {TABLE} WHERE id = %s", [events[1].pk])
    broken = audit_verify().first_break
    assert broken is not None
    assert broken.seq == events[2].seq
    assert "missing" in broken.problem


def test_deleted_newest_event_is_detected():
    events = write_events(3)
    raw(f"DELETE FROM {TABLE} WHERE id = %s", [events[2].pk])
    broken = audit_verify().first_break
    assert broken is not None
    assert broken.seq == 3
    assert "removed" in broken.problem


def test_reordered_events_are_named():
    events = write_events(5)
    a, b = events[1], events[3]
    raw(f"UPDATE {TABLE} SET seq = -1 WHERE id = %s", [a.pk])
    raw(f"UPDATE {TABLE} SET seq = %s WHERE id = %s", [a.seq, b.pk])
    raw(f"UPDATE {TABLE} SET seq = %s WHERE id = %s", [b.seq, a.pk])
    broken = audit_verify().first_break
    assert broken is not None
    assert broken.seq == a.seq
    assert broken.event_id == b.pk


def test_rehashed_forgery_still_breaks_the_next_link():
    """Recomputing a changed event's own hash does not help: the next event no longer links."""
    events = write_events(4)
    forged = AuditEvent.objects.get(pk=events[1].pk)
    forged.reason = "forged"
    from homeward.common.audit import stored_hash

    raw(
        f"UPDATE {TABLE} SET reason = %s, hash = %s WHERE id = %s",
        ["forged", stored_hash(forged), forged.pk],
    )
    broken = audit_verify().first_break
    assert broken is not None
    assert broken.seq == events[2].seq


def test_command_names_the_tampered_event():
    events = write_events(3)
    raw(f"UPDATE {TABLE} SET verb = %s WHERE id = %s", ["case.view", events[1].pk])
    with pytest.raises(CommandError, match=rf"event #{events[1].seq} \(id {events[1].pk}\)"):
        call_command("audit_verify", verbosity=0)


def test_command_reports_intact_chain(capsys):
    write_events(2)
    call_command("audit_verify", verbosity=0)
    assert "intact: 2 events" in capsys.readouterr().out


def test_model_refuses_update_and_delete():
    (event,) = write_events(1)
    event.reason = "edited"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).update(reason="edited")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()
    assert audit_verify().intact


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigger exists on PostgreSQL")
@pytest.mark.parametrize(
    "sql", [f"UPDATE {TABLE} SET reason = 'x'", f"DELETE FROM {TABLE}"], ids=["update", "delete"]
)
def test_postgres_refuses_raw_sql(sql):
    write_events(1)
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql)


@pytest.mark.django_db(transaction=True)
def test_audit_outside_a_transaction_is_refused():
    with pytest.raises(AuditOutsideTransaction):
        audit_record(actor=None, verb="case.note")


def test_rolled_back_change_leaves_no_event():
    with pytest.raises(RuntimeError), transaction.atomic():
        audit_record(actor=None, verb="case.note")
        raise RuntimeError("the change failed")
    assert not AuditEvent.objects.exists()
    write_events(1)
    assert audit_verify().intact
