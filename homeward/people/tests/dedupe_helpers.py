"""Load a registry from (external id, name, birth date) rows; read dedupe's clusters back."""

from __future__ import annotations

import dataclasses
import json
from io import StringIO

from django.core.management import call_command

from homeward.people.records import record_from_fields
from homeward.people.services import people_import


def load(rows: list[tuple[str, str, str]]) -> None:
    records = [record_from_fields(external_id=e, name=n, birth_date=d) for e, n, d in rows]
    people_import(actor=None, records=records, source="test")


def load_with_evidence(rows: list[tuple[str, str, str, str, str]]) -> None:
    """(external id, name, birth date, passport number, birthplace) rows."""
    records = [
        dataclasses.replace(
            record_from_fields(external_id=e, name=n, birth_date=d, passport_number=p),
            birthplace=place,
        )
        for e, n, d, p, place in rows
    ]
    people_import(actor=None, records=records, source="test")


def clusters() -> list[list[str]]:
    out = StringIO()
    call_command("dedupe_people", "--format", "json", stdout=out, verbosity=0)
    return [sorted(p["external_id"] for p in c["persons"]) for c in json.loads(out.getvalue())]
