# mypy: disable-error-code="type-arg, untyped-decorator, misc, return-value"
from __future__ import annotations

from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from homeward.cases.models import Agency, Case, DiplomaticNote, Incident, Task
from homeward.common.codes import code_new


class AgencyFactory(DjangoModelFactory):
    class Meta:
        model = Agency

    name = factory.Sequence(lambda n: f"Agency {n}")
    kind = Agency.Kind.MIGRATION_AGENCY
    country = "UZ"


class CaseFactory(DjangoModelFactory):
    class Meta:
        model = Case

    code = factory.LazyFunction(lambda: code_new("H"))
    case_type = "detention"
    country = "RU"
    city = "Moscow"
    summary = "Detained at a dormitory raid."
    first_action_due = factory.LazyFunction(lambda: timezone.now() + timedelta(hours=24))


class TaskFactory(DjangoModelFactory):
    class Meta:
        model = Task

    case = factory.SubFactory(CaseFactory)
    agency = factory.SubFactory(AgencyFactory)
    title = "Confirm the detention and the place"
    due_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=2))


class IncidentFactory(DjangoModelFactory):
    class Meta:
        model = Incident

    kind = Incident.Kind.RAID
    title = "Raid on a dormitory"
    country = "RU"
    city = "Moscow"


class DiplomaticNoteFactory(DjangoModelFactory):
    class Meta:
        model = DiplomaticNote

    number = factory.Sequence(lambda n: f"N-{n:04d}")
    sent_on = factory.LazyFunction(timezone.localdate)
    addressee = factory.SubFactory(AgencyFactory)
    subject = "On the detention of citizens"
