from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.vary import vary_on_headers

from homeward.common.htmx import wants_fragment
from homeward.common.models import AuditEvent
from homeward.common.selectors import audit_event_list


@login_not_required
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """For load balancers: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    if request.path_info.startswith("/api/"):
        body = {"errors": [{"field": None, "message": "Not found"}]}
        return JsonResponse(body, status=404)
    return render(request, "404.html", status=404)


@vary_on_headers("HX-Request")
def event_list(request: HttpRequest) -> HttpResponse:
    if not request.user.has_capability(AuditEvent.access_policy.capability):  # type: ignore[union-attr]
        raise PermissionDenied
    filters = {k: request.GET.get(k, "").strip() for k in ("verb", "actor", "target")}
    events = audit_event_list(user=request.user, **filters).select_related("actor")
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    template = "common/event_page.html" if wants_fragment(request) else "common/event_list.html"
    return render(request, template, {"page": page, "filters": filters})
