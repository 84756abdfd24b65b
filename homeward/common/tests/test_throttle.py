"""Public pages count requests per IP or phone in the database, shared by every process."""

from __future__ import annotations

import pytest

from homeward.common.models import ThrottleCount
from homeward.common.throttle import throttle_hit

pytestmark = pytest.mark.django_db


def test_the_limit_is_enforced_per_key():
    hits = [throttle_hit(scope="t", value="10.0.0.1", limit=3, per_seconds=3600) for _ in range(5)]
    assert hits == [True, True, True, False, False]
    assert throttle_hit(scope="t", value="10.0.0.2", limit=3, per_seconds=3600)


def test_scopes_count_apart():
    for _ in range(3):
        throttle_hit(scope="a", value="+998901234567", limit=3, per_seconds=3600)
    assert throttle_hit(scope="b", value="+998901234567", limit=3, per_seconds=3600)


def test_the_stored_key_is_not_the_phone_or_ip():
    throttle_hit(scope="t", value="+998901234567", limit=3, per_seconds=3600)
    stored = ThrottleCount.objects.get()
    assert "998901234567" not in stored.key


def test_a_new_window_starts_afresh(monkeypatch):
    clock = [1_800_000_000.0]
    monkeypatch.setattr("homeward.common.throttle.time.time", lambda: clock[0])
    assert throttle_hit(scope="t", value="ip", limit=1, per_seconds=60)
    assert not throttle_hit(scope="t", value="ip", limit=1, per_seconds=60)
    clock[0] += 60
    assert throttle_hit(scope="t", value="ip", limit=1, per_seconds=60)


def test_old_windows_are_dropped(monkeypatch):
    clock = [1_800_000_000.0]
    monkeypatch.setattr("homeward.common.throttle.time.time", lambda: clock[0])
    throttle_hit(scope="t", value="ip", limit=1, per_seconds=60)
    clock[0] += 3 * 86400
    throttle_hit(scope="t", value="ip", limit=1, per_seconds=60)
    assert ThrottleCount.objects.count() == 1
