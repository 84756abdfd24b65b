"""The fields each case type asks for, declared once: forms, API validation and reports use them.

A case keeps them in ``Case.details`` (JSON). Values are validated by a Django form built
from the declaration, so a page and the API refuse the same input with the same message,
naming the field.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from homeward.cases.choices import CaseType
from homeward.common.errors import DomainError

YES_NO_UNKNOWN = [("unknown", _("unknown")), ("yes", _("yes")), ("no", _("no"))]


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str | Promise
    kind: str = "text"  # text, long, date, choice, bool, number
    choices: tuple[tuple[str, str | Promise], ...] = ()
    required: bool = False
    past: bool = False  # a date that has happened: never in the future

    def form_field(self) -> forms.Field:
        common: dict[str, Any] = {"label": self.label, "required": self.required}
        if self.kind == "date":
            return forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), **common)
        if self.kind == "choice":
            return forms.ChoiceField(choices=[("", "—"), *self.choices], **common)
        if self.kind == "bool":
            return forms.BooleanField(**{**common, "required": False})
        if self.kind == "number":
            return forms.DecimalField(min_value=0, max_digits=12, decimal_places=2, **common)
        if self.kind == "long":
            return forms.CharField(
                max_length=2000, widget=forms.Textarea(attrs={"rows": 2}), **common
            )
        return forms.CharField(max_length=200, **common)


DISCOVERY = (
    ("bank_account", _("blocked bank account")),
    ("police_detention", _("police detention")),
    ("border_refusal", _("refused at the border")),
    ("dismissal", _("dismissal from work")),
    ("other", _("other")),
)
RESIDENCE = (
    ("permit", _("residence permit")),
    ("temporary_permit", _("temporary residence permit")),
    ("none", _("none")),
)

FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    CaseType.DETENTION: (
        FieldSpec("place", _("place of detention")),
        FieldSpec("authority", _("detaining authority")),
        FieldSpec("since", _("detained since"), "date", past=True),
        FieldSpec("grounds", _("stated grounds"), "long"),
        FieldSpec(
            "consular_access",
            _("consular access"),
            "choice",
            (("granted", _("granted")), ("refused", _("refused")), ("not_yet", _("not yet asked"))),
        ),
    ),
    CaseType.REMOVAL: (
        FieldSpec("order_date", _("removal order date"), "date", past=True),
        FieldSpec("removal_country", _("country of removal")),
        FieldSpec(
            "voluntary_departure_possible",
            _("voluntary departure still possible"),
            "choice",
            tuple(YES_NO_UNKNOWN),
        ),
    ),
    CaseType.HOST_REGISTER: (
        FieldSpec("discovery", _("how it was discovered"), "choice", DISCOVERY, required=True),
        FieldSpec("bank", _("which bank")),
        FieldSpec("residence_status", _("residence status"), "choice", RESIDENCE),
        FieldSpec("formal_grounds", _("formal grounds possible"), "choice", tuple(YES_NO_UNKNOWN)),
        FieldSpec("restrictions_overturned", _("earlier restrictions overturned"), "bool"),
        FieldSpec("appeal_deadline", _("appeal deadline"), "date"),
    ),
    CaseType.TRAFFICKING: (
        FieldSpec("workplace", _("place of work")),
        FieldSpec("employer", _("employer")),
        FieldSpec("documents_confiscated", _("documents confiscated"), "bool"),
        FieldSpec(
            "recognised_by_host",
            _("recognised as a victim by the host authority"),
            "choice",
            (("yes", _("yes")), ("no", _("no")), ("pending", _("pending"))),
        ),
    ),
    CaseType.DEATH: (
        FieldSpec("date_of_death", _("date of death"), "date", past=True),
        FieldSpec("place_of_death", _("place of death")),
        FieldSpec("reported_cause", _("cause as reported"), "long"),
        FieldSpec("next_of_kin", _("next of kin")),
        FieldSpec(
            "repatriation",
            _("repatriation of remains"),
            "choice",
            (
                ("not_requested", _("not requested")),
                ("requested", _("requested")),
                ("in_progress", _("in progress")),
                ("done", _("done")),
            ),
        ),
    ),
    CaseType.MILITARY_RECRUITMENT: (
        FieldSpec("place", _("where")),
        FieldSpec("unit_or_recruiter", _("unit or recruiter")),
        FieldSpec("circumstances", _("circumstances"), "long"),
    ),
    CaseType.LOST_DOCUMENTS: (
        FieldSpec("document_kind", _("which document")),
        FieldSpec("lost_on", _("lost or stolen on"), "date", past=True),
        FieldSpec("travel_document_needed", _("emergency travel document needed"), "bool"),
    ),
    CaseType.MEDICAL: (
        FieldSpec("facility", _("hospital or facility")),
        FieldSpec("condition", _("condition"), "long"),
    ),
    CaseType.LABOUR: (
        FieldSpec("employer", _("employer")),
        FieldSpec("amount_owed", _("amount owed"), "number"),
        FieldSpec("currency", _("currency")),
    ),
    CaseType.VOLUNTARY_RETURN: (
        FieldSpec("removal_order", _("under a removal order"), "bool"),
        FieldSpec("leave_by", _("must leave by"), "date"),
    ),
    CaseType.MISSING: (
        FieldSpec("last_seen_on", _("last seen on"), "date", past=True),
        FieldSpec("last_seen_place", _("last seen at")),
    ),
    CaseType.OTHER: (),
}


@functools.cache
def details_form_class(case_type: str) -> type[forms.Form]:
    specs = FIELDS.get(case_type, ())
    attrs = {spec.name: spec.form_field() for spec in specs}
    return type(f"{case_type.title()}DetailsForm", (forms.Form,), attrs)


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "as_tuple"):  # Decimal
        return str(value)
    return value


def clean_details(case_type: str, data: dict[str, Any]) -> dict[str, Any]:
    """Validated details for a case type; DomainError names the first bad field."""
    if case_type not in FIELDS:
        raise DomainError(str(_("unknown case type")), field="case_type")
    known = {spec.name for spec in FIELDS[case_type]}
    unknown = sorted(set(data) - known)
    if unknown:
        raise DomainError(
            str(_("%(field)s is not a field of this case type")) % {"field": unknown[0]},
            field=f"details.{unknown[0]}",
        )
    form = details_form_class(case_type)(data={k: v for k, v in data.items() if v is not None})
    if not form.is_valid():
        name, errors = next(iter(form.errors.items()))
        raise DomainError(str(errors[0]), field=f"details.{name}")
    today = timezone.localdate()
    for spec in FIELDS[case_type]:
        value = form.cleaned_data.get(spec.name)
        if spec.past and isinstance(value, date) and value > today:
            raise DomainError(str(_("this date is in the future")), field=f"details.{spec.name}")
    given = {k for k, v in data.items() if v not in ("", None)}
    return {
        k: _jsonable(v)
        for k, v in form.cleaned_data.items()
        if v not in ("", None) and (k in given or v is not False)
    }
