"""Batch dedupe meets a German spelling with the same person's Cyrillic record."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from homeward.people.records import record_from_fields
from homeward.people.services import people_import

pytestmark = pytest.mark.django_db


def clusters(rows: list[tuple[str, str, str]]) -> list[list[str]]:
    records = [record_from_fields(external_id=e, name=n, birth_date=d) for e, n, d in rows]
    people_import(actor=None, records=records, source="test")
    out = StringIO()
    call_command("dedupe_people", "--format", "json", stdout=out, verbosity=0)
    return [sorted(p["external_id"] for p in c["persons"]) for c in json.loads(out.getvalue())]


def test_a_german_spelling_is_linked_to_the_cyrillic_record():
    found = clusters(
        [
            ("a", "Chodshaew Sardor Achrorowitsch", "1989-09-10"),
            ("b", "ХОДЖАЕВ Сардор Ахрорович", "1989-09-10"),
            ("c", "Ходжаев Сардор Рустамович", "1991-02-03"),
        ]
    )
    assert found == [["a", "b"]]
