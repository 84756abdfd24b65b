from __future__ import annotations

import pytest

from homeward.people.matching.dates import BadDate, PartialDate, date_agreement, parse_partial_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1961", PartialDate(1961)),
        ("1961-04", PartialDate(1961, 4)),
        ("1961-04-12", PartialDate(1961, 4, 12)),
        ("", None),
    ],
)
def test_partial_dates(text, expected):
    assert parse_partial_date(text) == expected


@pytest.mark.parametrize("text", ["1961-13", "1961-02-30", "12.04.1961", "19611", "1700"])
def test_bad_dates_are_refused(text):
    with pytest.raises(BadDate):
        parse_partial_date(text)


def test_agreement_counts_partial_dates():
    assert date_agreement(PartialDate(1961), PartialDate(1961, 4, 12)) == 1
    assert date_agreement(PartialDate(1961, 4, 12), PartialDate(1961, 4, 12)) == 2
    assert date_agreement(PartialDate(1961, 4, 12), PartialDate(1971, 4, 12)) == -2
    assert date_agreement(None, PartialDate(1961)) == 0
