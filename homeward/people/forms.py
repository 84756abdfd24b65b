from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from homeward.people.matching.dates import BadDate, PartialDate, parse_partial_date


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
        value: Any = self.cleaned_data.get("birth_date", "")
        try:
            return parse_partial_date(value)
        except BadDate as exc:
            raise forms.ValidationError(
                _("Write the date as YYYY, YYYY-MM or YYYY-MM-DD.")
            ) from exc
