"""National identity numbers of the corridor: format, embedded birth date, check digit."""

from __future__ import annotations

import re
from datetime import date

from django.utils.translation import gettext as _

from homeward.common.errors import DomainError

_IIN_WEIGHTS_1 = tuple(range(1, 12))
_IIN_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def _date_or_error(year: int, month: int, day: int, what: str) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise DomainError(
            _("%(what)s: the birth date inside it is not a date") % {"what": what}, field="number"
        ) from exc


def kz_iin(number: str) -> date:
    """Kazakh IIN: YYMMDD, century-and-sex digit, 4 digits, check digit (mod 11, two passes)."""
    if not re.fullmatch(r"\d{12}", number):
        raise DomainError(_("an IIN is 12 digits"), field="number")
    digits = [int(c) for c in number]
    check = sum(w * d for w, d in zip(_IIN_WEIGHTS_1, digits, strict=False)) % 11
    if check == 10:
        check = sum(w * d for w, d in zip(_IIN_WEIGHTS_2, digits, strict=False)) % 11
    if check == 10 or check != digits[11]:
        raise DomainError(_("the IIN's check digit is wrong"), field="number")
    century = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}.get(digits[6])
    if century is None:
        raise DomainError(
            _("the IIN's seventh digit (century and sex) must be 1–6"), field="number"
        )
    return _date_or_error(century + int(number[:2]), int(number[2:4]), int(number[4:6]), "IIN")


def uz_pinfl(number: str) -> date:
    """Uzbek PINFL: century-and-sex digit, DDMMYY, district, serial, control digit.

    Only the shape and the embedded birth date are checked: we have no published
    algorithm for the control digit we could trust, and refusing a real citizen's number
    would be worse than accepting a mistyped one that the birth date did not catch.
    """
    if not re.fullmatch(r"\d{14}", number):
        raise DomainError(_("a PINFL is 14 digits"), field="number")
    century = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}.get(int(number[0]))
    if century is None:
        raise DomainError(
            _("the PINFL's first digit (century and sex) must be 1–6"), field="number"
        )
    return _date_or_error(century + int(number[5:7]), int(number[3:5]), int(number[1:3]), "PINFL")


def kg_pin(number: str) -> date:
    """Kyrgyz PIN: sex digit (1 female, 2 male), DDMMYYYY, five more digits."""
    if not re.fullmatch(r"[12]\d{13}", number):
        raise DomainError(_("a Kyrgyz PIN is 14 digits starting with 1 or 2"), field="number")
    return _date_or_error(int(number[5:9]), int(number[3:5]), int(number[1:3]), "PIN")


VALIDATORS = {"KZ": kz_iin, "UZ": uz_pinfl, "KG": kg_pin}


def national_id_birth_date(country: str, number: str) -> date | None:
    """Validate a national number of ``country``; the birth date it encodes (None if unknown)."""
    validator = VALIDATORS.get(country.upper())
    cleaned = re.sub(r"\s", "", number)
    if validator is None:
        if not re.fullmatch(r"[A-Z0-9]{4,20}", cleaned.upper()):
            raise DomainError(_("an identity number is 4 to 20 letters and digits"), field="number")
        return None
    return validator(cleaned)
