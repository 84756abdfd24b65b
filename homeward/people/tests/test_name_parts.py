"""Surname, given name and patronymic found in any order."""

from __future__ import annotations

import pytest

from homeward.people.matching.normalize import clean, script_of
from homeward.people.matching.parse import Role, parse


def roles(name: str) -> list[tuple[str, Role]]:
    return [(t.text, t.role) for t in parse(name).tokens]


def test_russian_official_order():
    assert roles("Жапаров Садыр Нурланович") == [
        ("Жапаров", Role.SURNAME),
        ("Садыр", Role.GIVEN),
        ("Нурланович", Role.PATRONYMIC),
    ]


def test_kazakh_order_given_patronymic_surname():
    assert [r for _, r in roles("Нұрлан Әбдіжапарұлы Жазылбеков")] == [
        Role.GIVEN,
        Role.PATRONYMIC,
        Role.SURNAME,
    ]


@pytest.mark.parametrize(
    "name", ["Asylbek Sharip uulu", "Shavkat Miromon oʻgʻli", "Aida Kurmanbek kyzy"]
)
def test_separate_patronymic_words_join_the_patronymic(name):
    parsed = parse(name)
    assert parsed.patronymic is not None
    assert len(parsed.tokens) == 2


def test_lyubov_is_a_given_name_not_an_ov_surname():
    assert roles("Лапина Любовь Артуровна")[:2] == [
        ("Лапина", Role.SURNAME),
        ("Любовь", Role.GIVEN),
    ]


def test_surname_before_comma_and_in_capitals():
    assert roles("Геллерт, Наталья")[0][1] is Role.SURNAME
    assert roles("Nurlan ABDIROV")[1][1] is Role.SURNAME


def test_stem_meets_rahmon_and_rahmonov():
    assert parse("Rahmon").tokens[0].stem == parse("Rakhmonov").tokens[0].stem


def test_glued_words_are_split():
    assert len(parse("BALIEVA ZagipaYahyanovna").tokens) == 3


@pytest.mark.parametrize(
    "text", ["", "   ", "\x00\x00", "😀🙂", "1234", "!!!", "x" * 2000, "Ахрор\x00 Бурханов😀"]
)
def test_bad_input_never_raises(text):
    parsed = parse(text)
    assert len(parsed.raw) >= 0
    assert len(clean(text)) <= 200


def test_look_alike_latin_letter_inside_cyrillic_word():
    assert clean("Cерік") == "Серік"
    assert script_of("Серік") == "cyrillic"
    assert script_of("Asangazyқyzy") == "mixed"


def test_a_given_name_in_guly_before_a_russian_patronymic_is_the_given_name():
    assert roles("БЕРДЫМУХАМЕДОВ Гурбангулы Оразович") == [
        ("БЕРДЫМУХАМЕДОВ", Role.SURNAME),
        ("Гурбангулы", Role.GIVEN),
        ("Оразович", Role.PATRONYMIC),
    ]


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("Кемелқызы Ақмарал", "Кемелқызы"),
        ("Akmaral Kemelkyzy", "Kemelkyzy"),
        ("Серікұлы Нұрлан", "Серікұлы"),
        ("YARMOLKOVICH Larisa", "YARMOLKOVICH"),
        ("Аляксей Ярмалковіч", "Ярмалковіч"),
        ("Petar Jarmolković", "Jarmolković"),
    ],
)
def test_of_two_words_one_in_kyzy_uly_or_ovich_is_the_family_name(name, family):
    """Many Kazakhs took -ұлы / -қызы as a family name, and -ович / -евич is a Belarusian,
    Serbian or Polish one: "Кемелқызы Ақмарал" and "Akmaral Kemelkyzy", "YARMOLKOVICH
    Larisa" and "Ярмолкович Лариса" must keep a surname to meet each other."""
    assert (family, Role.SURNAME) in roles(name)
    assert all(role is not Role.PATRONYMIC for _, role in roles(name))


def test_of_two_words_a_womans_patronymic_stays_a_patronymic():
    assert roles("Лариса Николаевна") == [("Лариса", Role.GIVEN), ("Николаевна", Role.PATRONYMIC)]


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("Каримова Зарина", "Каримова"),
        ("Zarina Karimova", "Karimova"),
        ("Каримов Салахиддин Ахмедович", "Каримов"),
        ("Nuriddin Saidov", "Saidov"),
        ("Нигина Алишерпур", "Алишерпур"),
        ("Парвизиён Исмоил", "Парвизиён"),
        ("Ismoil Parviziyon", "Parviziyon"),
        # a root of two letters and -иев: the ending is read after the root
        ("Алиев Рустам Мусаевич", "Алиев"),
        ("Малика Алиева", "Алиева"),
    ],
)
def test_the_surname_is_found_beside_a_given_name_with_a_surname_like_ending(name, family):
    """Зарина, Нигина, Салахиддин end as -ина/-ин surnames do; the word with a surname's
    own ending (-ов, -зода, Tajik -пур and -иён) is the family name."""
    assert (family, Role.SURNAME) in roles(name)


def test_tajik_iyon_surname_has_one_stem_in_cyrillic_and_latin():
    assert parse("Парвизиён Исмоил").tokens[0].stem == parse("Parviziyon Ismoil").tokens[0].stem
    stems = {parse(word).tokens[0].stem for word in ("Алишерпур", "Alisherpur", "Алишеров")}
    assert len(stems) == 1


def test_a_short_word_is_not_a_surname_for_its_ending():
    assert roles("Лев Толстой")[0] != ("Лев", Role.SURNAME)
