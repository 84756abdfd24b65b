"""Writes of casework. Each opens its transaction, checks who may act, writes, and audits.

Moving a case, adding to its timeline and creating tasks is for those who work the case:
``cases.work`` at the case's post, or ``supervision.view`` over its organisation.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

from homeward.accounts.models import Organisation, Post
from homeward.accounts.roles import ROLE_CAPABILITIES, Cap, Role
from homeward.cases.choices import FIRST_ACTION_WITHIN, Status, WaitingOn
from homeward.cases.models import (
    Agency,
    Attachment,
    Case,
    CaseEvent,
    CaseParty,
    CaseShare,
    DiplomaticNote,
    Incident,
    Intake,
    ProtectionRecord,
    Task,
)
from homeward.cases.records import IntakeRecord
from homeward.common.access import holds, reach_of
from homeward.common.audit import audit_last, audit_record
from homeward.common.codes import ALPHABET, code_new
from homeward.common.errors import Conflict, DomainError, NotAllowed
from homeward.common.keyed import keyed_digest
from homeward.people.models import Person
from homeward.people.records import check_text
from homeward.people.services import person_create

CASE_PREFIX = "H"
CODE_ATTEMPTS = 3  # fresh tracking codes tried when one is already taken

# Who may move a case from where to where; closing and reopening need a reason.
MOVES: dict[str, frozenset[str]] = {
    Status.NEW: frozenset({Status.TRIAGED, Status.IN_PROGRESS, Status.CLOSED}),
    Status.TRIAGED: frozenset({Status.IN_PROGRESS, Status.WAITING, Status.CLOSED}),
    Status.IN_PROGRESS: frozenset({Status.WAITING, Status.RESOLVED, Status.CLOSED}),
    Status.WAITING: frozenset({Status.IN_PROGRESS, Status.RESOLVED, Status.CLOSED}),
    Status.RESOLVED: frozenset({Status.CLOSED, Status.IN_PROGRESS}),
    Status.CLOSED: frozenset({Status.IN_PROGRESS}),
}


def secret_matches(intake: Intake, secret: str) -> bool:
    cleaned = "".join(c for c in secret.upper() if c.isalnum())
    return bool(intake.secret_hash) and hmac.compare_digest(
        intake.secret_hash, keyed_digest("follow", cleaned)
    )


def _actor_post(actor: Any, capability: str) -> Post | None:
    """The post at which the actor holds a role granting ``capability`` (the first one)."""
    for assignment in getattr(actor, "assignments", list)():
        if capability in ROLE_CAPABILITIES[Role(assignment.role)]:
            post: Post = assignment.post
            return post
    return None


def case_post_for(*, taken_at: Post | None, country: str, region: str = "") -> Post | None:
    """The post that works a case: the intake's organisation's post covering the place
    (an embassy of the ministry, a desk of the NGO), a region's post before a country's;
    else the post that took the intake — or, for the public form, the ministry's hotline."""
    if taken_at is not None:
        return _post_in_family(taken_at, country, region) or taken_at
    organisations = set(
        Organisation.objects.filter(kind=Organisation.Kind.DIPLOMATIC).values_list("pk", flat=True)
    )
    places = Q(jurisdictions__country=country, jurisdictions__region="")
    if region:
        places |= Q(jurisdictions__country=country, jurisdictions__region=region)
    candidates = (
        Post.objects.filter(places, organisation_id__in=organisations, is_active=True)
        .order_by("-jurisdictions__region", "name")
        .distinct()
    )
    best = candidates.first()
    if best is None and taken_at is None:
        return (
            Post.objects.filter(
                everywhere=True, is_active=True, organisation__kind=Organisation.Kind.MINISTRY
            )
            .order_by("pk")
            .first()
        )
    return best or taken_at


def _intake_post(actor: Any, taken_at: Post | None, record: IntakeRecord) -> Post | None:
    """``case_post_for``, kept with the actor's access between requests when there is an
    actor (routing depends only on posts, jurisdictions and organisations)."""

    def route() -> Post | None:
        return case_post_for(taken_at=taken_at, country=record.country, region=record.region)

    keep = getattr(actor, "kept_with_access", None)
    if keep is None:
        return route()
    key = ("case_post_for", taken_at.pk if taken_at else None, record.country, record.region)
    post: Post | None = keep(key, route)
    return post


# The organisation's family (its parent chain's top and every part below it), then the
# first active post of the family covering the place: a region's post before a country's,
# then by name. One query, on PostgreSQL and SQLite alike.
_POST_IN_FAMILY = """
WITH RECURSIVE up (id, parent_id) AS (
    SELECT id, parent_id FROM accounts_organisation WHERE id = %s
    UNION
    SELECT o.id, o.parent_id FROM accounts_organisation o JOIN up ON o.id = up.parent_id
),
family (id) AS (
    SELECT id FROM up WHERE parent_id IS NULL
    UNION
    SELECT o.id FROM accounts_organisation o JOIN family ON o.parent_id = family.id
)
SELECT p.* FROM accounts_post p
JOIN accounts_postjurisdiction j ON j.post_id = p.id
WHERE p.organisation_id IN (SELECT id FROM family) AND p.is_active
    AND j.country = %s AND (j.region = '' OR j.region = %s)
ORDER BY j.region DESC, p.name
LIMIT 1
"""


def _post_in_family(taken_at: Post, country: str, region: str) -> Post | None:
    found = list(Post.objects.raw(_POST_IN_FAMILY, [taken_at.organisation_id, country, region]))
    return found[0] if found else None


@dataclass(frozen=True)
class IntakeResult:
    intake: Intake
    created: bool
    secret: str | None = None  # shown once, to be read out; only its digest is kept


def _event(
    case: Case, kind: str, actor: Any, text: str = "", data: dict[str, Any] | None = None
) -> CaseEvent:
    return CaseEvent.objects.create(
        case=case,
        kind=kind,
        text=text,
        data=data or {},
        actor=actor if getattr(actor, "is_authenticated", False) else None,
    )


def intake_create(
    *,
    actor: Any,
    record: IntakeRecord,
    idempotency_key: str | None = None,
    taken_at: Post | None = None,
) -> IntakeResult:
    """Open a case from a call, a message or the public form; give back its tracking code.

    The same ``idempotency_key`` with the same request returns the first intake; with a
    different request it raises Conflict. ``actor`` None is the public form.
    """
    if actor is not None and not holds(actor, Cap.INTAKE_CREATE):
        raise NotAllowed(_("your role does not take intakes"))
    scope = f"user:{actor.pk}" if actor is not None else "public"
    key = f"{scope}:{idempotency_key}" if idempotency_key else None
    fingerprint = record.fingerprint()
    if taken_at is None and actor is not None:
        taken_at = _actor_post(actor, Cap.INTAKE_CREATE)
    # A repeated key is rare (a client retrying after a lost answer): write first, and look
    # for the first intake only when the write fails. The key's unique constraint makes a
    # concurrent twin wait for the first to commit, then fail here and replay it.
    for attempt in range(1, CODE_ATTEMPTS + 1):
        try:
            with transaction.atomic(), audit_last():
                return _intake_write(actor, record, key, fingerprint, taken_at)
        except (IntegrityError, DomainError) as exc:
            replay = _replay(key, fingerprint) if key is not None else None
            if replay is not None:
                return replay
            # Otherwise the likeliest clash is a tracking code drawn twice (23**8 codes: with
            # a million cases, one intake in some 80,000): draw again, in a new transaction.
            if isinstance(exc, DomainError) or attempt == CODE_ATTEMPTS:
                raise
    raise AssertionError("unreachable")


def _replay(key: str, fingerprint: str) -> IntakeResult | None:
    existing = Intake.objects.select_related("case").filter(idempotency_key=key).first()
    if existing is None:
        return None
    if existing.request_hash != fingerprint:
        raise Conflict(
            _("this idempotency key was used with a different request"), field="Idempotency-Key"
        )
    return IntakeResult(intake=existing, created=False)


def _intake_write(
    actor: Any, record: IntakeRecord, key: str | None, fingerprint: str, taken_at: Post | None
) -> IntakeResult:
    subject: Person | None = None
    if record.subject_id is not None:
        subject = Person.objects.filter(pk=record.subject_id).first()
        if subject is None:
            raise DomainError(_("no such person in the registry"), field="subject_id")
        while subject.merged_into_id is not None:
            subject = Person.objects.get(pk=subject.merged_into_id)
    elif record.new_subject is not None:
        subject = person_create(actor=actor, record=record.new_subject)
    _check_dates_against_birth(record, subject)
    post = _intake_post(actor, taken_at, record)
    if post is None:
        raise DomainError(_("no post covers this country yet"), field="country")
    now = timezone.now()
    nationality = record.nationality or (
        subject.nationalities[0] if subject is not None and subject.nationalities else ""
    )
    case = Case.objects.create(
        code=code_new(CASE_PREFIX),
        case_type=record.case_type,
        urgency=record.urgency,
        post=post,
        subject=subject,
        nationality=nationality,
        country=record.country,
        region=record.region,
        city=record.city,
        place=record.place,
        summary=record.account[:5000],
        details=record.details,
        created_at=now,
        first_action_due=now + FIRST_ACTION_WITHIN[record.urgency],
        updated_at=now,
    )
    if subject is not None:
        CaseParty.objects.create(case=case, person=subject)
    secret = "".join(secrets.choice(ALPHABET) for _ in range(8))
    intake = Intake.objects.create(
        case=case,
        channel=record.channel,
        caller_name=record.caller_name,
        caller_phone=record.caller_phone,
        caller_relation=record.caller_relation,
        account=record.account,
        taken_at=taken_at,
        taken_by=actor if getattr(actor, "is_authenticated", False) else None,
        secret_hash=keyed_digest("follow", secret),
        idempotency_key=key,
        request_hash=fingerprint,
        created_at=now,
    )
    _event(case, CaseEvent.Kind.INTAKE, actor, record.account, {"channel": record.channel})
    audit_record(
        actor=actor,
        verb="intake.create",
        target=case,
        changes={
            "code": case.code,
            "type": case.case_type,
            "urgency": case.urgency,
            "post": post.pk,
            "channel": record.channel,
            "subject": subject.pk if subject else None,
        },
    )
    return IntakeResult(intake=intake, created=True, secret=secret)


def _check_dates_against_birth(record: IntakeRecord, subject: Person | None) -> None:
    born = subject.birth_year if subject is not None else None
    died = record.details.get("date_of_death")
    if born and died and int(str(died)[:4]) < born:
        raise DomainError(_("death cannot come before birth"), field="details.date_of_death")


def can_work(actor: Any, case: Case) -> bool:
    return (
        Case.objects.visible_to(actor, Cap.CASES_WORK).filter(pk=case.pk).exists()
        or Case.objects.visible_to(actor, Cap.SUPERVISION).filter(pk=case.pk).exists()
    )


def _require_worker(actor: Any, case: Case) -> None:
    if not can_work(actor, case):
        raise NotAllowed(_("only those who work this case may change it"))


def _first_action(case: Case, at: datetime) -> list[str]:
    if case.first_action_at is None:
        case.first_action_at = at
        return ["first_action_at"]
    return []


@transaction.atomic
def case_transition(
    *, actor: Any, case: Case, to: str, waiting_on: str = "", reason: str = ""
) -> Case:
    _require_worker(actor, case)
    case = Case.objects.select_for_update().get(pk=case.pk)
    if to not in MOVES.get(case.status, frozenset()):
        raise Conflict(
            _("a case that is %(now)s cannot become %(to)s")
            % {
                "now": Status(case.status).label,
                "to": Status(to).label if to in Status.values else to,
            },
            field="status",
        )
    reason = check_text(reason, 500, "reason")
    if to == Status.CLOSED and not reason:
        raise DomainError(_("say why the case is closed"), field="reason")
    if case.status == Status.CLOSED and not reason:
        raise DomainError(_("say why the case is reopened"), field="reason")
    if to == Status.WAITING and waiting_on not in {w for w in WaitingOn.values if w}:
        raise DomainError(_("say whom the case is waiting on"), field="waiting_on")
    now = timezone.now()
    before = case.status
    case.status = to
    case.waiting_on = waiting_on if to == Status.WAITING else ""
    case.closed_at = now if to == Status.CLOSED else None
    case.close_reason = reason if to == Status.CLOSED else ""
    case.updated_at = now
    fields = ["status", "waiting_on", "closed_at", "close_reason", "updated_at"]
    case.save(update_fields=fields + _first_action(case, now))
    _event(
        case,
        CaseEvent.Kind.STATUS,
        actor,
        reason,
        {"from": before, "to": to, "waiting_on": case.waiting_on},
    )
    audit_record(
        actor=actor,
        verb="case.transition",
        target=case,
        changes={"status": [before, to], "waiting_on": case.waiting_on},
        reason=reason,
    )
    return case


@transaction.atomic
def case_note_add(
    *, actor: Any, case: Case, text: str, kind: str = CaseEvent.Kind.NOTE
) -> CaseEvent:
    """A note by a case worker, or a call logged by the hotline on a case it cannot read."""
    text = check_text(text, 10000, "text", required=True)
    if kind == CaseEvent.Kind.CALL:
        if reach_of(actor, Cap.INTAKE_CREATE).empty and not can_work(actor, case):
            raise NotAllowed(_("your role does not log calls"))
    elif kind == CaseEvent.Kind.NOTE:
        _require_worker(actor, case)
    else:
        raise DomainError(_("unknown kind of note"), field="kind")
    event = _event(case, kind, actor, text)
    if can_work(actor, case):
        locked = Case.objects.select_for_update().get(pk=case.pk)
        locked.updated_at = timezone.now()
        locked.save(update_fields=["updated_at", *_first_action(locked, locked.updated_at)])
    audit_record(actor=actor, verb=f"case.{kind}", target=case, changes={"event": event.pk})
    return event


@transaction.atomic
def case_reassign(*, actor: Any, case: Case, post: Post, reason: str) -> Case:
    _require_worker(actor, case)
    reason = check_text(reason, 500, "reason", required=True)
    if not post.is_active or post.everywhere:
        raise DomainError(_("choose an active post that works cases"), field="post")
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.post_id == post.pk:
        raise DomainError(_("the case is already at this post"), field="post")
    before = case.post_id
    case.post = post
    case.updated_at = timezone.now()
    case.save(update_fields=["post", "updated_at"])
    _event(case, CaseEvent.Kind.ASSIGNMENT, actor, reason, {"from": before, "to": post.pk})
    audit_record(
        actor=actor,
        verb="case.reassign",
        target=case,
        changes={"post": [before, post.pk]},
        reason=reason,
    )
    return case


@transaction.atomic
def case_share(*, actor: Any, case: Case, organisation: Organisation) -> CaseShare:
    _require_worker(actor, case)
    share, created = CaseShare.objects.get_or_create(case=case, organisation=organisation)
    if created:
        audit_record(
            actor=actor, verb="case.share", target=case, changes={"organisation": organisation.pk}
        )
    return share


@transaction.atomic
def task_create(
    *, actor: Any, case: Case, agency: Agency, title: str, due_at: datetime, details: str = ""
) -> Task:
    _require_worker(actor, case)
    if not agency.is_active:
        raise DomainError(_("this agency is no longer active"), field="agency")
    if due_at <= timezone.now():
        raise DomainError(_("a task is due in the future"), field="due_at")
    task = Task.objects.create(
        case=case,
        agency=agency,
        title=check_text(title, 300, "title", required=True),
        details=check_text(details, 5000, "details"),
        due_at=due_at,
        created_by=actor,
    )
    _event(case, CaseEvent.Kind.TASK, actor, task.title, {"task": task.pk, "agency": agency.pk})
    locked = Case.objects.select_for_update().get(pk=case.pk)
    locked.updated_at = timezone.now()
    locked.save(update_fields=["updated_at", *_first_action(locked, locked.updated_at)])
    audit_record(
        actor=actor, verb="task.create", target=case, changes={"task": task.pk, "agency": agency.pk}
    )
    return task


def can_answer(actor: Any, task: Task) -> bool:
    reach = reach_of(actor, Cap.TASKS_ANSWER)
    if reach.unrestricted:
        return True
    organisation_id = task.agency.organisation_id
    return (
        organisation_id is not None
        and Post.objects.filter(pk__in=reach.post_ids, organisation_id=organisation_id).exists()
    )


@transaction.atomic
def task_answer(*, actor: Any, task: Task, answer: str) -> Task:
    if not can_answer(actor, task):
        raise NotAllowed(_("only the agency's liaison answers this task"))
    task = Task.objects.select_for_update().get(pk=task.pk)
    if task.status != Task.TaskStatus.OPEN:
        raise Conflict(_("this task is already answered"), field="status")
    task.answer = check_text(answer, 5000, "answer", required=True)
    task.status = Task.TaskStatus.ANSWERED
    task.answered_at = timezone.now()
    task.answered_by = actor
    task.save(update_fields=["answer", "status", "answered_at", "answered_by"])
    _event(task.case, CaseEvent.Kind.TASK, actor, task.answer, {"task": task.pk, "answered": True})
    audit_record(actor=actor, verb="task.answer", target=task.case, changes={"task": task.pk})
    return task


@transaction.atomic
def tasks_escalate(*, now: datetime | None = None) -> list[Task]:
    """Overdue open tasks, once each: marked, written on the case's timeline, audited."""
    now = now or timezone.now()
    overdue = list(
        Task.objects.select_for_update(skip_locked=True)
        .filter(status=Task.TaskStatus.OPEN, due_at__lt=now, escalated_at__isnull=True)
        .select_related("case", "agency")
    )
    for task in overdue:
        task.escalated_at = now
        task.save(update_fields=["escalated_at"])
        _event(
            task.case,
            CaseEvent.Kind.TASK,
            None,
            _("Overdue: %(task)s (%(agency)s)") % {"task": task.title, "agency": task.agency},
            {"task": task.pk, "escalated": True},
        )
    if overdue:
        audit_record(
            actor=None,
            verb="task.escalate",
            target_type="cases.task",
            changes={"tasks": [t.pk for t in overdue]},
        )
    return overdue


@transaction.atomic
def diplomatic_note_create(
    *,
    actor: Any,
    cases: Iterable[Case],
    addressee: Agency,
    number: str,
    sent_on: date,
    subject: str,
    reply_due: date | None = None,
) -> DiplomaticNote:
    cases = list(cases)
    if not cases:
        raise DomainError(_("a note concerns at least one case"), field="cases")
    for case in cases:
        _require_worker(actor, case)
    if reply_due is not None and reply_due < sent_on:
        raise DomainError(_("the reply cannot be due before the note is sent"), field="reply_due")
    post = cases[0].post
    note = DiplomaticNote(
        post=post,
        number=check_text(number, 50, "number", required=True),
        sent_on=sent_on,
        addressee=addressee,
        subject=check_text(subject, 300, "subject", required=True),
        reply_due=reply_due,
    )
    try:
        with transaction.atomic():
            note.save()
    except IntegrityError as exc:
        raise DomainError(
            _("this post already has a note with this number"), field="number"
        ) from exc
    note.cases.set(cases)
    for case in cases:
        _event(
            case,
            CaseEvent.Kind.DIPLOMATIC_NOTE,
            actor,
            note.subject,
            {"note": note.pk, "number": note.number, "addressee": addressee.pk},
        )
    audit_record(
        actor=actor,
        verb="note.create",
        target_type="cases.diplomaticnote",
        target_id=str(note.pk),
        changes={"number": note.number, "cases": [c.pk for c in cases]},
    )
    return note


@transaction.atomic
def diplomatic_note_reply(
    *,
    actor: Any,
    note: DiplomaticNote,
    received_on: date,
    summary: str,
    follow_up_title: str = "",
    follow_up_due: datetime | None = None,
) -> DiplomaticNote:
    cases = list(note.cases.all())
    for case in cases:
        _require_worker(actor, case)
    if received_on < note.sent_on:
        raise DomainError(_("a reply cannot come before the note"), field="received_on")
    note.reply_received_on = received_on
    note.reply_summary = check_text(summary, 5000, "summary", required=True)
    fields = ["reply_received_on", "reply_summary"]
    if follow_up_title.strip():
        note.follow_up = task_create(
            actor=actor,
            case=cases[0],
            agency=note.addressee,
            title=follow_up_title,
            due_at=follow_up_due or timezone.now() + FIRST_ACTION_WITHIN["normal"] * 7,
        )
        fields.append("follow_up")
    note.save(update_fields=fields)
    for case in cases:
        _event(
            case,
            CaseEvent.Kind.DIPLOMATIC_NOTE,
            actor,
            note.reply_summary,
            {"note": note.pk, "reply": True},
        )
    audit_record(
        actor=actor,
        verb="note.reply",
        target_type="cases.diplomaticnote",
        target_id=str(note.pk),
        changes={"received_on": received_on.isoformat()},
    )
    return note


@transaction.atomic
def incident_create(
    *,
    actor: Any,
    kind: str,
    title: str,
    country: str,
    post: Post,
    occurred_on: date | None = None,
    city: str = "",
    place: str = "",
    description: str = "",
) -> Incident:
    if all(
        reach_of(actor, cap).empty
        for cap in (Cap.CASES_WORK, Cap.SUPERVISION, Cap.MONITORING_REVIEW)
    ):
        raise NotAllowed(_("your role does not record incidents"))
    if kind not in Incident.Kind.values:
        raise DomainError(_("unknown kind of incident"), field="kind")
    if occurred_on and occurred_on > timezone.localdate():
        raise DomainError(_("this date is in the future"), field="occurred_on")
    incident = Incident.objects.create(
        kind=kind,
        title=check_text(title, 200, "title", required=True),
        country=country,
        post=post,
        occurred_on=occurred_on,
        city=check_text(city, 100, "city"),
        place=check_text(place, 200, "place"),
        description=check_text(description, 5000, "description"),
    )
    audit_record(actor=actor, verb="incident.create", target=incident, changes={"kind": kind})
    return incident


@transaction.atomic
def case_link_incident(*, actor: Any, case: Case, incident: Incident | None) -> Case:
    _require_worker(actor, case)
    case = Case.objects.select_for_update().get(pk=case.pk)
    case.incident = incident
    case.save(update_fields=["incident"])
    audit_record(
        actor=actor,
        verb="case.incident",
        target=case,
        changes={"incident": incident.pk if incident else None},
    )
    return case


@transaction.atomic
def case_party_add(*, actor: Any, case: Case, person: Person, note: str = "") -> CaseParty:
    """A group case grows: 13 people found, later 19."""
    _require_worker(actor, case)
    while person.merged_into_id is not None:
        person = Person.objects.get(pk=person.merged_into_id)
    party, created = CaseParty.objects.get_or_create(
        case=case, person=person, defaults={"note": check_text(note, 300, "note")}
    )
    if created:
        _event(case, CaseEvent.Kind.PARTY, actor, person.display_name, {"person": person.pk})
        audit_record(actor=actor, verb="case.party_add", target=case, changes={"person": person.pk})
    return party


@transaction.atomic
def case_party_status(*, actor: Any, party: CaseParty, status: str, note: str = "") -> CaseParty:
    _require_worker(actor, party.case)
    if status not in CaseParty.PartyStatus.values:
        raise DomainError(_("unknown status"), field="status")
    before = party.status
    party.status = status
    party.note = check_text(note, 300, "note") or party.note
    party.save(update_fields=["status", "note"])
    _event(
        party.case,
        CaseEvent.Kind.PARTY,
        actor,
        party.note,
        {"person": party.person_id, "from": before, "to": status},
    )
    audit_record(
        actor=actor,
        verb="case.party_status",
        target=party.case,
        changes={"person": party.person_id, "status": [before, status]},
    )
    return party


@transaction.atomic
def protection_record_save(
    *,
    actor: Any,
    person: Person,
    asylum_history: str = "",
    victim_status: str = "",
    risk_on_return: str = "",
) -> ProtectionRecord:
    """Written only by the protection role; the audit line says that it changed, not what."""
    if reach_of(actor, Cap.PROTECTION_VIEW).empty:
        raise NotAllowed(_("only the protection role writes this"))
    record, _created = ProtectionRecord.objects.select_for_update().get_or_create(person=person)
    record.asylum_history = check_text(asylum_history, 10000, "asylum_history")
    record.victim_status = check_text(victim_status, 100, "victim_status")
    record.risk_on_return = check_text(risk_on_return, 10000, "risk_on_return")
    record.updated_at = timezone.now()
    record.updated_by = actor
    record.save(
        update_fields=[
            "asylum_history",
            "victim_status",
            "risk_on_return",
            "updated_at",
            "updated_by",
        ]
    )
    audit_record(
        actor=actor,
        verb="protection.write",
        target_type="people.person",
        target_id=str(person.pk),
    )
    return record


MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
# What a file must start with to be what its name says; nothing executable is kept.
SIGNATURES: dict[str, tuple[bytes, str]] = {
    ".pdf": (b"%PDF-", "application/pdf"),
    ".png": (b"\x89PNG\r\n\x1a\n", "image/png"),
    ".jpg": (b"\xff\xd8\xff", "image/jpeg"),
    ".jpeg": (b"\xff\xd8\xff", "image/jpeg"),
    ".docx": (
        b"PK\x03\x04",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
}


@transaction.atomic
def attachment_add(*, actor: Any, case: Case, upload: UploadedFile) -> Attachment:
    """A scan, a photo, a letter: PDF, PNG, JPEG or DOCX up to 10 MB, checked by content."""
    _require_worker(actor, case)
    name = get_valid_filename(Path(upload.name or "file").name)[:150] or "file"
    suffix = Path(name).suffix.lower()
    if suffix not in SIGNATURES:
        raise DomainError(_("attach a PDF, PNG, JPEG or DOCX file"), field="file")
    size = upload.size or 0
    if size == 0:
        raise DomainError(_("the file is empty"), field="file")
    if size > MAX_ATTACHMENT_BYTES:
        raise DomainError(_("a file is at most 10 MB"), field="file")
    magic, content_type = SIGNATURES[suffix]
    upload.seek(0)
    head = upload.read(len(magic))
    upload.seek(0)
    if head != magic:
        raise DomainError(_("the file's content is not what its name says"), field="file")
    attachment = Attachment(
        case=case, name=name, content_type=content_type, size=size, uploaded_by=actor
    )
    attachment.file.save(name, upload, save=False)
    attachment.save()
    _event(
        case, CaseEvent.Kind.ATTACHMENT, actor, name, {"attachment": attachment.pk, "size": size}
    )
    audit_record(
        actor=actor, verb="case.attachment", target=case, changes={"attachment": attachment.pk}
    )
    return attachment
