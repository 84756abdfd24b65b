from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from homeward.common.countries import country_choices
from homeward.people.matching.dates import BadDate, PartialDate, parse_partial_date
from homeward.people.models import Contact, Document, PersonStatus, Relation

# Citizens of the corridor first in a nationality box; where they work first in a stay box.
CORRIDOR_NATIONALITIES = ("UZ", "KG", "TJ", "KZ", "TM")
COMMON_DESTINATIONS = ("RU", "KZ", "TR", "KR", "AE", "US", "GB", "DE", "PL", "UA")


def _partial_date(value: Any) -> PartialDate | None:
    try:
        return parse_partial_date(value or "")
    except BadDate as exc:
        raise forms.ValidationError(_("Write the date as YYYY, YYYY-MM or YYYY-MM-DD.")) from exc


class PersonSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Name"),
        max_length=2000,
        required=False,
        help_text=_("Any script, any order: Ахрор Бурханов, Axror Burxonov, BURKHANOV Akhror."),
    )
    birth_date = forms.CharField(
        label=_("Birth date"), required=False, help_text=_("YYYY, YYYY-MM or YYYY-MM-DD")
    )

    def clean_birth_date(self) -> PartialDate | None:
        return _partial_date(self.cleaned_data.get("birth_date"))


class CountryChoiceField(forms.ChoiceField):
    def __init__(self, *, first: tuple[str, ...] = (), **kwargs: Any) -> None:
        self.first = first
        super().__init__(choices=self._choices, **kwargs)

    def _choices(self) -> list[tuple[str, str]]:
        return [("", "—"), *country_choices(self.first)]


class PersonForm(forms.Form):
    """A new person, as an operator takes it down; the duplicate warning runs on submit.

    Pasting a passport's machine-readable zone fills the fields (``Read the MRZ``).
    """

    mrz = forms.CharField(
        label=_("Passport MRZ"),
        required=False,
        max_length=200,
        widget=forms.Textarea(attrs={"rows": 3, "class": "mono", "spellcheck": "false"}),
        help_text=_("The two lines at the bottom of a passport (three on an ID card)."),
    )
    name = forms.CharField(label=_("Full name"), max_length=200)
    other_names = forms.CharField(
        label=_("Other spellings"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One per line: the passport spelling, another script."),
    )
    birth_date = forms.CharField(
        label=_("Birth date"), required=False, help_text=_("YYYY, YYYY-MM or YYYY-MM-DD")
    )
    sex = forms.ChoiceField(
        label=_("Sex"),
        required=False,
        choices=[("", _("unknown")), ("male", _("male")), ("female", _("female"))],
    )
    nationality = CountryChoiceField(
        label=_("Nationality"), required=False, first=CORRIDOR_NATIONALITIES
    )
    passport_number = forms.CharField(label=_("Passport number"), required=False, max_length=40)
    birthplace = forms.CharField(label=_("Birthplace"), required=False, max_length=200)
    create_anyway = forms.BooleanField(
        label=_("None of these is the person: create a new record"), required=False
    )

    def clean_birth_date(self) -> PartialDate | None:
        return _partial_date(self.cleaned_data.get("birth_date"))

    def other_names_field(self) -> str:
        lines = str(self.data.get("other_names", "")).splitlines()
        return "|".join(line.strip() for line in lines if line.strip())


class ContactForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Contact.Kind.choices)
    value = forms.CharField(label=_("Phone, handle, e-mail or address"), max_length=300)
    messenger = forms.ChoiceField(
        label=_("Messenger"), choices=Contact.Messenger.choices, required=False
    )
    note = forms.CharField(label=_("Note"), max_length=200, required=False)


class RelationForm(forms.Form):
    kind = forms.ChoiceField(label=_("Relation"), choices=Relation.Kind.choices)
    relative_name = forms.CharField(label=_("Relative's name"), max_length=200)
    relative_phone = forms.CharField(label=_("Relative's phone"), max_length=40, required=False)
    next_of_kin = forms.BooleanField(label=_("Next of kin"), required=False)


class StayForm(forms.Form):
    """Where the citizen stays abroad; shared by the operator's form and the public page."""

    country = CountryChoiceField(label=_("Country of stay"), first=COMMON_DESTINATIONS)
    city = forms.CharField(label=_("City"), max_length=100)
    address = forms.CharField(label=_("Address"), max_length=300, required=False)
    employer = forms.CharField(label=_("Employer"), max_length=200, required=False)
    arrived_on = forms.DateField(
        label=_("Arrived on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    stay_until = forms.DateField(
        label=_("Expect to stay until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    consent = forms.BooleanField(
        label=_("The citizen agrees that the consulate keeps these details to help them"),
        required=False,
    )


class MergeForm(forms.Form):
    reason = forms.CharField(
        label=_("Why are these records one person?"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class UnmergeForm(forms.Form):
    reason = forms.CharField(label=_("Why undo the merge?"), max_length=500)


class DocumentForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Document.Kind.choices)
    number = forms.CharField(label=_("Number"), max_length=40)
    country = CountryChoiceField(
        label=_("Issuing country"), required=False, first=CORRIDOR_NATIONALITIES
    )
    issued_on = forms.DateField(
        label=_("Issued"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    expires_on = forms.DateField(
        label=_("Expires"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=PersonStatus.choices)
    reason = forms.CharField(label=_("Reason"), max_length=500)
