"""An intake as it arrives (the call screen, the public form, the API), validated first."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from homeward.cases.case_fields import clean_details
from homeward.cases.choices import CallerRelation, CaseType, Channel, Urgency
from homeward.common.errors import DomainError
from homeward.people.phones import check_phone
from homeward.people.records import PersonRecord, check_country, check_text


@dataclass(frozen=True)
class IntakeRecord:
    channel: str
    case_type: str
    country: str
    account: str
    urgency: str = Urgency.NORMAL
    region: str = ""
    city: str = ""
    place: str = ""
    caller_name: str = ""
    caller_phone: str = ""
    caller_relation: str = CallerRelation.SELF
    nationality: str = ""
    subject_id: int | None = None
    new_subject: PersonRecord | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def fingerprint(self) -> str:
        """The same request twice gives the same fingerprint (idempotency checks)."""
        body = json.dumps(asdict(self), sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(body.encode()).hexdigest()


def _choice(value: str, choices: type[Any], field_name: str) -> str:
    if value not in choices.values:
        raise DomainError(_("unknown choice %(value)r") % {"value": value}, field=field_name)
    return value


def intake_from_fields(
    *,
    channel: str,
    case_type: str,
    country: str,
    account: str,
    urgency: str = Urgency.NORMAL,
    region: str = "",
    city: str = "",
    place: str = "",
    caller_name: str = "",
    caller_phone: str = "",
    caller_relation: str = CallerRelation.SELF,
    nationality: str = "",
    subject_id: int | None = None,
    new_subject: PersonRecord | None = None,
    details: dict[str, Any] | None = None,
) -> IntakeRecord:
    """Raises DomainError naming the first bad field; nothing is written here."""
    country = check_country(country, "country")
    region = region.strip().upper()
    if region and not region.startswith(f"{country}-"):
        raise DomainError(
            _("%(region)r is not a region of %(country)s") % {"region": region, "country": country},
            field="region",
        )
    return IntakeRecord(
        channel=_choice(channel, Channel, "channel"),
        case_type=_choice(case_type, CaseType, "case_type"),
        urgency=_choice(urgency, Urgency, "urgency"),
        caller_relation=_choice(caller_relation, CallerRelation, "caller_relation"),
        country=country,
        region=region,
        city=check_text(city, 100, "city"),
        place=check_text(place, 200, "place"),
        account=check_text(account, 10000, "account", required=True),
        caller_name=check_text(caller_name, 200, "caller_name"),
        caller_phone=(
            check_phone(caller_phone, region=country, field_name="caller_phone")
            if caller_phone.strip()
            else ""
        ),
        nationality=check_country(nationality, "nationality") if nationality.strip() else "",
        subject_id=subject_id,
        new_subject=new_subject,
        details=clean_details(case_type, details or {}),
    )
