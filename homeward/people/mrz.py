"""Machine-readable zones (ICAO 9303): TD3 passports (2 × 44) and TD1 ID cards (3 × 30).

Every check digit is verified; a wrong one is reported naming the field it guards, and the
fields are still returned so an operator can compare them with the document in hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import pycountry

_WEIGHTS = (7, 3, 1)
_ALLOWED = re.compile(r"^[A-Z0-9<]+$")


class MrzFormatError(ValueError):
    """Not a TD3 or TD1 zone at all (wrong line count, length or characters)."""


@dataclass
class MrzData:
    format: str
    document_type: str
    issuing_country: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: date | None
    sex: str
    expiry_date: date | None
    optional_data: str
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.errors

    @property
    def full_name(self) -> str:
        return f"{self.surname} {self.given_names}".strip()


def check_digit(text: str) -> str:
    total = 0
    for i, ch in enumerate(text):
        if ch.isdigit():
            value = int(ch)
        elif ch.isalpha():
            value = ord(ch) - ord("A") + 10
        else:
            value = 0
        total += value * _WEIGHTS[i % 3]
    return str(total % 10)


def _verify(errors: dict[str, str], field_name: str, data: str, digit: str) -> None:
    if digit == "<" and not data.strip("<"):
        return
    if check_digit(data) != digit:
        errors[field_name] = f"check digit of {field_name.replace('_', ' ')} is wrong"


def _country(code: str) -> str:
    code = code.replace("<", "")
    if code == "D":
        return "DE"
    country = pycountry.countries.get(alpha_3=code)
    return country.alpha_2 if country else code


def _date(yymmdd: str, *, future: bool, errors: dict[str, str], field_name: str) -> date | None:
    if not yymmdd.isdigit():
        errors.setdefault(field_name, f"{field_name.replace('_', ' ')} is not a date")
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    this_year = date.today().year % 100  # noqa: DTZ011 - a calendar year, not an instant
    century = 2000 if future or yy <= this_year else 1900
    try:
        return date(century + yy, mm, dd)
    except ValueError:
        errors.setdefault(field_name, f"{field_name.replace('_', ' ')} is not a date")
        return None


def _names(zone: str) -> tuple[str, str]:
    surname, _, given = zone.partition("<<")
    return surname.replace("<", " ").strip(), given.replace("<", " ").strip()


def _sex(ch: str) -> str:
    return {"M": "male", "F": "female"}.get(ch, "")


def _lines(text: str) -> list[str]:
    lines = [ln.strip().upper().replace(" ", "") for ln in text.strip().splitlines() if ln.strip()]
    for line in lines:
        if not _ALLOWED.match(line):
            raise MrzFormatError("an MRZ has only A–Z, 0–9 and <")
    return lines


def parse_mrz(text: str) -> MrzData:
    lines = _lines(text)
    if len(lines) == 2 and all(len(ln) == 44 for ln in lines):
        return _td3(*lines)
    if len(lines) == 3 and all(len(ln) == 30 for ln in lines):
        return _td1(*lines)
    shape = " + ".join(str(len(ln)) for ln in lines) or "nothing"
    raise MrzFormatError(
        f"expected two lines of 44 characters (passport) or three of 30 (ID card), got {shape}"
    )


def _td3(l1: str, l2: str) -> MrzData:
    errors: dict[str, str] = {}
    surname, given = _names(l1[5:])
    _verify(errors, "document_number", l2[0:9], l2[9])
    _verify(errors, "birth_date", l2[13:19], l2[19])
    _verify(errors, "expiry_date", l2[21:27], l2[27])
    _verify(errors, "optional_data", l2[28:42], l2[42])
    _verify(errors, "composite", l2[0:10] + l2[13:20] + l2[21:43], l2[43])
    return MrzData(
        format="TD3",
        document_type=l1[0:2].replace("<", ""),
        issuing_country=_country(l1[2:5]),
        surname=surname,
        given_names=given,
        document_number=l2[0:9].replace("<", ""),
        nationality=_country(l2[10:13]),
        birth_date=_date(l2[13:19], future=False, errors=errors, field_name="birth_date"),
        sex=_sex(l2[20]),
        expiry_date=_date(l2[21:27], future=True, errors=errors, field_name="expiry_date"),
        optional_data=l2[28:42].replace("<", ""),
        errors=errors,
    )


def _td1(l1: str, l2: str, l3: str) -> MrzData:
    errors: dict[str, str] = {}
    surname, given = _names(l3)
    _verify(errors, "document_number", l1[5:14], l1[14])
    _verify(errors, "birth_date", l2[0:6], l2[6])
    _verify(errors, "expiry_date", l2[8:14], l2[14])
    _verify(errors, "composite", l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29])
    return MrzData(
        format="TD1",
        document_type=l1[0:2].replace("<", ""),
        issuing_country=_country(l1[2:5]),
        surname=surname,
        given_names=given,
        document_number=l1[5:14].replace("<", ""),
        nationality=_country(l2[15:18]),
        birth_date=_date(l2[0:6], future=False, errors=errors, field_name="birth_date"),
        sex=_sex(l2[7]),
        expiry_date=_date(l2[8:14], future=True, errors=errors, field_name="expiry_date"),
        optional_data=(l1[15:30] + l2[18:29]).replace("<", ""),
        errors=errors,
    )
