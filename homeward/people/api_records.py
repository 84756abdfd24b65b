"""Registry API for writes: new persons (with the duplicate warning), contacts, relatives,
registrations abroad, merge and undo.

No `from __future__ import annotations`: ninja reads the annotations at import time.
"""

from datetime import date

from django.http import HttpRequest
from ninja import Field, Router, Schema, Status

from homeward.common.schemas import ErrorItem
from homeward.people import selectors, services
from homeward.people.api import HitOut, hit_out
from homeward.people.models import Contact, Document, PersonStatus, Registration, Relation
from homeward.people.records import record_from_fields, stay_from_fields

router = Router(tags=["people"])


class PersonIn(Schema):
    name: str = Field(..., max_length=2000)
    other_names: list[str] = Field(default_factory=list, max_length=20)
    birth_date: str = Field("", description="YYYY, YYYY-MM or YYYY-MM-DD")
    sex: str = ""
    nationality: str = ""
    passport_number: str = ""
    birthplace: str = Field("", max_length=200)
    create_anyway: bool = Field(
        False, description="create even though likely same persons exist (after checking them)"
    )


class CreatedOut(Schema):
    id: int


class LikelyOut(Schema):
    errors: list[ErrorItem]
    likely: list[HitOut]


@router.post("/people", response={201: CreatedOut, 409: LikelyOut}, url_name="person_create")
def person_create(request: HttpRequest, body: PersonIn) -> Status[CreatedOut | LikelyOut]:
    """409 lists the likely same persons unless ``create_anyway`` is set."""
    selectors.require_registry_editor(request.user)
    record = record_from_fields(
        name=body.name,
        other_names="|".join(body.other_names),
        birth_date=body.birth_date,
        sex=body.sex,
        nationality=body.nationality,
        passport_number=body.passport_number,
        birthplace=body.birthplace,
    )
    if not body.create_anyway:
        likely = selectors.likely_same_people(
            user=request.user, name=record.name, evidence=record.evidence()
        )
        if likely:
            message = "this person may already be in the registry; check `likely`"
            return Status(
                409,
                LikelyOut(
                    errors=[ErrorItem(field="name", message=message)],
                    likely=[hit_out(h) for h in likely],
                ),
            )
    person = services.person_create(actor=request.user, record=record)
    return Status(201, CreatedOut(id=person.pk))


class ContactIn(Schema):
    kind: Contact.Kind
    value: str = Field(..., max_length=300)
    messenger: Contact.Messenger = Contact.Messenger.NONE
    note: str = Field("", max_length=200)
    region: str = Field("", max_length=2, description="country to read a local number in")


@router.post(
    "/people/{person_id}/contacts", response={201: CreatedOut}, url_name="person_contact_add"
)
def contact_add(request: HttpRequest, person_id: int, body: ContactIn) -> Status[CreatedOut]:
    person = selectors.person_get(user=request.user, person_id=person_id)
    contact = services.contact_add(actor=request.user, person=person, **body.dict())
    return Status(201, CreatedOut(id=contact.pk))


class RelationIn(Schema):
    kind: Relation.Kind
    relative_id: int | None = None
    relative_name: str = Field("", max_length=200)
    relative_phone: str = Field("", max_length=40)
    next_of_kin: bool = False


@router.post(
    "/people/{person_id}/relations", response={201: CreatedOut}, url_name="person_relation_add"
)
def relation_add(request: HttpRequest, person_id: int, body: RelationIn) -> Status[CreatedOut]:
    person = selectors.person_get(user=request.user, person_id=person_id)
    relative = (
        selectors.person_named(user=request.user, person_id=body.relative_id, field="relative_id")
        if body.relative_id is not None
        else None
    )
    relation = services.relation_add(
        actor=request.user,
        person=person,
        kind=body.kind,
        relative=relative,
        relative_name=body.relative_name,
        relative_phone=body.relative_phone,
        next_of_kin=body.next_of_kin,
    )
    return Status(201, CreatedOut(id=relation.pk))


class StayIn(Schema):
    country: str = Field(..., max_length=2)
    region: str = Field("", max_length=6)
    city: str = Field(..., max_length=100)
    address: str = Field("", max_length=300)
    employer: str = Field("", max_length=200)
    arrived_on: date | None = None
    stay_until: date | None = None
    consent: bool = Field(False, description="the citizen agreed; required")


class RegistrationOut(Schema):
    id: int
    reference: str
    post_id: int | None


@router.post(
    "/people/{person_id}/registrations",
    response={201: RegistrationOut},
    url_name="person_registration_add",
)
def registration_add(request: HttpRequest, person_id: int, body: StayIn) -> Status[RegistrationOut]:
    person = selectors.person_get(user=request.user, person_id=person_id)
    registration = services.registration_create(
        actor=request.user,
        person=person,
        stay=stay_from_fields(**body.dict()),
        channel=Registration.Channel.OPERATOR,
    )
    return Status(
        201,
        RegistrationOut(
            id=registration.pk, reference=registration.reference, post_id=registration.post_id
        ),
    )


class MergeIn(Schema):
    other_id: int = Field(..., description="the record merged into this one")
    reason: str = Field(..., max_length=500)


@router.post("/people/{person_id}/merge", response={200: CreatedOut}, url_name="person_merge")
def person_merge(request: HttpRequest, person_id: int, body: MergeIn) -> CreatedOut:
    selectors.require_registry_merger(request.user)
    survivor = selectors.person_get(user=request.user, person_id=person_id)
    absorbed = selectors.person_get(user=request.user, person_id=body.other_id)
    services.person_merge(
        actor=request.user, survivor=survivor, absorbed=absorbed, reason=body.reason
    )
    return CreatedOut(id=survivor.pk)


class ReasonIn(Schema):
    reason: str = Field(..., max_length=500)


@router.post("/people/{person_id}/unmerge", response={200: CreatedOut}, url_name="person_unmerge")
def person_unmerge(request: HttpRequest, person_id: int, body: ReasonIn) -> CreatedOut:
    selectors.require_registry_merger(request.user)
    person = selectors.person_get(user=request.user, person_id=person_id)
    services.person_unmerge(actor=request.user, person=person, reason=body.reason)
    return CreatedOut(id=person.pk)


class DocumentIn(Schema):
    kind: Document.Kind
    number: str = Field(..., max_length=40)
    country: str = Field("", max_length=2)
    issued_on: date | None = None
    expires_on: date | None = None


@router.post(
    "/people/{person_id}/documents", response={201: CreatedOut}, url_name="person_document_add"
)
def document_add(request: HttpRequest, person_id: int, body: DocumentIn) -> Status[CreatedOut]:
    person = selectors.person_get(user=request.user, person_id=person_id)
    document = services.document_add(actor=request.user, person=person, **body.dict())
    return Status(201, CreatedOut(id=document.pk))


class StatusIn(Schema):
    status: PersonStatus
    reason: str = Field(..., max_length=500)


@router.post("/people/{person_id}/status", response={200: CreatedOut}, url_name="person_status")
def person_status(request: HttpRequest, person_id: int, body: StatusIn) -> CreatedOut:
    person = selectors.person_get(user=request.user, person_id=person_id)
    services.person_set_status(
        actor=request.user, person=person, status=body.status, reason=body.reason
    )
    return CreatedOut(id=person.pk)
