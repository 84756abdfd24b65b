"""An equal document number is strong evidence; a different passport is none; two national
numbers of one country that differ are two persons."""

from __future__ import annotations

from datetime import date

import pytest

from homeward.people.identifiers import kz_iin
from homeward.people.matching.dates import PartialDate
from homeward.people.matching.documents import (
    CONFLICT,
    SAME,
    UNKNOWN,
    document_agreement,
    document_tokens,
)
from homeward.people.matching.score import Evidence, match
from homeward.people.tests.test_national_ids import iin

PINFL_A = "31405850270017"
PINFL_B = "31405850270025"
# Two synthetic IINs of one birth date (1985-03-14, a man born in the 1900s).
IIN_A = iin("85031430012")
IIN_B = iin("85031430057")


def docs(*rows: tuple[str, str, str]) -> frozenset[str]:
    return document_tokens(rows)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (docs(("passport", "UZ", "FA1234567")), docs(("passport", "UZ", "FA1234567")), SAME),
        # written with a space, or as an emergency travel document: the same number
        (docs(("passport", "UZ", "FA 1234567")), docs(("travel_document", "", "fa1234567")), SAME),
        # a renewed passport says nothing
        (docs(("passport", "UZ", "FA1234567")), docs(("passport", "UZ", "AB7654321")), UNKNOWN),
        (
            docs(("passport", "UZ", "FA1234567"), ("national_id", "UZ", PINFL_A)),
            docs(("passport", "UZ", "AB7654321"), ("national_id", "UZ", PINFL_A)),
            SAME,
        ),
        (docs(("national_id", "UZ", PINFL_A)), docs(("national_id", "UZ", PINFL_B)), CONFLICT),
        (docs(("national_id", "KZ", IIN_A)), docs(("national_id", "KZ", IIN_B)), CONFLICT),
        # one digit mistyped, or two neighbours swapped: a slip, not another person
        (
            docs(("national_id", "UZ", PINFL_A)),
            docs(("national_id", "UZ", "31405850270018")),
            UNKNOWN,
        ),
        (
            docs(("national_id", "UZ", PINFL_A)),
            docs(("national_id", "UZ", "31405850270071")),
            UNKNOWN,
        ),
        # numbers of two countries: a person may hold both
        (docs(("national_id", "UZ", PINFL_A)), docs(("national_id", "KZ", IIN_A)), UNKNOWN),
        (docs(("national_id", "UZ", PINFL_A)), docs(("passport", "UZ", "FA1234567")), UNKNOWN),
        (docs(), docs(("national_id", "UZ", PINFL_A)), UNKNOWN),
        # a work permit that happens to carry the passport's digits is another document
        (docs(("passport", "", "AB1234567")), docs(("work_permit", "", "AB1234567")), UNKNOWN),
    ],
)
def test_document_agreement(a, b, expected):
    assert document_agreement(a, b) == expected
    assert document_agreement(b, a) == expected


def test_the_synthetic_iins_are_valid():
    assert IIN_A != IIN_B
    assert kz_iin(IIN_A) == kz_iin(IIN_B) == date(1985, 3, 14)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Жапаров Садыр", "Sadyr Zhaparov"),
        ("Жапаров Садыр Нурланович", "Zhaparov Sadyr Nurlanovich"),
    ],
)
def test_two_kazakh_iins_bring_a_perfect_name_and_date_below_the_threshold(a, b):
    born = PartialDate(1985, 3, 14)
    assert match(a, b, Evidence(birth_date=born), Evidence(birth_date=born)).score > 0.99
    result = match(
        a,
        b,
        Evidence(birth_date=born, documents=docs(("national_id", "KZ", IIN_A))),
        Evidence(birth_date=born, documents=docs(("national_id", "KZ", IIN_B))),
    )
    assert not result.same
    assert "national identity numbers differ" in result.explanation


def test_an_equal_passport_number_is_strong_evidence_and_a_different_one_is_none():
    born = PartialDate(1980)
    bare = match("Бурханов Ахрор", "BURKHANOV AKHROR", Evidence(born), Evidence(born))
    same = match(
        "Бурханов Ахрор",
        "BURKHANOV AKHROR",
        Evidence(born, documents=docs(("passport", "UZ", "FA1234567"))),
        Evidence(born, documents=docs(("passport", "", "FA1234567"))),
    )
    renewed = match(
        "Бурханов Ахрор",
        "BURKHANOV AKHROR",
        Evidence(born, documents=docs(("passport", "UZ", "FA1234567"))),
        Evidence(born, documents=docs(("passport", "UZ", "AC7654321"))),
    )
    assert same.logit > bare.logit + 3
    assert renewed.score == bare.score
    assert "same document number" in same.explanation
