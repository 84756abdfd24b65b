"""Reads of media monitoring, through ``visible_to(user)``; the exports for commands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch, QuerySet
from django.http import Http404

from homeward.accounts.roles import Cap
from homeward.common.access import get_visible_or_404, reach_of
from homeward.monitoring.models import Alert, Article, Incident, Page, Story


def _require(user: Any, capability: str) -> None:
    if reach_of(user, capability).empty:
        raise PermissionDenied(capability)


@dataclass(frozen=True)
class IncidentFilters:
    country: str = ""
    kind: str = ""
    start: date | None = None
    end: date | None = None


def _articles() -> Any:
    return Prefetch(
        "articles",
        Article.objects.select_related("page__source")
        .prefetch_related("copies__page")
        .order_by("pk"),
    )


def story_list(*, user: Any, filters: IncidentFilters) -> QuerySet[Story]:
    _require(user, Cap.MONITORING_VIEW)
    stories = Story.objects.visible_to(user).annotate(article_count=Count("articles"))
    if filters.kind:
        stories = stories.filter(kind=filters.kind)
    if filters.country:
        stories = stories.filter(incident__countries__icontains=f'"{filters.country}"')
    if filters.start:
        stories = stories.filter(incident__occurred_on__gte=filters.start)
    if filters.end:
        stories = stories.filter(incident__occurred_on__lte=filters.end)
    return stories.prefetch_related(_articles()).select_related("incident")


def incident_get(*, user: Any, incident_id: int) -> Incident:
    _require(user, Cap.MONITORING_VIEW)
    queryset = Incident.objects.select_related("story", "reviewed_by", "case_incident")
    return get_visible_or_404(queryset, user, pk=incident_id)


def alert_list(*, user: Any) -> QuerySet[Alert]:
    _require(user, Cap.MONITORING_ALERTS)
    return Alert.objects.visible_to(user).select_related("incident__story", "post")


def alert_get(*, user: Any, alert_id: int, capability: str = Cap.MONITORING_ALERTS) -> Alert:
    """An alert of the user's posts; ``MONITORING_REVIEW`` reaches those of the analyst's
    organisation (an analyst opens casework incidents from them)."""
    _require(user, capability)
    queryset = Alert.objects.select_related("incident__story", "post")
    try:
        return queryset.visible_to(user, capability).get(pk=alert_id)
    except Alert.DoesNotExist as exc:
        raise Http404 from exc


def spans_with_text(incident: Incident) -> dict[str, list[dict[str, Any]]]:
    """Each field's spans with the article's title and the sentence around the span."""
    ids = {s["article"] for spans in incident.spans.values() for s in spans}
    documents = {a.pk: a for a in Article.objects.filter(pk__in=ids).select_related("page__source")}
    out: dict[str, list[dict[str, Any]]] = {}
    for field, spans in incident.spans.items():
        rows = []
        for span in spans[:6]:
            article = documents.get(span["article"])
            if article is None:
                continue
            text = article.document
            left = max(0, span["start"] - 80)
            right = min(len(text), span["end"] + 80)
            rows.append(
                {
                    "article": article,
                    "before": text[left : span["start"]],
                    "text": text[span["start"] : span["end"]],
                    "after": text[span["end"] : right],
                }
            )
        out[field] = rows
    return out


def _page_ref(page: Page, position: int) -> dict[str, Any]:
    name = page.file_name or page.url.rsplit("/", 1)[-1] or page.content_hash[:16]
    return {"source_file": name, "index_in_page": position}


def _source_ref(article: Article) -> dict[str, Any]:
    return _page_ref(article.page, article.position)


def _source_refs(article: Article) -> list[dict[str, Any]]:
    """Where the article was printed: its page, then every page that repeated it."""
    return [_source_ref(article)] + [_page_ref(c.page, c.position) for c in article.copies.all()]


def stories_export() -> list[dict[str, Any]]:
    """``[{"story_id", "articles": [{"source_file", "index_in_page", "title"}]}]``."""
    stories = Story.objects.prefetch_related(_articles()).order_by("pk")
    return [
        {
            "story_id": story.pk,
            "articles": [
                {**ref, "title": a.title} for a in story.articles.all() for ref in _source_refs(a)
            ],
        }
        for story in stories
    ]


EXPORT_TYPES = {
    "legalisation": "policy_change",
    "policy": "policy_change",
    "register": "register_inclusion",
}
QUALIFIERS = {
    "": "exact",
    "more than": "more than",
    "over": "more than",
    "at least": "more than",
    "более": "more than",
    "свыше": "more than",
    "не менее": "more than",
    "up to": "about",  # an upper bound: the export's words are exact, more than, about
}
# The export's precisions are day, month and year: a date known to the week ("last week")
# is given as the finest of those that holds, the month.
EXPORT_PRECISIONS = {"week": "month"}


def _date_precision(incident: Incident) -> str | None:
    """ "day", "month" or "year"; a date an analyst set is a day."""
    if incident.occurred_on is None:
        return None
    precision = incident.date_precision or "day"
    return EXPORT_PRECISIONS.get(precision, precision)


def incidents_export() -> list[dict[str, Any]]:
    """One row per incident in the evaluation's shape (see the issue)."""
    incidents = Incident.objects.select_related("story").prefetch_related(
        Prefetch(
            "story__articles",
            Article.objects.select_related("page").prefetch_related("copies__page").order_by("pk"),
        )
    )
    rows = []
    for i in incidents.order_by("pk"):
        route = list(i.route or [])
        places = [p["name"] for p in i.places or []]
        rows.append(
            {
                "story_id": i.story_id,
                "type": EXPORT_TYPES.get(i.kind, i.kind),
                "date": i.occurred_on.isoformat() if i.occurred_on else None,
                "date_precision": _date_precision(i),
                "people_total": i.total,
                "people_qualifier": (
                    QUALIFIERS.get(i.total_qualifier, "about") if i.total is not None else None
                ),
                "nationalities": i.nationalities,
                "origin": route[0] if route else None,
                "destination": route[-1] if route else (places[0] if places else None),
                "transit": route[1:-1],
                "organisations": i.organisations,
                "sources": [ref for a in i.story.articles.all() for ref in _source_refs(a)],
            }
        )
    return rows
