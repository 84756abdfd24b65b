"""Batch dedupe finds one person registered twice, and does not chain namesakes together."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from homeward.people.tests.dedupe_helpers import clusters, load

pytestmark = pytest.mark.django_db


def test_same_person_in_two_scripts_is_one_cluster():
    load(
        [
            ("a", "Бурханов Ахрор Рустамович", "1986-03-14"),
            ("b", "BURKHANOV Akhror Rustamovich", "1986"),
            ("c", "Каримов Ахрор", "1975"),
        ]
    )
    assert clusters() == [["a", "b"]]


def test_namesakes_with_other_patronymics_and_years_stay_apart():
    load(
        [
            ("a", "Абдрахманов Нурлан Мажитович", "1957"),
            ("b", "Абдрахманов Нурлан Зайруллаевич", "1980"),
            ("c", "ABDRAKHMANOV Nurlan", ""),
        ]
    )
    found = clusters()
    assert ["a", "b"] not in found
    assert not any({"a", "b"} <= set(c) for c in found)


def test_table_output_counts_clusters():
    load([("a", "Sadyr Zhaparov", "1968"), ("b", "Садыр Жапаров", "1968-12-06")])
    out = StringIO()
    call_command("dedupe_people", stdout=out, verbosity=0)
    assert "1 cluster(s)" in out.getvalue()
