"""Casework pages: the call screen, case lists and the case file, inboxes and queues."""

from __future__ import annotations

import csv
from datetime import timedelta
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from homeward.accounts.views import signed_in_user
from homeward.cases import directory, selectors, services
from homeward.cases.case_fields import FIELDS, details_form_class
from homeward.cases.choices import CaseType
from homeward.cases.forms import (
    AgencyForm,
    AnswerForm,
    AttachmentForm,
    CaseFilterForm,
    DiplomaticNoteForm,
    IncidentForm,
    IncidentLinkForm,
    IntakeForm,
    NoteForm,
    NoteReplyForm,
    PartyForm,
    PartyStatusForm,
    ProtectionForm,
    ReassignForm,
    ReportForm,
    TaskForm,
    TransitionForm,
)
from homeward.cases.intake_screen import intake_submit
from homeward.cases.models import Case
from homeward.common.forms import attempt, attempt_ok
from homeward.common.htmx import wants_fragment
from homeward.people.matching.dates import BadDate, parse_partial_date
from homeward.people.selectors import person_get, person_named, person_search

SESSION_RECEIPT = "intake_receipt"


def intake_new(request: HttpRequest) -> HttpResponse:
    """One screen for a call: who calls, about whom, what happened, where, how urgent."""
    actor = signed_in_user(request)
    selectors.require_intake_taker(actor)
    form = IntakeForm(request.POST or None)
    case_type = str(request.POST.get("case_type") or request.GET.get("case_type") or "detention")
    details = details_form_class(case_type if case_type in FIELDS else CaseType.OTHER)(
        request.POST or None, prefix="details"
    )
    outcome = None
    if request.method == "POST":
        outcome = intake_submit(actor=actor, form=form, details=details)
        if outcome.result is not None:
            request.session[SESSION_RECEIPT] = {
                "case_id": outcome.result.intake.case_id,
                "code": outcome.result.intake.case.code,
                "secret": outcome.result.secret,
            }
            return redirect("cases:intake_done")
    context = {
        "form": form,
        "details": details,
        "likely": outcome.likely if outcome else [],
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "cases/intake_new.html", context, status=status)


def intake_details_fields(request: HttpRequest) -> HttpResponse:
    """The fields of one case type, swapped in when the operator picks the type."""
    selectors.require_intake_taker(request.user)
    case_type = request.GET.get("case_type", "")
    details = details_form_class(case_type if case_type in FIELDS else CaseType.OTHER)(
        prefix="details"
    )
    return render(request, "cases/details_fields.html", {"details": details})


@vary_on_headers("HX-Request")
def intake_subject_search(request: HttpRequest) -> HttpResponse:
    """As the operator types the name: registry hits, each with its open cases (where only)."""
    user = signed_in_user(request)
    selectors.require_intake_taker(user)
    name = request.GET.get("subject_name", "")[:2000]
    try:
        born = parse_partial_date(request.GET.get("subject_birth_date", ""))
    except BadDate:
        born = None
    hits = person_search(user=user, query=name, birth_date=born, limit=8) if name.strip() else []
    rows = [(hit, selectors.open_cases_of(user=user, person_id=hit.person_id)) for hit in hits]
    return render(request, "cases/subject_hits.html", {"rows": rows})


def intake_done(request: HttpRequest) -> HttpResponse:
    """The tracking code and the secret, to read out; the secret is shown this once."""
    selectors.require_intake_taker(request.user)
    receipt = request.session.pop(SESSION_RECEIPT, None)
    if receipt is None:
        return redirect("cases:intake_list")
    return render(request, "cases/intake_done.html", {"receipt": receipt})


def intake_list(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    code = request.GET.get("code", "")
    found = selectors.intake_by_code(user=user, code=code) if code else None
    intakes = selectors.intake_list(user=user)
    context = {"intakes": intakes, "code": code, "found": found}
    return render(request, "cases/intake_list.html", context)


@vary_on_headers("HX-Request")
def case_list(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    form = CaseFilterForm(request.GET or None)
    data: dict[str, Any] = form.cleaned_data if form.is_valid() else {}
    filters = selectors.CaseFilters(
        status=data.get("status", ""),
        case_type=data.get("case_type", ""),
        urgency=data.get("urgency", ""),
        overdue=bool(data.get("overdue")),
        code=data.get("code", ""),
        page=data.get("page") or 1,
    )
    cases, more = selectors.case_list(user=user, filters=filters)
    context = {"form": form, "cases": cases, "more": more, "page": filters.page}
    template = "cases/case_rows.html" if wants_fragment(request) else "cases/case_list.html"
    return render(request, template, context)


def _case_page(request: HttpRequest, case_id: int, **bound: forms.Form) -> HttpResponse:
    user = signed_in_user(request)
    case = selectors.case_get(user=user, case_id=case_id)
    can_work = services.can_work(user, case)
    agencies = selectors.agency_list()
    details_form = details_form_class(case.case_type)(initial=case.details)
    context = {
        "case": case,
        "details": [
            (details_form[spec.name].label, case.details.get(spec.name))
            for spec in FIELDS.get(case.case_type, ())
        ],
        "events": selectors.case_timeline(case=case),
        "tasks": case.tasks.select_related("agency").order_by("due_at"),
        "parties": case.parties.select_related("person").order_by("added_at"),
        "notes": case.diplomatic_notes.select_related("addressee").order_by("sent_on"),
        "attachments": case.attachments.order_by("uploaded_at"),
        "can_work": can_work,
        "transition_form": TransitionForm(),
        "note_form": NoteForm(),
        "task_form": TaskForm(agencies=agencies),
        "reassign_form": ReassignForm(posts=selectors.posts_for_reassignment()),
        "dnote_form": DiplomaticNoteForm(agencies=agencies),
        "reply_form": NoteReplyForm(),
        "party_form": PartyForm(),
        "party_status_form": PartyStatusForm(),
        "incident_form": IncidentLinkForm(incidents=selectors.incidents_visible(user=user))
        if can_work
        else None,
        "attachment_form": AttachmentForm(),
        **bound,
    }
    return render(request, "cases/case_detail.html", context, status=400 if bound else 200)


def case_detail(request: HttpRequest, case_id: int) -> HttpResponse:
    return _case_page(request, case_id)


def _case_action(
    request: HttpRequest,
    case_id: int,
    form: forms.Form,
    form_name: str,
    action: Any,
    done: str,
) -> HttpResponse:
    """Validate a form, run one service on the case, come back to the case file."""
    user = signed_in_user(request)
    case = selectors.case_get(user=user, case_id=case_id)
    if form.is_valid() and attempt_ok(form, lambda: action(user, case, form.cleaned_data)):
        messages.success(request, done)
        return redirect("cases:detail", case_id=case.pk)
    return _case_page(request, case.pk, **{form_name: form})


@require_POST
def case_transition(request: HttpRequest, case_id: int) -> HttpResponse:
    return _case_action(
        request,
        case_id,
        TransitionForm(request.POST),
        "transition_form",
        lambda user, case, data: services.case_transition(actor=user, case=case, **data),
        _("Status changed."),
    )


@require_POST
def case_note(request: HttpRequest, case_id: int) -> HttpResponse:
    return _case_action(
        request,
        case_id,
        NoteForm(request.POST),
        "note_form",
        lambda user, case, data: services.case_note_add(actor=user, case=case, **data),
        _("Added to the timeline."),
    )


@require_POST
def case_reassign(request: HttpRequest, case_id: int) -> HttpResponse:
    return _case_action(
        request,
        case_id,
        ReassignForm(request.POST, posts=selectors.posts_for_reassignment()),
        "reassign_form",
        lambda user, case, data: services.case_reassign(actor=user, case=case, **data),
        _("Case moved to another post."),
    )


@require_POST
def task_create(request: HttpRequest, case_id: int) -> HttpResponse:
    return _case_action(
        request,
        case_id,
        TaskForm(request.POST, agencies=selectors.agency_list()),
        "task_form",
        lambda user, case, data: services.task_create(actor=user, case=case, **data),
        _("Task sent."),
    )


@require_POST
def diplomatic_note_create(request: HttpRequest, case_id: int) -> HttpResponse:
    return _case_action(
        request,
        case_id,
        DiplomaticNoteForm(request.POST, agencies=selectors.agency_list()),
        "dnote_form",
        lambda user, case, data: services.diplomatic_note_create(actor=user, cases=[case], **data),
        _("Note to the authorities recorded."),
    )


@require_POST
def diplomatic_note_reply(request: HttpRequest, case_id: int, note_id: int) -> HttpResponse:
    def reply(user: Any, case: Case, data: dict[str, Any]) -> object:
        note = case.diplomatic_notes.get(pk=note_id)
        return services.diplomatic_note_reply(actor=user, note=note, **data)

    return _case_action(
        request, case_id, NoteReplyForm(request.POST), "reply_form", reply, _("Reply recorded.")
    )


@require_POST
def party_add(request: HttpRequest, case_id: int) -> HttpResponse:
    def add(user: Any, case: Case, data: dict[str, Any]) -> object:
        person = person_named(user=user, person_id=data["person_id"], field="person_id")
        return services.case_party_add(actor=user, case=case, person=person, note=data["note"])

    return _case_action(
        request, case_id, PartyForm(request.POST), "party_form", add, _("Person added.")
    )


@require_POST
def party_status(request: HttpRequest, case_id: int, party_id: int) -> HttpResponse:
    def change(user: Any, case: Case, data: dict[str, Any]) -> object:
        party = case.parties.get(pk=party_id)
        return services.case_party_status(actor=user, party=party, **data)

    return _case_action(
        request,
        case_id,
        PartyStatusForm(request.POST),
        "party_status_form",
        change,
        _("Status changed."),
    )


@require_POST
def incident_link(request: HttpRequest, case_id: int) -> HttpResponse:
    user = signed_in_user(request)
    return _case_action(
        request,
        case_id,
        IncidentLinkForm(request.POST, incidents=selectors.incidents_visible(user=user)),
        "incident_form",
        lambda user, case, data: services.case_link_incident(actor=user, case=case, **data),
        _("Incident linked."),
    )


@require_POST
def attachment_add(request: HttpRequest, case_id: int) -> HttpResponse:
    return _case_action(
        request,
        case_id,
        AttachmentForm(request.POST, request.FILES),
        "attachment_form",
        lambda user, case, data: services.attachment_add(
            actor=user, case=case, upload=data["file"]
        ),
        _("File attached."),
    )


def attachment_download(request: HttpRequest, case_id: int, attachment_id: int) -> FileResponse:
    user = signed_in_user(request)
    case = selectors.case_get(user=user, case_id=case_id)
    attachment = case.attachments.get(pk=attachment_id)
    return FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.name,
        content_type=attachment.content_type,
    )


def task_inbox(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    tasks = selectors.task_inbox(user=user)
    return render(request, "cases/task_inbox.html", {"tasks": tasks, "form": AnswerForm()})


@require_POST
def task_answer(request: HttpRequest, task_id: int) -> HttpResponse:
    user = signed_in_user(request)
    task = selectors.task_get(user=user, task_id=task_id)
    form = AnswerForm(request.POST)
    if form.is_valid() and attempt_ok(
        form, lambda: services.task_answer(actor=user, task=task, **form.cleaned_data)
    ):
        messages.success(request, _("Answer sent."))
        return redirect("cases:task_inbox")
    tasks = selectors.task_inbox(user=user)
    return render(
        request,
        "cases/task_inbox.html",
        {"tasks": tasks, "form": form, "failed": task.pk},
        status=400,
    )


def supervisor_queue(request: HttpRequest) -> HttpResponse:
    queue = selectors.supervisor_queue(user=signed_in_user(request))
    return render(request, "cases/supervisor_queue.html", {"queue": queue})


def incident_list(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    form = IncidentForm(request.POST or None)
    if request.method == "POST":
        post = selectors.working_post(user=user)
        if form.is_valid():
            incident = attempt(
                form, lambda: services.incident_create(actor=user, post=post, **form.cleaned_data)
            )
            if incident is not None:
                return redirect("cases:incident_detail", incident_id=incident.pk)
    incidents = selectors.incident_list(user=user)
    status = 400 if form.errors else 200
    return render(
        request, "cases/incident_list.html", {"incidents": incidents, "form": form}, status=status
    )


def incident_detail(request: HttpRequest, incident_id: int) -> HttpResponse:
    user = signed_in_user(request)
    incident = selectors.incident_get(user=user, incident_id=incident_id)
    cases = incident.cases.filter(pk__in=Case.objects.visible_to(user).values("pk"))
    return render(request, "cases/incident_detail.html", {"incident": incident, "cases": cases})


def host_register_report(request: HttpRequest) -> HttpResponse:
    """The breakdown the helpline quoted ("31 requests: 13 Kyrgyz …"), one click, with CSV."""
    user = signed_in_user(request)
    today = timezone.localdate()
    form = ReportForm(request.GET or {"start": today - timedelta(days=30), "end": today})
    report = None
    if form.is_valid():
        report = selectors.host_register_report(
            user=user, start=form.cleaned_data["start"], end=form.cleaned_data["end"]
        )
        if request.GET.get("format") == "csv":
            return _report_csv(report)
    status = 200 if report else 400
    return render(
        request, "cases/report_host_register.html", {"form": form, "report": report}, status=status
    )


def _report_csv(report: selectors.Breakdown) -> HttpResponse:
    """Aggregates only, with HXL hashtags on the second row."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = f"host-register-{report.start}-{report.end}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    writer = csv.writer(response)
    writer.writerow(["breakdown", "value", "requests"])
    writer.writerow(["#meta+breakdown", "#indicator+value", "#affected+num"])
    writer.writerow(["total", "", report.total])
    for label, rows in [
        ("nationality", report.by_nationality),
        ("discovery", report.by_discovery),
        ("bank", report.by_bank),
        ("residence_status", report.by_residence),
        ("formal_grounds", report.formal_grounds),
    ]:
        for value, count in rows:
            writer.writerow([label, value, count])
    return response


def protection_record(request: HttpRequest, person_id: int) -> HttpResponse:
    """The compartment: read (audited) and written by the protection role only."""
    user = signed_in_user(request)
    selectors.require_protection(user)
    person = person_get(user=user, person_id=person_id)
    if request.method == "POST":
        form = ProtectionForm(request.POST)
        if form.is_valid() and attempt_ok(
            form,
            lambda: services.protection_record_save(actor=user, person=person, **form.cleaned_data),
        ):
            messages.success(request, _("Saved."))
            return redirect("cases:protection", person_id=person.pk)
    else:
        record = selectors.protection_record_read(user=user, person=person)
        initial = (
            {
                "asylum_history": record.asylum_history,
                "victim_status": record.victim_status,
                "risk_on_return": record.risk_on_return,
            }
            if record
            else {}
        )
        form = ProtectionForm(initial=initial)
    status = 400 if form.errors else 200
    return render(request, "cases/protection.html", {"person": person, "form": form}, status=status)


def agency_list(request: HttpRequest) -> HttpResponse:
    """The directory, for everyone signed in; administrators add and retire agencies."""
    user = signed_in_user(request)
    keeper = directory.can_keep_directory(user)
    form = AgencyForm(request.POST or None) if keeper else None
    if request.method == "POST":
        if form is None:
            raise PermissionDenied("only administrators keep the agency directory")
        if form.is_valid() and attempt_ok(
            form, lambda: directory.agency_create(actor=user, **form.cleaned_data)
        ):
            messages.success(request, _("Agency added."))
            return redirect("cases:agencies")
    agencies = selectors.agency_list() if not keeper else selectors.agency_directory()
    status = 400 if form is not None and form.errors else 200
    context = {"agencies": agencies, "form": form}
    return render(request, "cases/agency_list.html", context, status=status)


@require_POST
def agency_set_active(request: HttpRequest, agency_id: int) -> HttpResponse:
    user = signed_in_user(request)
    if not directory.can_keep_directory(user):
        raise PermissionDenied("only administrators keep the agency directory")
    agency = selectors.agency_directory().filter(pk=agency_id).first()
    if agency is None:
        raise Http404
    directory.agency_set_active(actor=user, agency=agency, active=request.POST.get("active") == "1")
    return redirect("cases:agencies")
