"""The evaluation commands keep exactly the issue's shape."""

from __future__ import annotations

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from homeward.monitoring.selectors import incidents_export
from homeward.monitoring.services import page_ingest, source_for
from homeward.monitoring.tests.conftest import SEEDS


def _run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_ingest_report_and_exports(db):
    files = [str(p) for p in sorted(SEEDS.glob("00[023]_*.txt"))]
    report = _run("ingest", *files, "--source", "seeds", "--published", "2025-05-01")
    assert "3 pages read: 3 stored, 0 skipped; 8 articles" in report
    stories = json.loads(_run("export_stories", "--format", "json"))
    charter = next(s for s in stories if len(s["articles"]) == 3)
    assert {a["source_file"][:3] for a in charter["articles"]} == {"000", "002", "003"}
    assert set(charter["articles"][0]) == {"source_file", "index_in_page", "title"}
    incidents = json.loads(_run("export_incidents", "--format", "json"))
    row = next(i for i in incidents if i["story_id"] == charter["story_id"])
    assert row["type"] == "deportation" and row["people_total"] == 131
    assert row["people_qualifier"] == "exact" and row["date"] == "2025-04-30"
    assert (row["origin"], row["destination"]) == ("New York", "Tashkent")
    assert set(row["nationalities"]) == {"UZ", "KZ", "KG"}
    assert len(row["sources"]) == 3
    assert set(row) == {
        "story_id",
        "type",
        "date",
        "date_precision",
        "people_total",
        "people_qualifier",
        "nationalities",
        "origin",
        "destination",
        "transit",
        "organisations",
        "sources",
    }
    assert set(row["sources"][0]) == {"source_file", "index_in_page"}


def test_ingest_refuses_bad_options(db, tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("x")
    with pytest.raises(CommandError):
        _run("ingest", str(page), "--published", "yesterday")
    with pytest.raises(CommandError):
        _run("ingest", str(tmp_path / "missing.txt"))


def test_exports_use_only_the_issues_words_for_precision_and_qualifier(db):
    """ "last week" is known to the week and "up to 40" is a bound: the export says month
    and about, its own words (day / month / year; exact / more than / about)."""
    raw = (
        b"Up to 40 Uzbek migrants detained in a raid in Moscow\n\n"
        b"Police detained up to 40 citizens of Uzbekistan in a raid on a construction site "
        b"in Moscow last week, the embassy said. Officers checked the documents of every "
        b"worker on the site, and the detained men were taken to a police station.\n"
    )
    result = page_ingest(raw=raw, source=source_for("t"), published=date(2025, 5, 14))
    assert result.created, result.reason
    (row,) = incidents_export()
    assert (row["people_total"], row["people_qualifier"]) == (40, "about")
    assert (row["date"], row["date_precision"]) == ("2025-05-07", "month")
