"""Names of countries, peoples, cities and airports, in English and Russian.

Countries come from pycountry (every ISO 3166 name) plus the short forms news uses
("U.S.", "Russia", "США", "России"). Cities are the ones the corridor's flights, raids
and shelters name: the five Central Asian states' airports, Russia's migrant cities, the
transit and destination hubs. Each city carries its country and IATA code (TAS, UGC, …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry

from homeward.monitoring.pipeline.patterns import alternation


@dataclass(frozen=True)
class City:
    name: str
    country: str
    iata: str = ""


# (canonical name, ISO 3166-1 alpha-2, IATA, other spellings)
_CITIES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Tashkent", "UZ", "TAS", ("Toshkent", "Ташкент", "Тошкент")),
    ("Urgench", "UZ", "UGC", ("Urganch", "Ургенч", "Урганч")),
    ("Samarkand", "UZ", "SKD", ("Samarqand", "Самарканд", "Самарқанд")),
    ("Bukhara", "UZ", "BHK", ("Buxoro", "Бухара", "Бухоро")),
    ("Namangan", "UZ", "NMA", ("Наманган",)),
    ("Fergana", "UZ", "FEG", ("Farg‘ona", "Fargʻona", "Фергана")),
    ("Andijan", "UZ", "AZN", ("Andijon", "Андижан")),
    ("Nukus", "UZ", "NCU", ("Нукус",)),
    ("Termez", "UZ", "TMJ", ("Termiz", "Термез")),
    ("Karshi", "UZ", "KSQ", ("Qarshi", "Карши")),
    ("Navoi", "UZ", "NVI", ("Navoiy", "Навои")),
    ("Ashgabat", "TM", "ASB", ("Ashkhabad", "Ашхабад")),
    ("Turkmenabat", "TM", "CRZ", ("Туркменабат",)),
    ("Almaty", "KZ", "ALA", ("Алматы",)),
    ("Astana", "KZ", "NQZ", ("Астана",)),
    ("Shymkent", "KZ", "CIT", ("Шымкент",)),
    ("Aktau", "KZ", "SCO", ("Актау",)),
    ("Oral", "KZ", "URA", ("Uralsk", "Уральск")),
    ("Bishkek", "KG", "FRU", ("Бишкек",)),
    ("Osh", "KG", "OSS", ("Ош",)),
    ("Dushanbe", "TJ", "DYU", ("Душанбе",)),
    ("Khujand", "TJ", "LBD", ("Худжанд",)),
    ("Moscow", "RU", "MOW", ("Москва", "Москве", "Москву", "Москвы")),
    (
        "St Petersburg",
        "RU",
        "LED",
        (
            "St. Petersburg",
            "Saint Petersburg",
            "Санкт-Петербург",
            "Санкт-Петербурге",
            "Петербург",
            "Петербурге",
        ),
    ),
    ("Yekaterinburg", "RU", "SVX", ("Екатеринбург", "Екатеринбурге")),
    ("Novosibirsk", "RU", "OVB", ("Новосибирск", "Новосибирске")),
    ("Kazan", "RU", "KZN", ("Казань", "Казани")),
    ("Chelyabinsk", "RU", "CEK", ("Челябинск", "Челябинске")),
    ("Krasnodar", "RU", "KRR", ("Краснодар", "Краснодаре")),
    ("Samara", "RU", "KUF", ("Самара", "Самаре")),
    ("Kyiv", "UA", "KBP", ("Kiev", "Киев", "Киеве", "Київ")),
    ("Chișinău", "MD", "KIV", ("Chisinau", "Chişinău", "Кишинёв", "Кишинев", "Кишиневе")),
    ("Istanbul", "TR", "IST", ("Стамбул", "Стамбуле")),
    ("Ankara", "TR", "ESB", ("Анкара",)),
    ("Dubai", "AE", "DXB", ("Дубай",)),
    ("Seoul", "KR", "ICN", ("Сеул",)),
    ("Warsaw", "PL", "WAW", ("Варшава",)),
    ("Berlin", "DE", "BER", ("Берлин",)),
    ("London", "GB", "LHR", ("Лондон",)),
    ("New York", "US", "JFK", ("Нью-Йорк", "Нью-Йорка")),
    ("Washington", "US", "IAD", ("Вашингтон",)),
    ("Chicago", "US", "ORD", ("Чикаго",)),
    ("Los Angeles", "US", "LAX", ("Лос-Анджелес",)),
    ("Miami", "US", "MIA", ("Майами",)),
    ("San José", "CR", "SJO", ("San Jose",)),
    ("Panama City", "PA", "PTY", ("Панама-Сити",)),
    ("Riyadh", "SA", "RUH", ("Эр-Рияд",)),
    ("Doha", "QA", "DOH", ("Доха",)),
    ("Beijing", "CN", "PEK", ("Пекин",)),
    ("Urumqi", "CN", "URC", ("Урумчи",)),
)

# Short and Russian names of countries pycountry does not list as written in the news.
_COUNTRY_ALIASES: dict[str, str] = {
    "U.S.": "US",
    "US": "US",
    "USA": "US",
    "U.S.A.": "US",
    "United States": "US",
    "America": "US",
    "США": "US",
    "Russia": "RU",
    "Russian Federation": "RU",
    "Россия": "RU",
    "России": "RU",
    "Россию": "RU",
    "РФ": "RU",
    "Moldova": "MD",
    "Молдова": "MD",
    "Молдавии": "MD",
    "Turkey": "TR",
    "Türkiye": "TR",
    "Турция": "TR",
    "Турции": "TR",
    "South Korea": "KR",
    "Korea": "KR",
    "Южная Корея": "KR",
    "Южной Корее": "KR",
    "UAE": "AE",
    "ОАЭ": "AE",
    "Britain": "GB",
    "UK": "GB",
    "Iran": "IR",
    "Vietnam": "VN",
    "Syria": "SY",
    "Czech Republic": "CZ",
    "Czechia": "CZ",
    "Kyrgyzstan": "KG",
    "Kirghizia": "KG",
    "Кыргызстан": "KG",
    "Киргизия": "KG",
    "Кыргызстана": "KG",
    "Киргизии": "KG",
    "Узбекистан": "UZ",
    "Узбекистана": "UZ",
    "Узбекистане": "UZ",
    "Oʻzbekiston": "UZ",
    "O'zbekiston": "UZ",
    "Казахстан": "KZ",
    "Казахстана": "KZ",
    "Казахстане": "KZ",
    "Таджикистан": "TJ",
    "Таджикистана": "TJ",
    "Таджикистане": "TJ",
    "Туркменистан": "TM",
    "Туркменистана": "TM",
    "Туркмении": "TM",
    "Туркменистане": "TM",
    "Украина": "UA",
    "Украины": "UA",
    "Украине": "UA",
    "Украину": "UA",
    "Германия": "DE",
    "Германии": "DE",
    "Польша": "PL",
    "Польше": "PL",
    "Польши": "PL",
    "Китай": "CN",
    "Китая": "CN",
    "Китае": "CN",
    "Армения": "AM",
    "Армении": "AM",
    "Азербайджан": "AZ",
    "Азербайджана": "AZ",
    "Грузия": "GE",
    "Грузии": "GE",
    "Панама": "PA",
    "Панаму": "PA",
    "Коста-Рика": "CR",
    "Коста-Рику": "CR",
    "Laos": "LA",
    "Bolivia": "BO",
    "Venezuela": "VE",
    "Tanzania": "TZ",
}

# Peoples (adjective and plural): ISO code of the state.
_DEMONYMS: dict[str, str] = {
    "uzbek": "UZ",
    "uzbeks": "UZ",
    "kazakh": "KZ",
    "kazakhs": "KZ",
    "kazakhstani": "KZ",
    "kyrgyz": "KG",
    "kirghiz": "KG",
    "tajik": "TJ",
    "tajiks": "TJ",
    "tajikistani": "TJ",
    "turkmen": "TM",
    "turkmens": "TM",
    "russian": "RU",
    "russians": "RU",
    "ukrainian": "UA",
    "ukrainians": "UA",
    "armenian": "AM",
    "armenians": "AM",
    "azerbaijani": "AZ",
    "azerbaijanis": "AZ",
    "georgian": "GE",
    "georgians": "GE",
    "moldovan": "MD",
    "moldovans": "MD",
    "afghan": "AF",
    "afghans": "AF",
    "chinese": "CN",
    "indian": "IN",
    "indians": "IN",
    "iranian": "IR",
    "iranians": "IR",
    "nepali": "NP",
    "nepalese": "NP",
    "pakistani": "PK",
    "pakistanis": "PK",
    "turkish": "TR",
    "vietnamese": "VN",
    "venezuelan": "VE",
    "venezuelans": "VE",
    "colombian": "CO",
    "colombians": "CO",
    "ecuadorian": "EC",
    "ecuadorians": "EC",
}
# Russian stems: the word starts with the stem.
_DEMONYM_STEMS_RU: dict[str, str] = {
    "узбек": "UZ",
    "казах": "KZ",
    "кыргыз": "KG",
    "киргиз": "KG",
    "таджик": "TJ",
    "туркмен": "TM",
    "россиян": "RU",
    "армян": "AM",
    "азербайджан": "AZ",
    "грузин": "GE",
    "молдаван": "MD",
    "украинц": "UA",
}

_PYCOUNTRY_SKIP = frozenset({"Georgia", "Jordan", "Chad", "Niger", "Guinea", "Turkey"})
"""Names that are also people's names or states of the US: matched only as aliases."""


@cache
def country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(c, attr, None)
            if value and "," not in value and value not in _PYCOUNTRY_SKIP:
                names[value] = c.alpha_2
    names.update(_COUNTRY_ALIASES)
    names["Georgia"] = "GE"
    return names


@cache
def cities() -> dict[str, City]:
    found: dict[str, City] = {}
    for name, country, iata, others in _CITIES:
        city = City(name=name, country=country, iata=iata)
        for spelling in (name, *others):
            found[spelling] = city
    return found


def _alternation(names: list[str]) -> str:
    return alternation("|".join(sorted(names, key=len, reverse=True)))


@cache
def country_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.])(?:{_alternation(list(country_names()))})(?![\w])")


@cache
def city_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{_alternation(list(cities()))})(?![\w])")


@cache
def demonym_pattern() -> re.Pattern[str]:
    stems = "|".join(_DEMONYM_STEMS_RU)
    return re.compile(
        rf"\b(?:{_alternation(list(_DEMONYMS))})\b|(?<!\w)(?:{stems})[а-яё]*",
        re.IGNORECASE,
    )


def country_of(name: str) -> str:
    return country_names().get(name, "")


def demonym_country(word: str) -> str:
    lower = word.lower()
    if lower in _DEMONYMS:
        return _DEMONYMS[lower]
    for stem, code in _DEMONYM_STEMS_RU.items():
        if lower.startswith(stem):
            return code
    return ""
