"""The consular registration a citizen fills in on a phone: few fields, plain words."""

from __future__ import annotations

import secrets
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from homeward.cases.choices import CaseType
from homeward.people.forms import (
    COMMON_DESTINATIONS,
    CORRIDOR_NATIONALITIES,
    CountryChoiceField,
    StayForm,
)
from homeward.people.models import Contact, Relation


class SelfRegistrationForm(StayForm):
    name = forms.CharField(
        label=_("Your full name"),
        max_length=200,
        help_text=_("As in your passport, or as you write it."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    birth_date = forms.DateField(
        label=_("Date of birth"), widget=forms.DateInput(attrs={"type": "date"})
    )
    nationality = CountryChoiceField(label=_("Citizenship"), first=CORRIDOR_NATIONALITIES)
    passport_number = forms.CharField(label=_("Passport number"), max_length=40, required=False)
    phone = forms.CharField(
        label=_("Your phone number"),
        max_length=40,
        help_text=_("With the country code, e.g. +7 916 123 45 67."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    messenger = forms.ChoiceField(
        label=_("Messenger on this number"), choices=Contact.Messenger.choices, required=False
    )
    kin_name = forms.CharField(label=_("A relative we can call"), max_length=200, required=False)
    kin_kind = forms.ChoiceField(
        label=_("Who they are to you"),
        choices=[("", "—"), *Relation.Kind.choices],
        required=False,
    )
    kin_phone = forms.CharField(
        label=_("Their phone number"),
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel"}),
    )
    # Left empty by people; robots fill every field. Hidden by CSS, not by type=hidden.
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    submission = forms.CharField(widget=forms.HiddenInput)

    field_order = [
        "name",
        "birth_date",
        "nationality",
        "passport_number",
        "phone",
        "messenger",
        "country",
        "city",
        "address",
        "employer",
        "arrived_on",
        "stay_until",
        "kin_name",
        "kin_kind",
        "kin_phone",
        "consent",
        "website",
        "submission",
    ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = _(
            "I agree that the consulate keeps these details to find and help me, and to contact "
            "my relative if I am in trouble."
        )
        self.fields["consent"].required = True
        if not self.is_bound:
            self.initial["submission"] = secrets.token_urlsafe(24)

    def sections(self) -> list[tuple[Any, list[forms.BoundField]]]:
        """The fields under the three headings the page shows."""
        return [
            (
                _("About you"),
                [self[f] for f in ("name", "birth_date", "nationality", "passport_number")]
                + [self[f] for f in ("phone", "messenger")],
            ),
            (
                _("Where you are"),
                [self[f] for f in ("country", "city", "address", "employer")]
                + [self[f] for f in ("arrived_on", "stay_until")],
            ),
            (
                _("Someone to call if you are in trouble"),
                [self[f] for f in ("kin_name", "kin_kind", "kin_phone")],
            ),
        ]

    def is_robot(self) -> bool:
        return bool(self.data.get("website"))


class HelpRequestForm(forms.Form):
    """Asking for help: as few fields as a frightened person can fill in on a phone."""

    about = forms.ChoiceField(
        label=_("Who needs help?"),
        choices=[
            ("self", _("I do")),
            ("family", _("A member of my family")),
            ("other", _("Someone else")),
        ],
    )
    name = forms.CharField(label=_("Name of the person in trouble"), max_length=200, required=False)
    phone = forms.CharField(
        label=_("A phone number to call you back"),
        max_length=40,
        help_text=_("With the country code, e.g. +7 916 123 45 67."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    country = CountryChoiceField(label=_("Country where it happens"), first=COMMON_DESTINATIONS)
    city = forms.CharField(label=_("City"), max_length=100, required=False)
    case_type = forms.ChoiceField(label=_("What happened?"), choices=CaseType.choices)
    account = forms.CharField(
        label=_("Tell us briefly"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the consulate and its partners use these details to help, and may "
            "call me back."
        )
    )
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    submission = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["submission"] = secrets.token_urlsafe(24)

    def is_robot(self) -> bool:
        return bool(self.data.get("website"))

    def questions(self) -> list[forms.BoundField]:
        return [self[name] for name in ("about", "name", "phone", "country", "city")] + [
            self[name] for name in ("case_type", "account")
        ]


class FollowForm(forms.Form):
    code = forms.CharField(label=_("Tracking code"), max_length=30)
    secret = forms.CharField(label=_("Secret"), max_length=30)
