"""Country names in the reader's language, for select boxes (pycountry's own catalogues)."""

from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry
from django.utils.translation import get_language


@lru_cache(maxsize=8)
def _catalogue(language: str) -> gettext.NullTranslations:
    return gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
    )


def country_name(code: str, language: str | None = None) -> str:
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    return _catalogue((language or get_language() or "en")[:2]).gettext(country.name)


def country_choices(first: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(code, name) for every country in the active language; ``first`` on top, in order."""
    language = (get_language() or "en")[:2]
    rest = sorted(
        ((c.alpha_2, country_name(c.alpha_2, language)) for c in pycountry.countries),
        key=lambda item: item[1],
    )
    top = [(code, country_name(code, language)) for code in first]
    return [*top, *(item for item in rest if item[0] not in first)]
