"""The audit trail: one append-only, hash-chained table written by services."""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from homeward.common.access import UnrestrictedOnly, VisibleQuerySet
from homeward.common.errors import AppendOnlyError

GENESIS_HASH = "0" * 64


class AuditEventQuerySet(VisibleQuerySet["AuditEvent"]):
    def update(self, **kwargs: Any) -> int:
        raise AppendOnlyError("audit events are append-only")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("audit events are append-only")


class AuditEvent(models.Model):
    """One thing somebody did. Never updated, never deleted.

    ``hash`` covers every field and ``prev_hash``; ``seq`` is the position in the chain.
    PostgreSQL refuses UPDATE and DELETE by trigger (migration 0002); on every database
    the model and its queryset refuse them too.
    """

    seq = models.BigIntegerField(_("sequence"), unique=True)
    created_at = models.DateTimeField(_("time"))
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("actor"),
        db_index=False,  # the (actor, created_at) index serves it
    )
    actor_label = models.CharField(_("actor"), max_length=254, blank=True)
    verb = models.CharField(_("action"), max_length=64)
    target_type = models.CharField(_("target type"), max_length=64, blank=True)
    target_id = models.CharField(_("target id"), max_length=64, blank=True)
    changes = models.JSONField(_("changes"), default=dict, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    request_id = models.CharField(_("request id"), max_length=64, blank=True)
    ip = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    objects: ClassVar[AuditEventQuerySet] = AuditEventQuerySet.as_manager()  # type: ignore[assignment]
    access_policy = UnrestrictedOnly(capability="audit.view")

    class Meta:
        ordering = ["-seq"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        indexes = [
            models.Index(fields=["target_type", "target_id"]),
            models.Index(fields=["actor", "created_at"]),
            models.Index(fields=["verb", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"#{self.seq} {self.verb} {self.target_type}:{self.target_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnlyError("audit events are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("audit events are append-only")


class AuditHead(models.Model):
    """The chain's head: one row, locked by every writer so the chain never forks."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    seq = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64, default=GENESIS_HASH)

    class Meta:
        verbose_name = _("audit chain head")

    def __str__(self) -> str:
        return f"#{self.seq} {self.hash[:12]}"


class ThrottleCount(models.Model):
    """Requests counted per key (a keyed hash of an IP address or a phone) and time window.

    Kept in the database, not a process's memory, so every app process counts together.
    """

    key = models.CharField(max_length=64)
    window = models.BigIntegerField(help_text="start of the window, epoch seconds")
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key", "window"], name="uniq_throttle_window")
        ]
        indexes = [models.Index(fields=["window"])]

    def __str__(self) -> str:
        return f"{self.key[:8]}@{self.window}: {self.count}"
