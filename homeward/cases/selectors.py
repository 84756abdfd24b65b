"""Reads of casework, always through ``visible_to(user)``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy

from homeward.accounts.models import Post
from homeward.accounts.roles import ROLE_CAPABILITIES, Cap, Role
from homeward.cases.choices import CaseType, Status
from homeward.cases.models import (
    Agency,
    Case,
    CaseEvent,
    DiplomaticNote,
    Incident,
    Intake,
    ProtectionRecord,
    Task,
)
from homeward.cases.services import CASE_PREFIX, can_answer, secret_matches
from homeward.common.access import get_visible_or_404, holds, reach_of
from homeward.common.audit import audit_record
from homeward.common.codes import code_format, code_is_valid
from homeward.people.models import Person

PAGE_SIZE = 50


def _require(user: Any, *capabilities: str) -> None:
    if not any(holds(user, c) for c in capabilities):
        raise PermissionDenied("your role does not read cases")


@dataclass(frozen=True)
class CaseFilters:
    status: str = ""
    case_type: str = ""
    urgency: str = ""
    overdue: bool = False
    open_only: bool = True
    code: str = ""
    post_id: int | None = None
    page: int = 1


def case_list(
    *, user: Any, filters: CaseFilters, columns: Sequence[str] | None = None
) -> tuple[list[Case], bool]:
    """One page of the cases a user sees, newest first; and whether there is a next page.

    ``columns`` loads only those columns and leaves out the post and subject rows (the API
    lists their ids; a row's account and details are not in a list).
    """
    _require(user, Cap.CASES_VIEW, Cap.CASES_VIEW_SHARED)
    cases = Case.objects.visible_to(user)
    cases = cases.select_related("post", "subject") if columns is None else cases.only(*columns)
    if filters.code:
        compact = filters.code.strip().upper().replace(" ", "")
        cases = cases.filter(code__icontains=compact)
    if filters.status:
        cases = cases.filter(status=filters.status)
    elif filters.open_only:
        cases = cases.exclude(status=Status.CLOSED)
    if filters.case_type:
        cases = cases.filter(case_type=filters.case_type)
    if filters.urgency:
        cases = cases.filter(urgency=filters.urgency)
    if filters.post_id:
        cases = cases.filter(post_id=filters.post_id)
    if filters.overdue:
        cases = cases.filter(first_action_at__isnull=True, first_action_due__lt=timezone.now())
    start = (max(filters.page, 1) - 1) * PAGE_SIZE
    rows = list(cases.order_by("-created_at", "-pk")[start : start + PAGE_SIZE + 1])
    return rows[:PAGE_SIZE], len(rows) > PAGE_SIZE


def case_get(*, user: Any, case_id: int) -> Case:
    _require(user, Cap.CASES_VIEW, Cap.CASES_VIEW_SHARED)
    queryset = Case.objects.select_related("post", "subject", "incident", "intake")
    return get_visible_or_404(queryset, user, pk=case_id)


def case_timeline(*, case: Case) -> QuerySet[CaseEvent]:
    return case.events.select_related("actor").order_by("at", "pk")


@dataclass(frozen=True)
class OpenCaseHint:
    """What the hotline may know of a found person's case elsewhere: that it exists, where."""

    case_id: int
    post: str
    status: str
    opened: datetime


def require_intake_taker(user: Any) -> None:
    if not holds(user, Cap.INTAKE_CREATE):
        raise PermissionDenied("your role does not take intakes")


def require_protection(user: Any) -> None:
    if reach_of(user, Cap.PROTECTION_VIEW).empty:
        raise PermissionDenied("only the protection role reads this")


def open_cases_of(*, user: Any, person_id: int) -> list[OpenCaseHint]:
    """Open cases of a person anywhere — only where and in what state, nothing more."""
    if reach_of(user, Cap.INTAKE_CREATE).empty and reach_of(user, Cap.CASES_VIEW).empty:
        raise PermissionDenied("your role does not read cases")
    cases = (
        Case.objects.open()
        .filter(Q(subject_id=person_id) | Q(parties__person_id=person_id))
        .select_related("post")
        .distinct()
        .order_by("-created_at")[:10]
    )
    return [OpenCaseHint(c.pk, c.post.name, c.get_status_display(), c.created_at) for c in cases]


def intake_list(*, user: Any, limit: int = 50) -> list[Intake]:
    """The intakes taken at the user's posts (the hotline's own work), newest first."""
    if reach_of(user, Cap.INTAKE_CREATE).empty:
        raise PermissionDenied("your role does not take intakes")
    intakes = Intake.objects.visible_to(user).select_related("case", "case__post", "case__subject")
    return list(intakes.order_by("-created_at")[:limit])


def intake_by_code(*, user: Any, code: str) -> Intake | None:
    if reach_of(user, Cap.INTAKE_CREATE).empty or not code_is_valid(code, CASE_PREFIX):
        return None
    return (
        Intake.objects.visible_to(user)
        .select_related("case", "case__post")
        .filter(case__code=code_format(code, CASE_PREFIX))
        .first()
    )


def agency_list() -> QuerySet[Agency]:
    return Agency.objects.filter(is_active=True).order_by("name")


def agency_directory() -> QuerySet[Agency]:
    """Every agency, retired ones too (for those who keep the directory)."""
    return Agency.objects.select_related("organisation").order_by("-is_active", "name")


def posts_for_reassignment() -> QuerySet[Post]:
    return Post.objects.filter(is_active=True, everywhere=False).order_by("name")


def task_inbox(*, user: Any, include_answered: bool = False) -> list[Task]:
    """Tasks addressed to the agencies of the liaison's organisation, most urgent first."""
    reach = reach_of(user, Cap.TASKS_ANSWER)
    if reach.empty:
        raise PermissionDenied("your role does not answer tasks")
    tasks = Task.objects.select_related("case", "agency")
    if not reach.unrestricted:
        organisations = Post.objects.filter(pk__in=reach.post_ids).values("organisation_id")
        tasks = tasks.filter(agency__organisation_id__in=organisations)
    if not include_answered:
        tasks = tasks.filter(status=Task.TaskStatus.OPEN)
    return list(tasks.order_by("due_at")[:200])


def task_get(*, user: Any, task_id: int) -> Task:
    """A task, for its case's workers or for the liaison it is addressed to."""
    task = Task.objects.select_related("case", "agency").filter(pk=task_id).first()
    if task is None:
        raise Http404
    visible = Case.objects.visible_to(user).filter(pk=task.case_id).exists()
    if not (visible or can_answer(user, task)):
        raise Http404
    return task


@dataclass(frozen=True)
class SupervisorQueue:
    overdue_cases: list[Case]
    overdue_tasks: list[Task]
    notes_awaiting_reply: list[DiplomaticNote]
    open_by_post: list[tuple[str, int]]


def supervisor_queue(*, user: Any) -> SupervisorQueue:
    if reach_of(user, Cap.SUPERVISION).empty:
        raise PermissionDenied("your role does not supervise")
    cases = Case.objects.visible_to(user, Cap.SUPERVISION)
    now = timezone.now()
    overdue_cases = list(
        cases.filter(first_action_at__isnull=True, first_action_due__lt=now)
        .exclude(status=Status.CLOSED)
        .select_related("post")
        .order_by("first_action_due")[:100]
    )
    overdue_tasks = list(
        Task.objects.filter(case__in=cases, status=Task.TaskStatus.OPEN, due_at__lt=now)
        .select_related("case", "agency")
        .order_by("due_at")[:100]
    )
    notes = list(
        DiplomaticNote.objects.filter(
            cases__in=cases, reply_received_on__isnull=True, reply_due__lt=timezone.localdate()
        )
        .distinct()
        .select_related("addressee")
        .order_by("reply_due")[:100]
    )
    load = Counter(cases.exclude(status=Status.CLOSED).values_list("post__name", flat=True))
    return SupervisorQueue(overdue_cases, overdue_tasks, notes, sorted(load.items()))


def incident_list(*, user: Any) -> QuerySet[Incident]:
    _require(user, Cap.CASES_VIEW)
    return incidents_visible(user=user)


def incidents_visible(*, user: Any) -> QuerySet[Incident]:
    """Incidents a case can be linked to by this user (none for a role without reach)."""
    return Incident.objects.visible_to(user).order_by("-occurred_on", "-pk")


def incident_get(*, user: Any, incident_id: int) -> Incident:
    _require(user, Cap.CASES_VIEW)
    return get_visible_or_404(Incident.objects.all(), user, pk=incident_id)


@dataclass(frozen=True)
class Breakdown:
    total: int
    by_nationality: list[tuple[str, int]]
    by_discovery: list[tuple[str, int]]
    by_bank: list[tuple[str, int]]
    by_residence: list[tuple[str, int]]
    formal_grounds: list[tuple[str, int]]
    start: date
    end: date


def host_register_report(*, user: Any, start: date, end: date) -> Breakdown:
    """Host-register requests in a period: by nationality, discovery channel, bank, status."""
    if reach_of(user, Cap.REPORTS_VIEW).empty and reach_of(user, Cap.CASES_VIEW).empty:
        raise PermissionDenied("your role does not read reports")
    capability = Cap.REPORTS_VIEW if not reach_of(user, Cap.REPORTS_VIEW).empty else None
    tz = timezone.get_current_timezone()
    since = datetime.combine(start, time.min, tzinfo=tz)
    until = datetime.combine(end + timedelta(days=1), time.min, tzinfo=tz)
    rows = list(
        Case.objects.visible_to(user, capability)
        .filter(case_type=CaseType.HOST_REGISTER, created_at__gte=since, created_at__lt=until)
        .values_list("nationality", "details")
    )

    def ranked(counter: Counter[str]) -> list[tuple[str, int]]:
        return sorted(counter.items(), key=lambda item: (-item[1], item[0]))

    nationality: Counter[str] = Counter(n or "??" for n, _d in rows)
    discovery: Counter[str] = Counter(d.get("discovery", "") or "unknown" for _n, d in rows)
    bank: Counter[str] = Counter(
        d["bank"].strip()
        for _n, d in rows
        if d.get("discovery") == "bank_account" and d.get("bank")
    )
    residence: Counter[str] = Counter(d.get("residence_status") or "unknown" for _n, d in rows)
    grounds: Counter[str] = Counter(d.get("formal_grounds") or "unknown" for _n, d in rows)
    return Breakdown(
        total=len(rows),
        by_nationality=ranked(nationality),
        by_discovery=ranked(discovery),
        by_bank=ranked(bank),
        by_residence=ranked(residence),
        formal_grounds=ranked(grounds),
        start=start,
        end=end,
    )


@dataclass(frozen=True)
class PublicStatus:
    code: str
    status: str
    next_step: str
    updated: datetime


NEXT_STEP: dict[str, Promise] = {
    Status.NEW: gettext_lazy("Your request is registered. An officer will look at it soon."),
    Status.TRIAGED: gettext_lazy("An officer has read your request and will act on it."),
    Status.IN_PROGRESS: gettext_lazy("An officer is working on your request."),
    Status.WAITING: gettext_lazy(
        "We are waiting for an answer from others (authorities, partners, or you)."
    ),
    Status.RESOLVED: gettext_lazy("Your request has been dealt with. We will close it soon."),
    Status.CLOSED: gettext_lazy("Your request is closed. Call the hotline if you need help again."),
}


def follow_request(*, code: str, secret: str) -> PublicStatus | None:
    """Status and next step only — never personal data — for a right code and secret."""
    if not code_is_valid(code, CASE_PREFIX):
        return None
    intake = (
        Intake.objects.select_related("case")
        .filter(case__code=code_format(code, CASE_PREFIX))
        .first()
    )
    if intake is None or not secret_matches(intake, secret):
        return None
    case = intake.case
    return PublicStatus(
        code=case.code,
        status=case.get_status_display(),
        next_step=str(NEXT_STEP[case.status]),
        updated=case.updated_at,
    )


@transaction.atomic
def protection_record_read(*, user: Any, person: Person) -> ProtectionRecord | None:
    """The compartment, for the protection role only; the read itself is audited."""
    require_protection(user)
    record = ProtectionRecord.objects.visible_to(user).filter(person=person).first()
    audit_record(
        actor=user,
        verb="protection.read",
        target_type="people.person",
        target_id=str(person.pk),
        changes={"found": record is not None},
    )
    return record


def case_for_call(*, user: Any, case_id: int) -> Case:
    """An open case the hotline logs a call on without reading it (see ``open_cases_of``)."""
    require_intake_taker(user)
    case = Case.objects.open().filter(pk=case_id).first()
    if case is None:
        raise Http404
    return case


def working_post(*, user: Any) -> Post:
    """The post where the user works cases (or supervises): where their incidents belong."""
    for capability in (Cap.CASES_WORK, Cap.SUPERVISION):
        for assignment in user.assignments():
            if capability in ROLE_CAPABILITIES[Role(assignment.role)]:
                post: Post = assignment.post
                return post
    raise PermissionDenied("your role does not record incidents")
