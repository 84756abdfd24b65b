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


def test_nationalities_named_only_about_an_earlier_year_are_background():
    facts = extract(
        "Ninety migrants deported to Bishkek",
        "Russia deported 90 migrants from Kyrgyzstan and Tajikistan to Bishkek on 3 May 2025, "
        "officials said. A 2019 agreement already lets Russia deport Armenian and Georgian "
        "migrants by road.",
        reference=date(2025, 5, 5),
    )
    assert set(facts.nationalities) == {"KG", "TJ"}


def test_a_stop_named_later_is_a_transit_not_the_destination():
    facts = extract(
        "Workers flown home",
        "Seventy workers were deported on a flight from Moscow to Dushanbe, officials said. "
        "The plane stopped in Samara to refuel on the way.",
        reference=date(2025, 5, 2),
    )
    assert facts.route == ["Moscow", "Samara", "Dushanbe"]
    onward = extract(
        "Workers flown home",
        "Seventy workers were deported on a flight from Moscow to Dushanbe, officials said. "
        "From Dushanbe the plane flew on to Khujand.",
        reference=date(2025, 5, 2),
    )
    assert onward.route == ["Moscow", "Dushanbe", "Khujand"]
