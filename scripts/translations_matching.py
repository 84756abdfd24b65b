"""Russian and Uzbek (Latin) for the matcher's explanations (``people/reasons.py``).

msgid, or "context\x04msgid" for a pgettext entry: (Russian, Uzbek Latin).
"""

from __future__ import annotations

T: dict[str, tuple[str, str]] = {
    "name part\x04surname": ("фамилия", "familiya"),
    "name part\x04given name": ("имя", "ism"),
    "name part\x04patronymic": ("отчество", "otasining ismi"),
    "name part\x04name": ("часть имени", "ism qismi"),
    "%(part)s %(name)s equal": ("%(part)s %(name)s совпадает", "%(part)s %(name)s bir xil"),
    "%(part)s %(name)s equal after transliteration": (
        "%(part)s %(name)s совпадает после транслитерации",
        "%(part)s %(name)s transliteratsiyadan keyin bir xil",
    ),
    "%(part)s %(a)s / %(b)s: same stem": (
        "%(part)s %(a)s / %(b)s: одна основа",
        "%(part)s %(a)s / %(b)s: oʻzagi bir xil",
    ),
    "%(part)s %(a)s / %(b)s: one name in two languages": (
        "%(part)s %(a)s / %(b)s: одно имя на двух языках",
        "%(part)s %(a)s / %(b)s: bir ism ikki tilda",
    ),
    "%(part)s %(a)s ≈ %(b)s": ("%(part)s %(a)s ≈ %(b)s", "%(part)s %(a)s ≈ %(b)s"),
    "%(part)s %(a)s / %(b)s differ": (
        "%(part)s %(a)s / %(b)s различаются",
        "%(part)s %(a)s / %(b)s farq qiladi",
    ),
    "birth date equal": ("дата рождения совпадает", "tugʻilgan sana bir xil"),
    "birth date agrees as far as known": (
        "дата рождения совпадает в известной части",
        "tugʻilgan sana maʼlum qismida mos",
    ),
    "birth date nearly agrees": ("дата рождения почти совпадает", "tugʻilgan sana deyarli mos"),
    "birth date differs": ("дата рождения различается", "tugʻilgan sana farq qiladi"),
    "same document number": ("тот же номер документа", "hujjat raqami bir xil"),
    "national identity numbers differ": (
        "личные идентификационные номера различаются",
        "shaxsiy identifikatsiya raqamlari farq qiladi",
    ),
    "birthplace equal": ("место рождения совпадает", "tugʻilgan joyi bir xil"),
    "birthplace differs": ("место рождения различается", "tugʻilgan joyi farq qiladi"),
    "sex differs": ("пол различается", "jinsi farq qiladi"),
}

PLURALS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "%(count)s name only on one side": (
        (
            "%(count)s часть имени только с одной стороны",
            "%(count)s части имени только с одной стороны",
            "%(count)s частей имени только с одной стороны",
            "%(count)s части имени только с одной стороны",
        ),
        ("%(count)s ta ism qismi faqat bir tomonda",),
    ),
}
