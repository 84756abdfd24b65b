"""Media monitoring: where pages come from, the pages (raw kept once), their articles,
stories (one event, many articles), the incident read from a story, and alerts to posts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from homeward.accounts.roles import Cap
from homeward.common.access import OwnedByPost, Reach, VisibleQuerySet


@dataclass(frozen=True)
class AnyReach:
    """Public news: every row, for anyone who holds the capability at all."""

    capability: str

    def q(self, reach: Reach) -> Q:
        return Q()


class Source(models.Model):
    """An outlet: an RSS/Atom feed fetched by ``fetch_feeds``, or files given to ``ingest``."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    feed_url = models.URLField(_("feed address"), max_length=500, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    timeout_seconds = models.PositiveSmallIntegerField(_("timeout (seconds)"), default=15)
    last_fetched_at = models.DateTimeField(_("last fetched"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class SourceLine(models.Model):
    """A short line and on how many pages of one source it was seen (site furniture: a
    footer, a menu, a slogan repeated on every page of an outlet)."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="lines")
    line = models.CharField(max_length=200)
    pages = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "line"], name="monitoring_source_line_once")
        ]

    def __str__(self) -> str:
        return f"{self.source_id}: {self.line}"


class Page(models.Model):
    """One fetched page, kept once whatever the number of times it is fetched."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="pages")
    url = models.URLField(max_length=1000, blank=True)
    file_name = models.CharField(max_length=255, blank=True, help_text="as given to ingest")
    published_on = models.DateField(null=True, blank=True)
    content_hash = models.CharField(max_length=64, unique=True)
    raw = models.TextField()
    text = models.TextField(help_text="the page without its boilerplate")
    language = models.CharField(max_length=8)
    page_date = models.DateField(null=True, blank=True)
    fetched_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.url or self.content_hash[:12]


class Story(models.Model):
    """One event or piece of news, however many outlets and pages tell it."""

    title = models.CharField(max_length=500)
    kind = models.CharField(max_length=20, default="other")
    first_seen_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects: ClassVar[VisibleQuerySet[Story]] = VisibleQuerySet.as_manager()  # type: ignore[assignment]
    access_policy = AnyReach(capability=Cap.MONITORING_VIEW)

    class Meta:
        ordering = ["-updated_at", "-pk"]

    def __str__(self) -> str:
        return self.title


class Article(models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="articles")
    position = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=500)
    body = models.TextField()
    language = models.CharField(max_length=8)
    signature = models.BinaryField(help_text="MinHash of word 5-shingles")
    kind = models.CharField(max_length=20, default="other")
    facts = models.JSONField(default=dict, help_text="facts of this article, with spans")
    story = models.ForeignKey(Story, on_delete=models.PROTECT, related_name="articles")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["page_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["page", "position"], name="article_once_per_page")
        ]
        indexes = [
            models.Index(fields=["created_at"]),
            models.Index(fields=["title"], name="monitoring_article_title"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def document(self) -> str:
        """The text spans point into: title, blank line, body."""
        return f"{self.title}\n\n{self.body}" if self.title else self.body


class ArticleCopy(models.Model):
    """The same article printed again on another page (a listing page repeats it): one
    ``Article``, every place it was seen kept for the exports' ``sources``."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="copies")
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="article_copies")
    position = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["page_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["page", "position"], name="article_copy_once_per_page")
        ]

    def __str__(self) -> str:
        return f"{self.article_id} on {self.page_id}#{self.position}"


class Incident(models.Model):
    """What a story reports happened, field by field, each with its source spans.

    ``corrected`` lists the fields an analyst set by hand: re-extraction never touches
    them. ``revision`` counts changes, so alerts know they are stale.
    """

    class Status(models.TextChoices):
        NEW = "new", _("new")
        CONFIRMED = "confirmed", _("confirmed")
        CORRECTED = "corrected", _("corrected")
        DISMISSED = "dismissed", _("not an incident")

    FIELDS: ClassVar[tuple[str, ...]] = (
        "kind",
        "occurred_on",
        "total",
        "nationalities",
        "countries",
        "places",
        "route",
        "organisations",
    )

    story = models.OneToOneField(Story, on_delete=models.CASCADE, related_name="incident")
    kind = models.CharField(_("type"), max_length=20)
    occurred_on = models.DateField(_("date"), null=True, blank=True)
    year_known = models.BooleanField(default=True)
    date_precision = models.CharField(max_length=8, blank=True)
    """"day", "week", "month" or "year"."""
    date_basis = models.CharField(max_length=10, blank=True)
    """How the date was read: "explicit", "relative", "inferred", or "analyst"."""
    total = models.PositiveIntegerField(_("people"), null=True, blank=True)
    total_qualifier = models.CharField(max_length=20, blank=True)
    nationalities = models.JSONField(_("nationalities"), default=dict)
    countries = models.JSONField(_("countries"), default=list)
    places = models.JSONField(_("places"), default=list)
    route = models.JSONField(_("route"), default=list)
    organisations = models.JSONField(_("organisations"), default=list)
    spans = models.JSONField(default=dict)
    corrected = models.JSONField(default=list)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.NEW)
    revision = models.PositiveIntegerField(default=1)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    case_incident = models.ForeignKey(
        "cases.Incident", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    updated_at = models.DateTimeField(default=timezone.now)

    objects: ClassVar[VisibleQuerySet[Incident]] = VisibleQuerySet.as_manager()  # type: ignore[assignment]
    access_policy = AnyReach(capability=Cap.MONITORING_VIEW)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        indexes = [models.Index(fields=["kind", "occurred_on"])]

    def __str__(self) -> str:
        return f"{self.kind}: {self.story.title}"

    def values(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in self.FIELDS}


class Alert(models.Model):
    """An incident brought to one post's attention; one per post and incident, renewed
    (``revision``, unread again) when the incident changes."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="alerts")
    post = models.ForeignKey(
        "accounts.Post", on_delete=models.PROTECT, related_name="monitoring_alerts"
    )
    revision = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[VisibleQuerySet[Alert]] = VisibleQuerySet.as_manager()  # type: ignore[assignment]
    access_policy = OwnedByPost(capability=Cap.MONITORING_ALERTS)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["incident", "post"], name="one_alert_per_post")
        ]

    def __str__(self) -> str:
        return f"{self.post}: {self.incident}"
