"""Raw SQL for tests that play the attacker: bypass the model and, on PostgreSQL, the trigger."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection

TABLE = "common_auditevent"
TRIGGER = "common_auditevent_append_only"


@contextmanager
def trigger_disabled() -> Iterator[None]:
    postgres = connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        if postgres:
            # Deferred foreign-key checks would otherwise block the ALTER inside the test's
            # transaction.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(f"ALTER TABLE {TABLE} DISABLE TRIGGER {TRIGGER}")
        try:
            yield
        finally:
            if postgres:
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                cursor.execute(f"ALTER TABLE {TABLE} ENABLE TRIGGER {TRIGGER}")
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def raw(sql: str, params: list[object] | None = None) -> None:
    with trigger_disabled(), connection.cursor() as cursor:
        cursor.execute(sql, params or [])
