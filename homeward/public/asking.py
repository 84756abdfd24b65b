"""Asking for help without an account, and following the request with a code and a secret."""

from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from homeward.cases.records import intake_from_fields
from homeward.cases.selectors import follow_request
from homeward.cases.services import intake_create
from homeward.common.errors import DomainError
from homeward.common.forms import attempt
from homeward.common.throttle import throttle_hit
from homeward.people.phones import check_phone
from homeward.public.forms import FollowForm, HelpRequestForm

REQUESTS_PER_IP_PER_HOUR = 5
REQUESTS_PER_PHONE_PER_DAY = 3
FOLLOWS_PER_IP_PER_HOUR = 30
SESSION_RECEIPT = "public_help_receipt"
CALLER = {"self": "self", "family": "family", "other": "other"}


def _ip(request: HttpRequest) -> str:
    return str(request.META.get("REMOTE_ADDR") or "unknown")


def _limited(form: HelpRequestForm, request: HttpRequest) -> bool:
    """Per connection and per phone number; a robot's number is no better than its IP."""
    if not throttle_hit(
        scope="help.ip", value=_ip(request), limit=REQUESTS_PER_IP_PER_HOUR, per_seconds=3600
    ):
        return True
    try:
        phone = check_phone(form.cleaned_data["phone"], region=form.cleaned_data["country"])
    except DomainError:
        return False
    return not throttle_hit(
        scope="help.phone", value=phone, limit=REQUESTS_PER_PHONE_PER_DAY, per_seconds=86400
    )


@login_not_required
def help_ask(request: HttpRequest) -> HttpResponse:
    form = HelpRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if form.is_robot():
            return redirect("public:help_done")
        if _limited(form, request):
            form.add_error(None, _("Too many requests from here. Call the hotline instead."))
            return render(request, "public/help_ask.html", {"form": form}, status=429)
        data = form.cleaned_data
        result = attempt(
            form,
            lambda: intake_create(
                actor=None,
                record=intake_from_fields(
                    channel="web",
                    case_type=data["case_type"],
                    country=data["country"],
                    city=data["city"],
                    account=data["account"],
                    caller_phone=data["phone"],
                    caller_relation=CALLER[data["about"]],
                    caller_name=data["name"] if data["about"] == "self" else "",
                ),
                idempotency_key=f"web:{data['submission']}",
            ),
        )
        if result is not None:
            receipt = {"code": result.intake.case.code, "secret": result.secret}
            if result.created:
                request.session[SESSION_RECEIPT] = receipt
            return redirect("public:help_done")
    status = 400 if form.errors else 200
    return render(request, "public/help_ask.html", {"form": form}, status=status)


@login_not_required
def help_done(request: HttpRequest) -> HttpResponse:
    """The code and the secret, once; nothing the person wrote."""
    receipt = request.session.pop(SESSION_RECEIPT, None)
    return render(request, "public/help_done.html", {"receipt": receipt})


@login_not_required
def help_follow(request: HttpRequest) -> HttpResponse:
    """Status and next step only: never a name, a place or a word of the account."""
    form = FollowForm(request.POST or None)
    status_of = None
    if request.method == "POST" and form.is_valid():
        if not throttle_hit(
            scope="help.follow", value=_ip(request), limit=FOLLOWS_PER_IP_PER_HOUR, per_seconds=3600
        ):
            form.add_error(None, _("Too many attempts from here. Try later."))
            return render(request, "public/help_follow.html", {"form": form}, status=429)
        status_of = follow_request(
            code=form.cleaned_data["code"], secret=form.cleaned_data["secret"]
        )
        if status_of is None:
            form.add_error(None, _("No request has this code and secret."))
    code = 400 if form.errors else 200
    return render(
        request, "public/help_follow.html", {"form": form, "found": status_of}, status=code
    )
