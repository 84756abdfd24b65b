"""Writes to the registry: names and their blocking keys always in one transaction."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext

from homeward.accounts.selectors import post_for_location
from homeward.common.access import reach_of
from homeward.common.audit import audit_record
from homeward.common.codes import code_new
from homeward.common.errors import DomainError, NotAllowed
from homeward.people.identifiers import national_id_birth_date
from homeward.people.matching.keys import text_keys
from homeward.people.matching.normalize import script_of, words
from homeward.people.models import (
    PEOPLE_EDIT,
    PEOPLE_MERGE,
    REGISTRATION_PREFIX,
    Contact,
    Document,
    Person,
    PersonKey,
    PersonName,
    PersonStatus,
    Registration,
    Relation,
)
from homeward.people.phones import check_phone
from homeward.people.records import (
    PersonRecord,
    StayRecord,
    check_country,
    check_document_number,
    check_name,
    check_text,
)


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


Born = tuple[int | None, int | None, int | None]


def _born(person: Person) -> Born:
    return (person.birth_year, person.birth_month, person.birth_day)


def _dated_keys(person_id: int, born: Born, keys: Iterable[str]) -> list[PersonKey]:
    """Key rows of one person, each with the person's birth date (models.PersonKey)."""
    year, month, day = born
    return [
        PersonKey(person_id=person_id, key=k, birth_year=year, birth_month=month, birth_day=day)
        for k in keys
    ]


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
            person_keys |= text_keys(text)
        keys.extend(_dated_keys(person.pk, _born(person), person_keys))
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


# No savepoint of its own: inside a caller's transaction (an intake naming a new person)
# a failure here fails the caller's whole transaction anyway.
@transaction.atomic(savepoint=False)
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


def _require(actor: Any, capability: str) -> None:
    if reach_of(actor, capability).empty:
        raise NotAllowed(gettext("your role does not change the registry"))


@transaction.atomic
def contact_add(
    *,
    actor: Any,
    person: Person,
    kind: str,
    value: str,
    messenger: str = "",
    note: str = "",
    region: str = "",
) -> Contact:
    """A phone (stored as E.164), a messenger handle, an e-mail or an address abroad.

    Adding a contact the person already has returns it unchanged.
    """
    if actor is not None:
        _require(actor, PEOPLE_EDIT)
    value = clean_contact(kind=kind, value=value, messenger=messenger, region=region)
    contact, created = Contact.objects.get_or_create(
        person=person,
        kind=kind,
        value=value,
        messenger=messenger,
        defaults={"note": note.strip()[:200]},
    )
    if created:
        audit_record(
            actor=actor, verb="contact.add", target=person, changes={"kind": kind, "id": contact.pk}
        )
    return contact


def clean_contact(*, kind: str, value: str, messenger: str = "", region: str = "") -> str:
    if kind not in Contact.Kind.values:
        raise DomainError(gettext("unknown kind of contact"), field="kind")
    if messenger not in Contact.Messenger.values:
        raise DomainError(gettext("unknown messenger"), field="messenger")
    value = check_text(value, 300, "value", required=True)
    if kind == Contact.Kind.PHONE or (kind == Contact.Kind.MESSENGER and _looks_like_phone(value)):
        return check_phone(value, region=region, field_name="value")
    if kind == Contact.Kind.EMAIL:
        try:
            validate_email(value)
        except ValidationError as exc:
            raise DomainError(gettext("not an e-mail address"), field="value") from exc
        return value.lower()
    return value


def _looks_like_phone(value: str) -> bool:
    digits = sum(c.isdigit() for c in value)
    return digits >= 7 and all(c.isdigit() or c in "+-() " for c in value)


@transaction.atomic
def relation_add(
    *,
    actor: Any,
    person: Person,
    kind: str,
    relative: Person | None = None,
    relative_name: str = "",
    relative_phone: str = "",
    next_of_kin: bool = False,
    region: str = "",
) -> Relation:
    """A relative: a registered person, or a name (and phone) of someone not registered.

    There is one next of kin: naming a new one clears the flag on the others.
    """
    if actor is not None:
        _require(actor, PEOPLE_EDIT)
    if kind not in Relation.Kind.values:
        raise DomainError(gettext("unknown kind of relation"), field="kind")
    if relative is not None and relative.pk == person.pk:
        raise DomainError(gettext("a person is not their own relative"), field="relative")
    name = (
        check_name(relative_name, "relative_name")
        if relative is None
        else check_text(relative_name, 200, "relative_name")
    )
    phone = (
        check_phone(relative_phone, region=region, field_name="relative_phone")
        if relative_phone.strip()
        else ""
    )
    if next_of_kin:
        person.relations.filter(next_of_kin=True).update(next_of_kin=False)
    relation = Relation.objects.create(
        person=person,
        kind=kind,
        relative=relative,
        relative_name=name,
        relative_phone=phone,
        next_of_kin=next_of_kin,
    )
    audit_record(
        actor=actor,
        verb="relation.add",
        target=person,
        changes={
            "kind": kind,
            "relative": relative.pk if relative else None,
            "next_of_kin": next_of_kin,
        },
    )
    return relation


@transaction.atomic
def registration_create(
    *,
    actor: Any,
    person: Person,
    stay: StayRecord,
    channel: str = Registration.Channel.OPERATOR,
    submission: str | None = None,
) -> Registration:
    """Record a stay abroad; the post whose jurisdiction covers the place is assigned."""
    if actor is not None:
        _require(actor, PEOPLE_EDIT)
    now = timezone.now()
    registration = _with_fresh_reference(
        person=person,
        country=stay.country,
        region=stay.region,
        city=stay.city,
        address=stay.address,
        employer=stay.employer,
        arrived_on=stay.arrived_on,
        stay_until=stay.stay_until,
        consent=stay.consent,
        consent_at=now if stay.consent else None,
        channel=channel,
        post=post_for_location(country=stay.country, region=stay.region),
        submission=submission,
        created_at=now,
    )
    audit_record(
        actor=actor,
        verb="registration.create",
        target=registration,
        changes={
            "person": person.pk,
            "country": stay.country,
            "region": stay.region,
            "channel": channel,
            "post": registration.post_id,
        },
    )
    return registration


REFERENCE_ATTEMPTS = 3


def _with_fresh_reference(**fields: Any) -> Registration:
    """Create the registration under a new reference, drawn again if it is already taken.

    23**8 references: with a million registrations, one in some 80,000 draws clashes. Any
    other failure (the same submission twice) is the caller's to handle.
    """
    for attempt in range(1, REFERENCE_ATTEMPTS + 1):
        reference = code_new(REGISTRATION_PREFIX)
        try:
            with transaction.atomic():
                return Registration.objects.create(reference=reference, **fields)
        except IntegrityError:
            taken = Registration.objects.filter(reference=reference).exists()
            if not taken or attempt == REFERENCE_ATTEMPTS:
                raise
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class NextOfKin:
    name: str
    phone: str = ""
    kind: str = Relation.Kind.OTHER


def person_register_self(
    *,
    record: PersonRecord,
    stay: StayRecord,
    phone: str,
    messenger: str = "",
    next_of_kin: NextOfKin | None = None,
    submission: str,
) -> Registration:
    """A citizen's own registration from the public page: person, phone, relative, stay.

    Always a new person (an anonymous form never adds to someone else's record); the
    registry's duplicate warning shows operators whom to merge it with. The same
    ``submission`` token twice (a double click, a resent form) gives the first
    registration back.
    """
    existing = Registration.objects.filter(submission=submission).first()
    if existing is not None:
        return existing
    phone = check_phone(phone, region=stay.country)
    if next_of_kin is not None:
        check_name(next_of_kin.name, "kin_name")
    kin_phone = (
        check_phone(next_of_kin.phone, region=stay.country, field_name="kin_phone")
        if next_of_kin and next_of_kin.phone.strip()
        else ""
    )
    try:
        with transaction.atomic():
            person = person_create(actor=None, record=record)
            contact_add(actor=None, person=person, kind=Contact.Kind.PHONE, value=phone)
            if messenger:
                contact_add(
                    actor=None,
                    person=person,
                    kind=Contact.Kind.MESSENGER,
                    value=phone,
                    messenger=messenger,
                )
            if next_of_kin is not None:
                relation_add(
                    actor=None,
                    person=person,
                    kind=next_of_kin.kind,
                    relative_name=next_of_kin.name,
                    relative_phone=kin_phone,
                    next_of_kin=True,
                )
            return registration_create(
                actor=None,
                person=person,
                stay=stay,
                channel=Registration.Channel.SELF,
                submission=submission,
            )
    except IntegrityError:
        existing = Registration.objects.filter(submission=submission).first()
        if existing is None:
            raise
        return existing


@transaction.atomic
def person_merge(*, actor: Any, survivor: Person, absorbed: Person, reason: str) -> Person:
    """Merge ``absorbed`` into ``survivor``; nothing is moved or deleted, so it can be undone.

    The absorbed person stays as it was, marked ``merged_into``; the survivor shows and
    is found by the names, documents, contacts, relations and registrations of its whole
    group, and anything that refers to the absorbed person later resolves to the survivor.
    """
    _require(actor, PEOPLE_MERGE)
    reason = check_text(reason, 500, "reason")
    if not reason:
        raise DomainError(gettext("say why these records are one person"), field="reason")
    survivor = Person.objects.select_for_update().get(pk=survivor.pk)
    absorbed = Person.objects.select_for_update().get(pk=absorbed.pk)
    if survivor.pk == absorbed.pk:
        raise DomainError(gettext("a person cannot be merged into itself"), field="absorbed")
    if survivor.merged_into_id is not None or absorbed.merged_into_id is not None:
        raise DomainError(
            gettext("one of these records is already merged into another"), field="absorbed"
        )
    absorbed.merged_into = survivor
    absorbed.updated_at = timezone.now()
    absorbed.save(update_fields=["merged_into", "updated_at"])
    audit_record(
        actor=actor,
        verb="person.merge",
        target=survivor,
        changes={"absorbed": absorbed.pk, "survivor": survivor.pk},
        reason=reason,
    )
    return survivor


@transaction.atomic
def person_unmerge(*, actor: Any, person: Person, reason: str) -> Person:
    """Undo a merge: the person stands on its own again, with everything it brought."""
    _require(actor, PEOPLE_MERGE)
    reason = check_text(reason, 500, "reason")
    if not reason:
        raise DomainError(gettext("say why the merge is undone"), field="reason")
    person = Person.objects.select_for_update().get(pk=person.pk)
    survivor_id = person.merged_into_id
    if survivor_id is None:
        raise DomainError(gettext("this record is not merged"), field="person")
    person.merged_into = None
    person.updated_at = timezone.now()
    person.save(update_fields=["merged_into", "updated_at"])
    audit_record(
        actor=actor,
        verb="person.unmerge",
        target=person,
        changes={"survivor": survivor_id},
        reason=reason,
    )
    return person


@transaction.atomic
def document_add(
    *,
    actor: Any,
    person: Person,
    kind: str,
    number: str,
    country: str = "",
    issued_on: date | None = None,
    expires_on: date | None = None,
) -> Document:
    """A passport, a national number (its check digit verified), a permit; by exact number.

    A national number that encodes a birth date must agree with the person's full date.
    """
    _require(actor, PEOPLE_EDIT)
    if kind not in Document.Kind.values:
        raise DomainError(gettext("unknown kind of document"), field="kind")
    country = check_country(country, "country") if country.strip() else ""
    if kind == Document.Kind.NATIONAL_ID:
        if not country:
            raise DomainError(gettext("say which country issued the number"), field="country")
        encoded = national_id_birth_date(country, number)
        number = re.sub(r"\s", "", number).upper()
        born = person.birth_date
        full = (born.year, born.month, born.day) if born else None
        if encoded and full and None not in full and full != encoded.timetuple()[:3]:
            raise DomainError(
                gettext("the number encodes the birth date %(encoded)s, the person's is %(born)s")
                % {"encoded": encoded.isoformat(), "born": born},
                field="number",
            )
    else:
        number = check_document_number(number, "number")
    if issued_on and expires_on and expires_on < issued_on:
        raise DomainError(
            gettext("a document cannot expire before it is issued"), field="expires_on"
        )
    document, created = Document.objects.get_or_create(
        person=person,
        kind=kind,
        number=number,
        defaults={"country": country, "issued_on": issued_on, "expires_on": expires_on},
    )
    if created:
        audit_record(
            actor=actor,
            verb="document.add",
            target=person,
            changes={"kind": kind, "id": document.pk, "country": country},
        )
    return document


@transaction.atomic
def person_set_status(*, actor: Any, person: Person, status: str, reason: str) -> Person:
    """Alive, missing or deceased — said with a reason, kept in the audit trail."""
    _require(actor, PEOPLE_EDIT)
    if status not in PersonStatus.values:
        raise DomainError(gettext("unknown status"), field="status")
    reason = check_text(reason, 500, "reason", required=True)
    person = Person.objects.select_for_update().get(pk=person.pk)
    before = person.status
    if before == status:
        return person
    person.status = status
    person.updated_at = timezone.now()
    person.save(update_fields=["status", "updated_at"])
    audit_record(
        actor=actor,
        verb="person.status",
        target=person,
        changes={"status": [before, status]},
        reason=reason,
    )
    return person


@dataclass
class KeysRebuilt:
    persons: int = 0
    added: int = 0
    removed: int = 0
    redated: int = 0  # persons whose keys carried another birth date than theirs
    last_id: int = 0


def person_keys_rebuild_batch(*, after_id: int, batch_size: int) -> KeysRebuilt:
    """Rewrite the blocking keys of the next ``batch_size`` persons with id > ``after_id``.

    One transaction per batch, the persons' rows locked so a concurrent rename cannot slip
    between reading the names and writing the keys. Only the difference is written, so a
    batch that already has the current keys changes nothing: an interrupted rebuild is
    simply run again (or resumed from the last id it printed).
    """
    done = KeysRebuilt(last_id=after_id)
    with transaction.atomic():
        born: dict[int, Born] = {
            pid: (year, month, day)
            for pid, year, month, day in Person.objects.select_for_update()
            .filter(pk__gt=after_id)
            .order_by("pk")
            .values_list("pk", "birth_year", "birth_month", "birth_day")[:batch_size]
        }
        ids = list(born)
        if not ids:
            return done
        texts: dict[int, set[str]] = {pid: set() for pid in ids}
        rows = PersonName.objects.filter(person_id__in=ids).values_list("person_id", "text")
        for pid, text in rows:
            texts[pid].add(text)
        wanted = {
            (pid, key) for pid, names in texts.items() for text in names for key in text_keys(text)
        }
        stored_rows = PersonKey.objects.filter(person_id__in=ids).values_list(
            "person_id", "key", "birth_year", "birth_month", "birth_day"
        )
        stored, redated = set(), set()
        for pid, key, *date in stored_rows:
            stored.add((pid, key))
            if tuple(date) != born[pid]:
                redated.add(pid)
        for pid in sorted(redated):
            year, month, day = born[pid]
            PersonKey.objects.filter(person_id=pid).update(
                birth_year=year, birth_month=month, birth_day=day
            )
        stale = stored - wanted
        if stale:
            by_person: dict[int, list[str]] = {}
            for pid, key in stale:
                by_person.setdefault(pid, []).append(key)
            for pid, keys in by_person.items():
                PersonKey.objects.filter(person_id=pid, key__in=keys).delete()
        PersonKey.objects.bulk_create(
            [
                row
                for pid, key in sorted(wanted - stored)
                for row in _dated_keys(pid, born[pid], [key])
            ],
            batch_size=5000,
        )
        done.persons, done.added, done.removed, done.redated, done.last_id = (
            len(ids),
            len(wanted - stored),
            len(stale),
            len(redated),
            ids[-1],
        )
    return done
