"""Account lockout (django-axes): what a locked-out user is told, who is locked, unlocking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max, Sum
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _


def lockout_message() -> str:
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return _(
        "This account is locked after %(failures)d failed sign-in attempts. "
        "It unlocks by itself in %(minutes)d minutes, or an administrator can unlock it now."
    ) % {"failures": settings.AXES_FAILURE_LIMIT, "minutes": minutes}


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None, credentials: Any
) -> HttpResponse:
    """Called by axes whenever a locked account tries to sign in."""
    if request.path_info.startswith("/api/"):
        body = {"errors": [{"field": "password", "message": lockout_message()}]}
        return JsonResponse(body, status=429)
    from homeward.accounts.forms import EmailAuthenticationForm

    form = EmailAuthenticationForm(request, data=None)
    context = {"form": form, "lockout_message": lockout_message()}
    return render(request, "accounts/login.html", context, status=429)


@dataclass(frozen=True)
class LockedAccount:
    email: str
    failures: int
    last_attempt: datetime

    @property
    def unlocks_at(self) -> datetime:
        return self.last_attempt + settings.AXES_COOLOFF_TIME


def locked_accounts() -> list[LockedAccount]:
    threshold = timezone.now() - settings.AXES_COOLOFF_TIME
    rows = (
        AccessAttempt.objects.filter(attempt_time__gte=threshold, username__isnull=False)
        .values("username")
        .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
        .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
        .order_by("-last")
    )
    return [LockedAccount(r["username"], r["failures"], r["last"]) for r in rows]


def clear_failures(email: str) -> int:
    from axes.utils import reset

    return int(reset(username=email))
