"""Events held back by ``audit_last`` are chained at its end, in order, or not at all."""

from __future__ import annotations

import pytest
from django.db import transaction

from homeward.common.audit import audit_last, audit_record, audit_verify
from homeward.common.models import AuditEvent, AuditHead

pytestmark = pytest.mark.django_db


def record(verb: str, **changes) -> AuditEvent:
    return audit_record(actor=None, verb=verb, target_type="cases.case", target_id="7",
                        changes={"seq": 0, "target_id": "x", **changes}, reason="r")  # fmt: skip


def test_events_are_chained_at_the_end_in_order():
    with transaction.atomic():
        record("first")
    with transaction.atomic(), audit_last():
        a = record("person.create", names=["Ахрор"])
        assert AuditEvent.objects.count() == 1  # held back until the block ends
        b = record("intake.create", code="H-1")
        c = record("third")
    assert [a.seq, b.seq, c.seq] == [2, 3, 4]
    assert b.prev_hash == a.hash and c.prev_hash == b.hash
    assert AuditHead.objects.get(pk=1).hash == c.hash
    assert list(AuditEvent.objects.order_by("seq").values_list("verb", flat=True)) == [
        "first", "person.create", "intake.create", "third",
    ]  # fmt: skip
    assert audit_verify().intact


def test_a_single_event_and_an_empty_trail():
    with transaction.atomic(), audit_last():
        only = record("only")
    assert only.seq == 1 and audit_verify().intact


def test_nothing_is_written_when_the_block_fails():
    with pytest.raises(ValueError), transaction.atomic(), audit_last():
        record("lost")
        raise ValueError
    assert AuditEvent.objects.count() == 0


def test_several_events_start_an_empty_trail():
    with transaction.atomic(), audit_last():
        a = record("person.create")
        b = record("intake.create")
    assert [a.seq, b.seq] == [1, 2] and b.prev_hash == a.hash
    assert AuditHead.objects.get(pk=1).hash == b.hash
    assert audit_verify().intact
