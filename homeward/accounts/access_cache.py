"""A user's role assignments, and the reaches worked out from them, kept in the process
between requests.

Every request needs them (what may this user do, where), and loading them cost three ORM
queries for a consular officer — a third of a case-list page's CPU. They change rarely: a
role granted or revoked, a post opened, closed or given another jurisdiction, an
organisation moved. Each such change writes a new random value into one row
(``AccessStamp``, by the signals in ``homeward.accounts.signals``); every request reads that
value first, one small query, and uses what it has kept only if it was loaded under the
same value. A change therefore takes effect on the next request in every process.

The stamp is read before the rows it guards: a reader that races a change at worst keeps
new rows under the old stamp, which the next request discards. The value is random rather
than a counter so that a rolled-back change followed by another cannot bring back a stamp
under which other rows were kept.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from django.db import connection

if TYPE_CHECKING:
    from homeward.common.access import Reach

STAMP_ROW = 1
MAX_USERS = 5000


@dataclass
class Access:
    stamp: int
    assignments: list[Any]
    reaches: dict[str, Reach] = field(default_factory=dict)
    # Anything else worked out from roles, posts, jurisdictions and organisations alone
    # (which post a case at a place goes to): valid as long as the stamp is.
    derived: dict[Hashable, Any] = field(default_factory=dict)


_kept: dict[int, Access] = {}


class Unread(Enum):
    STAMP = "unread"


UNREAD = Unread.STAMP


def stamp_read() -> int | None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT value FROM accounts_accessstamp WHERE id = %s", [STAMP_ROW])
        row = cursor.fetchone()
    return int(row[0]) if row else None


def stamp_renew() -> None:
    """Something that decides who may do what has changed: forget what every process kept."""
    from homeward.accounts.models import AccessStamp

    value = secrets.randbits(62)
    if not AccessStamp.objects.filter(pk=STAMP_ROW).update(value=value):
        AccessStamp.objects.update_or_create(pk=STAMP_ROW, defaults={"value": value})


def access_for(
    user_id: int, load: Callable[[], list[Any]], stamp: int | Unread | None = UNREAD
) -> Access:
    """The kept access of ``user_id`` if still current, else ``load()``-ed and kept.

    ``stamp`` is the stamp's value when the caller read it along with something else (the
    bearer token's lookup does), which saves the query."""
    if stamp is UNREAD:
        stamp = stamp_read()
    if stamp is None:  # no stamp row (a database being built): keep nothing
        return Access(stamp=0, assignments=load())
    kept = _kept.get(user_id)
    if kept is not None and kept.stamp == stamp:
        return kept
    if len(_kept) >= MAX_USERS:
        _kept.clear()
    fresh = Access(stamp=stamp, assignments=load())
    _kept[user_id] = fresh
    return fresh
