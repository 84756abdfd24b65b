"""One organisation per incident however the reports name it (synthetic names only)."""

from __future__ import annotations

from datetime import date

from homeward.monitoring.pipeline.facts import extract
from homeward.monitoring.pipeline.merge import facts_json, merge
from homeward.monitoring.pipeline.organisations import merge_names


def test_acronym_expansion_and_country_qualifier_variants_are_one_organisation():
    names = [
        "DHS",
        "Department of Homeland Security",
        "U.S. Department of Homeland Security",
        "US Department of Homeland Security (DHS)",
        "the Department of Homeland Security",
    ]
    assert merge_names(names) == ["US Department of Homeland Security (DHS)"]


def test_different_countries_ministries_stay_apart():
    names = ["Russian Foreign Ministry", "Kyrgyz Foreign Ministry", "Foreign Ministry"]
    assert merge_names(names) == names
    (embassy,) = merge_names(["Kyrgyz Embassy", "Embassy of Kyrgyzstan", "Kyrgyzstan's Embassy"])
    assert "Kyrgyz" in embassy


def test_a_story_lists_each_organisation_once():
    first = extract(
        "Migrants deported",
        "Sixty migrants were deported on a flight to Bishkek, the U.S. Department of "
        "Homeland Security (DHS) said. The International Organization for Migration and the "
        "Kyrgyz Foreign Ministry met the passengers.",
        reference=date(2025, 5, 2),
    )
    second = extract(
        "Sixty deported to Bishkek",
        "DHS said 60 migrants were deported to Bishkek. The Department of Homeland Security "
        "gave no names; the IOM helped them home.",
        reference=date(2025, 5, 2),
    )
    assert "International Organization for Migration" in first.organisations
    assert "Kyrgyz Foreign Ministry" in first.organisations
    merged = merge([(1, facts_json(first)), (2, facts_json(second))])
    homeland = [o for o in merged["organisations"] if "Homeland" in o or o == "DHS"]
    assert homeland == ["U.S. Department of Homeland Security (DHS)"]
    assert len([o for o in merged["organisations"] if "Migration" in o or o == "IOM"]) == 1


def test_russian_organisations_end_before_the_verb_and_funders_said_actively():
    facts = extract(
        "Из Бишкека депортированы мигранты",
        "Шестьдесят граждан Казахстана депортированы рейсом, сообщило посольство Казахстана "
        "в Москве. Рейс оплатило правительство Казахстана, а МВД России проверило документы.",
        reference=date(2025, 5, 2),
    )
    assert "посольство Казахстана" in facts.organisations
    assert "правительство Казахстана" in facts.organisations
    assert "МВД России" in facts.organisations
