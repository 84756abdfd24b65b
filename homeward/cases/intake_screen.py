"""The call screen's submit: find or register the person, then open the case."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.utils.translation import gettext as _

from homeward.cases.records import intake_from_fields
from homeward.cases.services import IntakeResult, intake_create
from homeward.common.errors import DomainError
from homeward.people.matching.search import SearchHit
from homeward.people.records import record_from_fields
from homeward.people.selectors import likely_same_people, person_named


@dataclass
class IntakeOutcome:
    result: IntakeResult | None = None
    likely: list[SearchHit] = field(default_factory=list)


def _show(exc: DomainError, form: forms.Form, details: forms.Form) -> None:
    name = exc.field or ""
    if name.startswith("details."):
        inner = name.removeprefix("details.")
        details.add_error(inner if inner in details.fields else None, exc.message)
    elif name in ("name", "birth_date"):
        form.add_error(f"subject_{name}", exc.message)
    else:
        form.add_error(name if name in form.fields else None, exc.message)


def intake_submit(*, actor: Any, form: forms.Form, details: forms.Form) -> IntakeOutcome:
    """Open the case, or explain what is wrong on the form (or who the person may be)."""
    if not (form.is_valid() and details.is_valid()):
        return IntakeOutcome()
    data = form.cleaned_data
    try:
        subject_id = data["subject_id"]
        new_subject = None
        if subject_id is not None:
            subject_id = person_named(user=actor, person_id=subject_id, field="subject_name").pk
        elif data["subject_name"].strip():
            new_subject = record_from_fields(
                name=data["subject_name"],
                birth_date=data["subject_birth_date"],
                nationality=data["nationality"],
            )
            if not data["create_anyway"]:
                likely = likely_same_people(
                    user=actor, name=new_subject.name, birth_date=new_subject.birth_date
                )
                if likely:
                    form.add_error(
                        "subject_name",
                        _(
                            "This person may already be registered: pick them below, or tick "
                            "the box to register a new person."
                        ),
                    )
                    return IntakeOutcome(likely=likely)
        record = intake_from_fields(
            channel=data["channel"],
            case_type=data["case_type"],
            country=data["country"],
            region=data["region"],
            city=data["city"],
            place=data["place"],
            urgency=data["urgency"],
            account=data["account"],
            caller_name=data["caller_name"],
            caller_phone=data["caller_phone"],
            caller_relation=data["caller_relation"],
            nationality=data["nationality"],
            subject_id=subject_id,
            new_subject=new_subject,
            details=details.cleaned_data,
        )
        return IntakeOutcome(result=intake_create(actor=actor, record=record))
    except DomainError as exc:
        _show(exc, form, details)
        return IntakeOutcome()
