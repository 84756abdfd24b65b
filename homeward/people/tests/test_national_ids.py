"""National numbers: Kazakh IIN with its check digit, Uzbek PINFL, Kyrgyz PIN; birth date inside."""

from __future__ import annotations

from datetime import date

import pytest

from homeward.common.errors import DomainError
from homeward.people.identifiers import national_id_birth_date


def iin(body11: str) -> str:
    """A synthetic IIN: eleven digits plus the check digit computed as the standard says."""
    digits = [int(c) for c in body11]
    check = sum(w * d for w, d in zip(range(1, 12), digits, strict=True)) % 11
    if check == 10:
        weights = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
        check = sum(w * d for w, d in zip(weights, digits, strict=True)) % 11
    return body11 + str(check)


def test_kazakh_iin_gives_birth_date():
    number = iin("86031430012")
    assert national_id_birth_date("KZ", number) == date(1986, 3, 14)


def test_kazakh_iin_wrong_check_digit():
    number = iin("86031430012")
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    with pytest.raises(DomainError, match="check digit"):
        national_id_birth_date("KZ", wrong)


def test_uzbek_pinfl_gives_birth_date():
    assert national_id_birth_date("UZ", "31403860010017") == date(1986, 3, 14)
    with pytest.raises(DomainError, match="not a date"):
        national_id_birth_date("UZ", "33113860010017")


def test_kyrgyz_pin():
    assert national_id_birth_date("KG", "21403198600123") == date(1986, 3, 14)
    with pytest.raises(DomainError, match="not a date"):
        national_id_birth_date("KG", "23113198600123")


@pytest.mark.parametrize(
    "country, number", [("KZ", "123"), ("UZ", "abc"), ("KG", "31403198600123")]
)
def test_malformed_numbers_name_the_field(country, number):
    with pytest.raises(DomainError) as info:
        national_id_birth_date(country, number)
    assert info.value.field == "number"


def test_other_countries_checked_for_shape_only():
    assert national_id_birth_date("TJ", "A1234567") is None
