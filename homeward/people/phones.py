"""Phone numbers as callers give them: with or without +, spaces, the host country's prefix."""

from __future__ import annotations

import phonenumbers
from django.utils.translation import gettext as _

from homeward.common.errors import DomainError


def check_phone(text: str, *, region: str = "", field_name: str = "phone") -> str:
    """The number in E.164 (``+998901234567``), or DomainError naming the field.

    ``region`` (ISO alpha-2) reads a number written without its country code, as people
    write numbers of the country they live in (``8 916 123-45-67`` in Russia).
    """
    if "\x00" in text:
        raise DomainError(_("NUL characters are not allowed"), field=field_name)
    text = text.strip()
    if not text:
        raise DomainError(_("a phone number is required"), field=field_name)
    if len(text) > 40:
        raise DomainError(_("a phone number is at most 40 characters"), field=field_name)
    try:
        number = phonenumbers.parse(text, region.upper() or None)
    except phonenumbers.NumberParseException as exc:
        raise DomainError(
            _("not a phone number; write it with the country code, e.g. +998 90 123 45 67"),
            field=field_name,
        ) from exc
    if not phonenumbers.is_valid_number(number):
        raise DomainError(
            _("this phone number does not exist in its country's numbering plan"),
            field=field_name,
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_display(e164: str) -> str:
    """International format for reading out: ``+998 90 123 45 67``."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
