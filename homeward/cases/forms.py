from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from homeward.accounts.models import Organisation, Post
from homeward.cases.choices import CallerRelation, CaseType, Channel, Status, Urgency, WaitingOn
from homeward.cases.models import Agency, CaseEvent, CaseParty, Incident
from homeward.people.forms import (
    COMMON_DESTINATIONS,
    CORRIDOR_NATIONALITIES,
    CountryChoiceField,
)


class IntakeForm(forms.Form):
    """The call screen, top to bottom in the order a call goes."""

    channel = forms.ChoiceField(label=_("Channel"), choices=Channel.choices, initial="phone")
    caller_relation = forms.ChoiceField(label=_("Caller is"), choices=CallerRelation.choices)
    caller_name = forms.CharField(label=_("Caller's name"), max_length=200, required=False)
    caller_phone = forms.CharField(label=_("Caller's phone"), max_length=40, required=False)
    subject_id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    subject_name = forms.CharField(
        label=_("Person in trouble"),
        max_length=200,
        required=False,
        help_text=_("Type to search the registry; pick the person, or leave a new name."),
    )
    subject_birth_date = forms.CharField(label=_("Birth date"), max_length=10, required=False)
    nationality = CountryChoiceField(
        label=_("Nationality"), required=False, first=CORRIDOR_NATIONALITIES
    )
    create_anyway = forms.BooleanField(
        label=_("None of the people found is the person: register a new one"), required=False
    )
    case_type = forms.ChoiceField(label=_("What happened"), choices=CaseType.choices)
    country = CountryChoiceField(label=_("Country"), first=COMMON_DESTINATIONS)
    region = forms.CharField(
        label=_("Region code"), max_length=6, required=False, help_text=_("e.g. RU-SPE")
    )
    city = forms.CharField(label=_("City"), max_length=100, required=False)
    place = forms.CharField(
        label=_("Place"), max_length=200, required=False, help_text=_("e.g. a police station")
    )
    urgency = forms.ChoiceField(label=_("Urgency"), choices=Urgency.choices, initial="normal")
    account = forms.CharField(
        label=_("What the caller says"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class CaseFilterForm(forms.Form):
    code = forms.CharField(label=_("Tracking code"), max_length=20, required=False)
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("open")), *Status.choices], required=False
    )
    case_type = forms.ChoiceField(
        label=_("Type"), choices=[("", _("any")), *CaseType.choices], required=False
    )
    urgency = forms.ChoiceField(
        label=_("Urgency"), choices=[("", _("any")), *Urgency.choices], required=False
    )
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)
    page = forms.IntegerField(min_value=1, required=False, widget=forms.HiddenInput)


class TransitionForm(forms.Form):
    to = forms.ChoiceField(label=_("Move to"), choices=Status.choices)
    waiting_on = forms.ChoiceField(label=_("Waiting on"), choices=WaitingOn.choices, required=False)
    reason = forms.CharField(label=_("Reason"), max_length=500, required=False)


class NoteForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[(CaseEvent.Kind.NOTE, _("note")), (CaseEvent.Kind.CALL, _("call"))],
    )
    text = forms.CharField(
        label=_("Text"), max_length=10000, widget=forms.Textarea(attrs={"rows": 3})
    )


class ReassignForm(forms.Form):
    post: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Post"), queryset=Post.objects.none()
    )
    reason = forms.CharField(label=_("Reason"), max_length=500)

    def __init__(self, *args: Any, posts: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["post"].queryset = posts  # type: ignore[attr-defined]


class TaskForm(forms.Form):
    agency = forms.ModelChoiceField(label=_("Agency"), queryset=Agency.objects.none())
    title = forms.CharField(label=_("Task"), max_length=300)
    due_at = forms.DateTimeField(
        label=_("Due"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    details = forms.CharField(
        label=_("Details"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, agencies: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if agencies is not None:
            self.fields["agency"].queryset = agencies  # type: ignore[attr-defined]
        if not self.is_bound:
            self.initial.setdefault(
                "due_at",
                (timezone.localtime() + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M"),
            )


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Answer"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )


class DiplomaticNoteForm(forms.Form):
    number = forms.CharField(label=_("Note number"), max_length=50)
    sent_on = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    addressee = forms.ModelChoiceField(label=_("Addressee"), queryset=Agency.objects.none())
    subject = forms.CharField(label=_("Subject"), max_length=300)
    reply_due = forms.DateField(
        label=_("Reply due by"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args: Any, agencies: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if agencies is not None:
            self.fields["addressee"].queryset = agencies  # type: ignore[attr-defined]


class NoteReplyForm(forms.Form):
    received_on = forms.DateField(
        label=_("Reply received on"), widget=forms.DateInput(attrs={"type": "date"})
    )
    summary = forms.CharField(
        label=_("What it says"), max_length=5000, widget=forms.Textarea(attrs={"rows": 2})
    )
    follow_up_title = forms.CharField(label=_("Follow-up task"), max_length=300, required=False)


class PartyForm(forms.Form):
    person_id = forms.IntegerField(label=_("Registry id of the person"), min_value=1)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)


class PartyStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=CaseParty.PartyStatus.choices)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)


class IncidentForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Incident.Kind.choices)
    title = forms.CharField(label=_("Title"), max_length=200)
    occurred_on = forms.DateField(
        label=_("Date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    country = CountryChoiceField(label=_("Country"), first=COMMON_DESTINATIONS)
    city = forms.CharField(label=_("City"), max_length=100, required=False)
    place = forms.CharField(label=_("Place"), max_length=200, required=False)
    description = forms.CharField(
        label=_("Description"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class IncidentLinkForm(forms.Form):
    incident = forms.ModelChoiceField(
        label=_("Incident"), queryset=Incident.objects.none(), required=False
    )

    def __init__(self, *args: Any, incidents: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if incidents is not None:
            self.fields["incident"].queryset = incidents  # type: ignore[attr-defined]


class AttachmentForm(forms.Form):
    file = forms.FileField(label=_("File"))


class ReportForm(forms.Form):
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            raise forms.ValidationError(_("The period ends before it starts."))
        return data


class ProtectionForm(forms.Form):
    asylum_history = forms.CharField(
        label=_("Asylum history"),
        max_length=10000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    victim_status = forms.CharField(label=_("Victim status"), max_length=100, required=False)
    risk_on_return = forms.CharField(
        label=_("Risk on return"),
        max_length=10000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AgencyForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=Agency.Kind.choices)
    country = CountryChoiceField(label=_("Country"), first=CORRIDOR_NATIONALITIES)
    organisation = forms.ModelChoiceField(
        label=_("Organisation whose liaisons answer in Homeward"),
        queryset=Organisation.objects.order_by("name"),
        required=False,
    )
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = forms.CharField(label=_("Phone"), max_length=20, required=False)
