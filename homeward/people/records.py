"""A person as it arrives (a form, an import row, the API), validated before anything is written."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pycountry

from homeward.common.errors import DomainError
from homeward.people.matching.dates import BadDate, PartialDate, parse_partial_date
from homeward.people.matching.normalize import clean

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


def check_name(text: str, field_name: str = "name") -> str:
    text = text.strip().replace("\x00", "")
    if not text:
        raise DomainError("a name is required", field=field_name)
    if len(text) > 200:
        raise DomainError("a name is at most 200 characters", field=field_name)
    if not clean(text):
        raise DomainError("the name has no letters", field=field_name)
    return text


def check_country(code: str, field_name: str = "nationality") -> str:
    code = code.strip().upper()
    if pycountry.countries.get(alpha_2=code) is None:
        raise DomainError(f"{code!r} is not an ISO 3166 alpha-2 country code", field=field_name)
    return code


def check_document_number(number: str, field_name: str = "passport_number") -> str:
    number = re.sub(r"[\s-]", "", number).upper()
    if not _DOC_NUMBER.match(number):
        raise DomainError("a document number is 4 to 20 letters and digits", field=field_name)
    return number


def record_from_fields(
    *,
    name: str,
    external_id: str = "",
    other_names: str = "",
    birth_date: str = "",
    sex: str = "",
    nationality: str = "",
    passport_number: str = "",
) -> PersonRecord:
    """The import row / API shape; raises DomainError naming the first bad field."""
    try:
        date = parse_partial_date(birth_date)
    except BadDate as exc:
        raise DomainError(str(exc), field="birth_date") from exc
    sex_key = sex.strip().lower()
    if sex_key not in _SEX:
        raise DomainError(f"sex is male, female or empty, not {sex!r}", field="sex")
    others = tuple(check_name(n, "other_names") for n in other_names.split("|") if n.strip())
    return PersonRecord(
        name=check_name(name),
        external_id=external_id.strip() or None,
        other_names=others,
        birth_date=date,
        sex=_SEX[sex_key],
        nationalities=(check_country(nationality),) if nationality.strip() else (),
        passport_number=check_document_number(passport_number) if passport_number.strip() else "",
    )
