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


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        (
            "Twelve Kazakh workers repatriated after forced labour ordeal",
            "Twelve Kazakh workers who had been exploited at a brick factory were repatriated "
            "on Monday. They had been held in forced labour for months, and the embassy paid "
            "for their tickets home.",
            "repatriation",
        ),
        (
            "Граждан вернули на родину после принудительного труда",
            "Двенадцать граждан, которых эксплуатировали на кирпичном заводе, вернули на "
            "родину. Посольство оплатило их билеты.",
            "repatriation",
        ),
        (
            "Police free 15 migrants held in forced labour",
            "Police rescued 15 migrant workers from forced labour at a farm and detained three "
            "traffickers who had taken their passports.",
            "trafficking",
        ),
        (
            "Полиция освободила мигрантов из трудового рабства",
            "Полицейские освободили 15 мигрантов из трудового рабства на ферме. Задержаны "
            "трое организаторов.",
            "trafficking",
        ),
        (
            "Plane carrying 90 migrants lands in Bishkek",
            "A plane carrying 90 migrants from Russia landed in Bishkek on Friday, where the "
            "passengers were handed to the border service.",
            "deportation",
        ),
        (
            "Самолёт с депортированными мигрантами прибыл в Душанбе",
            "Из Москвы депортированы 90 граждан Таджикистана, сообщило посольство.",
            "deportation",
        ),
        (
            "Young men from the region weigh jobs abroad",
            "Many young men in the valley are thinking about work abroad. The money it brings "
            "keeps whole villages going. Some have died on building sites, and others were "
            "killed on the roads, relatives say, but the wages remain a draw for many families.",
            "other",
        ),
        (
            "Body of migrant worker repatriated",
            "The body of a migrant worker who fell from scaffolding was repatriated on a "
            "flight on Tuesday, the consulate said.",
            "death",
        ),
    ],
)
def test_the_event_verb_decides_the_type(title, body, kind):
    """A word about the background ("after forced labour") does not make the type."""
    assert classify(title, f"{title}\n\n{body}")[0] == kind


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
