"""Kazakh usage: a person named by given name and father's name alone (Айқын Ойратұлы), the
Russian spellings that follow the sound (Дүйсенбаев / Дюсембаев), Kazakh Latin w for у."""

from __future__ import annotations

import pytest

from homeward.people.matching.dates import PartialDate, parse_partial_date
from homeward.people.matching.parse import Role, given_and_patronymic, parse
from homeward.people.matching.score import MATCH_THRESHOLD, Evidence, score
from homeward.people.matching.search import search_people
from homeward.people.records import record_from_fields
from homeward.people.services import people_import
from homeward.people.tests.dedupe_helpers import clusters, load


@pytest.mark.parametrize(
    "a, b",
    [
        # үй before a consonant is ю, н before б is м, in the Russian spelling
        ("ДҮЙСЕНБАЕВ Ерлан Серікұлы", "ДЮСЕМБАЕВ Ерлан Серикович"),
        ("Дүйсенбаева Гүлнар", "DYUSSEMBAEVA Gulnar"),
        ("Düisenbaev Erlan", "Дюсембаев Ерлан"),
        ("Түйтебаев Асхат", "Тютебаев Асхат"),
        # Kazakh Latin written the Turkish way: w after a vowel is у
        ("Däwletov Nurlan", "Даулетов Нурлан"),
        ("Nawrızbaeva Aigul", "Наурызбаева Айгуль"),
        # Kazakh and Kyrgyz forms of names of Arabic and Persian origin
        ("Жүсіпов Ерлан", "Юсупов Ерлан"),
        ("Zhusupov Almaz", "Юсупов Алмаз"),
        ("Асанов Жақып", "Асанов Якуб"),
        ("Асанова Патима", "Асанова Фатима"),
        ("Асанов Шыңғыс", "Chingiz Asanov"),
        ("Арман Ыбырайұлы Сейтов", "Сейтов Арман Ибрагимович"),
        # a Russian patronymic drops the й of a father's name in -ай (Жолбай, Жулпаевич)
        ("Сейтов Арман Жулпаевич", "Арман Жолбайұлы Сейтов"),
    ],
)
def test_same_person_in_kazakh_and_russian_spelling(a, b):
    assert score(a, b) >= MATCH_THRESHOLD


@pytest.mark.parametrize(
    "a, b",
    [
        ("Дүйсенбаев Ерлан", "Дүйсенбаев Ернар"),
        # only the listed names: Жанна is not Яна, nor Жуков Юков
        ("Жанна Петрова", "Яна Петрова"),
        ("Жуков Иван", "Юков Иван"),
        ("Айқын Ойратұлы", "Қоныров Айқын Серікұлы"),  # another father
        ("Айқын Ойратұлы", "Қоныров Ерлан Ойратұлы"),  # a brother
        ("Сейтов Арман Жулпаевич", "Арман Жұмабайұлы Сейтов"),
    ],
)
def test_different_people_stay_apart(a, b):
    assert score(a, b) < MATCH_THRESHOLD


def test_a_name_of_two_words_is_also_read_as_given_name_and_fathers_name():
    for text, father in [("Айқын Ойратұлы", "Ойратұлы"), ("Арман Тулешович", "Тулешович")]:
        reading = given_and_patronymic(text)
        assert reading is not None
        assert [t.role for t in reading.tokens] == [Role.GIVEN, Role.PATRONYMIC]
        assert reading.patronymic is not None and reading.patronymic.text == father
    assert given_and_patronymic("Қоныров Айқын Ойратұлы") is None
    assert given_and_patronymic("Каримов Ахрор") is None


def test_given_name_and_fathers_name_meet_the_full_name():
    day = Evidence(birth_date=PartialDate(1972, 11, 28))
    assert score("Айқын Ойратұлы", "Қоныров Айқын Ойратұлы", day, day) >= MATCH_THRESHOLD
    assert score("Айқын Ойратұлы", "KONYROV Aikyn Oiratovich") >= MATCH_THRESHOLD


@pytest.mark.django_db
def test_search_by_given_name_and_fathers_name_finds_the_person_with_a_surname():
    namesakes = [(f"n{i}", f"Aikyn {s}", "") for i, s in enumerate(["Ospanov", "Serikov"] * 5)]
    load([*namesakes, ("wanted", "Қоныров Айқын Ойратұлы", "1972-11-28")])
    hits = search_people("Айқын Ойратұлы")
    assert hits and hits[0].external_id == "wanted"
    assert "patronymic Oyratuly equal" in [str(line) for line in hits[0].explanation]


@pytest.mark.django_db
def test_a_record_without_surname_is_found_by_the_full_name():
    load([("short", "Айқын Ойратұлы", "1972"), ("other", "Қоныров Ерлан Ойратұлы", "1972")])
    hits = search_people("Қоныров Айқын Ойратұлы", birth_date=parse_partial_date("1972"))
    assert hits and hits[0].external_id == "short"


@pytest.mark.django_db
def test_kazakh_latin_w_and_a_slip_in_the_surname_still_find_the_person():
    load([("wanted", "Турлыбеков Даулет Болатович", "1963-11-18"), ("other", "Däwlet Axmetov", "")])
    hits = search_people("Däwlet Tulybekov", birth_date=parse_partial_date("1963-11-18"))
    assert hits and hits[0].external_id == "wanted"


@pytest.mark.django_db
def test_a_short_form_is_not_read_as_a_fathers_name_the_full_form_contradicts():
    wanted = record_from_fields(external_id="wanted", name="Сапарова Айгерим Ерлановна")
    # Her surname is Ерланқызы and her father Болат: her short form is no daughter of Ерлан.
    other = record_from_fields(
        external_id="other",
        name="ЕРЛАНКЫЗЫ Айгерім Болатовна",
        other_names="ЕРЛАНКЫЗЫ Айгерім",
        birth_date="1962",
    )
    people_import(actor=None, records=[wanted, other], source="test")
    hits = search_people("САПАРОВА Айгерім Ерланқызы", birth_date=parse_partial_date("1962"))
    assert [h.external_id for h in hits][:1] == ["wanted"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "registered, query", [("Жүсіпов Ерлан", "Юсупов Ерлан"), ("Юсупов Ерлан", "Жүсіпов Ерлан")]
)
def test_kazakh_and_russian_forms_of_a_name_find_each_other(registered, query):
    namesakes = [(f"n{i}", f"Ерлан {s}", "") for i, s in enumerate(["Асанов", "Сейтов"] * 5)]
    load([*namesakes, ("wanted", registered, "1980")])
    hits = search_people(query, birth_date=parse_partial_date("1980"))
    assert hits and hits[0].external_id == "wanted"


@pytest.mark.parametrize("name", ["Сабырова Айсұлу", "SABYROVA AYSULU", "Aisuluu Sabyrova"])
def test_a_womans_name_in_sulu_is_her_given_name_not_a_fathers_name(name):
    assert sorted(t.role.name for t in parse(name).tokens) == ["GIVEN", "SURNAME"]
    # The Kyrgyz "son of" is written with a doubled u, attached or not.
    for kyrgyz in ["Алтынбек Жунусуулу", "Altynbek Zhunus uulu"]:
        assert parse(kyrgyz).patronymic is not None


@pytest.mark.django_db
def test_dedupe_links_an_aisulu_whose_fathers_name_has_a_slip():
    load([("short", "SABYROVA AYSULU", "1990"), ("full", "Сабырова Айсулу Муратовн", "1990-05-03")])
    assert clusters() == [["full", "short"]]
