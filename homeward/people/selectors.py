"""Reads of the registry, for users whose role reads it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext

from homeward.common.access import get_visible_or_404, reach_of
from homeward.common.codes import code_format, code_is_valid
from homeward.common.errors import DomainError
from homeward.people.matching.dates import PartialDate
from homeward.people.matching.documents import document_tokens
from homeward.people.matching.score import MATCH_THRESHOLD, Evidence
from homeward.people.matching.search import SearchHit, search_people
from homeward.people.models import (
    PEOPLE_EDIT,
    PEOPLE_MERGE,
    PEOPLE_VIEW,
    REGISTRATION_PREFIX,
    Contact,
    Document,
    Person,
    PersonName,
    Registration,
    Relation,
)


def _require(user: Any, capability: str, message: str) -> None:
    if reach_of(user, capability).empty:
        raise PermissionDenied(message)


def require_registry_reader(user: Any) -> None:
    _require(user, PEOPLE_VIEW, "reading the registry needs a role that reads it")


def require_registry_editor(user: Any) -> None:
    _require(user, PEOPLE_EDIT, "changing the registry needs a role that changes it")


def require_registry_merger(user: Any) -> None:
    _require(user, PEOPLE_MERGE, "merging persons needs a role that merges them")


def can_edit(user: Any) -> bool:
    return not reach_of(user, PEOPLE_EDIT).empty


def can_merge(user: Any) -> bool:
    return not reach_of(user, PEOPLE_MERGE).empty


def person_search(
    *,
    user: Any,
    query: str,
    birth_date: PartialDate | None = None,
    limit: int = 10,
    evidence: Evidence | None = None,
) -> list[SearchHit]:
    """Persons for what the caller said: a registration number or a document number finds
    its person first; names are matched across scripts, with ``evidence`` when known."""
    require_registry_reader(user)
    limit = max(1, min(limit, 50))
    visible = Person.objects.visible_to(user)
    exact = _identifier_hits(query, visible)
    hits = search_people(
        query, birth_date=birth_date, limit=limit, queryset=visible, evidence=evidence
    )
    seen = {h.person_id for h in exact}
    return [*exact, *(h for h in hits if h.person_id not in seen)][:limit]


_DOCUMENT_NUMBER = re.compile(r"^(?=.*\d)[A-Z0-9]{4,20}$")


def _survivor(person: Person) -> Person:
    seen = {person.pk}
    while person.merged_into_id is not None and person.merged_into_id not in seen:
        seen.add(person.merged_into_id)
        person = Person.objects.get(pk=person.merged_into_id)
    return person


def _identifier_hits(query: str, visible: QuerySet[Person]) -> list[SearchHit]:
    """Exact hits on a registration number (check symbol verified) or a document number."""
    text = query.strip()
    compact = re.sub(r"[\s-]", "", text).upper()
    found: list[tuple[Person, str]] = []
    if code_is_valid(text, REGISTRATION_PREFIX):
        reference = code_format(text, REGISTRATION_PREFIX)
        for registration in Registration.objects.filter(reference=reference).select_related(
            "person"
        ):
            found.append((registration.person, gettext("registration number %s") % reference))
    if _DOCUMENT_NUMBER.match(compact):
        for document in Document.objects.filter(number=compact).select_related("person")[:10]:
            label = gettext("%(kind)s number %(number)s") % {
                "kind": document.get_kind_display(),
                "number": document.number,
            }
            found.append((document.person, label))
    hits: dict[int, SearchHit] = {}
    for person, label in found:
        survivor = _survivor(person)
        if survivor.pk in hits or not visible.filter(pk=survivor.pk).exists():
            continue
        hits[survivor.pk] = SearchHit(
            person_id=survivor.pk,
            external_id=survivor.external_id,
            name=survivor.display_name,
            matched_name=label,
            score=1.0,
            birth_date=str(survivor.birth_date) if survivor.birth_date else None,
            rank_key=float("inf"),
            explanation=[label],
        )
    return list(hits.values())


def person_named(*, user: Any, person_id: int, field: str) -> Person:
    """``person_get`` for an id given in a request body: a wrong one names its field."""
    try:
        return person_get(user=user, person_id=person_id)
    except Http404 as exc:
        raise DomainError(gettext("no such person in the registry"), field=field) from exc


def person_get(*, user: Any, person_id: int) -> Person:
    require_registry_reader(user)
    queryset = Person.objects.visible_to(user).prefetch_related("names", "documents")
    return get_visible_or_404(queryset, user, pk=person_id)


def person_id_visible(*, user: Any, person_id: int, field: str | None = None) -> int:
    """``person_id`` if the user may see that person: a reference, not the record.

    Otherwise 404 — or, for an id given in a request body, an error naming ``field``.
    """
    require_registry_reader(user)
    found = Person.objects.visible_to(user).filter(pk=person_id).values_list("pk", flat=True)
    pk = found.first()
    if pk is None:
        if field is not None:
            raise DomainError(gettext("no such person in the registry"), field=field)
        raise Http404
    return pk


def merged_group(person: Person) -> list[Person]:
    """The person and everyone merged into it, directly or through another merge."""
    group, frontier = [person], [person.pk]
    while frontier:
        more = list(Person.objects.filter(merged_into_id__in=frontier).order_by("pk"))
        group.extend(more)
        frontier = [p.pk for p in more]
    return group


@dataclass
class PersonProfile:
    """A person with everything of the records merged into it."""

    person: Person
    merged_from: list[Person]
    names: list[PersonName]
    documents: list[Document]
    contacts: list[Contact]
    relations: list[Relation]
    registrations: list[Registration]


def person_profile(*, user: Any, person_id: int) -> PersonProfile:
    person = person_get(user=user, person_id=person_id)
    group = merged_group(person)
    ids = [p.pk for p in group]

    def of_group(queryset: QuerySet[Any]) -> list[Any]:
        return list(queryset.filter(person_id__in=ids).order_by("pk"))

    return PersonProfile(
        person=person,
        merged_from=group[1:],
        names=of_group(PersonName.objects.all()),
        documents=of_group(Document.objects.all()),
        contacts=of_group(Contact.objects.all()),
        relations=of_group(Relation.objects.select_related("relative")),
        registrations=of_group(Registration.objects.select_related("post")),
    )


def likely_same_people(
    *,
    user: Any,
    name: str,
    birth_date: PartialDate | None = None,
    evidence: Evidence | None = None,
    exclude: set[int] | None = None,
    limit: int = 5,
) -> list[SearchHit]:
    """Registered persons who are probably the one described: the duplicate warning.

    Whoever holds one of the documents in ``evidence`` is listed first, however their
    name is written.
    """
    hits = person_search(
        user=user, query=name, birth_date=birth_date, evidence=evidence, limit=limit + 5
    )
    skip = exclude or set()
    likely = (h for h in hits if h.score >= MATCH_THRESHOLD or h.same_document)
    return [h for h in likely if h.person_id not in skip][:limit]


def person_evidence(profile: PersonProfile) -> Evidence:
    """What a person's records say besides names: documents of the merged records count."""
    person = profile.person
    return Evidence(
        birth_date=person.birth_date,
        sex=person.sex,
        documents=document_tokens((d.kind, d.country, d.number) for d in profile.documents),
        birthplace=person.birthplace,
    )


def person_duplicates(*, user: Any, profile: PersonProfile) -> list[SearchHit]:
    """Active persons likely the same as this one, by any of its names."""
    skip = {profile.person.pk, *(p.pk for p in profile.merged_from)}
    evidence = person_evidence(profile)
    best: dict[int, SearchHit] = {}
    for name in {n.text for n in profile.names}:
        for hit in likely_same_people(user=user, name=name, evidence=evidence, exclude=skip):
            if hit.person_id not in best or hit.score > best[hit.person_id].score:
                best[hit.person_id] = hit
    return sorted(best.values(), key=lambda h: (not h.same_document, -h.score))[:5]


def registration_list(*, user: Any, country: str = "", limit: int = 100) -> list[Registration]:
    require_registry_reader(user)
    registrations = Registration.objects.filter(
        person__in=Person.objects.visible_to(user)
    ).select_related("person", "post")
    if country:
        registrations = registrations.filter(country=country.upper())
    return list(registrations.order_by("-created_at")[:limit])
