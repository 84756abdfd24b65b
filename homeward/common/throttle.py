"""Rate limits for public pages: N requests per key per fixed window, across processes.

Keys are IP addresses or phone numbers; only a keyed hash of them (with the scope and
the window length) is stored. Rows older than two days are dropped as new ones come.
"""

from __future__ import annotations

import time

from django.db import IntegrityError, transaction
from django.db.models import F

from homeward.common.keyed import keyed_digest
from homeward.common.models import ThrottleCount


def throttle_hit(*, scope: str, value: str, limit: int, per_seconds: int) -> bool:
    """Count one request; False when ``value`` has already made ``limit`` in this window."""
    key = keyed_digest(f"{scope}/{per_seconds}", value)
    now = int(time.time())
    window = now - now % per_seconds  # the window's start, in epoch seconds
    with transaction.atomic():
        rows = ThrottleCount.objects.filter(key=key, window=window, count__lt=limit)
        if rows.update(count=F("count") + 1):
            return True
        if ThrottleCount.objects.filter(key=key, window=window).exists():
            return False
        try:
            with transaction.atomic():
                ThrottleCount.objects.create(key=key, window=window, count=1)
        except IntegrityError:
            return throttle_hit(scope=scope, value=value, limit=limit, per_seconds=per_seconds)
        ThrottleCount.objects.filter(window__lt=now - 2 * 86400).delete()
    return True
