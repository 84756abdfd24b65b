"""A slip in every part of a name leaves it no pair or whole-name key: search then tries
the persons sharing one part's key (a bounded number per key, those born in the asked
year first), for every part of the query at once."""

from __future__ import annotations

import pytest

from homeward.people.matching.dates import PartialDate
from homeward.people.matching.score import MATCH_THRESHOLD, name_readings
from homeward.people.matching.search import query_keys, search_people, shortlist
from homeward.people.records import record_from_fields
from homeward.people.services import people_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry(db):
    rows = [
        ("elena", "Григорьева Елена Леонидовна", "1951-05-12"),
        ("irina", "Григорьева Ирина Петровна", "1980"),
        ("olga", "LAPSHINA Olga Valentinovna", ""),
        ("maria", "Лафина Мария", "1975"),
        ("other", "Смирнова Нодира", "1951"),
    ]
    records = [record_from_fields(external_id=e, name=n, birth_date=d) for e, n, d in rows]
    people_import(actor=None, records=records, source="test")


def no_selective_key_is_shared(query: str) -> bool:
    keys = set().union(*(query_keys(r) for r in name_readings(query)))
    return not shortlist(keys, None)


def test_a_slip_in_every_part_still_finds_the_person_born_that_day(registry):
    assert no_selective_key_is_shared("Elrna Grigoreva")
    hits = search_people("Elrna Grigoreva", birth_date=PartialDate(1951, 5, 12))
    assert hits[0].external_id == "elena"
    assert hits[0].score >= MATCH_THRESHOLD
    assert "irina" in {h.external_id for h in hits}  # the namesake is shown, below her


def test_each_part_brings_the_persons_sharing_it(registry):
    assert no_selective_key_is_shared("LAPHINA OLGA")
    found = [h.external_id for h in search_people("LAPHINA OLGA")]
    assert found[0] == "olga"  # through the given name
    assert "maria" in found  # through the surname
    assert "other" not in found
