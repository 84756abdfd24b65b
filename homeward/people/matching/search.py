"""Finding a person from what a caller says: blocking keys in the database, scoring in Python."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count

from homeward.people.matching.dates import PartialDate
from homeward.people.matching.keys import pair_keys, token_keys
from homeward.people.matching.parse import parse
from homeward.people.matching.score import Evidence, MatchResult, match
from homeward.people.models import Person, PersonKey, PersonName

MAX_CANDIDATES = 3000
ENOUGH_FROM_PAIRS = 200


@dataclass
class SearchHit:
    person_id: int
    external_id: str | None
    name: str
    matched_name: str
    score: float
    birth_date: str | None = None
    rank_key: float = 0.0
    explanation: list[str] = field(default_factory=list)


def _candidates(query_keys_pairs: set[str], query_keys_tokens: set[str]) -> list[int]:
    ids: list[int] = list(
        PersonKey.objects.filter(key__in=query_keys_pairs)
        .values_list("person_id", flat=True)
        .distinct()[:MAX_CANDIDATES]
    )
    if len(ids) >= ENOUGH_FROM_PAIRS:
        return ids
    seen = set(ids)
    counts = (
        PersonKey.objects.filter(key__in=query_keys_tokens)
        .values("key")
        .annotate(n=Count("id"))
        .order_by("n")
    )
    for row in counts:
        if len(seen) >= MAX_CANDIDATES:
            break
        room = MAX_CANDIDATES - len(seen)
        more = PersonKey.objects.filter(key=row["key"]).values_list("person_id", flat=True)[:room]
        for pid in more:
            if pid not in seen:
                seen.add(pid)
                ids.append(pid)
    return ids


def search_people(
    query: str,
    *,
    birth_date: PartialDate | None = None,
    limit: int = 10,
    queryset: object = None,
) -> list[SearchHit]:
    """The best ``limit`` persons for ``query``; an empty or letterless query finds nobody."""
    parsed = parse(query)
    if not parsed.tokens:
        return []
    ids = _candidates(pair_keys(parsed), token_keys(parsed))
    if not ids:
        return []
    people = Person.objects.filter(pk__in=ids, merged_into__isnull=True)
    if queryset is not None:
        people = people & queryset  # type: ignore[operator]
    persons = {
        p.pk: p
        for p in people.only(
            "id", "external_id", "display_name", "sex", "birth_year", "birth_month", "birth_day"
        )
    }
    names: dict[int, list[str]] = defaultdict(list)
    for pid, text in PersonName.objects.filter(person_id__in=persons).values_list(
        "person_id", "text"
    ):
        names[pid].append(text)
    query_evidence = Evidence(birth_date=birth_date)
    hits = []
    for pid, person in persons.items():
        evidence = Evidence(birth_date=person.birth_date)
        best: tuple[MatchResult, str] | None = None
        for text in names.get(pid, [person.display_name]):
            result = match(parsed, parse(text), query_evidence, evidence)
            if best is None or result.logit > best[0].logit:
                best = (result, text)
        assert best is not None  # noqa: S101 - every person has a name
        hits.append(
            SearchHit(
                person_id=pid,
                external_id=person.external_id,
                name=person.display_name,
                matched_name=best[1],
                score=best[0].score,
                birth_date=str(person.birth_date) if person.birth_date else None,
                rank_key=best[0].logit,
                explanation=best[0].explanation,
            )
        )
    hits.sort(key=lambda h: (-h.rank_key, h.person_id))
    return hits[:limit]
