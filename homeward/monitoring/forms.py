from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from homeward.monitoring.pipeline.facts import KINDS

KIND_CHOICES = [("", _("any type"))] + [(k, k) for k in (*KINDS, "other")]


class StoryFilterForm(forms.Form):
    country = forms.CharField(label=_("Country (ISO code)"), max_length=2, required=False)
    kind = forms.ChoiceField(label=_("Type"), choices=KIND_CHOICES, required=False)
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean_country(self) -> str:
        value: str = self.cleaned_data["country"].strip().upper()
        if value and not (len(value) == 2 and value.isalpha()):
            raise forms.ValidationError(_("Two letters, e.g. RU."))
        return value


def _codes(text: str) -> list[str]:
    codes = [c.strip().upper() for c in text.replace(";", ",").split(",") if c.strip()]
    if any(len(c) != 2 or not c.isalpha() for c in codes):
        raise forms.ValidationError(_("Two-letter country codes separated by commas."))
    return sorted(set(codes))


class IncidentReviewForm(forms.Form):
    """Confirm, dismiss, or correct what the extractor read (blank fields stay as read)."""

    action = forms.ChoiceField(
        choices=[("confirm", _("Confirm")), ("correct", _("Correct")), ("dismiss", _("Dismiss"))]
    )
    kind = forms.ChoiceField(label=_("Type"), choices=KIND_CHOICES, required=False)
    occurred_on = forms.DateField(
        label=_("Date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    total = forms.IntegerField(label=_("People"), min_value=0, max_value=1_000_000, required=False)
    countries = forms.CharField(label=_("Countries"), max_length=200, required=False)
    nationalities = forms.CharField(
        label=_("Nationalities (e.g. UZ=100, KG)"), max_length=300, required=False
    )

    def clean_countries(self) -> list[str] | None:
        text = self.cleaned_data["countries"]
        return _codes(text) if text.strip() else None

    def clean_nationalities(self) -> dict[str, int | None] | None:
        text = self.cleaned_data["nationalities"].strip()
        if not text:
            return None
        out: dict[str, int | None] = {}
        for part in text.replace(";", ",").split(","):
            code, _sep, count = part.strip().partition("=")
            code = code.strip().upper()
            if len(code) != 2 or not code.isalpha():
                raise forms.ValidationError(_("Write CODE or CODE=count, separated by commas."))
            if count.strip() and not count.strip().isdigit():
                raise forms.ValidationError(_("Write CODE or CODE=count, separated by commas."))
            out[code] = int(count) if count.strip() else None
        return out

    def corrections(self) -> dict[str, Any]:
        return {
            field: value
            for field, value in self.cleaned_data.items()
            if field != "action" and value not in (None, "")
        }
