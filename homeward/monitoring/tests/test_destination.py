"""Where people were sent when the report names a country and no city."""

from __future__ import annotations

from datetime import date

from homeward.monitoring.pipeline.facts import extract


def test_a_country_is_the_destination_when_no_city_is_named():
    facts = extract(
        "Sixty migrants deported",
        "Border officials deported 60 migrants of several nationalities to Moldova under a "
        "readmission agreement, the interior ministry said.",
        reference=date(2025, 5, 2),
    )
    assert facts.route == []
    assert facts.places[0]["name"] == "Moldova" and facts.places[0]["country"] == "MD"


def test_a_city_route_wins_over_a_country():
    facts = extract(
        "Flight lands",
        "Ninety workers were deported to Uzbekistan on a flight from Moscow to Tashkent.",
        reference=date(2025, 5, 2),
    )
    assert facts.route == ["Moscow", "Tashkent"]
