"""Russian and Uzbek (Latin) catalogues are complete and compiled; pages really switch language."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse

LOCALE = Path(settings.BASE_DIR) / "homeward" / "locale"
LANGUAGES = ["ru", "uz"]


def catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete(language):
    po = catalogue(language)
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, untranslated
    assert not fuzzy, fuzzy


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_source(language):
    po = catalogue(language)
    mo = polib.mofile(str(LOCALE / language / "LC_MESSAGES" / "django.mo"))
    compiled = {(e.msgctxt, e.msgid): e.msgstr for e in mo}
    stale = [
        e.msgid for e in po.translated_entries() if compiled.get((e.msgctxt, e.msgid)) != e.msgstr
    ]
    assert not stale, f"run `make messages`: {stale[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    import re

    for entry in catalogue(language).translated_entries():
        wanted = sorted(re.findall(r"%\(\w+\)[sd]", entry.msgid))
        texts = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for text in texts:
            assert sorted(re.findall(r"%\(\w+\)[sd]", text)) == wanted, entry.msgid


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language, words", [("uz", "Vakolat hududi"), ("ru", "Юрисдикция"), ("en", "Jurisdiction")]
)
def test_home_page_in_each_language(client, consul_moscow, language, words):
    client.force_login(consul_moscow)
    client.post(reverse("set_language"), {"language": language, "next": "/"})
    html = client.get(reverse("home")).content.decode()
    assert words in html
    assert f'<html lang="{language}">' in html


@pytest.mark.django_db
def test_login_page_switches_language_before_signing_in(client):
    response = client.post(reverse("set_language"), {"language": "uz", "next": "/login/"})
    assert response.status_code == 302
    assert "Elektron pochta manzili" in client.get(reverse("accounts:login")).content.decode()
