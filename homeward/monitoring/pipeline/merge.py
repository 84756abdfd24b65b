"""The facts of a story from the facts of its articles (JSON as stored on ``Article``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from homeward.monitoring.pipeline.dates import year_for
from homeward.monitoring.pipeline.facts import INCIDENT_KINDS, Facts, Span
from homeward.monitoring.pipeline.organisations import merge_names
from homeward.monitoring.pipeline.similarity import EventKey


def facts_json(facts: Facts) -> dict[str, Any]:
    def spans(*items: Span | None) -> list[dict[str, Any]]:
        return [asdict(s) for s in items if s is not None]

    return {
        "kind": facts.kind,
        "occurred_on": facts.occurred_on.isoformat() if facts.occurred_on else None,
        "year_known": facts.year_known,
        "date_precision": facts.date_precision,
        "date_basis": facts.date_basis,
        "date_reference": facts.date_reference.isoformat() if facts.date_reference else None,
        "date_reference_kind": facts.date_reference_kind,
        "weekday_ok": facts.weekday_ok,
        "event_weekday": facts.event_weekday,
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


@dataclass(frozen=True)
class DateReading:
    article: int
    value: date
    precision: str
    basis: str
    weekday_ok: bool | None
    grounded: bool
    """The year came from a real date (a publication or page date), not the fetching day."""


_PRECISION = {"day": 0, "week": 1, "month": 2, "year": 3}
_BASIS = {"explicit": 0, "relative": 1, "inferred": 2}
REAL_REFERENCES = ("published", "page")


def _reading(aid: int, f: dict[str, Any], anchor: date | None, hints: set[int]) -> DateReading:
    value = date.fromisoformat(f["occurred_on"])
    basis = f.get("date_basis") or ("explicit" if f.get("year_known", True) else "inferred")
    precision = f.get("date_precision") or "day"
    reference_kind = f.get("date_reference_kind") or ""
    grounded = basis != "inferred" or reference_kind in REAL_REFERENCES
    own = f.get("date_reference")
    reference = anchor if not grounded and anchor else date.fromisoformat(own) if own else None
    if basis == "inferred" and reference is not None:
        # a year-less date on a page without a date of its own takes its year from the
        # earliest real date among the story's sources (the event came before every
        # report); a weekday another report names for the event may move it a year back
        hint = next(iter(hints)) if len(hints) == 1 else None
        if precision == "day":
            value = year_for(value, reference, hint if f.get("weekday_ok") is None else None)
        elif not grounded:
            value = _month_before(value, reference)
        grounded = grounded or anchor is not None
    return DateReading(aid, value, precision, basis, f.get("weekday_ok"), grounded)


def _month_before(value: date, anchor: date) -> date:
    year = anchor.year if (value.month, 1) <= (anchor.month, 1) else anchor.year - 1
    return value.replace(year=year)


def story_date(articles: list[tuple[int, dict[str, Any]]]) -> DateReading | None:
    """The story's date from its articles' readings: day before month; an agreeing (or
    unsaid) weekday before a contradicted one; a written year before a day named against
    the publication date, before a year inferred from a real date, before one inferred
    from the day the page was fetched; then the reading most other articles agree with
    (their dates within two days, a weekday they name for the event)."""
    anchors = [
        date.fromisoformat(f["date_reference"])
        for _, f in articles
        if f.get("date_reference") and f.get("date_reference_kind") in REAL_REFERENCES
    ]
    anchor = min(anchors) if anchors else None
    hints = {f["event_weekday"] for _, f in articles if f.get("event_weekday") is not None}
    readings = [_reading(aid, f, anchor, hints) for aid, f in articles if f.get("occurred_on")]
    if not readings:
        return None

    def support(r: DateReading) -> int:
        near = sum(
            1
            for o in readings
            if o is not r and o.precision == "day" and abs((o.value - r.value).days) <= 2
        )
        return near + (1 if r.precision == "day" and r.value.weekday() in hints else 0)

    return min(
        readings,
        key=lambda r: (
            _PRECISION.get(r.precision, 3),
            r.weekday_ok is False,
            _BASIS.get(r.basis, 2) + (0 if r.grounded else 1),
            -support(r),
        ),
    )


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
    chosen = story_date(articles)
    if chosen is not None:
        out.update(
            occurred_on=chosen.value.isoformat(),
            year_known=chosen.basis != "inferred",
            date_precision=chosen.precision,
            date_basis=chosen.basis,
        )
        support("occurred_on", [chosen.article])
    else:
        out.update(occurred_on=None, year_known=True, date_precision="", date_basis="")
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
    out["organisations"] = merge_names([o for _, f in articles for o in f["organisations"]])
    everyone = [aid for aid, _ in articles]
    for field in ("nationalities", "countries", "places", "organisations"):
        support(field, everyone)
    support("route", [aid for aid, f in articles if f["route"] == out["route"]])
    return out
