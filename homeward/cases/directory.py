"""The agency directory: who a task or a note can be addressed to. Kept by administrators."""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from homeward.accounts.models import Organisation
from homeward.accounts.roles import Cap
from homeward.cases.models import Agency
from homeward.common.access import reach_of
from homeward.common.audit import audit_record
from homeward.common.errors import DomainError, NotAllowed
from homeward.people.records import check_country, check_text


def can_keep_directory(user: Any) -> bool:
    return not reach_of(user, Cap.ACCOUNTS_MANAGE).empty


@transaction.atomic
def agency_create(
    *,
    actor: Any,
    name: str,
    kind: str,
    country: str,
    organisation: Organisation | None = None,
    email: str = "",
    phone: str = "",
) -> Agency:
    if not can_keep_directory(actor):
        raise NotAllowed(_("only administrators keep the agency directory"))
    if kind not in Agency.Kind.values:
        raise DomainError(_("unknown kind of agency"), field="kind")
    agency = Agency(
        name=check_text(name, 200, "name", required=True),
        kind=kind,
        country=check_country(country, "country"),
        organisation=organisation,
        email=check_text(email, 254, "email"),
        phone=check_text(phone, 20, "phone"),
    )
    try:
        with transaction.atomic():
            agency.save()
    except IntegrityError as exc:
        raise DomainError(_("an agency with this name exists"), field="name") from exc
    audit_record(actor=actor, verb="agency.create", target=agency, changes={"name": agency.name})
    return agency


@transaction.atomic
def agency_set_active(*, actor: Any, agency: Agency, active: bool) -> Agency:
    if not can_keep_directory(actor):
        raise NotAllowed(_("only administrators keep the agency directory"))
    agency.is_active = active
    agency.save(update_fields=["is_active"])
    audit_record(actor=actor, verb="agency.active", target=agency, changes={"active": active})
    return agency
