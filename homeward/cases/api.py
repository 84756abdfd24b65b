"""Casework API: intakes (idempotent), cases and every move on them, tasks, notes, incidents,
the host-register report. The protection compartment is not in the published schema.

No `from __future__ import annotations`: ninja reads the annotations at import time.
"""

from datetime import date, datetime
from typing import Any

from django.http import HttpRequest
from ninja import Field, File, Header, Query, Router, Schema, Status
from ninja.files import UploadedFile
from pydantic import BaseModel, ConfigDict

from homeward.accounts.models import Organisation
from homeward.cases import selectors, services
from homeward.cases.choices import CallerRelation, CaseType, Channel, Urgency, WaitingOn
from homeward.cases.choices import Status as CaseStatus
from homeward.cases.models import Agency, Case, CaseEvent, CaseParty, Incident, Task
from homeward.cases.records import intake_from_fields
from homeward.common.errors import DomainError
from homeward.people.records import record_from_fields
from homeward.people.selectors import person_get, person_id_visible, person_named

router = Router(tags=["cases"])


class NewSubjectIn(Schema):
    name: str = Field(..., max_length=2000)
    birth_date: str = ""
    nationality: str = ""


class IntakeIn(Schema):
    channel: Channel
    case_type: CaseType
    country: str = Field(..., max_length=2)
    account: str = Field(..., max_length=10000)
    urgency: Urgency = Urgency.NORMAL
    region: str = Field("", max_length=6)
    city: str = Field("", max_length=100)
    place: str = Field("", max_length=200)
    caller_name: str = Field("", max_length=200)
    caller_phone: str = Field("", max_length=40)
    caller_relation: CallerRelation = CallerRelation.SELF
    nationality: str = Field("", max_length=2)
    subject_id: int | None = None
    new_subject: NewSubjectIn | None = None
    details: dict[str, Any] = Field(default_factory=dict)


class IntakeOut(Schema):
    case_id: int
    code: str
    post_id: int
    created: bool
    secret: str | None = Field(None, description="only when created: read it out, it is not kept")


@router.post("/intakes", response={201: IntakeOut, 200: IntakeOut}, url_name="intake_create")
def intake_create(
    request: HttpRequest,
    body: IntakeIn,
    idempotency_key: str | None = Header(  # type: ignore[type-arg]
        None, alias="Idempotency-Key", max_length=200
    ),
) -> Status[IntakeOut]:
    """Open a case. The same Idempotency-Key and body give the same case (200); the same key
    with another body answers 409."""
    selectors.require_intake_taker(request.user)
    subject = body.new_subject
    record = intake_from_fields(
        **body.dict(exclude={"new_subject", "subject_id"}),
        subject_id=person_id_visible(
            user=request.user, person_id=body.subject_id, field="subject_id"
        )
        if body.subject_id is not None
        else None,
        new_subject=record_from_fields(
            name=subject.name, birth_date=subject.birth_date, nationality=subject.nationality
        )
        if subject is not None
        else None,
    )
    result = services.intake_create(
        actor=request.user, record=record, idempotency_key=idempotency_key
    )
    case = result.intake.case
    out = IntakeOut(
        case_id=case.pk,
        code=case.code,
        post_id=case.post_id,
        created=result.created,
        secret=result.secret,
    )
    return Status(201 if result.created else 200, out)


class CaseRow(BaseModel):
    """A case in a list. A plain pydantic model read from the Case's attributes: ninja's
    Schema wraps every row in a per-attribute getter, which was a third of a list page's
    CPU; the rows need none of its resolvers."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    code: str
    case_type: str
    status: str
    waiting_on: str
    urgency: str
    post_id: int
    subject_id: int | None
    nationality: str
    country: str
    city: str
    created_at: datetime
    first_action_due: datetime
    first_action_at: datetime | None
    overdue: bool


# The columns a row reads: its fields but ``overdue``, worked out from two of them.
CASE_ROW_COLUMNS = tuple(f for f in CaseRow.model_fields if f != "overdue")


class CaseFiltersIn(Schema):
    status: CaseStatus | None = None
    case_type: CaseType | None = None
    urgency: Urgency | None = None
    overdue: bool = False
    code: str = Field("", max_length=20)
    page: int = Field(1, ge=1, le=10000)


class CasePage(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    results: list[CaseRow]
    page: int
    more: bool


@router.get("/cases", response=CasePage, url_name="case_list")
def case_list(request: HttpRequest, params: Query[CaseFiltersIn]) -> dict[str, Any]:
    cases, more = selectors.case_list(
        user=request.user,
        filters=selectors.CaseFilters(
            status=params.status or "",
            case_type=params.case_type or "",
            urgency=params.urgency or "",
            overdue=params.overdue,
            code=params.code,
            page=params.page,
        ),
        columns=CASE_ROW_COLUMNS,
    )
    return {"results": cases, "page": params.page, "more": more}


class EventOut(Schema):
    kind: str
    text: str
    data: dict[str, Any]
    at: datetime
    actor: str | None

    @staticmethod
    def resolve_actor(obj: CaseEvent) -> str | None:
        return obj.actor.full_name if obj.actor else None


class TaskOut(Schema):
    id: int
    case_id: int
    agency_id: int
    title: str
    details: str
    due_at: datetime
    status: str
    answer: str
    overdue: bool


class PartyOut(Schema):
    id: int
    person_id: int
    status: str
    note: str


class CaseOut(Schema, CaseRow):
    region: str
    place: str
    summary: str
    details: dict[str, Any]
    incident_id: int | None
    close_reason: str
    timeline: list[EventOut]
    tasks: list[TaskOut]
    parties: list[PartyOut]

    @staticmethod
    def resolve_timeline(obj: Case) -> list[CaseEvent]:
        return list(selectors.case_timeline(case=obj))

    @staticmethod
    def resolve_tasks(obj: Case) -> list[Task]:
        return list(obj.tasks.order_by("due_at"))

    @staticmethod
    def resolve_parties(obj: Case) -> list[CaseParty]:
        return list(obj.parties.order_by("added_at"))


def _case(request: HttpRequest, case_id: int) -> Case:
    return selectors.case_get(user=request.user, case_id=case_id)


@router.get("/cases/{case_id}", response=CaseOut, url_name="case_detail")
def case_detail(request: HttpRequest, case_id: int) -> Case:
    return _case(request, case_id)


class TransitionIn(Schema):
    to: CaseStatus
    waiting_on: WaitingOn = WaitingOn.NONE
    reason: str = Field("", max_length=500)


@router.post("/cases/{case_id}/transition", response=CaseOut, url_name="case_transition")
def case_transition(request: HttpRequest, case_id: int, body: TransitionIn) -> Case:
    services.case_transition(actor=request.user, case=_case(request, case_id), **body.dict())
    return _case(request, case_id)


class NoteIn(Schema):
    kind: str = Field("note", pattern="^(note|call)$")
    text: str = Field(..., max_length=10000)


class EventCreated(Schema):
    id: int


@router.post("/cases/{case_id}/notes", response={201: EventCreated}, url_name="case_note")
def case_note(request: HttpRequest, case_id: int, body: NoteIn) -> Status[EventCreated]:
    """A note (case workers) or a call logged by the hotline, which cannot read the case."""
    if body.kind == CaseEvent.Kind.CALL:
        selectors.require_intake_taker(request.user)
        case = selectors.case_for_call(user=request.user, case_id=case_id)
    else:
        case = _case(request, case_id)
    event = services.case_note_add(actor=request.user, case=case, **body.dict())
    return Status(201, EventCreated(id=event.pk))


class ReassignIn(Schema):
    post_id: int
    reason: str = Field(..., max_length=500)


@router.post("/cases/{case_id}/reassign", response=CaseRow, url_name="case_reassign")
def case_reassign(request: HttpRequest, case_id: int, body: ReassignIn) -> Case:
    """The case goes to another post (and may leave the caller's sight: the answer is all)."""
    case = _case(request, case_id)
    post = selectors.posts_for_reassignment().filter(pk=body.post_id).first()
    if post is None:
        raise DomainError("no such post", field="post_id")
    return services.case_reassign(actor=request.user, case=case, post=post, reason=body.reason)


class ShareIn(Schema):
    organisation_id: int


@router.post("/cases/{case_id}/share", response={201: EventCreated}, url_name="case_share")
def case_share(request: HttpRequest, case_id: int, body: ShareIn) -> Status[EventCreated]:
    organisation = Organisation.objects.filter(pk=body.organisation_id).first()
    if organisation is None:
        raise DomainError("no such organisation", field="organisation_id")
    share = services.case_share(
        actor=request.user, case=_case(request, case_id), organisation=organisation
    )
    return Status(201, EventCreated(id=share.pk))


class TaskIn(Schema):
    agency_id: int
    title: str = Field(..., max_length=300)
    due_at: datetime
    details: str = Field("", max_length=5000)


def _agency(agency_id: int, field: str) -> Agency:
    agency = selectors.agency_list().filter(pk=agency_id).first()
    if agency is None:
        raise DomainError("no such agency", field=field)
    return agency


@router.post("/cases/{case_id}/tasks", response={201: TaskOut}, url_name="task_create")
def task_create(request: HttpRequest, case_id: int, body: TaskIn) -> Status[Task]:
    task = services.task_create(
        actor=request.user,
        case=_case(request, case_id),
        agency=_agency(body.agency_id, "agency_id"),
        title=body.title,
        due_at=body.due_at,
        details=body.details,
    )
    return Status(201, task)


@router.get("/tasks", response=list[TaskOut], url_name="task_inbox")
def task_inbox(request: HttpRequest) -> list[Task]:
    """Open tasks addressed to the agencies of the liaison's organisation."""
    return selectors.task_inbox(user=request.user)


class AnswerIn(Schema):
    answer: str = Field(..., max_length=5000)


@router.post("/tasks/{task_id}/answer", response=TaskOut, url_name="task_answer")
def task_answer(request: HttpRequest, task_id: int, body: AnswerIn) -> Task:
    task = selectors.task_get(user=request.user, task_id=task_id)
    return services.task_answer(actor=request.user, task=task, answer=body.answer)


class DiplomaticNoteIn(Schema):
    number: str = Field(..., max_length=50)
    sent_on: date
    addressee_id: int
    subject: str = Field(..., max_length=300)
    reply_due: date | None = None
    case_ids: list[int] = Field(default_factory=list, description="other cases it concerns")


class DiplomaticNoteOut(Schema):
    id: int
    number: str
    sent_on: date
    addressee_id: int
    subject: str
    reply_due: date | None
    reply_received_on: date | None
    reply_summary: str
    reply_overdue: bool


@router.post(
    "/cases/{case_id}/diplomatic-notes", response={201: DiplomaticNoteOut}, url_name="dnote_create"
)
def diplomatic_note_create(
    request: HttpRequest, case_id: int, body: DiplomaticNoteIn
) -> Status[Any]:
    cases = [_case(request, case_id), *(_case(request, other) for other in body.case_ids)]
    note = services.diplomatic_note_create(
        actor=request.user,
        cases=cases,
        addressee=_agency(body.addressee_id, "addressee_id"),
        number=body.number,
        sent_on=body.sent_on,
        subject=body.subject,
        reply_due=body.reply_due,
    )
    return Status(201, note)


class ReplyIn(Schema):
    received_on: date
    summary: str = Field(..., max_length=5000)
    follow_up_title: str = Field("", max_length=300)
    follow_up_due: datetime | None = None


@router.post(
    "/cases/{case_id}/diplomatic-notes/{note_id}/reply",
    response=DiplomaticNoteOut,
    url_name="dnote_reply",
)
def diplomatic_note_reply(request: HttpRequest, case_id: int, note_id: int, body: ReplyIn) -> Any:
    note = _case(request, case_id).diplomatic_notes.filter(pk=note_id).first()
    if note is None:
        raise DomainError("no such note on this case", field="note_id")
    return services.diplomatic_note_reply(actor=request.user, note=note, **body.dict())


class PartyIn(Schema):
    person_id: int
    note: str = Field("", max_length=300)


@router.post("/cases/{case_id}/parties", response={201: PartyOut}, url_name="party_add")
def party_add(request: HttpRequest, case_id: int, body: PartyIn) -> Status[CaseParty]:
    case = _case(request, case_id)
    person = person_named(user=request.user, person_id=body.person_id, field="person_id")
    return Status(
        201, services.case_party_add(actor=request.user, case=case, person=person, note=body.note)
    )


class PartyStatusIn(Schema):
    status: CaseParty.PartyStatus
    note: str = Field("", max_length=300)


@router.post("/cases/{case_id}/parties/{party_id}", response=PartyOut, url_name="party_status")
def party_status(
    request: HttpRequest, case_id: int, party_id: int, body: PartyStatusIn
) -> CaseParty:
    party = _case(request, case_id).parties.filter(pk=party_id).first()
    if party is None:
        raise DomainError("no such person in this case", field="party_id")
    return services.case_party_status(actor=request.user, party=party, **body.dict())


class IncidentIn(Schema):
    kind: Incident.Kind
    title: str = Field(..., max_length=200)
    country: str = Field(..., max_length=2)
    occurred_on: date | None = None
    city: str = Field("", max_length=100)
    place: str = Field("", max_length=200)
    description: str = Field("", max_length=5000)


class IncidentOut(Schema):
    id: int
    kind: str
    title: str
    country: str
    occurred_on: date | None
    city: str
    place: str


@router.get("/incidents", response=list[IncidentOut], url_name="incident_list")
def incident_list(request: HttpRequest) -> list[Incident]:
    return list(selectors.incident_list(user=request.user)[:500])


@router.post("/incidents", response={201: IncidentOut}, url_name="incident_create")
def incident_create(request: HttpRequest, body: IncidentIn) -> Status[Incident]:
    post = selectors.working_post(user=request.user)
    return Status(201, services.incident_create(actor=request.user, post=post, **body.dict()))


class IncidentLinkIn(Schema):
    incident_id: int | None


@router.post("/cases/{case_id}/incident", response=CaseOut, url_name="incident_link")
def incident_link(request: HttpRequest, case_id: int, body: IncidentLinkIn) -> Case:
    case = _case(request, case_id)
    incident = None
    if body.incident_id is not None:
        incident = (
            selectors.incidents_visible(user=request.user).filter(pk=body.incident_id).first()
        )
        if incident is None:
            raise DomainError("no such incident", field="incident_id")
    services.case_link_incident(actor=request.user, case=case, incident=incident)
    return _case(request, case_id)


class AttachmentOut(Schema):
    id: int
    name: str
    content_type: str
    size: int


@router.post(
    "/cases/{case_id}/attachments", response={201: AttachmentOut}, url_name="attachment_add"
)
def attachment_add(
    request: HttpRequest,
    case_id: int,
    file: UploadedFile = File(...),  # type: ignore[type-arg]  # noqa: B008
) -> Status[Any]:
    return Status(
        201, services.attachment_add(actor=request.user, case=_case(request, case_id), upload=file)
    )


class AgencyOut(Schema):
    id: int
    name: str
    kind: str
    country: str


@router.get("/agencies", response=list[AgencyOut], url_name="agency_list")
def agency_list(request: HttpRequest) -> list[Agency]:
    return list(selectors.agency_list())


class PeriodIn(Schema):
    start: date
    end: date


class BreakdownOut(Schema):
    total: int
    start: date
    end: date
    by_nationality: dict[str, int]
    by_discovery: dict[str, int]
    by_bank: dict[str, int]
    by_residence: dict[str, int]
    formal_grounds: dict[str, int]


@router.get("/reports/host-register", response=BreakdownOut, url_name="report_host_register")
def host_register_report(request: HttpRequest, period: Query[PeriodIn]) -> BreakdownOut:
    if period.end < period.start:
        raise DomainError("the period ends before it starts", field="end")
    report = selectors.host_register_report(user=request.user, start=period.start, end=period.end)
    return BreakdownOut(
        total=report.total,
        start=report.start,
        end=report.end,
        by_nationality=dict(report.by_nationality),
        by_discovery=dict(report.by_discovery),
        by_bank=dict(report.by_bank),
        by_residence=dict(report.by_residence),
        formal_grounds=dict(report.formal_grounds),
    )


@router.get("/intakes/{code}", response=dict[str, Any], url_name="intake_status")
def intake_status(request: HttpRequest, code: str) -> dict[str, Any]:
    """For a caller calling back with their code: the status and the post, nothing more."""
    intake = selectors.intake_by_code(user=request.user, code=code)
    if intake is None:
        selectors.require_intake_taker(request.user)
        raise DomainError("no intake of yours has this code", field="code")
    case = intake.case
    return {"code": case.code, "status": case.status, "post": case.post.name}


class ProtectionIO(Schema):
    asylum_history: str = Field("", max_length=10000)
    victim_status: str = Field("", max_length=100)
    risk_on_return: str = Field("", max_length=10000)


@router.get(
    "/protection/{person_id}",
    response=ProtectionIO,
    url_name="protection_read",
    include_in_schema=False,
)
def protection_read(request: HttpRequest, person_id: int) -> ProtectionIO:
    selectors.require_protection(request.user)
    person = person_get(user=request.user, person_id=person_id)
    record = selectors.protection_record_read(user=request.user, person=person)
    if record is None:
        return ProtectionIO(asylum_history="", victim_status="", risk_on_return="")
    return ProtectionIO(
        asylum_history=record.asylum_history,
        victim_status=record.victim_status,
        risk_on_return=record.risk_on_return,
    )


@router.put(
    "/protection/{person_id}",
    response=ProtectionIO,
    url_name="protection_write",
    include_in_schema=False,
)
def protection_write(request: HttpRequest, person_id: int, body: ProtectionIO) -> ProtectionIO:
    selectors.require_protection(request.user)
    person = person_get(user=request.user, person_id=person_id)
    services.protection_record_save(actor=request.user, person=person, **body.dict())
    return body
