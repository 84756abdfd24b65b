"""Who paid for an operation joins the incident's organisations."""

from __future__ import annotations

from datetime import date

import pytest

from homeward.monitoring.pipeline.facts import extract


@pytest.mark.parametrize(
    ("body", "funder"),
    [
        ("The deportation flight was funded by the Kyrgyz government.", "Kyrgyz government"),
        (
            "They were flown home at the expense of the Red Crescent Society.",
            "Red Crescent Society",
        ),
        ("The charter, financed by Somon Air, landed in Dushanbe.", "Somon Air"),
        ("Рейс выполнен за счёт бюджета Республики Таджикистан.", "бюджета Республики Таджикистан"),
        ("Билеты оплачены за счет Фонда поддержки мигрантов.", "Фонда поддержки мигрантов"),
    ],
)
def test_funders_are_organisations(body, funder):
    facts = extract("Flight", body, reference=date(2025, 5, 2))
    assert funder in facts.organisations
    span = facts.organisation_spans[facts.organisations.index(funder)]
    assert f"Flight\n\n{body}"[span.start : span.end] == funder


def test_a_private_payer_is_not_an_organisation():
    facts = extract("Flight", "Мигрантов вывезли за счёт работодателя.", reference=date(2025, 5, 2))
    assert facts.organisations == []


@pytest.mark.parametrize(
    ("body", "funder"),
    [
        ("Officials said Kyrgyzstan funded the operation in full.", "Kyrgyzstan"),
        ("The Red Crescent Society paid for the tickets.", "Red Crescent Society"),
        ("An EU-funded bus took them to the border.", "EU"),
    ],
)
def test_funders_said_actively(body, funder):
    facts = extract("Flight", body, reference=date(2025, 5, 2))
    assert funder in facts.organisations


def test_a_funder_named_inside_another_organisation_is_kept():
    body = "The flight was operated by Kyrgyzstan Airlines. Kyrgyzstan funded the flight."
    facts = extract("Flight", body, reference=date(2025, 5, 2))
    assert {"Kyrgyzstan Airlines", "Kyrgyzstan"} <= set(facts.organisations)
