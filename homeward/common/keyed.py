"""Keyed digests: store a value only as an HMAC under the site's secret key.

Used for what must be matched later but never read back: a follow-up secret, an IP
address or a phone number counted by a rate limit.
"""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings


def keyed_digest(scope: str, value: str) -> str:
    """HMAC-SHA256 of ``scope:value``; the scope keeps one use's digests apart from another's."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"{scope}:{value}".encode(), hashlib.sha256).hexdigest()
