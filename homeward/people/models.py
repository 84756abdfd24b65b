"""The citizen registry: persons, the names they are written with, documents, contacts."""

from __future__ import annotations

from typing import ClassVar

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from homeward.common.access import Reach, VisibleQuerySet
from homeward.people.matching.dates import PartialDate

PEOPLE_VIEW = "people.view"
PEOPLE_EDIT = "people.edit"
PEOPLE_MERGE = "people.merge"
REGISTRATION_PREFIX = "R"


class Sex(models.TextChoices):
    MALE = "male", _("male")
    FEMALE = "female", _("female")
    UNKNOWN = "", _("unknown")


class PersonStatus(models.TextChoices):
    ALIVE = "alive", _("alive")
    MISSING = "missing", _("missing")
    DECEASED = "deceased", _("deceased")


class RegistryReader:
    """The registry is one for the whole service: anyone whose role reads it reads all of it.

    Which *cases* of a person a user sees is the cases' business (jurisdiction); finding
    the person is what makes the hotline fast.
    """

    capability = PEOPLE_VIEW

    def q(self, reach: Reach) -> models.Q:
        return models.Q()


class PersonQuerySet(VisibleQuerySet["Person"]):
    def active(self) -> PersonQuerySet:
        return self.filter(merged_into__isnull=True)


class Person(models.Model):
    external_id = models.CharField(
        _("external id"), max_length=64, unique=True, null=True, blank=True
    )
    display_name = models.CharField(_("name"), max_length=200)
    sex = models.CharField(_("sex"), max_length=6, choices=Sex.choices, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("birth year"), null=True, blank=True)
    birth_month = models.PositiveSmallIntegerField(_("birth month"), null=True, blank=True)
    birth_day = models.PositiveSmallIntegerField(_("birth day"), null=True, blank=True)
    birthplace = models.CharField(_("birthplace"), max_length=200, blank=True)
    nationalities = models.JSONField(_("nationalities"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=PersonStatus.choices, default=PersonStatus.ALIVE
    )
    merged_into = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="merged_from"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    objects: ClassVar[PersonQuerySet] = PersonQuerySet.as_manager()  # type: ignore[assignment]
    access_policy = RegistryReader()

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("persons")
        indexes = [models.Index(fields=["birth_year"])]

    def __str__(self) -> str:
        return self.display_name

    @property
    def birth_date(self) -> PartialDate | None:
        if self.birth_year is None:
            return None
        return PartialDate(self.birth_year, self.birth_month, self.birth_day)


class PersonName(models.Model):
    class Kind(models.TextChoices):
        PRIMARY = "primary", _("primary")
        ALIAS = "alias", _("alias")
        PASSPORT = "passport", _("as in passport")
        OTHER_FORM = "other", _("other written form")

    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="names", db_index=False
    )  # the unique (person, text) index serves it
    text = models.CharField(_("name as written"), max_length=200)
    script = models.CharField(_("script"), max_length=10, blank=True)
    scheme = models.CharField(_("language or scheme"), max_length=32, blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.PRIMARY)
    source = models.CharField(_("source"), max_length=100, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "text"], name="uniq_person_name_text")
        ]

    def __str__(self) -> str:
        return self.text


class PersonKey(models.Model):
    """A blocking key of a person's names; written in the same transaction as the names.

    The person's birth date is copied onto each key, so search ranks the persons sharing
    a query's keys without reading the person table: at 1M persons, joining it for the
    thousands of rows a common name's keys hold was most of the shortlist's time. The keys
    are written whenever the date is (services.py), and ``rebuild_person_keys`` mends any
    that differ. Ranking reads the copy; scores read the person's own date.
    """

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="keys")
    key = models.CharField(max_length=40)
    birth_year = models.PositiveSmallIntegerField(null=True, blank=True)
    birth_month = models.PositiveSmallIntegerField(null=True, blank=True)
    birth_day = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["key", "person"], name="uniq_key_person")]

    def __str__(self) -> str:
        return self.key


class Document(models.Model):
    class Kind(models.TextChoices):
        PASSPORT = "passport", _("passport")
        NATIONAL_ID = "national_id", _("national identity number")
        RESIDENCE_PERMIT = "residence_permit", _("residence permit")
        WORK_PERMIT = "work_permit", _("work permit")
        TRAVEL_DOCUMENT = "travel_document", _("emergency travel document")
        OTHER = "other", _("other")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    number = models.CharField(_("number"), max_length=40, db_index=True)
    country = models.CharField(_("issuing country"), max_length=2, blank=True)
    issued_on = models.DateField(_("issued"), null=True, blank=True)
    expires_on = models.DateField(_("expires"), null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["person", "kind", "number"], name="uniq_person_document"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.number}"


class Contact(models.Model):
    """A way to reach a person; phones are kept in E.164 (validated with phonenumbers)."""

    class Kind(models.TextChoices):
        PHONE = "phone", _("phone")
        MESSENGER = "messenger", _("messenger")
        EMAIL = "email", _("e-mail")
        ADDRESS = "address", _("address abroad")

    class Messenger(models.TextChoices):
        NONE = "", _("none")
        WHATSAPP = "whatsapp", "WhatsApp"
        TELEGRAM = "telegram", "Telegram"
        IMO = "imo", "imo"
        VIBER = "viber", "Viber"
        SIGNAL = "signal", "Signal"
        OTHER = "other", _("other")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="contacts")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    value = models.CharField(_("value"), max_length=300)
    messenger = models.CharField(
        _("messenger"), max_length=10, choices=Messenger.choices, blank=True
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["person", "kind", "value", "messenger"], name="uniq_person_contact"
            )
        ]
        indexes = [models.Index(fields=["kind", "value"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.value}"


class Relation(models.Model):
    """A relative of a person: another registered person, or just a name and a phone."""

    class Kind(models.TextChoices):
        SPOUSE = "spouse", _("spouse")
        PARENT = "parent", _("parent")
        CHILD = "child", _("child")
        SIBLING = "sibling", _("sibling")
        OTHER = "other", _("other relative")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(_("relation"), max_length=10, choices=Kind.choices)
    relative = models.ForeignKey(
        Person,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="relatives_of",
        verbose_name=_("relative in the registry"),
    )
    relative_name = models.CharField(_("relative's name"), max_length=200, blank=True)
    relative_phone = models.CharField(_("relative's phone"), max_length=20, blank=True)
    next_of_kin = models.BooleanField(_("next of kin"), default=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(relative__isnull=False) | ~models.Q(relative_name=""),
                name="relation_names_someone",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.relative or self.relative_name}"


class Registration(models.Model):
    """A consular registration of a stay abroad, by the citizen or by an operator."""

    class Channel(models.TextChoices):
        SELF = "self", _("by the citizen on the public page")
        OPERATOR = "operator", _("by an operator")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="registrations")
    reference = models.CharField(_("reference"), max_length=16, unique=True)
    country = models.CharField(_("country of stay"), max_length=2)
    region = models.CharField(_("region"), max_length=6, blank=True)
    city = models.CharField(_("city"), max_length=100)
    address = models.CharField(_("address"), max_length=300, blank=True)
    employer = models.CharField(_("employer"), max_length=200, blank=True)
    arrived_on = models.DateField(_("arrived"), null=True, blank=True)
    stay_until = models.DateField(_("expected stay until"), null=True, blank=True)
    consent = models.BooleanField(_("consent to processing"), default=False)
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    post = models.ForeignKey(
        "accounts.Post",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="registrations",
        verbose_name=_("post"),
    )
    submission = models.CharField(max_length=64, unique=True, null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["country", "created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(consent=False) | models.Q(consent_at__isnull=False),
                name="registration_consent_dated",
            )
        ]

    def __str__(self) -> str:
        return self.reference
