"""The facts of a story from the facts of its articles (JSON as stored on ``Article``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from datetime import date
from typing import Any

from homeward.monitoring.pipeline.facts import INCIDENT_KINDS, Facts, Span
from homeward.monitoring.pipeline.similarity import EventKey


def facts_json(facts: Facts) -> dict[str, Any]:
    def spans(*items: Span | None) -> list[dict[str, Any]]:
        return [asdict(s) for s in items if s is not None]

    return {
        "kind": facts.kind,
        "occurred_on": facts.occurred_on.isoformat() if facts.occurred_on else None,
        "year_known": facts.year_known,
        "date_precision": facts.date_precision,
        "total": facts.total,
        "total_qualifier": facts.total_qualifier,
        "nationalities": facts.nationalities,
        "countries": facts.countries,
        "places": facts.places,
        "route": facts.route,
        "organisations": facts.organisations,
        "spans": {
            "kind": spans(facts.kind_span),
            "occurred_on": spans(facts.date_span),
            "total": spans(facts.total_span),
            "nationalities": spans(*facts.nationality_spans),
            "places": spans(*facts.place_spans),
            "countries": spans(*facts.place_spans),
            "route": spans(facts.route_span),
            "organisations": spans(*facts.organisation_spans),
        },
    }


def event_key(values: dict[str, Any]) -> EventKey:
    on = values.get("occurred_on")
    return EventKey(
        kind=values.get("kind") or "other",
        occurred_on=date.fromisoformat(on) if isinstance(on, str) else on,
        year_known=bool(values.get("year_known", True)),
        total=values.get("total"),
        total_qualifier=values.get("total_qualifier") or "",
        nationalities=frozenset(values.get("nationalities") or {}),
        route=tuple(values.get("route") or ()),
        places=frozenset(p["name"] for p in values.get("places") or ()),
    )


def story_kind(kinds: list[str]) -> str:
    counted = Counter(k for k in kinds if k in INCIDENT_KINDS)
    return counted.most_common(1)[0][0] if counted else (kinds[0] if kinds else "other")


def merge(articles: list[tuple[int, dict[str, Any]]]) -> dict[str, Any]:
    """One value per field from (article id, facts) pairs, and the spans that support it."""
    kind = story_kind([f["kind"] for _, f in articles])
    out: dict[str, Any] = {"kind": kind, "spans": {}}

    def support(field: str, ids: list[int]) -> None:
        out["spans"][field] = [
            {"article": aid, **span}
            for aid, f in articles
            if aid in ids
            for span in f["spans"].get(field, [])
        ]

    support("kind", [aid for aid, f in articles if f["kind"] == kind])
    dated = [(aid, f) for aid, f in articles if f["occurred_on"]]
    dated.sort(key=lambda p: not p[1]["year_known"])
    if dated:
        aid, f = dated[0]
        out.update(occurred_on=f["occurred_on"], year_known=f["year_known"])
        support("occurred_on", [aid])
    else:
        out.update(occurred_on=None, year_known=True)
    counted = [(aid, f) for aid, f in articles if f["total"] is not None]
    exact = Counter(f["total"] for _, f in counted if not f["total_qualifier"])
    if exact:
        total = exact.most_common(1)[0][0]
        out.update(total=total, total_qualifier="")
        support("total", [aid for aid, f in counted if f["total"] == total])
    elif counted:
        aid, f = max(counted, key=lambda p: p[1]["total"])
        out.update(total=f["total"], total_qualifier=f["total_qualifier"])
        support("total", [aid])
    else:
        out.update(total=None, total_qualifier="")
    nationalities: dict[str, int | None] = {}
    for _, f in articles:
        for code, n in f["nationalities"].items():
            if n is not None or code not in nationalities:
                nationalities[code] = (
                    max(n, nationalities.get(code) or 0) if n else nationalities.get(code)
                )
    out["nationalities"] = dict(sorted(nationalities.items()))
    out["countries"] = sorted({c for _, f in articles for c in f["countries"]})
    places: dict[str, dict[str, str]] = {}
    for _, f in articles:
        for p in f["places"]:
            places.setdefault(p["name"], p)
    out["places"] = list(places.values())
    out["route"] = max((f["route"] for _, f in articles), key=len, default=[])
    organisations: dict[str, str] = {}
    for _, f in articles:
        for o in f["organisations"]:
            organisations.setdefault(o.lower(), o)
    out["organisations"] = list(organisations.values())
    everyone = [aid for aid, _ in articles]
    for field in ("nationalities", "countries", "places", "organisations"):
        support(field, everyone)
    support("route", [aid for aid, f in articles if f["route"] == out["route"]])
    return out
