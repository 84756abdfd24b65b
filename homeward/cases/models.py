"""Casework: intakes, cases, the people in them, tasks to agencies, notes to authorities,
incidents, the timeline, attachments — and the protection compartment."""

from __future__ import annotations

from typing import Any, ClassVar, Self

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from homeward.accounts.roles import Cap
from homeward.cases.choices import (
    CallerRelation,
    CaseType,
    Channel,
    Status,
    Urgency,
    WaitingOn,
)
from homeward.common.access import OwnedByPost, Reach, VisibleQuerySet, nothing, reach_of


class CaseAccess:
    """A case is seen at its post and within its organisation's scope (``cases.view``);
    a partner sees the cases shared with its organisation (``cases.view_shared``)."""

    capability = Cap.CASES_VIEW

    def q(self, reach: Reach) -> Q:
        return OwnedByPost(capability=self.capability).q(reach)


def shared_q(reach: Reach) -> Q:
    if reach.unrestricted:
        return Q()
    if not reach.post_ids:
        return nothing()
    shares = CaseShare.objects.filter(organisation__posts__in=reach.post_ids)
    return Q(pk__in=shares.values("case_id"))


class CaseQuerySet(VisibleQuerySet["Case"]):
    def visible_to(self, user: Any, capability: str | None = None) -> Self:
        if capability is not None:
            return super().visible_to(user, capability)
        q = nothing()
        work = reach_of(user, Cap.CASES_VIEW)
        if not work.empty:
            q |= CaseAccess().q(work)
        shared = reach_of(user, Cap.CASES_VIEW_SHARED)
        if not shared.empty:
            q |= shared_q(shared)
        return self.filter(q)

    def open(self) -> Self:
        return self.exclude(status=Status.CLOSED)


class Agency(models.Model):
    """Who a task can go to: ministries at home, the host country's authorities, partners."""

    class Kind(models.TextChoices):
        FOREIGN_MINISTRY = "foreign_ministry", _("foreign ministry")
        MIGRATION_AGENCY = "migration_agency", _("migration agency")
        INTERIOR = "interior", _("interior ministry")
        PROSECUTOR = "prosecutor", _("prosecutor general")
        HEALTH = "health", _("health ministry")
        IOM = "iom", _("IOM")
        NGO = "ngo", _("NGO")
        HOST_POLICE = "host_police", _("host-country police")
        HOST_FOREIGN_MINISTRY = "host_foreign_ministry", _("host-country foreign ministry")
        HOST_MIGRATION = "host_migration", _("host-country migration service")
        OTHER = "other", _("other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    country = models.CharField(_("country"), max_length=2)
    organisation = models.ForeignKey(
        "accounts.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agencies",
        help_text=_("whose liaisons answer its tasks in Homeward"),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = _("agencies")

    def __str__(self) -> str:
        return self.name


class Incident(models.Model):
    """One event many cases belong to: a raid, a flight, a workplace."""

    class Kind(models.TextChoices):
        RAID = "raid", _("raid or mass detention")
        FLIGHT = "flight", _("removal flight")
        WORKPLACE = "workplace", _("workplace (forced labour)")
        DISASTER = "disaster", _("accident or disaster")
        OTHER = "other", _("other")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    occurred_on = models.DateField(_("date"), null=True, blank=True)
    country = models.CharField(_("country"), max_length=2)
    city = models.CharField(_("city"), max_length=100, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    post = models.ForeignKey("accounts.Post", on_delete=models.PROTECT, related_name="incidents")
    created_at = models.DateTimeField(default=timezone.now)

    objects: ClassVar[VisibleQuerySet[Incident]] = VisibleQuerySet.as_manager()  # type: ignore[assignment]
    access_policy = OwnedByPost(capability=Cap.CASES_VIEW)

    def __str__(self) -> str:
        return self.title


class Case(models.Model):
    code = models.CharField(_("tracking code"), max_length=20, unique=True)
    case_type = models.CharField(_("case type"), max_length=24, choices=CaseType.choices)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NEW
    )
    waiting_on = models.CharField(
        _("waiting on"), max_length=16, choices=WaitingOn.choices, blank=True
    )
    urgency = models.CharField(
        _("urgency"), max_length=10, choices=Urgency.choices, default=Urgency.NORMAL
    )
    post = models.ForeignKey(
        "accounts.Post",
        on_delete=models.PROTECT,
        related_name="cases",
        verbose_name=_("post"),
        db_index=False,  # the indexes below lead with the post
    )
    subject = models.ForeignKey(
        "people.Person",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("subject"),
    )
    nationality = models.CharField(_("nationality"), max_length=2, blank=True)
    country = models.CharField(_("country"), max_length=2)
    region = models.CharField(_("region"), max_length=6, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    summary = models.TextField(_("summary"), max_length=5000)
    details = models.JSONField(_("details"), default=dict, blank=True)
    incident = models.ForeignKey(
        Incident, on_delete=models.SET_NULL, null=True, blank=True, related_name="cases"
    )
    created_at = models.DateTimeField(_("opened"), default=timezone.now)
    first_action_due = models.DateTimeField(_("first action due"))
    first_action_at = models.DateTimeField(_("first action"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    close_reason = models.CharField(_("reason for closing"), max_length=500, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    objects: ClassVar[CaseQuerySet] = CaseQuerySet.as_manager()  # type: ignore[assignment]
    access_policy = CaseAccess()

    class Meta:
        indexes = [
            models.Index(fields=["post", "status", "-created_at"]),
            # a post's list without a status filter (open cases, overdue ones), newest first
            models.Index(fields=["post", "-created_at", "-id"], name="cases_case_post_newest_idx"),
            models.Index(fields=["case_type", "created_at"]),
            models.Index(fields=["status", "first_action_due"]),
        ]

    def __str__(self) -> str:
        return self.code

    @property
    def overdue(self) -> bool:
        return self.first_action_at is None and timezone.now() > self.first_action_due


class CaseShare(models.Model):
    """A partner organisation that works on a case sees it (and only it)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="shares")
    organisation = models.ForeignKey(
        "accounts.Organisation", on_delete=models.PROTECT, related_name="shared_cases"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "organisation"], name="uniq_case_share")
        ]

    def __str__(self) -> str:
        return f"{self.case} → {self.organisation}"


class CaseParty(models.Model):
    """A person in a (group) case, with where they stand."""

    class PartyStatus(models.TextChoices):
        REPORTED = "reported", _("reported")
        LOCATED = "located", _("located")
        DETAINED = "detained", _("detained")
        RELEASED = "released", _("released")
        HOSPITALISED = "hospitalised", _("in hospital")
        IN_SHELTER = "in_shelter", _("in a shelter")
        RETURNED = "returned", _("returned home")
        DECEASED = "deceased", _("deceased")

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="parties", db_index=False
    )  # the unique (case, person) index serves it
    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="parties")
    status = models.CharField(
        _("status"), max_length=12, choices=PartyStatus.choices, default=PartyStatus.REPORTED
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "person"], name="uniq_case_party")]

    def __str__(self) -> str:
        return f"{self.case}: {self.person_id}"


class Intake(models.Model):
    """One contact with the service: a call, a web form, a message. It opens a case."""

    case = models.OneToOneField(Case, on_delete=models.PROTECT, related_name="intake")
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    caller_name = models.CharField(_("caller"), max_length=200, blank=True)
    caller_phone = models.CharField(_("caller's phone"), max_length=20, blank=True)
    caller_relation = models.CharField(
        _("caller is"), max_length=10, choices=CallerRelation.choices, default=CallerRelation.SELF
    )
    account = models.TextField(_("the caller's account"), max_length=10000)
    taken_at = models.ForeignKey(
        "accounts.Post", on_delete=models.PROTECT, related_name="intakes", null=True, blank=True
    )
    taken_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True
    )
    secret_hash = models.CharField(max_length=128, blank=True)
    idempotency_key = models.CharField(max_length=200, null=True, blank=True)  # noqa: DJ001
    request_hash = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects: ClassVar[VisibleQuerySet[Intake]] = VisibleQuerySet.as_manager()  # type: ignore[assignment]
    access_policy = OwnedByPost(
        capability=Cap.INTAKE_CREATE,
        post_field="taken_at",
        organisation_field="taken_at__organisation",
    )

    class Meta:
        # The key carries its scope ("user:<id>:…" or "public:…"), so it is unique on its
        # own; a (taken_by, key) pair would let public intakes (no taker, NULL) repeat.
        constraints = [
            models.UniqueConstraint(fields=["idempotency_key"], name="uniq_intake_idempotency_key")
        ]

    def __str__(self) -> str:
        return self.case.code


class CaseEvent(models.Model):
    """The case's timeline: what happened, who did it, when."""

    class Kind(models.TextChoices):
        INTAKE = "intake", _("intake")
        CALL = "call", _("call")
        NOTE = "note", _("note")
        STATUS = "status", _("status change")
        ASSIGNMENT = "assignment", _("assignment")
        TASK = "task", _("task")
        DIPLOMATIC_NOTE = "diplomatic_note", _("note to authorities")
        ATTACHMENT = "attachment", _("attachment")
        PARTY = "party", _("person added")

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="events", db_index=False
    )  # the (case, at) index serves it
    kind = models.CharField(max_length=16, choices=Kind.choices)
    text = models.TextField(blank=True, max_length=10000)
    data = models.JSONField(default=dict, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["case", "at"])]

    def __str__(self) -> str:
        return f"{self.case_id} {self.kind}"


class Task(models.Model):
    class TaskStatus(models.TextChoices):
        OPEN = "open", _("open")
        ANSWERED = "answered", _("answered")
        CLOSED = "closed", _("closed")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="tasks")
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="tasks")
    title = models.CharField(_("task"), max_length=300)
    details = models.TextField(_("details"), blank=True, max_length=5000)
    due_at = models.DateTimeField(_("due"))
    status = models.CharField(
        _("status"), max_length=10, choices=TaskStatus.choices, default=TaskStatus.OPEN
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="owned_tasks",
    )
    answer = models.TextField(_("answer"), blank=True, max_length=5000)
    answered_at = models.DateTimeField(null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="answered_tasks",
    )
    escalated_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="created_tasks",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["status", "due_at"])]

    def __str__(self) -> str:
        return self.title

    @property
    def overdue(self) -> bool:
        return self.status == self.TaskStatus.OPEN and timezone.now() > self.due_at


class DiplomaticNote(models.Model):
    post = models.ForeignKey("accounts.Post", on_delete=models.PROTECT, related_name="notes")
    number = models.CharField(_("number"), max_length=50)
    sent_on = models.DateField(_("date"))
    addressee = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="notes", verbose_name=_("addressee")
    )
    subject = models.CharField(_("subject"), max_length=300)
    cases = models.ManyToManyField(Case, related_name="diplomatic_notes")
    reply_due = models.DateField(_("reply due by"), null=True, blank=True)
    reply_received_on = models.DateField(_("reply received"), null=True, blank=True)
    reply_summary = models.TextField(_("reply"), blank=True, max_length=5000)
    follow_up = models.ForeignKey(
        Task, on_delete=models.SET_NULL, null=True, blank=True, related_name="follows_note"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["post", "number"], name="uniq_note_number")]

    def __str__(self) -> str:
        return self.number

    @property
    def reply_overdue(self) -> bool:
        return (
            self.reply_received_on is None
            and self.reply_due is not None
            and timezone.localdate() > self.reply_due
        )


def _attachment_path(instance: Attachment, filename: str) -> str:
    return f"cases/{instance.case_id}/{timezone.now():%Y%m}/{filename}"


class Attachment(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=_attachment_path)
    name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    uploaded_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.name


class ProtectionAccess:
    capability = Cap.PROTECTION_VIEW

    def q(self, reach: Reach) -> Q:
        return Q() if not reach.empty else nothing()


class ProtectionRecord(models.Model):
    """Asylum history, victim status, risk on return: only the protection role reads this,
    every read is audited, and it appears in no list, export or default API response."""

    person = models.OneToOneField(
        "people.Person", on_delete=models.PROTECT, related_name="protection_record"
    )
    asylum_history = models.TextField(blank=True, max_length=10000)
    victim_status = models.CharField(max_length=100, blank=True)
    risk_on_return = models.TextField(blank=True, max_length=10000)
    updated_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True
    )

    objects: ClassVar[VisibleQuerySet[ProtectionRecord]] = VisibleQuerySet.as_manager()  # type: ignore[assignment]
    access_policy = ProtectionAccess()

    def __str__(self) -> str:
        return f"protection record {self.pk}"
