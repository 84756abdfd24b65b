"""A Ukrainian or Belarusian form of a given name (Mykola, Мікалай) is the Russian one
(Николай) to the matcher: on a Ukrainian passport, a Belarusian list, a Russian form."""

from __future__ import annotations

from pathlib import Path

import pytest

from homeward.people.matching.keys import text_keys
from homeward.people.matching.score import match_written
from homeward.people.tests.name_helpers import mispredicted, search_registry

SAME_PERSON = [
    ("Олександр Петренко", "Александр Петренко"),  # Ukrainian Cyrillic
    ("Mykola Petrenko", "Петренко Николай"),  # Ukrainian Latin
    ("Olexandr Petrenko", "Петренко Александр"),  # Latin x is ks
    ("Hryhoriy Kovalenko", "Коваленко Григорий"),  # г is h in Ukrainian Latin
    ("Olha Kovalenko", "Коваленко Ольга"),
    ("Hanna Kovalenko", "Коваленко Анна"),
    ("Коваленко Тетяна Володимирівна", "Коваленко Татьяна Владимировна"),
    ("Петренко Олена Миколаївна", "Петренко Елена Николаевна"),  # a daughter's patronymic
    ("Сидоренко Василь Олексійович", "Сидоренко Василий Алексеевич"),
    ("Аляксандр Мікалаевіч Сідарэнка", "Александр Николаевич Сидоренко"),  # Belarusian
    ("Yauhen Sidarenka", "Сидоренко Евгений"),  # Belarusian Latin: ў is u, г is h
    ("Уладзімір Рыгоравіч Сідарэнка", "Сидоренко Владимир Григорьевич"),
    ("Сідарэнка Таццяна Уладзіміраўна", "Сидоренко Татьяна Владимировна"),
    ("Аляксей Ярмалковіч", "YARMOLKOVICH ALEKSEI"),  # -овіч of two words is the surname
    ("Пятро Іванавіч Лявоненка", "LEONENKO PETR"),  # Belarusian я for е, а for о
    ("Сцяпан Дзенісенка", "Денисенко Степан"),  # дз for д, ц for т before a soft vowel
    ("Barys Kazlou", "Козлов Борис"),  # Belarusian Latin -ou for -оў
    ("Алена Пятроўна Каваленка", "Коваленко Елена Петровна"),  # Belarusian Алена is Елена
    ("Альона Ковальова", "Ковалёва Алёна"),  # Ukrainian ьо is ё
]

NOT_THE_SAME = [
    ("Олександр Петренко", "Алексей Петренко"),  # Aleksandr and Aleksei are two names
    ("Mykola Petrenko", "Петренко Михаил"),
    ("Петренко Олена Миколаївна", "Петренко Елена Александровна"),  # another father
    ("Надия Каримова", "Надежда Каримова"),  # Nadiya is a name of its own in the corridor
    ("Панова Алёна Игоревна", "Панова Елена Игоревна"),  # Алёна is Елена only in Belarusian
]


def test_ukrainian_and_belarusian_forms_are_scored_as_the_same_person(tmp_path: Path) -> None:
    assert mispredicted(tmp_path, SAME_PERSON, same=True) == []


def test_other_names_and_other_fathers_stay_apart(tmp_path: Path) -> None:
    assert mispredicted(tmp_path, NOT_THE_SAME, same=False) == []


def test_the_explanation_says_it_is_one_name_in_two_languages() -> None:
    result = match_written("Mykola Petrenko", "Петренко Николай")
    assert "given name Mykola / Nikolay: one name in two languages" in result.explanation


def test_the_closer_spelling_of_one_name_scores_higher() -> None:
    """Aleksandr is Аляксандр and Аляксандар alike; the closer spelling ranks first."""
    closer = match_written("Aleksandr Lyavonenka", "Аляксандр Лявоненка")
    further = match_written("Aleksandr Lyavonenka", "Аляксандар Лявоненка")
    assert closer.same and further.same
    assert closer.logit > further.logit


@pytest.mark.django_db
def test_a_ukrainian_caller_finds_the_person_registered_in_russian() -> None:
    registry = [
        ("nikolai", "Петренко Николай Иванович", "1975"),
        ("mikhail", "Петренко Михаил Иванович", "1975"),
        ("nikita", "Петрухин Никита", "1975"),
    ]
    hits = search_registry(registry, "Mykola Ivanovych Petrenko")
    assert hits and hits[0].external_id == "nikolai" and hits[0].score >= 0.5
    assert [h.external_id for h in hits if h.score >= 0.5] == ["nikolai"]
    # They share the whole-name key, which search ranks by among many namesakes (keys.py).
    shared = text_keys("Mykola Petrenko") & text_keys("Петренко Николай")
    assert any(key.startswith("n:") for key in shared)
