"""A birthplace written in any script counts for the pair when it agrees, against when not."""

from __future__ import annotations

import pytest

from homeward.people.matching.dates import PartialDate
from homeward.people.matching.places import AGREE, DIFFER, UNKNOWN, place_agreement
from homeward.people.matching.score import Evidence, match


@pytest.mark.parametrize(
    "a, b, expected",
    [
        # one place in Cyrillic, Latin and Uzbek Latin
        ("Андижан", "Andijan", AGREE),
        ("Андижан", "Andijon", AGREE),
        ("Фергана", "Farg'ona", AGREE),
        ("Ташкент", "Toshkent", AGREE),
        ("Худжанд", "Xo'jand", AGREE),
        ("Туркменабат", "Türkmenabat", AGREE),
        # Russian adjective forms against nouns
        ("Андижанская обл.", "Andijon viloyati", AGREE),
        ("Ошская область", "Osh", AGREE),
        ("Самаркандская область", "Samarqand viloyati", AGREE),
        ("Кашкадарьинская область", "Qashqadaryo viloyati", AGREE),
        # the word for region, district or town in any language changes nothing
        ("Fergana region", "Фарғона вилояти", AGREE),
        ("Алматы облысы", "Almaty oblast", AGREE),
        ("Туркестанская обл.", "Turkistan oblysy", AGREE),
        ("г. Ош", "Osh city", AGREE),
        ("Наманган", "Namangan shahri", AGREE),
        # a country alone, or nothing, says nothing
        ("Узбекистан", "Samarkand", UNKNOWN),
        ("Republic of Uzbekistan", "Ташкент", UNKNOWN),
        ("Kazakhstan", "Қазақстан", UNKNOWN),
        ("", "Andijon", UNKNOWN),
        ("область", "Osh", UNKNOWN),
        # different towns
        ("Андижан", "Наманган", DIFFER),
        ("Osh", "Bishkek", DIFFER),
        ("Бухара", "Самарканд", DIFFER),
        ("Shymkent", "Taraz", DIFFER),
        ("Нукус", "Urganch", DIFFER),
    ],
)
def test_place_agreement(a, b, expected):
    assert place_agreement(a, b) == expected
    assert place_agreement(b, a) == expected


def _pair(place_a: str, place_b: str) -> tuple[float, list[str]]:
    born = PartialDate(1987)
    result = match(
        "Каримов Ахрор",
        "Karimov Axror",
        Evidence(birth_date=born, birthplace=place_a),
        Evidence(birth_date=born, birthplace=place_b),
    )
    return result.score, result.explanation


def test_a_birthplace_in_another_script_raises_the_score_and_another_lowers_it():
    unknown, why_unknown = _pair("", "")
    same, why_same = _pair("Андижанская область", "Andijon viloyati")
    other, why_other = _pair("Андижанская область", "Namangan viloyati")
    assert other < unknown < same
    assert "birthplace equal" in why_same
    assert "birthplace differs" in why_other
    assert not any("birthplace" in line for line in why_unknown)
