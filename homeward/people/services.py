"""Writes to the registry: names and their blocking keys always in one transaction."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from homeward.common.audit import audit_record
from homeward.people.matching.keys import name_keys
from homeward.people.matching.normalize import script_of, words
from homeward.people.matching.parse import parse
from homeward.people.models import Document, Person, PersonKey, PersonName
from homeward.people.records import PersonRecord


def _script(text: str) -> str:
    scripts = {script_of(w) for w in words(text)}
    return scripts.pop() if len(scripts) == 1 else "mixed"


def _all_names(record: PersonRecord) -> list[tuple[str, str]]:
    seen: dict[str, str] = {record.name: PersonName.Kind.PRIMARY}
    for other in record.other_names:
        seen.setdefault(other, PersonName.Kind.OTHER_FORM)
    return list(seen.items())


def _apply(person: Person, record: PersonRecord) -> None:
    person.display_name = record.name
    person.sex = record.sex
    date = record.birth_date
    person.birth_year = date.year if date else None
    person.birth_month = date.month if date else None
    person.birth_day = date.day if date else None
    person.nationalities = list(record.nationalities)
    if record.birthplace:
        person.birthplace = record.birthplace


def _write_children(people: Sequence[tuple[Person, PersonRecord]]) -> None:
    """Names, keys and documents of freshly written persons (old ones already removed)."""
    names: list[PersonName] = []
    keys: list[PersonKey] = []
    documents: list[Document] = []
    for person, record in people:
        person_keys: set[str] = set()
        for text, kind in _all_names(record):
            names.append(
                PersonName(
                    person=person, text=text, kind=kind, script=_script(text), source=record.source
                )
            )
            person_keys |= name_keys(parse(text))
        keys.extend(PersonKey(person=person, key=k[:40]) for k in person_keys)
        if record.passport_number:
            documents.append(
                Document(
                    person=person,
                    kind=Document.Kind.PASSPORT,
                    number=record.passport_number,
                    country=record.nationalities[0] if record.nationalities else "",
                )
            )
    PersonName.objects.bulk_create(names, batch_size=2000)
    PersonKey.objects.bulk_create(keys, batch_size=5000)
    Document.objects.bulk_create(documents, batch_size=2000)


@transaction.atomic
def person_create(*, actor: object, record: PersonRecord) -> Person:
    person = Person(external_id=record.external_id)
    _apply(person, record)
    person.save(force_insert=True)
    _write_children([(person, record)])
    audit_record(
        actor=actor,
        verb="person.create",
        target=person,
        changes={"names": [n for n, _ in _all_names(record)]},
    )
    return person


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int


def _chunks(items: Sequence[PersonRecord], size: int) -> Iterable[Sequence[PersonRecord]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@transaction.atomic
def people_import(
    *, actor: object, records: Sequence[PersonRecord], source: str, progress: object = None
) -> ImportResult:
    """Upsert by external id, all in one transaction, one audit event for the batch.

    A re-run with the same external ids updates those persons (their names, keys and
    passport are replaced), never duplicates them.
    """
    created = updated = 0
    digest = hashlib.sha256()
    for chunk in _chunks(records, 2000):
        ids = [r.external_id for r in chunk if r.external_id]
        existing = {p.external_id: p for p in Person.objects.filter(external_id__in=ids)}
        now = timezone.now()
        fresh, stale, written = [], [], []
        for record in chunk:
            digest.update(f"{record.external_id}|{record.name}\n".encode())
            person = existing.get(record.external_id) if record.external_id else None
            if person is None:
                person = Person(external_id=record.external_id, created_at=now)
                fresh.append(person)
            else:
                stale.append(person)
            person.updated_at = now
            _apply(person, record)
            written.append((person, record))
        Person.objects.bulk_create(fresh, batch_size=2000)
        if stale:
            Person.objects.bulk_update(
                stale,
                [
                    "display_name",
                    "sex",
                    "birth_year",
                    "birth_month",
                    "birth_day",
                    "nationalities",
                    "updated_at",
                ],
                batch_size=2000,
            )
            stale_ids = [p.pk for p in stale]
            PersonName.objects.filter(person_id__in=stale_ids).delete()
            PersonKey.objects.filter(person_id__in=stale_ids).delete()
            Document.objects.filter(person_id__in=stale_ids, kind=Document.Kind.PASSPORT).delete()
        _write_children(written)
        created += len(fresh)
        updated += len(stale)
        if callable(progress):
            progress(len(chunk))
    audit_record(
        actor=actor,
        verb="people.import",
        target_type="people.person",
        changes={
            "created": created,
            "updated": updated,
            "source": source,
            "sha256": digest.hexdigest(),
        },
    )
    return ImportResult(created=created, updated=updated)
