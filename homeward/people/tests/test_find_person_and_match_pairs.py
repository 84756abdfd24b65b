"""The commands other tools depend on: exact interfaces, any script, bad input never an error."""

from __future__ import annotations

import csv
import json
from io import StringIO

import pytest
from django.core.management import call_command

from homeward.people.records import record_from_fields
from homeward.people.services import people_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry(db):
    rows = [
        ("uz-1", "Бурханов Ахрор Рустамович", "1980-05-02", "male"),
        ("uz-2", "Каримов Ахрор", "1975", "male"),
        ("kg-1", "Жапаров Садыр Нурланович", "1968-12-06", "male"),
        ("tj-1", "Раҳмон Эмомалӣ", "1952", "male"),
        ("uz-3", "Yusupova Malika", "1990", "female"),
    ]
    records = [
        record_from_fields(external_id=e, name=n, birth_date=d, sex=s) for e, n, d, s in rows
    ]
    people_import(actor=None, records=records, source="test")


def find(*args: str):
    out = StringIO()
    call_command("find_person", *args, "--format", "json", stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Akhror Burkhanov", "uz-1"),
        ("Axror Burxonov", "uz-1"),
        ("Sadyr Japarov", "kg-1"),
        ("Emomali Rakhmonov", "tj-1"),
        ("Малика Юсупова", "uz-3"),
    ],
)
def test_finds_the_person_written_in_another_script(registry, query, expected):
    (entry,) = find(query)
    assert entry["query"] == query
    assert entry["results"][0]["external_id"] == expected
    assert set(entry["results"][0]) >= {"person_id", "external_id", "name", "score"}
    assert entry["elapsed_ms"] >= 0


def test_birth_date_breaks_a_tie(registry):
    (entry,) = find("Ахрор", "--birth-date", "1975")
    assert entry["results"][0]["external_id"] == "uz-2"


def test_queries_file_keeps_input_order(registry, tmp_path):
    path = tmp_path / "q.csv"
    path.write_text("query,birth_date\nSadyr Zhaparov,\nAhror Burhanov,1980\n", encoding="utf-8")
    entries = find("--queries", str(path), "--limit", "3")
    assert [e["query"] for e in entries] == ["Sadyr Zhaparov", "Ahror Burhanov"]
    assert entries[1]["results"][0]["external_id"] == "uz-1"
    assert all(len(e["results"]) <= 3 for e in entries)


@pytest.mark.parametrize("query", ["", "   ", "\x00", "😀", "x" * 2000, "Ахр😀ор\x00", "Ahрор"])
def test_bad_queries_give_an_empty_or_sane_result(registry, query):
    (entry,) = find(query)
    assert isinstance(entry["results"], list)


def test_table_format_explains(registry):
    out = StringIO()
    call_command("find_person", "Ahror Burkhanov", stdout=out)
    assert "surname Burkhanov equal" in out.getvalue()


def test_match_pairs_writes_input_columns_plus_score(tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text(
        "a,b,a_birth_date,b_birth_date\n"
        "Sadyr Zhaparov,Садыр Жапаров,1968,\n"
        "Berik Ospanov,Serik Ospanov,,\n",
        encoding="utf-8",
    )
    out = StringIO()
    call_command("match_pairs", str(path), stdout=out)
    rows = list(csv.DictReader(StringIO(out.getvalue())))
    assert list(rows[0]) == ["a", "b", "a_birth_date", "b_birth_date", "score", "same_pred"]
    assert rows[0]["same_pred"] == "1" and float(rows[0]["score"]) > 0.5
    assert rows[1]["same_pred"] == "0"
