"""A match's explanation in the reader's language (the matcher writes it in English)."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

from homeward.people.matching.reasons import Reason

_PARTS: dict[str, Promise] = {
    "surname": pgettext_lazy("name part", "surname"),
    "given name": pgettext_lazy("name part", "given name"),
    "patronymic": pgettext_lazy("name part", "patronymic"),
    "name": pgettext_lazy("name part", "name"),
}
_MESSAGES: dict[str, Promise] = {
    "part_equal": _("%(part)s %(name)s equal"),
    "part_equal_translit": _("%(part)s %(name)s equal after transliteration"),
    "part_same_stem": _("%(part)s %(a)s / %(b)s: same stem"),
    "part_same_name": _("%(part)s %(a)s / %(b)s: one name in two languages"),
    "part_similar": _("%(part)s %(a)s ≈ %(b)s"),
    "part_differs": _("%(part)s %(a)s / %(b)s differ"),
    "date_equal": _("birth date equal"),
    "date_as_far_as_known": _("birth date agrees as far as known"),
    "date_nearly": _("birth date nearly agrees"),
    "date_differs": _("birth date differs"),
    "same_document": _("same document number"),
    "national_numbers_differ": _("national identity numbers differ"),
    "birthplace_equal": _("birthplace equal"),
    "birthplace_differs": _("birthplace differs"),
    "sex_differs": _("sex differs"),
}


def reason_text(line: str) -> str:
    """``line`` in the active language; a line that is not a matcher's Reason as it is."""
    if not isinstance(line, Reason):
        return line
    values = dict(line.values)
    if "part" in values:
        values["part"] = str(_PARTS.get(values["part"], values["part"]))
    if line.code == "unmatched":
        count = int(values["count"])
        return ngettext(
            "%(count)s name only on one side", "%(count)s names only on one side", count
        ) % {"count": count}
    message = _MESSAGES.get(line.code)
    return str(message) % values if message is not None else str(line)


def explanation_text(lines: Iterable[str]) -> str:
    return "; ".join(reason_text(line) for line in lines)
