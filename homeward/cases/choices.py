"""The vocabulary of casework: types, statuses, urgency and its deadline, channels."""

from __future__ import annotations

from datetime import timedelta

from django.db import models
from django.utils.translation import gettext_lazy as _


class CaseType(models.TextChoices):
    DETENTION = "detention", _("detention or raid")
    REMOVAL = "removal", _("removal or deportation")
    HOST_REGISTER = "host_register", _("host-register inclusion")
    TRAFFICKING = "trafficking", _("trafficking or forced labour")
    DEATH = "death", _("death abroad")
    MILITARY_RECRUITMENT = "military_recruitment", _("coerced military recruitment")
    LOST_DOCUMENTS = "lost_documents", _("lost or stolen documents")
    MEDICAL = "medical", _("medical emergency")
    LABOUR = "labour", _("wage theft or labour dispute")
    VOLUNTARY_RETURN = "voluntary_return", _("voluntary return")
    MISSING = "missing", _("missing person")
    OTHER = "other", _("other")


class Status(models.TextChoices):
    NEW = "new", _("new")
    TRIAGED = "triaged", _("triaged")
    IN_PROGRESS = "in_progress", _("in progress")
    WAITING = "waiting", _("waiting")
    RESOLVED = "resolved", _("resolved")
    CLOSED = "closed", _("closed")


class WaitingOn(models.TextChoices):
    NONE = "", _("—")
    HOST_AUTHORITY = "host_authority", _("the host authority")
    PARTNER = "partner", _("a partner")
    CITIZEN = "citizen", _("the citizen")


class Urgency(models.TextChoices):
    CRITICAL = "critical", _("critical")
    HIGH = "high", _("high")
    NORMAL = "normal", _("normal")


FIRST_ACTION_WITHIN: dict[str, timedelta] = {
    Urgency.CRITICAL: timedelta(hours=1),
    Urgency.HIGH: timedelta(hours=4),
    Urgency.NORMAL: timedelta(hours=24),
}


class Channel(models.TextChoices):
    PHONE = "phone", _("phone")
    WEB = "web", _("web form")
    MESSENGER = "messenger", _("messenger")
    WALK_IN = "walk_in", _("walk-in")
    EMAIL = "email", _("e-mail")
    MEDIA = "media", _("media report")


class CallerRelation(models.TextChoices):
    SELF = "self", _("the person themself")
    FAMILY = "family", _("family")
    COLLEAGUE = "colleague", _("colleague or friend")
    NGO = "ngo", _("an NGO or lawyer")
    OFFICIAL = "official", _("an official")
    OTHER = "other", _("other")
