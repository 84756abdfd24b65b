"""Who is asking, from where: carried from the request to the audit trail.

Services do not see the request (they never import django.http), yet every audit event
names the request id and the client address. The middleware puts them here for the
duration of one request; commands and tasks leave them empty.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class RequestContext:
    request_id: str = ""
    ip: str | None = None


_NONE = RequestContext()
_current: ContextVar[RequestContext] = ContextVar("homeward_request")


def current_request() -> RequestContext:
    return _current.get(_NONE)


@contextmanager
def request_context(ctx: RequestContext) -> Iterator[None]:
    token = _current.set(ctx)
    try:
        yield
    finally:
        _current.reset(token)
