"""A person as it arrives (a form, an import row, the API), validated before anything is written."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import pycountry
from django.utils import timezone
from django.utils.translation import gettext as _

from homeward.common.errors import DomainError
from homeward.people.matching.dates import BadDate, PartialDate, parse_partial_date
from homeward.people.matching.documents import document_tokens
from homeward.people.matching.normalize import clean
from homeward.people.matching.score import Evidence

_DOC_NUMBER = re.compile(r"^[A-Z0-9]{4,20}$")
_SEX = {"male": "male", "m": "male", "female": "female", "f": "female", "": "", "unknown": ""}


@dataclass(frozen=True)
class PersonRecord:
    name: str
    external_id: str | None = None
    other_names: tuple[str, ...] = ()
    birth_date: PartialDate | None = None
    sex: str = ""
    nationalities: tuple[str, ...] = ()
    passport_number: str = ""
    birthplace: str = ""
    source: str = ""
    names_kind: dict[str, str] = field(default_factory=dict)

    def evidence(self) -> Evidence:
        """What the matcher weighs besides the names: the duplicate warning's query side."""
        return Evidence(
            birth_date=self.birth_date,
            sex=self.sex,
            documents=_passport(self.passport_number),
            birthplace=self.birthplace,
        )


def _passport(number: str) -> frozenset[str]:
    return document_tokens([("passport", "", number)] if number else [])


def refuse_nul(text: str, field_name: str) -> str:
    """A NUL character is never part of what a person typed: refuse, do not guess."""
    if "\x00" in text:
        raise DomainError(_("NUL characters are not allowed"), field=field_name)
    return text


def check_name(text: str, field_name: str = "name") -> str:
    text = refuse_nul(text, field_name).strip()
    if not text:
        raise DomainError(_("a name is required"), field=field_name)
    if len(text) > 200:
        raise DomainError(_("a name is at most 200 characters"), field=field_name)
    if not clean(text):
        raise DomainError(_("the name has no letters"), field=field_name)
    return text


def check_country(code: str, field_name: str = "nationality") -> str:
    code = code.strip().upper()
    if pycountry.countries.get(alpha_2=code) is None:
        raise DomainError(
            _("%(code)r is not an ISO 3166 alpha-2 country code") % {"code": code},
            field=field_name,
        )
    return code


def check_sex(sex: str, field_name: str = "sex") -> str:
    """``male``, ``female`` or empty (``m``, ``f``, ``unknown`` and any case accepted)."""
    key = sex.strip().lower()
    if key not in _SEX:
        raise DomainError(
            _("sex is male, female or empty, not %(sex)r") % {"sex": sex}, field=field_name
        )
    return _SEX[key]


def check_document_number(number: str, field_name: str = "passport_number") -> str:
    number = re.sub(r"[\s-]", "", number).upper()
    if not _DOC_NUMBER.match(number):
        raise DomainError(_("a document number is 4 to 20 letters and digits"), field=field_name)
    return number


def optional_document_number(number: str, field_name: str = "passport_number") -> str:
    """A document number as ``check_document_number`` keeps it, or "" when none is given."""
    return check_document_number(number, field_name) if number.strip() else ""


def record_from_fields(
    *,
    name: str,
    external_id: str = "",
    other_names: str = "",
    birth_date: str = "",
    sex: str = "",
    nationality: str = "",
    passport_number: str = "",
    birthplace: str = "",
) -> PersonRecord:
    """The import row / API shape; raises DomainError naming the first bad field."""
    try:
        date = parse_partial_date(birth_date)
    except BadDate as exc:
        raise DomainError(str(exc), field="birth_date") from exc
    today = timezone.localdate()
    if date is not None and (date.year, date.month or 1, date.day or 1) > (
        today.year,
        today.month,
        today.day,
    ):
        raise DomainError(_("a birth date cannot be in the future"), field="birth_date")
    sex = check_sex(sex)
    others = tuple(check_name(n, "other_names") for n in other_names.split("|") if n.strip())
    return PersonRecord(
        name=check_name(name),
        external_id=external_id.strip() or None,
        other_names=others,
        birth_date=date,
        sex=sex,
        nationalities=(check_country(nationality),) if nationality.strip() else (),
        passport_number=optional_document_number(passport_number),
        birthplace=check_text(birthplace, 200, "birthplace"),
    )


def evidence_from_fields(
    *,
    side: str,
    birth_date: PartialDate | None = None,
    sex: str = "",
    birthplace: str = "",
    passport_number: str = "",
) -> Evidence:
    """One side of a pair to score; a bad value raises DomainError naming ``{side}_field``."""
    return Evidence(
        birth_date=birth_date,
        sex=check_sex(sex, f"{side}_sex"),
        documents=_passport(optional_document_number(passport_number, f"{side}_passport_number")),
        birthplace=check_text(birthplace, 200, f"{side}_birthplace"),
    )


@dataclass(frozen=True)
class StayRecord:
    """Where a citizen stays abroad, as a consular registration records it."""

    country: str
    city: str
    region: str = ""
    address: str = ""
    employer: str = ""
    arrived_on: date | None = None
    stay_until: date | None = None
    consent: bool = False


def check_text(value: str, limit: int, field_name: str, *, required: bool = False) -> str:
    value = refuse_nul(value, field_name).strip()
    if required and not value:
        raise DomainError(_("this field is required"), field=field_name)
    if len(value) > limit:
        raise DomainError(_("at most %(limit)d characters") % {"limit": limit}, field=field_name)
    return value


def stay_from_fields(
    *,
    country: str,
    city: str,
    region: str = "",
    address: str = "",
    employer: str = "",
    arrived_on: date | None = None,
    stay_until: date | None = None,
    consent: bool = False,
    today: date | None = None,
) -> StayRecord:
    """A stay abroad; raises DomainError naming the first bad field.

    Consent is required: a registration is kept only with the citizen's agreement.
    """
    country = check_country(country, "country")
    region = region.strip().upper()
    if region and (
        not region.startswith(f"{country}-") or pycountry.subdivisions.get(code=region) is None  # type: ignore[no-untyped-call]
    ):
        raise DomainError(
            _("%(region)r is not an ISO 3166-2 region of %(country)s")
            % {"region": region, "country": country},
            field="region",
        )
    today = today or timezone.localdate()
    if arrived_on and arrived_on > today + timedelta(days=366):
        raise DomainError(_("the arrival date is more than a year ahead"), field="arrived_on")
    if arrived_on and stay_until and stay_until < arrived_on:
        raise DomainError(_("the stay cannot end before the arrival"), field="stay_until")
    if not consent:
        raise DomainError(
            _("a registration is kept only with the citizen's consent"), field="consent"
        )
    return StayRecord(
        country=country,
        city=check_text(city, 100, "city", required=True),
        region=region,
        address=check_text(address, 300, "address"),
        employer=check_text(employer, 200, "employer"),
        arrived_on=arrived_on,
        stay_until=stay_until,
        consent=consent,
    )
