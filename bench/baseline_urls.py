"""A bare Django JSON view doing one INSERT (``bench_ping``, created by the benchmark)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from homeward.common.views import healthz


@csrf_exempt
@login_not_required
def ping(request: HttpRequest) -> JsonResponse:
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO bench_ping (at, note) VALUES (now(), %s) RETURNING id",
            [request.body[:200].decode(errors="replace")],
        )
        row = cursor.fetchone()
    return JsonResponse({"id": row[0] if row else None}, status=201)


urlpatterns = [
    path("healthz", healthz),
    path("ping", ping),
]
