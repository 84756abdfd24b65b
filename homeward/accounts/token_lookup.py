"""A bearer token's user, whether the token's last use needs noting, and the access stamp,
read in one query.

Every API call starts here. Through the ORM it was a joined query compiled anew on each
call plus the stamp's own query (``access_cache``), a tenth of an intake's CPU. The user's
fields come through Django's raw query, which converts them as the ORM does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection

from homeward.accounts.access_cache import STAMP_ROW
from homeward.accounts.models import User

TOKEN_TOUCH = timedelta(seconds=300)


@dataclass(frozen=True)
class TokenUse:
    token_id: int
    user: User
    touch: bool  # the last use noted is older than TOKEN_TOUCH (or none)


_BEARER_LOOKUP_SQL = """
SELECT u.*, t.id AS token_id,
    (t.last_used_at IS NULL OR t.last_used_at < %s) AS token_touch,
    (SELECT s.value FROM accounts_accessstamp s WHERE s.id = %s) AS access_stamp
FROM accounts_apitoken t JOIN accounts_user u ON u.id = t.user_id
WHERE t.digest = %s AND t.revoked_at IS NULL AND u.is_active
"""


def token_use_find(digest: str, now: datetime) -> TokenUse | None:
    """The live token with this digest and its active user (whose access is checked
    against the stamp read here), or None."""
    cutoff = connection.ops.adapt_datetimefield_value(now - TOKEN_TOUCH)
    found = list(User.objects.raw(_BEARER_LOOKUP_SQL, [cutoff, STAMP_ROW, digest]))
    if not found:
        return None
    user = found[0]
    stamp = user.__dict__.pop("access_stamp")
    user.access_stamp_read(None if stamp is None else int(stamp))
    return TokenUse(
        token_id=user.__dict__.pop("token_id"),
        user=user,
        touch=bool(user.__dict__.pop("token_touch")),
    )
