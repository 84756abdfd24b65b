"""An analyst's corrections survive re-extraction; one alert per post per incident."""

from __future__ import annotations

from datetime import date

import pytest

from homeward.accounts.roles import Role
from homeward.accounts.tests.factories import PostFactory, user_with_role
from homeward.common.errors import DomainError
from homeward.monitoring.models import Alert, Incident
from homeward.monitoring.services import alert_open_case_incident, incident_review, story_refresh


@pytest.fixture
def analyst(ministry, hq):
    return user_with_role(Role.ANALYST, hq)


@pytest.fixture
def uzbekistan_post(ministry):
    return PostFactory(
        name="Desk for Uzbekistan", organisation=ministry, country="UZ", areas=["UZ"]
    )


def test_correction_is_never_overwritten(ingest_seeds, analyst):
    ingest_seeds("002")
    incident = Incident.objects.get()
    assert not incident.year_known  # "April 30", no year on the page
    true_date = date(2025, 4, 30)
    incident_review(
        actor=analyst, incident=incident, action="correct", values={"occurred_on": true_date}
    )
    ingest_seeds("003")  # another outlet joins the story: re-extraction runs
    incident.refresh_from_db()
    assert incident.story.articles.count() == 2
    assert incident.occurred_on == true_date and "occurred_on" in incident.corrected
    assert incident.status == Incident.Status.CORRECTED
    story_refresh(story=incident.story)
    incident.refresh_from_db()
    assert incident.occurred_on == true_date and incident.year_known


def test_one_alert_per_post_updated_on_revision(uzbekistan_post, ingest_seeds, analyst):
    ingest_seeds("002")
    incident = Incident.objects.get()
    alert = Alert.objects.get(post=uzbekistan_post)
    first_revision = alert.revision
    ingest_seeds("003", "000")
    incident.refresh_from_db()
    assert Alert.objects.filter(post=uzbekistan_post, incident=incident).count() == 1
    alert.refresh_from_db()
    assert alert.revision == incident.revision > first_revision


def test_analyst_opens_a_casework_incident_once(uzbekistan_post, ingest_seeds, analyst):
    ingest_seeds("002")
    alert = Alert.objects.get(post=uzbekistan_post)
    case_incident = alert_open_case_incident(actor=analyst, alert=alert)
    assert case_incident.kind == "flight" and case_incident.post == uzbekistan_post
    with pytest.raises(DomainError):
        alert_open_case_incident(actor=analyst, alert=alert)


def test_an_alert_goes_to_the_posts_of_the_people_concerned(db):
    from homeward.accounts.tests.factories import OrganisationFactory
    from homeward.monitoring.services import page_ingest, source_for

    tajik = OrganisationFactory(name="Tajik ministry", country="TJ")
    kazakh = OrganisationFactory(name="Kazakh ministry", country="KZ")
    helpline = OrganisationFactory(name="Migrant helpline", country="RU", kind="ngo")
    in_moscow = [
        PostFactory(name=f"{org.name} in Moscow", organisation=org, country="RU", areas=["RU"])
        for org in (tajik, kazakh, helpline)
    ]
    raw = (
        b"Police detain Tajik workers in Moscow raid\n\n"
        b"Police detained 45 Tajik workers in a raid on a construction site in Moscow, the "
        b"city police said. The workers were taken to a police station for a check of their "
        b"documents, and some of them may be deported, officials said on the day.\n"
    )
    assert page_ingest(raw=raw, source=source_for("t"), published=date(2025, 5, 2)).created
    incident = Incident.objects.get()
    assert incident.nationalities == {"TJ": 45} and "RU" in incident.countries
    alerted = set(Alert.objects.values_list("post__name", flat=True))
    assert alerted == {str(in_moscow[0].name), str(in_moscow[2].name)}
