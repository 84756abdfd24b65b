"""Pasting a passport's machine-readable zone fills the fields; a wrong check digit is named."""

from __future__ import annotations

from datetime import date

import pytest

from homeward.people.mrz import MrzFormatError, check_digit, parse_mrz

# ICAO 9303 part 4 specimen (Utopia), and a synthetic Uzbek passport built with check_digit.
ICAO_TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
)
ICAO_TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
)


def synthetic_uz_passport() -> str:
    number, birth, expiry, optional = "FA1234567", "860314", "310101", "31403860010011"
    body = (
        number + check_digit(number) + "UZB" + birth + check_digit(birth) + "M"
        + expiry + check_digit(expiry) + optional + check_digit(optional)
    )  # fmt: skip
    composite = body[0:10] + body[13:20] + body[21:43]
    line1 = "P<UZBBURKHANOV<<AKHROR<<<<<<<<<<<<<<<<<<<<<<"[:44]
    return line1 + "\n" + body + check_digit(composite)


def test_icao_specimen_passport():
    data = parse_mrz(ICAO_TD3)
    assert data.valid, data.errors
    assert (data.surname, data.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert data.document_number == "L898902C3"
    assert data.birth_date == date(1974, 8, 12)
    assert data.expiry_date == date(2012, 4, 15)
    assert data.sex == "female"


def test_icao_specimen_id_card():
    data = parse_mrz(ICAO_TD1)
    assert data.valid, data.errors
    assert data.document_number == "D23145890"
    assert data.full_name == "ERIKSSON ANNA MARIA"


def test_uzbek_passport_fills_fields():
    data = parse_mrz(synthetic_uz_passport())
    assert data.valid, data.errors
    assert data.nationality == "UZ" and data.issuing_country == "UZ"
    assert data.full_name == "BURKHANOV AKHROR"
    assert data.birth_date == date(1986, 3, 14)


@pytest.mark.parametrize(
    "position, field",
    [(9, "document_number"), (19, "birth_date"), (27, "expiry_date"), (43, "composite")],
)
def test_wrong_check_digit_names_the_field(position, field):
    line1, line2 = ICAO_TD3.split("\n")
    wrong = str((int(line2[position]) + 1) % 10)
    data = parse_mrz(line1 + "\n" + line2[:position] + wrong + line2[position + 1 :])
    assert field in data.errors
    assert not data.valid


def test_changed_number_breaks_its_check_digit():
    line1, line2 = ICAO_TD3.split("\n")
    data = parse_mrz(line1 + "\n" + "L898902C4" + line2[9:])
    assert "document_number" in data.errors


@pytest.mark.parametrize(
    "text", ["", "P<UTO", "hello world\nsecond line", "😀" * 44 + "\n" + "1" * 44]
)
def test_not_an_mrz_is_a_clear_error(text):
    with pytest.raises(MrzFormatError):
        parse_mrz(text)
