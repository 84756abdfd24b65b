"""Incident types from generic wording (none of it from the seed pages)."""

from __future__ import annotations

from datetime import date

import pytest

from homeward.monitoring.pipeline.facts import INCIDENT_KINDS, classify, extract
from homeward.monitoring.selectors import EXPORT_TYPES


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        (
            "Stranded workers brought home",
            "Forty workers stranded in Dubai were repatriated on a special flight. "
            "The consulate arranged the repatriation with the airline.",
            "repatriation",
        ),
        (
            "Студентов вернули на родину",
            "Двадцать студентов вывезли на родину спецрейсом. Репатриацию организовало посольство.",
            "repatriation",
        ),
        (
            "Migrants added to register",
            "Thousands of foreigners were included in the register of controlled persons. "
            "Those placed in the registry face an entry ban.",
            "register",
        ),
        (
            "Мигрантов внесли в реестр",
            "Более 500 иностранцев внесены в реестр контролируемых лиц. Попавшим в реестр "
            "грозит запрет на въезд.",
            "register",
        ),
        (
            "President signs decree on labour migrants",
            "The president signed a decree changing the rules for foreign workers. The new "
            "rules take effect in June.",
            "policy",
        ),
        (
            "Подписан указ о мигрантах",
            "Президент подписал указ о новых правилах для мигрантов. Закон вступает в силу "
            "с 1 июля.",
            "policy",
        ),
        (
            "Worker dies at construction site",
            "A migrant worker died after a fall. His body was returned to his family; two "
            "more deaths were reported this year.",
            "death",
        ),
        (
            "Мигрант погиб на стройке",
            "Трудовой мигрант погиб при падении с высоты. Тело будет отправлено родным.",
            "death",
        ),
    ],
)
def test_incident_types_from_generic_wording(title, body, kind):
    assert classify(title, f"{title}\n\n{body}")[0] == kind
    assert kind in INCIDENT_KINDS


def test_export_names_of_the_new_types():
    assert EXPORT_TYPES["register"] == "register_inclusion"
    assert EXPORT_TYPES["policy"] == "policy_change"
    facts = extract(
        "Decree on migrants",
        "The government signed a decree on migrant workers. The decree takes effect soon.",
        reference=date(2025, 5, 2),
    )
    assert facts.kind == "policy" and facts.kind_span is not None


def test_export_gives_type_and_date_precision(db):
    from homeward.monitoring.selectors import incidents_export
    from homeward.monitoring.services import page_ingest, source_for

    raw = (
        b"Decree tightens rules for foreign workers\n\n"
        b"The government of Kazakhstan signed a decree in March 2025 that changes the rules "
        b"for foreign workers in Almaty. The decree takes effect in the summer, officials "
        b"said. Employers must register every foreign worker under the new rules.\n"
    )
    result = page_ingest(raw=raw, source=source_for("t"), published=date(2025, 5, 2))
    assert result.created, result.reason
    (row,) = incidents_export()
    assert row["type"] == "policy_change"
    assert (row["date"], row["date_precision"]) == ("2025-03-01", "month")
