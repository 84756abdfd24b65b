"""Monitoring pages: the story feed, an incident beside its sources, a post's alerts."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from homeward.accounts.roles import Cap
from homeward.accounts.views import signed_in_user
from homeward.common.forms import attempt
from homeward.common.htmx import wants_fragment
from homeward.monitoring import selectors, services
from homeward.monitoring.forms import IncidentReviewForm, StoryFilterForm


def story_list(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    form = StoryFilterForm(request.GET or None)
    filters = selectors.IncidentFilters()
    if form.is_valid():
        filters = selectors.IncidentFilters(**form.cleaned_data)
    stories = selectors.story_list(user=user, filters=filters)[:200]
    template = (
        "monitoring/story_rows.html" if wants_fragment(request) else "monitoring/stories.html"
    )
    status = 400 if form.errors else 200
    return render(request, template, {"form": form, "stories": stories}, status=status)


def incident_detail(request: HttpRequest, incident_id: int) -> HttpResponse:
    user = signed_in_user(request)
    incident = selectors.incident_get(user=user, incident_id=incident_id)
    form = IncidentReviewForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            action = form.cleaned_data["action"]
            done = attempt(
                form,
                lambda: services.incident_review(
                    actor=user, incident=incident, action=action, values=form.corrections()
                ),
            )
            if done is not None:
                messages.success(request, _("Saved."))
                return redirect("monitoring:incident", incident_id=incident.pk)
        status = 400
    context = {
        "incident": incident,
        "spans": selectors.spans_with_text(incident),
        "form": form,
        "can_review": user.has_capability(Cap.MONITORING_REVIEW),
        "alerts": incident.alerts.select_related("post"),
    }
    return render(request, "monitoring/incident.html", context, status=status)


def alert_list(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    alerts = selectors.alert_list(user=user)[:200]
    return render(request, "monitoring/alerts.html", {"alerts": alerts})


@require_POST
def alert_read(request: HttpRequest, alert_id: int) -> HttpResponse:
    user = signed_in_user(request)
    alert = selectors.alert_get(user=user, alert_id=alert_id)
    services.alert_mark_read(actor=user, alert=alert)
    return redirect("monitoring:alerts")


@require_POST
def alert_open_case(request: HttpRequest, alert_id: int) -> HttpResponse:
    user = signed_in_user(request)
    alert = selectors.alert_get(user=user, alert_id=alert_id, capability=Cap.MONITORING_REVIEW)
    form = IncidentReviewForm()
    opened = attempt(form, lambda: services.alert_open_case_incident(actor=user, alert=alert))
    if opened is None:
        for error in form.non_field_errors():
            messages.error(request, str(error))
    else:
        messages.success(request, _("Casework incident opened."))
    return redirect("monitoring:incident", incident_id=alert.incident_id)
