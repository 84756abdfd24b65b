"""The search box reads no more than before: candidates' sex, birthplace and documents are
read only for a query that brings its own (the duplicate warning)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from homeward.people.matching.dates import PartialDate
from homeward.people.matching.documents import document_tokens
from homeward.people.matching.score import Evidence
from homeward.people.matching.search import search_people
from homeward.people.models import Person
from homeward.people.records import record_from_fields
from homeward.people.services import people_import

pytestmark = pytest.mark.django_db

# shortlist, persons (with whom they were merged into), names of them and of the persons
# merged into them.
ORDINARY_SEARCH_QUERIES = 3


@pytest.fixture
def registry(db):
    rows = [
        ("a", "Бурханов Ахрор", "1980-05-14", "FA1234567"),
        ("b", "Burxonov Axror", "1980", ""),
        ("c", "Жапаров Садыр", "1968", ""),
    ]
    records = [
        record_from_fields(external_id=e, name=n, birth_date=d, passport_number=p)
        for e, n, d, p in rows
    ]
    people_import(actor=None, records=records, source="test")


def queries(
    birth_date: PartialDate | None = None, evidence: Evidence | None = None
) -> tuple[int, list[str]]:
    with CaptureQueriesContext(connection) as captured:
        hits = search_people("Akhror Burkhanov", birth_date=birth_date, evidence=evidence)
    return len(captured.captured_queries), [h.external_id or "" for h in hits]


def test_an_ordinary_search_reads_what_it_read_before(registry):
    count, found = queries(birth_date=PartialDate(1980))
    assert count == ORDINARY_SEARCH_QUERIES
    assert set(found) == {"a", "b"}
    assert queries(evidence=Evidence(birth_date=PartialDate(1980)))[0] == ORDINARY_SEARCH_QUERIES


def test_a_sex_or_birthplace_costs_no_query_and_a_document_a_few(registry):
    count, _ = queries(evidence=Evidence(sex="male", birthplace="Andijon"))
    assert count == ORDINARY_SEARCH_QUERIES
    passport = document_tokens([("passport", "UZ", "FA1234567")])
    count, found = queries(evidence=Evidence(documents=passport))
    assert count <= ORDINARY_SEARCH_QUERIES + 2  # holders by number, candidates' documents
    assert found[0] == "a"


def test_the_registry_reader_s_search_box_reads_no_more(registry, consul_moscow):
    visible = Person.objects.visible_to(consul_moscow)
    with CaptureQueriesContext(connection) as captured:
        hits = search_people("Akhror Burkhanov", birth_date=PartialDate(1980), queryset=visible)
    assert len(captured.captured_queries) == ORDINARY_SEARCH_QUERIES
    assert {h.external_id for h in hits} == {"a", "b"}


def test_a_queryset_that_leaves_persons_out_is_kept_to(registry):
    only_a = Person.objects.filter(external_id="a")
    assert [h.external_id for h in search_people("Akhror Burkhanov", queryset=only_a)] == ["a"]
    assert search_people("Akhror Burkhanov", queryset=Person.objects.none()) == []
