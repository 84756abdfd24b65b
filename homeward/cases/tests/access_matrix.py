# mypy: disable-error-code="misc, arg-type"
"""The cases part of the permission matrix (homeward/tests/test_permission_matrix.py):
every casework URL × role × own / other jurisdiction."""

from __future__ import annotations

from typing import Any

from django.core.files.base import ContentFile

from homeward.accounts.roles import Role
from homeward.cases.models import Attachment, CaseParty
from homeward.cases.tests.factories import (
    AgencyFactory,
    CaseFactory,
    DiplomaticNoteFactory,
    IncidentFactory,
    TaskFactory,
)

OPERATOR = Role.HOTLINE_OPERATOR.value
CONSUL = Role.CONSULAR_OFFICER.value
LIAISON = Role.AGENCY_LIAISON.value
PARTNER = Role.PARTNER.value
SUPERVISOR = Role.SUPERVISOR.value
ANALYST = Role.ANALYST.value
PROTECTION = Role.PROTECTION_OFFICER.value
VIEWERS = (CONSUL, SUPERVISOR, PROTECTION)
WORKERS = (CONSUL, SUPERVISOR)


def cases_world(world: dict[str, Any]) -> dict[str, Any]:
    """Cases at the probing user's post, and the same at a stranger's post."""
    ministry = world["own_post"].organisation
    agency = AgencyFactory(name="Migration Agency", organisation=ministry)
    own_case = CaseFactory(post=world["own_post"], subject=world["person"])
    other_case = CaseFactory(post=world["other_post"])
    note = DiplomaticNoteFactory(post=world["own_post"], addressee=agency)
    note.cases.add(own_case)
    attachment = Attachment(
        case=own_case,
        name="letter.pdf",
        content_type="application/pdf",
        size=13,
        uploaded_by=world["stranger"],
    )
    attachment.file.save("letter.pdf", ContentFile(b"%PDF-1.4 test"), save=True)
    return {
        "ngo_org": world["other_post"].organisation,
        "own_attachment": attachment,
        "agency": agency,
        "own_case": own_case,
        "other_case": other_case,
        "own_task": TaskFactory(case=own_case, agency=agency),
        "own_incident": IncidentFactory(post=world["own_post"]),
        "other_incident": IncidentFactory(post=world["other_post"]),
        "own_note": note,
        "own_party": CaseParty.objects.create(case=own_case, person=world["japarov"]),
    }


def cases_kwargs(target: str, world: dict[str, Any]) -> dict[str, Any] | None:
    if target in ("own_case", "other_case"):
        return {"case_id": world[target].pk}
    if target == "own_task":
        return {"task_id": world["own_task"].pk}
    if target in ("own_incident", "other_incident"):
        return {"incident_id": world[target].pk}
    if target == "own_note":
        return {"case_id": world["own_case"].pk, "note_id": world["own_note"].pk}
    if target == "own_party":
        return {"case_id": world["own_case"].pk, "party_id": world["own_party"].pk}
    if target == "own_attachment":
        return {"case_id": world["own_case"].pk, "attachment_id": world["own_attachment"].pk}
    if target == "agency":
        return {"agency_id": world["agency"].pk}
    if target == "bogus_code":
        return {"code": "H-3333-3333-3"}
    if target == "protected_person":
        return {"person_id": world["person"].pk}
    return None
