"""Two flights written from one press-release template are two stories; a reprint of one
of them joins its story (synthetic releases)."""

from __future__ import annotations

from datetime import date

from homeward.monitoring.models import Incident, Story
from homeward.monitoring.pipeline.similarity import copy_similarity, signature
from homeward.monitoring.services import page_ingest, source_for

TEMPLATE = (
    "{title}\n\n"
    "A charter flight carrying {n} citizens of Tajikistan who had broken the rules of their "
    "stay left {origin} for Dushanbe on {day}, the press service of the Ministry of Labour, "
    "Migration and Employment said. All passengers were checked by the border service on "
    "arrival and sent on to their home districts. The ministry reminds citizens working "
    "abroad to keep their documents in order and to register with the consulate. Those "
    "who need help can call the ministry's hotline at any hour of the day. The ministry "
    "thanks the airline and the consular staff for their cooperation in organising the "
    "flight.\n"
)


def _release(n: int, origin: str, day: str) -> bytes:
    title = f"Charter flight returns {n} Tajik citizens from {origin}"
    return TEMPLATE.format(title=title, n=n, origin=origin, day=day).encode()


def test_two_flights_from_one_template_are_two_stories(db):
    first = _release(120, "Moscow", "3 March 2025")
    second = _release(97, "Yekaterinburg", "17 March 2025")
    reprint = first + b"Two Uzbek citizens were also among the passengers, a local paper added.\n"
    body = lambda raw: raw.decode().split("\n\n", 1)[1]  # noqa: E731
    # the template's words outweigh what differs: MinHash alone would call them copies
    assert copy_similarity(signature(body(first)), signature(body(second))) >= 0.5
    source = source_for("ministry")
    for raw in (first, second, reprint):
        assert page_ingest(raw=raw, source=source, published=date(2025, 3, 18)).created
    totals = sorted(t or 0 for t in Incident.objects.values_list("total", flat=True))
    assert totals == [97, 120]
    assert Story.objects.count() == 2
    moscow = Incident.objects.get(total=120)
    assert moscow.route == ["Moscow", "Dushanbe"]
    assert moscow.story.articles.count() == 2
