"""Pages for citizens and their families: no sign-in, on a phone, in their language."""

from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from homeward.common.forms import attempt
from homeward.common.throttle import throttle_hit
from homeward.people.records import record_from_fields, stay_from_fields
from homeward.people.services import NextOfKin, person_register_self
from homeward.public.forms import SelfRegistrationForm

REGISTRATIONS_PER_IP_PER_HOUR = 10
SESSION_REFERENCE = "public_registration_reference"


def _client_ip(request: HttpRequest) -> str:
    return str(request.META.get("REMOTE_ADDR") or "unknown")


@login_not_required
def register(request: HttpRequest) -> HttpResponse:
    """Consular registration of a stay abroad, in a few minutes."""
    form = SelfRegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if form.is_robot():
            return redirect("public:register_done")
        if not throttle_hit(
            scope="public.register",
            value=_client_ip(request),
            limit=REGISTRATIONS_PER_IP_PER_HOUR,
            per_seconds=3600,
        ):
            form.add_error(None, _("Too many registrations from this connection. Try later."))
            return render(request, "public/register.html", {"form": form}, status=429)
        data = form.cleaned_data
        registration = attempt(
            form,
            lambda: person_register_self(
                record=record_from_fields(
                    name=data["name"],
                    birth_date=data["birth_date"].isoformat(),
                    nationality=data["nationality"],
                    passport_number=data["passport_number"],
                ),
                stay=stay_from_fields(
                    country=data["country"],
                    city=data["city"],
                    address=data["address"],
                    employer=data["employer"],
                    arrived_on=data["arrived_on"],
                    stay_until=data["stay_until"],
                    consent=data["consent"],
                ),
                phone=data["phone"],
                messenger=data["messenger"],
                next_of_kin=NextOfKin(
                    name=data["kin_name"], phone=data["kin_phone"], kind=data["kin_kind"] or "other"
                )
                if data["kin_name"].strip()
                else None,
                submission=data["submission"],
            ),
        )
        if registration is not None:
            request.session[SESSION_REFERENCE] = registration.reference
            return redirect("public:register_done")
    status = 400 if form.errors else 200
    return render(request, "public/register.html", {"form": form}, status=status)


@login_not_required
def register_done(request: HttpRequest) -> HttpResponse:
    """The reference to keep; nothing the citizen wrote is shown back."""
    reference = request.session.get(SESSION_REFERENCE, "")
    return render(request, "public/register_done.html", {"reference": reference})
