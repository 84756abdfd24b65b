"""The monitoring part of the permission matrix (homeward/tests/test_permission_matrix.py)."""

from __future__ import annotations

from typing import Any

from homeward.monitoring.models import Alert, Article, Incident, Page, Source, Story


def monitoring_world(world: dict[str, Any]) -> dict[str, Any]:
    source = Source.objects.create(name="Outlet")
    page = Page.objects.create(
        source=source, content_hash="0" * 64, raw="x", text="x", language="en"
    )
    story = Story.objects.create(title="Charter flight", kind="deportation")
    Article.objects.create(
        page=page,
        position=0,
        title="Charter flight",
        body="x",
        language="en",
        signature=b"",
        kind="deportation",
        facts={},
        story=story,
    )
    incident = Incident.objects.create(story=story, kind="deportation", countries=["RU"])
    return {
        "own_mincident": incident,
        "own_alert": Alert.objects.create(incident=incident, post=world["own_post"]),
        "other_alert": Alert.objects.create(incident=incident, post=world["other_post"]),
    }


def monitoring_kwargs(target: str, world: dict[str, Any]) -> dict[str, Any] | None:
    if target == "own_mincident":
        return {"incident_id": world[target].pk}
    if target in ("own_alert", "other_alert"):
        return {"alert_id": world[target].pk}
    return None
