"""Writes of media monitoring: ingest a page, cluster its articles into stories, keep each
story's incident and its alerts current, and the analyst's review. Each write is one
transaction with its audit event; a page is analysed *before* the transaction opens, so a
page that cannot be read changes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from homeward.accounts.models import Organisation, Post
from homeward.accounts.roles import Cap
from homeward.cases import services as cases_services
from homeward.cases.models import Incident as CaseIncident
from homeward.common.access import reach_of
from homeward.common.audit import audit_record
from homeward.common.errors import DomainError, NotAllowed
from homeward.monitoring.models import (
    Alert,
    Article,
    ArticleCopy,
    Incident,
    Page,
    Source,
    SourceLine,
    Story,
)
from homeward.monitoring.pipeline.analyse import AnalysedArticle, analyse
from homeward.monitoring.pipeline.decode import Rejected, content_hash
from homeward.monitoring.pipeline.facts import INCIDENT_KINDS
from homeward.monitoring.pipeline.merge import event_key, facts_json, merge
from homeward.monitoring.pipeline.similarity import (
    DATE_SLACK_DAYS,
    EventKey,
    Signatures,
    contradicts,
    same_event,
)

FURNITURE_PAGES = 2
"""A short line already seen on this many other pages of a source is its furniture."""
WINDOW = timedelta(days=45)
"""How far back a new article looks for its story."""
MANUAL_SOURCE = "manual"
FactsJson = dict[str, Any]
"""An article's facts as stored (``facts_json``)."""
DATE_DETAILS = ("year_known", "date_precision", "date_basis")
"""How the date was read: the extractor's as long as the analyst has not set the date."""


@dataclass(frozen=True)
class IngestResult:
    page: Page | None
    created: bool
    reason: str = ""
    articles: int = 0


def source_for(name: str, feed_url: str = "") -> Source:
    source, _created = Source.objects.get_or_create(
        name=name[:200] or MANUAL_SOURCE, defaults={"feed_url": feed_url}
    )
    return source


def page_ingest(
    *,
    raw: bytes,
    source: Source,
    url: str = "",
    file_name: str = "",
    published: date | None = None,
    actor: Any = None,
    today: date | None = None,
    fresh: bool = False,
) -> IngestResult:
    """Store a page once (by content hash), its articles, and what follows from them.

    ``fresh``: the page was fetched as it appeared (a feed item), so its relative days
    ("yesterday") may be read against its date or the day of fetching.
    Returns a result with ``reason`` and stores nothing when the page is refused (binary,
    empty, too large, unknown language, no article) or already stored.
    """
    existing = Page.objects.filter(content_hash=content_hash(raw)).first()
    if existing is not None:
        return IngestResult(existing, False, _("already ingested"), existing.articles.count())
    try:
        furniture = frozenset(
            SourceLine.objects.filter(source=source, pages__gte=FURNITURE_PAGES).values_list(
                "line", flat=True
            )
        )
        analysed = analyse(
            raw,
            today=today or timezone.localdate(),
            published=published,
            fresh=fresh,
            furniture=furniture,
        )
    except Rejected as exc:
        return IngestResult(None, False, exc.reason)
    try:
        with transaction.atomic():
            page = Page.objects.create(
                source=source,
                url=url[:1000],
                file_name=file_name[:255],
                published_on=published,
                content_hash=analysed.content_hash,
                raw=analysed.raw,
                text=analysed.text,
                language=analysed.language,
                page_date=analysed.page_date,
            )
            _lines_count(source, analysed.short_lines)
            touched: dict[int, Story] = {}
            since = timezone.now() - WINDOW
            recent = Article.objects.filter(created_at__gte=since).order_by("-pk")
            signatures = Signatures(
                (s, bytes(sig)) for s, sig in recent.values_list("story_id", "signature")[:5000]
            )
            stored = _Stored(analysed.articles)
            for item in analysed.articles:
                copy = _article_copy(page, item, stored)
                if copy is not None:
                    touched[copy.pk] = copy
                    continue
                story = _article_store(page, item, signatures, stored)
                signatures.add(story.pk, item.signature)
                touched[story.pk] = story
            _stories_refresh(list(touched.values()), stored.new_stories)
            audit_record(
                actor=actor,
                verb="monitoring.page_ingest",
                target=page,
                changes={"articles": len(analysed.articles), "source": source.name},
            )
    except IntegrityError:  # the same page, stored meanwhile by another process
        page = Page.objects.get(content_hash=analysed.content_hash)
        return IngestResult(page, False, _("already ingested"), page.articles.count())
    return IngestResult(page, True, "", len(analysed.articles))


def _lines_count(source: Source, lines: frozenset[str]) -> None:
    """One more page of ``source`` shows each of these short lines."""
    if not lines:
        return
    SourceLine.objects.bulk_create(
        [SourceLine(source=source, line=line[:200], pages=0) for line in lines],
        ignore_conflicts=True,
    )
    SourceLine.objects.filter(source=source, line__in=[line[:200] for line in lines]).update(
        pages=F("pages") + 1
    )


class _Stored:
    """What one page's transaction knows of the articles already stored: those with the
    titles of its articles (read at once), the ones it adds, and the stories it opens
    (they have no incident yet; their first article's facts are the ones stored here)."""

    def __init__(self, items: list[AnalysedArticle]) -> None:
        titles = {item.article.title[:500] for item in items}
        self.by_title: dict[str, list[Article]] = {}
        same_titles = Article.objects.filter(title__in=titles).select_related("story")
        for article in same_titles.order_by("pk"):
            self.by_title.setdefault(article.title, []).append(article)
        self.new_stories: dict[int, FactsJson] = {}

    def add(self, article: Article, *, new_story: bool) -> None:
        self.by_title.setdefault(article.title, []).append(article)
        if new_story:
            self.new_stories[article.story_id] = article.facts


def _article_copy(page: Page, item: AnalysedArticle, stored: _Stored) -> Story | None:
    """An article already stored word for word (another listing page printed it too) gets
    this page's position as a copy, not a second row; returns its story."""
    same = next(
        (
            a
            for a in stored.by_title.get(item.article.title[:500], [])
            if a.body == item.article.body
        ),
        None,
    )
    if same is None:
        return None
    if not (same.page_id == page.pk and same.position == item.article.position):
        ArticleCopy.objects.get_or_create(
            page=page, position=item.article.position, defaults={"article": same}
        )
    return same.story


def _article_store(
    page: Page, item: AnalysedArticle, signatures: Signatures, stored: _Stored
) -> Story:
    facts = facts_json(item.facts)
    story = _story_for(item.signature, facts, signatures, stored)
    new_story = story is None
    if story is None:
        story = Story.objects.create(title=item.article.title[:500], kind=facts["kind"])
    article = Article.objects.create(
        page=page,
        position=item.article.position,
        title=item.article.title[:500],
        body=item.article.body,
        language=item.language,
        signature=item.signature,
        kind=facts["kind"],
        facts=facts,
        story=story,
    )
    stored.add(article, new_story=new_story)
    return story


def _story_for(
    signature: bytes, facts: dict[str, Any], signatures: Signatures, stored: _Stored
) -> Story | None:
    """A copy of a recent article joins its story unless their facts contradict (one
    template, two flights); else an incident of the same event."""
    since = timezone.now() - WINDOW
    key = event_key(facts)
    copies = signatures.candidates(signature)
    stories = Story.objects.select_related("incident").in_bulk(copies) if copies else {}
    for story_id in copies:
        story = stories[story_id]
        if not contradicts(key, _story_key(story, stored)):
            return story
    if facts["kind"] not in INCIDENT_KINDS:
        return None
    candidates = (
        Incident.objects.filter(updated_at__gte=since, kind=facts["kind"])
        .filter(_near(key))
        .exclude(status=Incident.Status.DISMISSED)
        .only(*EVENT_FIELDS)
    )
    for incident in candidates.select_related("story").order_by("-pk")[:500]:
        if same_event(
            key,
            event_key(
                incident.values()
                | {"year_known": incident.year_known, "total_qualifier": incident.total_qualifier}
            ),
        ):
            return incident.story
    return None


EVENT_FIELDS = (
    "story",
    "kind",
    "occurred_on",
    "year_known",
    "total",
    "total_qualifier",
    "nationalities",
    "countries",
    "places",
    "route",
    "organisations",
)


def _near(key: EventKey) -> Q:
    """Incidents whose date may agree with ``key``'s (within the slack; a year-less date
    by month and day), or that have none: the rest cannot be the same event."""
    if key.occurred_on is None:
        return Q()
    days = [
        key.occurred_on + timedelta(days=d) for d in range(-DATE_SLACK_DAYS, DATE_SLACK_DAYS + 1)
    ]
    undated = Q(occurred_on__isnull=True)
    if key.year_known:
        return undated | Q(occurred_on__range=(days[0], days[-1])) | Q(year_known=False)
    same_day = Q()
    for shift in (-1, 0, 1):  # a year-less date's year is a guess: the years around it
        same_day |= Q(occurred_on__range=(_shift(days[0], shift), _shift(days[-1], shift)))
    return undated | same_day


def _shift(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _story_key(story: Story, stored: _Stored) -> EventKey:
    """The facts a story stands for: its incident's, else its first article's."""
    if story.pk in stored.new_stories:
        return event_key(stored.new_stories[story.pk])
    incident = getattr(story, "incident", None)
    if incident is not None:
        return event_key(
            incident.values()
            | {"year_known": incident.year_known, "total_qualifier": incident.total_qualifier}
        )
    first = story.articles.order_by("pk").values_list("facts", flat=True).first()
    return event_key(first or {})


def _stories_refresh(stories: list[Story], new_stories: dict[int, FactsJson]) -> None:
    """``story_refresh`` of each story, their articles read in one query."""
    articles: dict[int, list[tuple[int, FactsJson, str]]] = {story.pk: [] for story in stories}
    rows = Article.objects.filter(story__in=list(articles)).order_by("pk")
    for story_id, pk, facts, title in rows.values_list("story_id", "pk", "facts", "title"):
        articles[story_id].append((pk, facts, title))
    posts = alertable_posts()
    for story in stories:
        story_refresh(
            story=story, articles=articles[story.pk], new=story.pk in new_stories, posts=posts
        )


def story_refresh(
    *,
    story: Story,
    articles: list[tuple[int, FactsJson, str]] | None = None,
    new: bool = False,
    posts: list[Post] | None = None,
) -> Incident | None:
    """Re-read a story's incident from all its articles; fields an analyst corrected stay.

    ``articles``: the story's (id, facts, title), oldest first, when the caller has read
    them; ``new``: the story was opened in this transaction, so it has no incident yet;
    ``posts``: ``alertable_posts()``, read once for many stories."""
    if articles is None:
        articles = list(story.articles.order_by("pk").values_list("pk", "facts", "title"))
    merged = merge([(pk, facts) for pk, facts, _title in articles])
    now = timezone.now()
    story.kind = merged["kind"]
    story.title = articles[0][2] if articles else story.title
    story.updated_at = now
    story.save(update_fields=["kind", "title", "updated_at"])
    incident = None if new else Incident.objects.filter(story=story).first()
    if incident is None and merged["kind"] not in INCIDENT_KINDS:
        return None
    if incident is None:
        incident = Incident(story=story, kind=merged["kind"], revision=0)
    changed: list[str] = []
    for field in (*Incident.FIELDS, *DATE_DETAILS, "total_qualifier"):
        guard = "total" if field == "total_qualifier" else field
        guard = "occurred_on" if field in DATE_DETAILS else guard
        if guard in incident.corrected:
            continue
        value = merged[field]
        if field == "occurred_on" and value:
            value = date.fromisoformat(value)
        if getattr(incident, field) != value:
            setattr(incident, field, value)
            changed.append(field)
    spans = {f: s for f, s in merged["spans"].items() if f not in incident.corrected}
    incident.spans = {**incident.spans, **spans}
    if not changed and incident.pk:
        incident.save(update_fields=["spans"])
        return incident
    incident.revision += 1
    incident.updated_at = now
    incident.save()
    alerts_refresh(incident=incident, posts=posts)
    return incident


STATE_ORGANISATIONS = (Organisation.Kind.MINISTRY, Organisation.Kind.DIPLOMATIC)


def alertable_posts() -> list[Post]:
    """Active posts with a jurisdiction of their own, with their countries and organisation."""
    posts = Post.objects.filter(is_active=True, everywhere=False)
    return list(posts.select_related("organisation").prefetch_related("jurisdictions"))


def posts_concerned(incident: Incident, posts: list[Post] | None = None) -> list[Post]:
    """Posts whose jurisdiction names a country where the incident happened (a post that
    covers every country, like the hotline, reads the feed instead of getting alerts).

    A state's post (a ministry's, an embassy's) protects its own citizens: when the
    incident names the nationalities of the people, it concerns the posts of those states
    (and every NGO or international desk there); with no nationality named, all of them.
    ``posts``: ``alertable_posts()``, when the caller has read them for several incidents."""
    countries = set(incident.countries or [])
    if not countries or incident.status == Incident.Status.DISMISSED:
        return []
    nationalities = set(incident.nationalities or {})
    return [
        post
        for post in (alertable_posts() if posts is None else posts)
        if any(j.country in countries for j in post.jurisdictions.all())
        and not (
            nationalities
            and post.organisation.kind in STATE_ORGANISATIONS
            and post.organisation.country not in nationalities
        )
    ]


def alerts_refresh(*, incident: Incident, posts: list[Post] | None = None) -> list[Alert]:
    """One alert per post and incident; a newer revision makes it unread again."""
    now = timezone.now()
    alerts: list[Alert] = []
    for post in posts_concerned(incident, posts):
        alert, created = Alert.objects.get_or_create(
            incident=incident, post=post, defaults={"revision": incident.revision}
        )
        if not created and alert.revision != incident.revision:
            alert.revision, alert.updated_at, alert.read_at = incident.revision, now, None
            alert.save(update_fields=["revision", "updated_at", "read_at"])
        alerts.append(alert)
    return alerts


def _require_reviewer(actor: Any) -> None:
    if reach_of(actor, Cap.MONITORING_REVIEW).empty:
        raise NotAllowed(_("your role does not review monitoring incidents"))


@transaction.atomic
def incident_review(
    *, actor: Any, incident: Incident, action: str, values: dict[str, Any] | None = None
) -> Incident:
    """Confirm, dismiss, or correct fields; corrected fields are the analyst's for good."""
    _require_reviewer(actor)
    incident = Incident.objects.select_for_update().get(pk=incident.pk)
    before = incident.values()
    changes: dict[str, Any] = {}
    if action == "confirm":
        incident.status = Incident.Status.CONFIRMED
    elif action == "dismiss":
        incident.status = Incident.Status.DISMISSED
    elif action == "correct":
        for field, value in (values or {}).items():
            if field not in Incident.FIELDS:
                raise DomainError(_("this field cannot be corrected"), field=field)
            if before[field] != value:
                setattr(incident, field, value)
                changes[field] = [before[field], value]
                if field not in incident.corrected:
                    incident.corrected = [*incident.corrected, field]
                if field == "total":
                    incident.total_qualifier = ""
                if field == "occurred_on":
                    incident.year_known = True
                    incident.date_precision, incident.date_basis = "day", "analyst"
        if not changes:
            raise DomainError(_("nothing was changed"))
        incident.status = Incident.Status.CORRECTED
        incident.revision += 1
    else:
        raise DomainError(_("unknown action"), field="action")
    incident.reviewed_by, incident.reviewed_at = actor, timezone.now()
    incident.updated_at = incident.reviewed_at
    incident.save()
    if action != "dismiss":
        alerts_refresh(incident=incident)
    audit_record(
        actor=actor,
        verb=f"monitoring.incident_{action}",
        target=incident,
        changes=changes or {"status": incident.status},
    )
    return incident


CASE_KIND = {
    "deportation": CaseIncident.Kind.FLIGHT,
    "detention": CaseIncident.Kind.RAID,
    "trafficking": CaseIncident.Kind.WORKPLACE,
}


@transaction.atomic
def alert_open_case_incident(*, actor: Any, alert: Alert) -> CaseIncident:
    """Open (once) the casework incident a post's cases can be linked to."""
    _require_reviewer(actor)
    incident = Incident.objects.select_for_update().get(pk=alert.incident_id)
    if incident.case_incident_id is not None:
        raise DomainError(_("a casework incident is already open for this incident"))
    post = alert.post
    covered = {j.country for j in post.jurisdictions.all()}
    country = next((c for c in incident.countries if c in covered), post.country)
    city = next((p["name"] for p in incident.places if p.get("country") == country), "")
    case_incident = cases_services.incident_create(
        actor=actor,
        kind=CASE_KIND.get(incident.kind, CaseIncident.Kind.OTHER),
        title=incident.story.title[:200],
        country=country,
        post=post,
        occurred_on=incident.occurred_on
        if incident.occurred_on and incident.occurred_on <= timezone.localdate()
        else None,
        city=city[:100],
        description=_("Opened from media monitoring: %(title)s") % {"title": incident.story.title},
    )
    incident.case_incident = case_incident
    incident.save(update_fields=["case_incident"])
    audit_record(
        actor=actor,
        verb="monitoring.case_incident_open",
        target=incident,
        changes={"case_incident": case_incident.pk, "post": post.pk},
    )
    return case_incident


@transaction.atomic
def alert_mark_read(*, actor: Any, alert: Alert) -> Alert:
    alert.read_at = timezone.now()
    alert.save(update_fields=["read_at"])
    audit_record(actor=actor, verb="monitoring.alert_read", target=alert)
    return alert
