"""Writing and verifying the hash-chained audit trail.

``audit_record`` is called by services inside their transaction, so the event commits
or rolls back with the change it describes. The chain step (lock the head row, link,
insert) is short and services call it last, so the head lock is held only until COMMIT.

On PostgreSQL the chain step is one server-side statement: it locks and advances the head,
hashes the event (``sha256`` of the same canonical text :func:`event_hash` hashes) and
inserts it, so the head lock is held for one round trip and the COMMIT. A service that
writes several events, or calls other services that audit, wraps its writes in
:func:`audit_last`: the events queue up and are chained together at its end — the very
last statements before COMMIT, whatever order the writes came in.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction
from django.utils import timezone

from homeward.common.context import current_request
from homeward.common.models import GENESIS_HASH, AuditEvent, AuditHead


class AuditOutsideTransaction(RuntimeError):
    """An audit event must commit with the change it records."""


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False))


def _canonical_time(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def event_hash(
    *,
    prev_hash: str,
    seq: int,
    created_at: datetime,
    actor_id: int | None,
    actor_label: str,
    verb: str,
    target_type: str,
    target_id: str,
    changes: Any,
    reason: str,
    request_id: str,
    ip: str | None,
) -> str:
    body = _body(
        seq=seq,
        created_at=created_at,
        actor_id=actor_id,
        actor_label=actor_label,
        verb=verb,
        target_type=target_type,
        target_id=target_id,
        changes=changes,
        reason=reason,
        request_id=request_id,
        ip=ip,
    )
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


def _body(
    *,
    seq: int,
    created_at: datetime,
    actor_id: int | None,
    actor_label: str,
    verb: str,
    target_type: str,
    target_id: str,
    changes: Any,
    reason: str,
    request_id: str,
    ip: str | None,
) -> str:
    """The canonical text of an event's fields, as hashed (after its ``prev_hash``)."""
    payload = {
        "seq": seq,
        "created_at": _canonical_time(created_at),
        "actor_id": actor_id,
        "actor_label": actor_label,
        "verb": verb,
        "target_type": target_type,
        "target_id": target_id,
        "changes": changes,
        "reason": reason,
        "request_id": request_id,
        "ip": ip,
    }
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _canonical_body(event: AuditEvent, *, seq: int) -> str:
    return _body(
        seq=seq,
        created_at=event.created_at,
        actor_id=event.actor_id,
        actor_label=event.actor_label,
        verb=event.verb,
        target_type=event.target_type,
        target_id=event.target_id,
        changes=event.changes,
        reason=event.reason,
        request_id=event.request_id,
        ip=event.ip,
    )


def stored_hash(event: AuditEvent) -> str:
    """The hash ``event`` should carry given its stored fields."""
    return event_hash(
        prev_hash=event.prev_hash,
        seq=event.seq,
        created_at=event.created_at,
        actor_id=event.actor_id,
        actor_label=event.actor_label,
        verb=event.verb,
        target_type=event.target_type,
        target_id=event.target_id,
        changes=event.changes,
        reason=event.reason,
        request_id=event.request_id,
        ip=event.ip,
    )


def target_label(target: models.Model) -> tuple[str, str]:
    return target._meta.label_lower, str(target.pk)


_queue: ContextVar[list[AuditEvent] | None] = ContextVar("audit_queue", default=None)


@contextmanager
def audit_last() -> Iterator[None]:
    """Inside a transaction: hold back the audit events written within, then chain them at
    the end (only if the block succeeds), so the head row is locked just before COMMIT."""
    if not transaction.get_connection().in_atomic_block:
        raise AuditOutsideTransaction("audit_last")
    if _queue.get() is not None:  # an outer block chains them
        yield
        return
    queued: list[AuditEvent] = []
    token = _queue.set(queued)
    try:
        yield
    finally:
        _queue.reset(token)
    if connection.vendor == "postgresql":
        if queued:
            _chain_on_postgresql(queued)
        return
    for event in queued:
        _chain(event)


def audit_record(
    *,
    actor: Any,
    verb: str,
    target: models.Model | None = None,
    target_type: str = "",
    target_id: str = "",
    changes: Mapping[str, Any] | None = None,
    reason: str = "",
) -> AuditEvent:
    """Append one event to the chain, inside the caller's transaction.

    ``actor`` is a user, or None for the system (commands, anonymous attempts).
    """
    if not transaction.get_connection().in_atomic_block:
        raise AuditOutsideTransaction(verb)
    if target is not None:
        target_type, target_id = target_label(target)
    actor_obj = actor if actor is not None and getattr(actor, "is_authenticated", False) else None
    ctx = current_request()
    event = AuditEvent(
        created_at=timezone.now(),
        actor=actor_obj,
        actor_label=getattr(actor_obj, "email", "") if actor_obj else "",
        verb=verb,
        target_type=target_type,
        target_id=str(target_id),
        changes=_jsonable(dict(changes or {})),
        reason=reason,
        request_id=ctx.request_id,
        ip=ctx.ip,
    )
    queued = _queue.get()
    if queued is not None:
        queued.append(event)
        return event
    _chain(event)
    return event


def _chain(event: AuditEvent) -> None:
    """Link ``event`` to the head and write both (the caller's transaction is open)."""
    if connection.vendor == "postgresql":
        _chain_on_postgresql([event])
        return
    head, _ = AuditHead.objects.select_for_update().get_or_create(pk=1)
    event.seq, event.prev_hash = head.seq + 1, head.hash
    event.hash = stored_hash(event)
    event.save(force_insert=True)
    head.seq, head.hash = event.seq, event.hash
    head.save(update_fields=["seq", "hash"])


_SEQ_MARK = ',"seq":0,"target_id":'

_COLUMNS = (
    "seq, created_at, actor_id, actor_label, verb, target_type, target_id, changes, reason,"
    " request_id, ip, prev_hash, hash"
)


def _split_body(event: AuditEvent) -> tuple[str, str]:
    """The canonical text before and after the ``seq`` value (filled in by the server)."""
    body = _canonical_body(event, seq=0)
    before, mark, after = body.rpartition(_SEQ_MARK)
    if not mark:  # cannot happen: every body has seq then target_id
        raise AssertionError(body)
    return before + ',"seq":', ',"target_id":' + after


def _values(event: AuditEvent, n: int) -> dict[str, Any]:
    return {
        f"created_at{n}": event.created_at,
        f"actor_id{n}": event.actor_id,
        f"actor_label{n}": event.actor_label,
        f"verb{n}": event.verb,
        f"target_type{n}": event.target_type,
        f"target_id{n}": event.target_id,
        f"changes{n}": json.dumps(event.changes, ensure_ascii=False),
        f"reason{n}": event.reason,
        f"request_id{n}": event.request_id,
        f"ip{n}": event.ip,
    }


def _chain_on_postgresql(events: list[AuditEvent]) -> None:
    """Lock the head, link, hash and insert ``events`` in one statement; on an empty trail
    create the head first."""
    if _chain_all_in_one_statement(events):
        return
    AuditHead.objects.get_or_create(pk=1)
    if not _chain_all_in_one_statement(events):
        raise AssertionError("the audit head is missing after it was created")


def _chain_all_in_one_statement(events: list[AuditEvent]) -> bool:
    """PostgreSQL: one event, or several (one service's) linked one after another, in one
    statement; False if there is no head."""
    params: dict[str, Any] = {}
    # FOR UPDATE locks the head: a concurrent writer waits, then reads the head as the
    # first one committed it, never a stale one.
    steps = ["old AS (SELECT seq, hash FROM common_audithead WHERE id = 1 FOR UPDATE)"]
    selects = []
    prev = "old"
    for n, event in enumerate(events, start=1):
        before, after = _split_body(event)
        params |= {f"before{n}": before, f"after{n}": after, **_values(event, n)}
        steps.append(
            f"e{n} AS (SELECT {prev}.seq + 1 AS seq, {prev}.hash AS prev_hash,"  # noqa: S608 - step names only
            f" encode(sha256(convert_to({prev}.hash || E'\\n' || %(before{n})s"
            f" || ({prev}.seq + 1)::text || %(after{n})s, 'UTF8')), 'hex') AS hash FROM {prev})"
        )
        selects.append(
            f"SELECT e{n}.seq, %(created_at{n})s::timestamptz, %(actor_id{n})s::bigint,"  # noqa: S608
            f" %(actor_label{n})s::text, %(verb{n})s::text, %(target_type{n})s::text,"
            f" %(target_id{n})s::text, %(changes{n})s::jsonb, %(reason{n})s::text,"
            f" %(request_id{n})s::text, %(ip{n})s::inet, e{n}.prev_hash, e{n}.hash"
            f" FROM e{n}"
        )
        prev = f"e{n}"
    steps.append(
        f"head AS (UPDATE common_audithead AS h SET seq = {prev}.seq, hash = {prev}.hash"  # noqa: S608
        f" FROM {prev} WHERE h.id = 1 RETURNING h.seq)"
    )
    sql = (
        f"WITH {', '.join(steps)} INSERT INTO common_auditevent ({_COLUMNS}) "
        + " UNION ALL ".join(selects)
        + " RETURNING id, seq, prev_hash, hash"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = sorted(cursor.fetchall(), key=lambda row: row[1])
    if not rows:
        return False
    if len(rows) != len(events):
        raise AssertionError(f"chained {len(rows)} of {len(events)} audit events")
    for event, row in zip(events, rows, strict=True):
        event.pk, event.seq, event.prev_hash, event.hash = row
        event._state.adding = False
    return True


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    event_id: int | None
    problem: str

    def __str__(self) -> str:
        where = f"event #{self.seq}" + (f" (id {self.event_id})" if self.event_id else "")
        return f"{where}: {self.problem}"


@dataclass(frozen=True)
class ChainReport:
    checked: int
    first_break: ChainBreak | None

    @property
    def intact(self) -> bool:
        return self.first_break is None


def _walk(events: Iterator[AuditEvent]) -> tuple[int, ChainBreak | None, int, str]:
    expected_seq, expected_prev, checked = 1, GENESIS_HASH, 0
    for event in events:
        checked += 1
        if event.seq != expected_seq:
            problem = f"expected event #{expected_seq} here; events are missing or were renumbered"
            return checked, ChainBreak(event.seq, event.pk, problem), expected_seq, expected_prev
        if event.prev_hash != expected_prev:
            problem = "does not link to the event before it (deleted, inserted or reordered)"
            return checked, ChainBreak(event.seq, event.pk, problem), expected_seq, expected_prev
        if stored_hash(event) != event.hash:
            problem = f"its content ({event.verb}) was changed after it was written"
            return checked, ChainBreak(event.seq, event.pk, problem), expected_seq, expected_prev
        expected_seq, expected_prev = event.seq + 1, event.hash
    return checked, None, expected_seq, expected_prev


def audit_verify(*, progress: Any = None) -> ChainReport:
    """Walk the whole chain in order; report the first event that breaks it."""
    events = AuditEvent.objects.order_by("seq").iterator(chunk_size=2000)
    if progress is not None:
        events = progress(events)
    checked, broken, next_seq, last_hash = _walk(events)
    if broken is not None:
        return ChainReport(checked, broken)
    head = AuditHead.objects.filter(pk=1).first()
    head_seq, head_hash = (head.seq, head.hash) if head else (0, GENESIS_HASH)
    if (head_seq, head_hash) != (next_seq - 1, last_hash):
        problem = (
            f"the chain ends at event #{next_seq - 1} but its head records #{head_seq}: "
            "the newest events were removed"
        )
        return ChainReport(checked, ChainBreak(next_seq, None, problem))
    return ChainReport(checked, None)
