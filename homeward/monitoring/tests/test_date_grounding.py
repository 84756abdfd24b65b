"""A year-less date takes its year from the best-dated report; a weekday said beside a
date is checked (synthetic pages, no seed wording)."""

from __future__ import annotations

from datetime import date

from homeward.monitoring.models import Incident
from homeward.monitoring.pipeline.dates import find_dates
from homeward.monitoring.pipeline.facts import extract
from homeward.monitoring.pipeline.merge import facts_json, story_date
from homeward.monitoring.selectors import incidents_export
from homeward.monitoring.services import page_ingest, source_for

TODAY = date(2026, 11, 23)

LISTING = b"""12 March 2026

Showing results 1 - 2 of 40

Eighty Tajik Workers Deported From Russia on a Charter Flight

Eighty Tajik workers who had overstayed their permits were deported from Russia on a
charter flight from Moscow to Dushanbe, the Tajik Ministry of Labour said. The workers
had been held at a detention centre for several weeks before the flight. Officials in
Dushanbe said the workers would be met by relatives at the airport and that none of
them faced charges at home.

Parliament Debates a New Budget for Regional Roads and Bridges

Members of parliament debated the budget for regional roads on a long afternoon
session. The minister of transport presented the plans for repairs of bridges and
mountain passes, and deputies asked about the cost of each project and the timetable
for tenders. The vote is expected next month after a second reading in committee.
"""

UNDATED = b"""Russia Sends Eighty Tajik Migrants Home

The flight from Moscow to Dushanbe on May 20 carried 80 Tajik migrants who were
deported for breaking the rules of their stay, officials said. The migrants were held
in a detention centre near Moscow before the flight and were handed over to the Tajik
border service on arrival in Dushanbe. Their families were told to meet them there.
"""


def test_a_year_less_date_takes_its_year_from_a_dated_report(db):
    source = source_for("outlets")
    for raw in (LISTING, UNDATED):
        assert page_ingest(raw=raw, source=source, today=TODAY).created
    incident = Incident.objects.get(route=["Moscow", "Dushanbe"])
    assert incident.story.articles.count() == 2
    # the undated page alone would say May 20 of this year (2026), after the listing's date
    assert incident.occurred_on == date(2025, 5, 20)
    assert (incident.date_basis, incident.date_precision) == ("inferred", "day")
    (row,) = [r for r in incidents_export() if r["story_id"] == incident.story_id]
    assert (row["date"], row["date_precision"]) == ("2025-05-20", "day")


def test_the_weekday_beside_a_year_less_date_picks_its_year():
    (found,) = find_dates("on Wednesday, April 30, the plane left", reference=TODAY)
    assert found.value == date(2025, 4, 30) and found.weekday_ok  # 2026-04-30 is a Thursday
    (found,) = find_dates("в четверг, 30 апреля", reference=TODAY)
    assert found.value == date(2026, 4, 30) and found.weekday_ok


def test_a_weekday_that_contradicts_the_date_is_kept_as_doubt_not_an_error():
    (found,) = find_dates("Thursday, April 30, 2025", reference=TODAY)
    assert found.value == date(2025, 4, 30) and found.weekday_ok is False
    body = (
        "Border guards detained 30 migrants on Thursday, April 30, 2025 in a raid at the "
        "market, the police said. The raid took place on 29 April 2025, according to a "
        "lawyer for the detained migrants."
    )
    facts = extract("Raid at a market", body, reference=TODAY)
    assert facts.occurred_on == date(2025, 4, 29) and facts.weekday_ok is None


def test_a_weekday_named_for_the_event_checks_another_reports_date():
    friday = date(2025, 5, 2)
    named = extract(
        "Workers deported",
        "Forty workers were deported on a flight to Tashkent. The flight left on Wednesday.",
        reference=TODAY,
    )
    assert named.occurred_on is None and named.event_weekday == 2
    dated = extract(
        "Workers deported",
        "Forty workers were deported on a flight to Tashkent on April 30.",
        reference=TODAY,
    )
    assert dated.occurred_on == date(2026, 4, 30)  # a Thursday, read against today
    chosen = story_date([(1, facts_json(named)), (2, facts_json(dated))])
    assert chosen is not None and chosen.value == date(2025, 4, 30)
    relative = extract(
        "Workers deported",
        "Forty workers were deported on a flight to Tashkent on Wednesday.",
        reference=friday,
        relative_base=friday,
        reference_kind="published",
    )
    assert relative.occurred_on == date(2025, 4, 30) and relative.date_basis == "relative"
