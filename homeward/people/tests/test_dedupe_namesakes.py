"""Batch dedupe among many namesakes: dates decide, a common bare name is not evidence."""

from __future__ import annotations

import pytest

from homeward.people.matching.dedupe import namesake_penalty
from homeward.people.records import record_from_fields
from homeward.people.services import people_import
from homeward.people.tests.dedupe_helpers import clusters, load

pytestmark = pytest.mark.django_db

FATHERS = ["Рустам", "Тимур", "Азиз", "Бобур", "Анвар", "Нодир", "Акмал", "Икром", "Жасур"]


def namesakes(n: int) -> list[tuple[str, str, str]]:
    return [
        (f"n{i}", f"Каримов Ахрор {FATHERS[i % 9]}ович", f"{1950 + i % 50}-{1 + i % 12:02d}-03")
        for i in range(n)
    ]


def test_one_person_twice_among_namesakes_is_found():
    load([*namesakes(60), ("dup", "KARIMOV AKHROR", "1950-01-03")])
    assert ["dup", "n0"] in clusters()


def test_two_full_birth_dates_that_differ_are_two_persons():
    load([("a", "Жапаров Садыр", "1968-12-06"), ("b", "Zhaparov Sadyr", "1968-12-07")])
    assert clusters() == []


def test_a_bare_common_name_without_a_date_is_linked_to_nobody():
    load([*namesakes(60), ("bare", "KARIMOV AKHROR", "")])
    assert not any("bare" in c for c in clusters())


def test_a_slip_in_the_first_letters_still_meets_its_duplicate():
    load([("a", "Бурханов Фаррух Ботирович", "1977-12-11"), ("b", "BURKHANOV Farlukh", "1977")])
    assert clusters() == [["a", "b"]]


def test_the_namesake_penalty_grows_with_how_common_the_name_is():
    assert namesake_penalty(1, 0) == 0
    assert namesake_penalty(500, 0) > namesake_penalty(50, 0) > 0
    assert namesake_penalty(500, 2) == 0  # the same day of birth leaves one candidate


def test_patronymics_that_differ_are_not_cancelled_by_equal_names_and_year():
    load(
        [
            ("a", "Ахметов Марат Нурланович", "1971"),
            ("b", "AKHMETOV Marat Serikovich", "1971-07-14"),
        ]
    )
    assert clusters() == []


def test_another_recorded_sex_is_another_person():
    records = [
        record_from_fields(
            external_id="a", name="Usmanova Nodira", birth_date="1980", sex="female"
        ),
        record_from_fields(external_id="b", name="Usmanov Nodir", birth_date="1980", sex="male"),
    ]
    people_import(actor=None, records=records, source="test")
    assert clusters() == []


def test_an_undated_bare_name_is_left_for_review():
    load([("a", "Бурханов Фаррух Ботирович", "1977-12-11"), ("b", "BURKHANOV Farrukh", "")])
    assert clusters() == []


def test_an_undated_record_whose_father_s_name_agrees_and_has_no_namesake_is_linked():
    load(
        [
            ("a", "Бурханов Фаррух Ботирович", "1977-12-11"),
            ("b", "BURKHANOV Farrukh Botirovich", ""),
            ("other", "Бурханов Фаррух Анварович", "1990-02-02"),
        ]
    )
    assert clusters() == [["a", "b"]]


def test_an_undated_record_is_not_linked_when_namesakes_of_any_age_could_be_it():
    load([*namesakes(60), ("undated", "KARIMOV AKHROR RUSTAMOVICH", "")])
    assert not any("undated" in c for c in clusters())


def test_fathers_names_that_only_look_alike_do_not_link_an_undated_record():
    load(
        [
            ("a", "Гаврилов Вадим Владиславович", "1956-11-09"),
            ("b", "GAVRILOV Vadim Stanislavovich", ""),
        ]
    )
    assert clusters() == []


def test_a_bare_name_and_a_year_are_not_enough_when_another_namesake_was_born_that_year():
    rows = [(f"n{i}", "Каримов Ахрор", f"{1950 + i}") for i in range(12)]
    load([*rows, ("other", "Ахрор Каримов", "1950-08-17"), ("dup", "KARIMOV AKHROR", "1950-05-05")])
    assert not any("dup" in c for c in clusters())


def test_a_bare_name_and_a_year_no_other_namesake_shares_are_enough():
    rows = [(f"n{i}", "Каримов Ахрор", f"{1951 + i}") for i in range(6)]
    load([*rows, ("dup", "KARIMOV AKHROR", "1963-05-05"), ("a", "Каримов Ахрор", "1963")])
    assert ["a", "dup"] in clusters()


def test_a_father_s_name_that_agrees_outweighs_a_few_namesakes_born_that_year():
    rows = [(f"n{i}", f"Каримов Ахрор {FATHERS[i]}ович", f"1970-0{i + 1}-11") for i in range(3)]
    load(
        [
            *rows,
            ("a", "Каримов Ахрор Жасурович", "1970"),
            ("b", "KARIMOV Akhror Zhasurovich", "1970-09-09"),
        ]
    )
    assert ["a", "b"] in clusters()


def test_surnames_one_suffix_apart_are_two_names_not_a_slip():
    load(
        [
            ("a", "Исроилова Дилноза Бахтиёр қизи", "1992-05-05"),
            ("b", "ИСРОИЛЖОНОВА Дилноза", "1992"),
        ]
    )
    assert clusters() == []


def test_a_rare_bare_name_and_a_year_are_enough():
    load([("a", "Бурханов Фаррух", "1977-12-11"), ("b", "BURKHANOV FARRUKH", "1977")])
    assert clusters() == [["a", "b"]]


def test_a_slip_among_very_many_namesakes_still_meets_its_duplicate_born_the_same_day():
    """The slip leaves the pair only a short key that 160 namesakes share: a block too
    large to try every pair of a year, but the same full birth date is still rare in it."""
    load(
        [
            *namesakes(160),
            ("a", "Каримов Ахрор Жасурович", "1999-12-28"),
            ("b", "KARIMOV AKHOROR", "1999-12-28"),
        ]
    )
    assert ["a", "b"] in clusters()


def test_a_slip_in_one_part_meets_its_duplicate_born_that_year_in_a_crowded_short_key():
    """160 Daurens Nurov share the short heads "Нур…, Дау…" with Нурланов Даулет and his
    slip NURANOV: too many to pair by year, but the intact part (Daulet, whole) and the
    other's first letters still make a key of their own."""
    crowd = [
        (f"f{i}", "Нуров Даурен", f"{1940 + i % 60}-0{1 + i % 9}-1{i % 10}") for i in range(160)
    ]
    load(
        [
            *crowd,
            ("a", "Нурланов Даулет Бакытович", "1955-12-21"),
            ("b", "NURANOV DAULET", "1955"),
        ]
    )
    assert ["a", "b"] in clusters()


@pytest.mark.parametrize(
    "a, b",
    [
        # a slip in the first letters of a short part: no head of it is left to key
        (("Сабиров Шерзод Бахтиёрович", "1981-04-12"), ("SBIROV SHERZOD", "1981")),
        (("Бообеков Эрмек Садырбекович", "1955-02-07"), ("BOOBEKOV EMEK", "1955")),
    ],
)
def test_a_slip_at_the_head_of_a_short_part_meets_its_duplicate_born_that_year(a, b):
    """The intact part whole and the slipped part's last letters make a key of their own
    (``v:``), where heads of both parts, and the tail beside a head, are lost or crowded."""
    load([("a", *a), ("b", *b)])
    assert clusters() == [["a", "b"]]


def test_swapped_surname_and_given_name_are_two_persons():
    """Pavel Arkadiev is not Arkadii Pavlov, though each name part has its match."""
    load([("a", "PAVLOV ARKADII", "1968-06-14"), ("b", "Аркадиев, Павел", "1968")])
    assert clusters() == []


def test_a_slipped_surname_beside_a_given_name_in_ina_is_not_a_swap():
    """IZZATBOEA ZARINA reads Zarina as the surname (-ина), since the slip took the real
    surname's ending; that is no sign that the two names swap their parts."""
    load([("a", "Иззатбоева Зарина", "1990-05-14"), ("b", "IZZATBOEA ZARINA", "1990")])
    assert clusters() == [["a", "b"]]


def test_the_same_name_in_another_order_is_still_one_person():
    load([("a", "Жапаров Садыр", "1968-12-06"), ("b", "Sadyr ZHAPAROV", "1968")])
    assert clusters() == [["a", "b"]]


def test_namesakes_without_a_birth_date_do_not_stop_a_pair_born_the_same_year():
    """An undated "Бурханов Фаррух" is a rival of a pair born in 1977 only if he was born in
    1977 too: about one chance in sixty, not a certainty."""
    undated = [(f"u{i}", "Бурханов Фаррух", "") for i in range(3)]
    load(
        [
            *undated,
            ("a", "Бурханов Фаррух Ботирович", "1977-12-11"),
            ("b", "BURKHANOV FARRUKH", "1977"),
        ]
    )
    assert ["a", "b"] in clusters()


def test_a_bare_name_and_a_year_are_not_enough_when_the_name_is_very_common():
    """Forty Akhror Karimovs of other years say that several are likely born in any one
    year, whether or not the registry holds them."""
    rows = [
        (f"n{i}", f"Каримов Ахрор {FATHERS[i % 9]}ович", f"{1940 + i}-03-0{1 + i % 9}")
        for i in range(40)
    ]
    load([*rows, ("a", "Каримов Ахрор", "1990-05-05"), ("dup", "KARIMOV AKHROR", "1990")])
    assert not any("dup" in c for c in clusters())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Атагелдиева Артыкгул Байрамовна", "Artykglu Atageldieva"),  # two letters swapped
        ("Тошпўлатбоев Ильхом Хасанович", "TASHPULATBOEV ILKHOM"),  # Uzbek and Russian vowels
        ("Кубатжанова Бермет Уланбековна", "Kubatjanova Bermet"),  # т+ж as tj
    ],
)
def test_spellings_that_differ_only_by_scheme_or_one_slip_are_linked_on_a_name_and_a_year(a, b):
    load([("a", a, "1994-12-22"), ("b", b, "1994")])
    assert clusters() == [["a", "b"]]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Милова Ирина Сергеевна", "Елена Милова"),  # е/и are not scheme vowels
        ("ONGARKYZY AIGUL", "Айгүл Оңғарова"),  # another family-name form of one root
        ("Фаррухбекиён Мунира", "FARRUKHBEKOVA MUNIRA"),
    ],
)
def test_a_name_and_a_year_do_not_link_another_name_or_another_family_name_form(a, b):
    load([("a", a, "1978-10-12"), ("b", b, "1978")])
    assert clusters() == []


def test_another_family_name_form_is_linked_when_the_birth_date_is_the_same():
    load([("a", "ONGARKYZY AIGUL", "1978-10-12"), ("b", "Айгүл Оңғарова", "1978-10-12")])
    assert clusters() == [["a", "b"]]
