"""Reads of the audit trail."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from homeward.common.models import AuditEvent


def audit_event_list(
    *, user: Any, verb: str = "", actor: str = "", target: str = ""
) -> QuerySet[AuditEvent]:
    """Newest first. ``target`` is ``type`` or ``type:id``; ``actor`` matches the e-mail."""
    events = AuditEvent.objects.visible_to(user).order_by("-seq")
    if verb:
        events = events.filter(verb__startswith=verb)
    if actor:
        events = events.filter(actor_label__icontains=actor)
    if target:
        target_type, _, target_id = target.partition(":")
        events = events.filter(target_type=target_type)
        if target_id:
            events = events.filter(target_id=target_id)
    return events
