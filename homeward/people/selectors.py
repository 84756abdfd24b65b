"""Reads of the registry, for users whose role reads it."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied

from homeward.common.access import get_visible_or_404, reach_of
from homeward.people.matching.dates import PartialDate
from homeward.people.matching.search import SearchHit, search_people
from homeward.people.models import PEOPLE_VIEW, Person


def require_registry_reader(user: Any) -> None:
    if reach_of(user, PEOPLE_VIEW).empty:
        raise PermissionDenied("reading the registry needs a role that reads it")


def person_search(
    *, user: Any, query: str, birth_date: PartialDate | None = None, limit: int = 10
) -> list[SearchHit]:
    require_registry_reader(user)
    return search_people(
        query,
        birth_date=birth_date,
        limit=max(1, min(limit, 50)),
        queryset=Person.objects.visible_to(user),
    )


def person_get(*, user: Any, person_id: int) -> Person:
    require_registry_reader(user)
    queryset = Person.objects.visible_to(user).prefetch_related("names", "documents")
    return get_visible_or_404(queryset, user, pk=person_id)
