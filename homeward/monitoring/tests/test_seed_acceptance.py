"""The brief's scenario 11 on the five real pages: one charter flight, three outlets."""

from __future__ import annotations

from datetime import date

from homeward.monitoring.models import Article, Incident, Story
from homeward.monitoring.pipeline.clean import clean
from homeward.monitoring.pipeline.decode import decode
from homeward.monitoring.pipeline.split import split
from homeward.monitoring.selectors import stories_export
from homeward.monitoring.tests.conftest import seed


def _articles(number: str):
    return split(clean(decode(seed(number)).text).lines)


def test_listing_page_splits_into_six_articles_without_ticker_lines():
    articles = _articles("000")
    assert len(articles) == 6
    text = "\n".join(a.title + a.body for a in articles)
    assert "USD" not in text and "Viewing results" not in text
    assert articles[3].title.startswith("Turkmenistan")


def test_every_listing_page_gives_six_articles():
    assert [len(_articles(n)) for n in ("001", "004")] == [6, 6]


def test_single_article_pages_lose_their_link_lists():
    (article,) = _articles("003")
    assert "Latest news" not in article.body and "KazTransOil" not in article.body
    assert "131 migrants" in article.body


def test_the_charter_flight_is_one_story_from_three_pages(ingest_seeds):
    ingest_seeds("000", "001", "002", "003", "004")
    incident = Incident.objects.get(route=["New York", "Tashkent"])
    pages = {a.page_id for a in incident.story.articles.all()}
    assert len(pages) == 3
    assert incident.kind == "deportation"
    assert incident.total == 131
    assert set(incident.nationalities) == {"UZ", "KZ", "KG"}
    assert {p["iata"] for p in incident.places} >= {"TAS", "JFK"}
    assert "Uzbekistan Airways" in incident.organisations
    # no --published: "April 30" (no year, on an undated page) takes its year from the
    # listing page dated February 2026 that reports the same flight
    assert incident.occurred_on == date(2025, 4, 30)
    assert (incident.date_basis, incident.date_precision) == ("inferred", "day")
    assert "Uzbekistan" in incident.organisations
    homeland = [o for o in incident.organisations if "Homeland" in o or o == "DHS"]
    assert len(homeland) == 1


def test_seed_incidents_are_typed_by_what_happened(ingest_seeds):
    ingest_seeds("000", "001", "004")
    kinds = {i.story.title.split()[0]: i.kind for i in Incident.objects.select_related("story")}
    assert kinds["Nineteen"] == "repatriation"
    assert Incident.objects.get(total=135).kind == "deportation"  # the plane that landed
    raid = Incident.objects.get(kind="detention")
    assert "Moscow" in [p["name"] for p in raid.places]


def test_other_flights_stay_other_stories(ingest_seeds):
    ingest_seeds("000", "002", "003")
    ashgabat = Incident.objects.get(route=["Ashgabat", "Tashkent"])
    assert ashgabat.nationalities["TM"] == 40
    assert ashgabat.story.articles.count() == 1
    panama = Incident.objects.get(total=119)
    assert panama.story.articles.count() == 1


def test_copies_on_two_listing_pages_are_one_story(ingest_seeds):
    ingest_seeds("000", "001")
    story = Story.objects.get(title__startswith="Ultra-Nationalist")
    (article,) = story.articles.all()
    (copy,) = article.copies.all()
    assert copy.page_id != article.page_id
    (row,) = [s for s in stories_export() if s["story_id"] == story.pk]
    assert len(row["articles"]) == 2 and len({a["source_file"] for a in row["articles"]}) == 2


def test_register_breakdown_is_read_with_its_counts(ingest_seeds):
    ingest_seeds("001")
    incident = Incident.objects.get(total=31)
    assert incident.nationalities == {"KG": 13, "TJ": 8, "UZ": 7, "AM": 1, "AZ": 1, "TM": 1}


def test_each_field_points_at_its_source_text(ingest_seeds):
    ingest_seeds("002")
    incident = Incident.objects.get()
    span = incident.spans["total"][0]
    article = Article.objects.get(pk=span["article"])
    assert "131" in article.document[span["start"] : span["end"]]


def test_reingest_changes_nothing(ingest_seeds):
    first = ingest_seeds("000")
    again = ingest_seeds("000")
    assert first[0].created and not again[0].created
    assert Article.objects.count() == 6
