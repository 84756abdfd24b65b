"""API for the audit trail (auditors).

No `from __future__ import annotations` here: ninja reads `Query[...]` at import time.
"""

from datetime import datetime
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from homeward.common.models import AuditEvent
from homeward.common.selectors import audit_event_list

router = Router(tags=["audit"])


class AuditEventOut(Schema):
    seq: int
    created_at: datetime
    actor: str
    verb: str
    target_type: str
    target_id: str
    changes: dict[str, Any]
    reason: str
    request_id: str
    ip: str | None
    hash: str

    @staticmethod
    def resolve_actor(obj: AuditEvent) -> str:
        return obj.actor_label


class AuditFilters(Schema):
    verb: str = ""
    actor: str = ""
    target: str = ""


@router.get("/events", response=list[AuditEventOut], url_name="audit_event_list")
@paginate(LimitOffsetPagination)
def event_list(request: HttpRequest, filters: Query[AuditFilters]) -> Any:
    """Newest first; for roles that may read the audit trail (auditors)."""
    if not request.user.has_capability(AuditEvent.access_policy.capability):  # type: ignore[union-attr]
        raise PermissionDenied("reading the audit trail needs the auditor role")
    return audit_event_list(
        user=request.user, verb=filters.verb, actor=filters.actor, target=filters.target
    )
