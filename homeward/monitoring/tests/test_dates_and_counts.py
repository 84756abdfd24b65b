"""Relative dates, date precision, years completed, vague counts (no seed wording)."""

from __future__ import annotations

from datetime import date

import pytest

from homeward.monitoring.pipeline.dates import find_dates, find_relative_dates, weekday_agrees
from homeward.monitoring.pipeline.facts import extract

FRIDAY = date(2025, 5, 2)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Police raided a hostel on Thursday.", date(2025, 5, 1), "day"),
        ("Полиция провела рейд в четверг.", date(2025, 5, 1), "day"),
        ("They were detained yesterday.", date(2025, 5, 1), "day"),
        ("Их задержали вчера.", date(2025, 5, 1), "day"),
        ("Их задержали позавчера.", date(2025, 4, 30), "day"),
        ("They were detained last Friday.", date(2025, 4, 25), "day"),
        ("They were detained on Friday.", date(2025, 5, 2), "day"),
        ("Их задержали в прошлую пятницу.", date(2025, 4, 25), "day"),
        ("They were detained last week.", date(2025, 4, 25), "week"),
        ("They were detained in April 2025.", date(2025, 4, 1), "month"),
        ("Их задержали в апреле 2025 года.", date(2025, 4, 1), "month"),
        ("They were detained in 2024.", date(2024, 1, 1), "year"),
        ("Их задержали в 2024 году.", date(2024, 1, 1), "year"),
    ],
)
def test_relative_dates_resolve_against_the_publication_day(text, expected, precision):
    (found,) = find_relative_dates(text, reference=FRIDAY)
    assert (found.value, found.precision) == (expected, precision)


@pytest.mark.parametrize("weekday", range(7))
def test_a_weekday_is_that_weekday_at_most_seven_days_back(weekday):
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    for reference in (date(2025, 5, d) for d in range(1, 8)):
        for said in (f"on {names[weekday]}", f"last {names[weekday]}"):
            (found,) = find_relative_dates(said, reference=reference)
            assert found.value.weekday() == weekday
            assert 0 <= (reference - found.value).days <= 7
    assert weekday_agrees("on Wednesday, April 30", date(2025, 4, 30)) is True
    assert weekday_agrees("в пятницу, 30 апреля", date(2025, 4, 30)) is False


def test_a_month_without_its_year_is_the_closest_before_publication():
    (may,) = find_relative_dates("in May", reference=date(2025, 4, 10))
    assert may.value == date(2024, 5, 1) and not may.year_known
    (day,) = find_dates("on 30 April", reference=date(2025, 5, 10))
    assert day.value == date(2025, 4, 30) and not day.year_known
    (day,) = find_dates("on 30 April", reference=date(2025, 3, 1))
    assert day.value == date(2024, 4, 30)


def test_a_date_with_a_day_is_not_read_as_a_month():
    assert find_relative_dates("by May 1 they must leave; see 2025-04-30", reference=FRIDAY) == []


def test_extract_uses_the_event_day_not_the_statement_day():
    body = (
        "Forty workers were deported on a charter flight from Moscow to Dushanbe, "
        "the ministry said on Thursday. The operation took place on Tuesday."
    )
    facts = extract("Workers deported", body, reference=FRIDAY, relative_base=FRIDAY)
    assert facts.occurred_on == date(2025, 4, 29) and facts.date_precision == "day"
    assert facts.date_span is not None and facts.date_span.text == "on Tuesday"


def test_relative_days_need_a_known_publication_day():
    body = "Police detained migrants in a raid yesterday. The raid was at a market."
    facts = extract("Raid", body, reference=FRIDAY)
    assert facts.occurred_on is None
    facts = extract("Raid", body, reference=FRIDAY, relative_base=FRIDAY)
    assert facts.occurred_on == date(2025, 5, 1)


def test_extract_reads_month_precision():
    body = "Police detained migrants in raids in March 2025. The raids continued."
    facts = extract("Raids", body, reference=FRIDAY)
    assert (facts.occurred_on, facts.date_precision) == (date(2025, 3, 1), "month")


@pytest.mark.parametrize(
    ("text", "total", "qualifier"),
    [
        ("Dozens of migrants were detained in a raid.", 12, "more than"),
        ("Десятки мигрантов задержаны в ходе рейда.", 12, "more than"),
        ("Hundreds of workers were detained at a market.", 100, "more than"),
        ("Сотни мигрантов задержаны на рынке.", 100, "more than"),
        ("More than 100 migrants were deported.", 100, "more than"),
        ("Более 100 мигрантов депортированы.", 100, "more than"),
        ("About 50 migrants were detained.", 50, "about"),
        ("Около 50 мигрантов задержаны.", 50, "about"),
        ("Dozens of migrants were detained. Police said 40 people were held.", 40, ""),
        ("Hundreds were warned. Dozens of workers were held; 2,300 people fled.", 12, "more than"),
        ("About 50 migrants were detained. Police said 48 people were held.", 48, ""),
        ("About 50 migrants were detained. Police said 90 people were held.", 50, "about"),
    ],
)
def test_vague_counts_are_conservative_minimums(text, total, qualifier):
    facts = extract("", text, reference=FRIDAY)
    assert (facts.total, facts.total_qualifier) == (total, qualifier)
    assert facts.total_span is not None


def test_a_one_article_page_reads_relative_days_against_its_dateline():
    from homeward.monitoring.pipeline.analyse import analyse

    body = (
        "Police detained forty migrant workers in a raid on a market in Almaty yesterday, "
        "officials said. The workers were taken to a police station. Their documents are "
        "being checked and some of them may be deported, the police said in a statement. "
        "Officials said the raid was part of a wider check of markets in the city."
    )
    raw = f"Police detain forty migrants in Almaty raid\n\n2 May 2025\n\n{body}\n".encode()
    (article,) = analyse(raw, today=date(2026, 1, 1)).articles
    assert article.facts.occurred_on == date(2025, 5, 1)
    (article,) = analyse(raw, today=date(2026, 1, 1), published=date(2025, 5, 5)).articles
    assert article.facts.occurred_on == date(2025, 5, 4)


def test_a_number_word_inside_another_word_is_no_count():
    """ "often" ends in "ten": it counts nobody."""
    facts = extract(
        "", "Police said often workers were detained in raids on often Uzbeks.", reference=FRIDAY
    )
    assert facts.total is None
    assert facts.nationalities == {}
