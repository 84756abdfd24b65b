"""Registry pages: the operator's search box, a person's record, new persons, merges."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from homeward.accounts.views import signed_in_user
from homeward.common.forms import attempt, attempt_ok
from homeward.common.htmx import wants_fragment
from homeward.people import selectors, services
from homeward.people.forms import (
    ContactForm,
    DocumentForm,
    MergeForm,
    PersonForm,
    PersonSearchForm,
    RelationForm,
    StatusForm,
    StayForm,
    UnmergeForm,
)
from homeward.people.matching.search import SearchHit
from homeward.people.models import Person
from homeward.people.mrz import MrzFormatError, parse_mrz
from homeward.people.records import record_from_fields, stay_from_fields


@vary_on_headers("HX-Request")
def person_search(request: HttpRequest) -> HttpResponse:
    selectors.require_registry_reader(request.user)
    form = PersonSearchForm(request.GET or None)
    hits: list[SearchHit] = []
    if form.is_valid() and form.cleaned_data["q"]:
        hits = selectors.person_search(
            user=request.user,
            query=form.cleaned_data["q"],
            birth_date=form.cleaned_data["birth_date"],
            limit=20,
        )
    template = "people/search_results.html" if wants_fragment(request) else "people/search.html"
    context = {"form": form, "hits": hits, "can_edit": selectors.can_edit(request.user)}
    return render(request, template, context)


def _detail(request: HttpRequest, person_id: int, **bound: forms.Form) -> HttpResponse:
    user = request.user
    profile = selectors.person_profile(user=user, person_id=person_id)
    context = {
        "profile": profile,
        "person": profile.person,
        "duplicates": selectors.person_duplicates(user=user, profile=profile)
        if profile.person.merged_into_id is None
        else [],
        "can_edit": selectors.can_edit(user),
        "can_merge": selectors.can_merge(user),
        "contact_form": ContactForm(),
        "document_form": DocumentForm(),
        "status_form": StatusForm(initial={"status": profile.person.status}),
        "relation_form": RelationForm(),
        "unmerge_form": UnmergeForm(),
        **bound,
    }
    return render(request, "people/person_detail.html", context, status=400 if bound else 200)


def person_detail(request: HttpRequest, person_id: int) -> HttpResponse:
    return _detail(request, person_id)


def _form_from_mrz(request: HttpRequest) -> tuple[PersonForm, dict[str, str]]:
    """The form filled from a pasted MRZ, and the fields whose check digit is wrong."""
    typed = request.POST.dict()
    try:
        data = parse_mrz(typed.get("mrz", ""))
    except MrzFormatError as exc:
        return PersonForm(initial=typed), {"mrz": str(exc)}
    filled = {
        "name": data.full_name,
        "birth_date": data.birth_date.isoformat() if data.birth_date else "",
        "sex": data.sex,
        "nationality": data.nationality if len(data.nationality) == 2 else "",
        "passport_number": data.document_number if data.document_type.startswith("P") else "",
    }
    return PersonForm(initial={**typed, **filled}), data.errors


def person_create(request: HttpRequest) -> HttpResponse:
    """New person; when the registry likely holds them already, say who before creating."""
    actor = signed_in_user(request)
    selectors.require_registry_editor(actor)
    if request.method == "POST" and "read_mrz" in request.POST:
        filled, mrz_errors = _form_from_mrz(request)
        context = {"form": filled, "likely": [], "mrz_errors": mrz_errors}
        return render(request, "people/person_form.html", context, status=200)
    form = PersonForm(request.POST or None)
    likely: list[SearchHit] = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        record = attempt(
            form,
            lambda: record_from_fields(
                name=data["name"],
                other_names=form.other_names_field(),
                birth_date=str(data["birth_date"] or ""),
                sex=data["sex"],
                nationality=data["nationality"],
                passport_number=data["passport_number"],
                birthplace=data["birthplace"],
            ),
        )
        if record is not None:
            if not data["create_anyway"]:
                likely = selectors.likely_same_people(
                    user=actor, name=record.name, evidence=record.evidence()
                )
            if not likely:
                person = services.person_create(actor=actor, record=record)
                messages.success(request, _("Person added to the registry."))
                return redirect("people:detail", person_id=person.pk)
    status = 400 if form.errors or likely else 200
    return render(
        request, "people/person_form.html", {"form": form, "likely": likely}, status=status
    )


def _person_action(
    request: HttpRequest,
    person_id: int,
    form: forms.Form,
    form_name: str,
    action: Callable[[Any, Person, dict[str, Any]], object],
    done: str,
    *,
    require: Callable[[Any], None] = selectors.require_registry_editor,
) -> HttpResponse:
    """Validate a form, run one service on the person, come back to the person's page."""
    actor = signed_in_user(request)
    require(actor)
    person = selectors.person_get(user=actor, person_id=person_id)
    if form.is_valid() and attempt_ok(form, lambda: action(actor, person, form.cleaned_data)):
        messages.success(request, done)
        return redirect("people:detail", person_id=person.pk)
    return _detail(request, person.pk, **{form_name: form})


@require_POST
def contact_add(request: HttpRequest, person_id: int) -> HttpResponse:
    return _person_action(
        request,
        person_id,
        ContactForm(request.POST),
        "contact_form",
        lambda actor, person, data: services.contact_add(actor=actor, person=person, **data),
        _("Contact added."),
    )


@require_POST
def document_add(request: HttpRequest, person_id: int) -> HttpResponse:
    return _person_action(
        request,
        person_id,
        DocumentForm(request.POST),
        "document_form",
        lambda actor, person, data: services.document_add(actor=actor, person=person, **data),
        _("Document added."),
    )


@require_POST
def person_status(request: HttpRequest, person_id: int) -> HttpResponse:
    return _person_action(
        request,
        person_id,
        StatusForm(request.POST),
        "status_form",
        lambda actor, person, data: services.person_set_status(actor=actor, person=person, **data),
        _("Status changed."),
    )


@require_POST
def relation_add(request: HttpRequest, person_id: int) -> HttpResponse:
    return _person_action(
        request,
        person_id,
        RelationForm(request.POST),
        "relation_form",
        lambda actor, person, data: services.relation_add(actor=actor, person=person, **data),
        _("Relative added."),
    )


def registration_add(request: HttpRequest, person_id: int) -> HttpResponse:
    """An operator records a stay abroad the citizen described on the phone."""
    actor = signed_in_user(request)
    selectors.require_registry_editor(actor)
    person = selectors.person_get(user=actor, person_id=person_id)
    form = StayForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        stay = attempt(form, lambda: stay_from_fields(**form.cleaned_data))
        if stay is not None and attempt_ok(
            form, lambda: services.registration_create(actor=actor, person=person, stay=stay)
        ):
            messages.success(request, _("Stay abroad registered."))
            return redirect("people:detail", person_id=person.pk)
    status = 400 if form.errors else 200
    context = {"form": form, "person": person}
    return render(request, "people/registration_form.html", context, status=status)


def person_merge(request: HttpRequest, person_id: int, other_id: int) -> HttpResponse:
    """Confirm, with a reason, that ``other_id`` is the same person as ``person_id``."""
    actor = signed_in_user(request)
    selectors.require_registry_merger(actor)
    survivor = selectors.person_profile(user=actor, person_id=person_id)
    absorbed = selectors.person_profile(user=actor, person_id=other_id)
    form = MergeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        done = attempt(
            form,
            lambda: services.person_merge(
                actor=actor,
                survivor=survivor.person,
                absorbed=absorbed.person,
                reason=form.cleaned_data["reason"],
            ),
        )
        if done is not None:
            messages.success(request, _("Records merged. The merge can be undone."))
            return redirect("people:detail", person_id=survivor.person.pk)
    status = 400 if form.errors else 200
    context = {"form": form, "survivor": survivor, "absorbed": absorbed}
    return render(request, "people/merge_confirm.html", context, status=status)


@require_POST
def person_unmerge(request: HttpRequest, person_id: int) -> HttpResponse:
    return _person_action(
        request,
        person_id,
        UnmergeForm(request.POST),
        "unmerge_form",
        lambda actor, person, data: services.person_unmerge(
            actor=actor, person=person, reason=data["reason"]
        ),
        _("Merge undone: the record stands on its own again."),
        require=selectors.require_registry_merger,
    )


def registration_list(request: HttpRequest) -> HttpResponse:
    country = request.GET.get("country", "")[:2]
    registrations = selectors.registration_list(user=request.user, country=country)
    context = {"registrations": registrations, "country": country}
    return render(request, "people/registration_list.html", context)
