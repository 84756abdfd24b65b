"""What else a synthetic record says of its person: a passport number and a birthplace.

A consular registry is fed by lists of different kinds, and what a record carries besides
the name follows from its kind. The written birth date tells the kind apart (synth.py
draws it):

- a **full date** comes from a document: a consular registration, a flight manifest, a
  passport copy. Such a record carries the passport number 3 times in 4 and the birthplace
  half the time (manifests have no birthplace);
- a **year** or **no date** comes from someone's account: a hotline call, a relative, a
  partner's note. A passport number is rare there (1 in 20); a birthplace ("he is from
  Andijan") is said a third of the time (a year) or a quarter (nothing).

One person holds one passport at a time; a later record (the planted duplicate) carries the
same number 7 times in 10 and a renewed one otherwise, so a different passport number
says nothing. A written birthplace names the person's place 95 times in 100 and another
place of the same country otherwise (a town for its region, a relative's memory).

Drawn from its own random stream, after synth.build: names, dates and queries stay exactly
what they were without evidence.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.synth import _NATIONAL_LATIN, Registry, Word, _romanise_word, _russianise

# ruff: noqa: E501 - one nationality to a line

# Places of birth in the national Cyrillic spelling, "national|Russian" where the Russian
# name differs by more than the letters; most populous first (drawn with Zipf weights).
PLACES: dict[str, str] = {
    "UZ": "Тошкент|Ташкент Фарғона|Фергана Андижон|Андижан Наманган Самарқанд|Самарканд Қашқадарё|Кашкадарья Сурхондарё|Сурхандарья Бухоро|Бухара Хоразм|Хорезм Жиззах|Джизак Навоий|Навои Сирдарё|Сырдарья Нукус Қўқон|Коканд Марғилон|Маргилан Чирчиқ|Чирчик",
    "KZ": "Алматы Шымкент Астана Түркістан|Туркестан Қарағанды|Караганда Ақтөбе|Актобе Тараз Жамбыл Павлодар Семей Атырау Қостанай|Костанай Қызылорда|Кызылорда Маңғыстау|Мангистау Жезқазған|Жезказган Талдықорған|Талдыкорган",
    "KG": "Ош Бишкек Жалал-Абад|Джалал-Абад Баткен Чүй|Чуй Ысык-Көл|Иссык-Куль Нарын Талас Каракол Токмок Өзгөн|Узген Кара-Балта Кызыл-Кыя|Кызыл-Кия Балыкчы",
    "TJ": "Душанбе Хуҷанд|Худжанд Бохтар Кӯлоб|Куляб Истаравшан Панҷакент|Пенджикент Исфара Ваҳдат|Вахдат Турсунзода|Турсунзаде Хоруғ|Хорог Норак|Нурек Данғара|Дангара Ҳисор|Гиссар Шаҳритус|Шаартуз",
    "TM": "Ашхабад Мары Дашогуз Туркменабат Балканабат Теджен Байрамали Туркменбаши Сердар Гёкдепе",
    "RU": "Москва Санкт-Петербург Новосибирск Екатеринбург Казань Самара Омск Челябинск Уфа Волгоград Пермь Красноярск Воронеж Саратов Оренбург Астрахань",
}
# How a list adds the kind of place: in Russian, in the national language, in Latin.
_RUSSIAN_FRAMES: tuple[str, ...] = ("г. {}", "{} обл.")
_NATIONAL_FRAMES: dict[str, tuple[str, ...]] = {
    "UZ": ("{} вилояти", "{} шаҳри"),
    "KZ": ("{} облысы", "{} қаласы"),
    "KG": ("{} облусу", "{} шаары"),
    "TJ": ("вилояти {}", "шаҳри {}"),
}
_LATIN_FRAMES = ("{} region", "{} city", "{} oblast")
_UZ_LATIN_FRAMES = ("{} viloyati", "{} shahri")
FRAMED = 0.3

# Passport numbers: the series letters (or digits) each country prints, then digits.
_PASSPORT = {
    "UZ": (("AA", "AB", "AC", "AD", "FA"), 7),
    "KZ": (("N",), 8),
    "KG": (("AC", "ID", "AN"), 7),
    "TJ": (("40", "50"), 7),
    "TM": (("A", "I"), 7),
    "RU": (("75", "76", "77"), 7),
}

# (passport, birthplace) shares by what the record's birth date says of its source.
SHARES = {"full": (0.75, 0.5), "year": (0.05, 0.35), "none": (0.05, 0.25)}
SAME_PASSPORT_LATER = 0.7
RIGHT_PLACE = 0.95


@dataclass(frozen=True)
class RecordEvidence:
    passport: str  # as written, "" when the list has none
    birthplace: str  # as written, "" when the list has none
    place: int  # which place the written birthplace names (index in its list), -1 none


def _places(nat: str) -> list[Word]:
    out = []
    for item in PLACES[nat].split():
        national, _, russian = item.partition("|")
        out.append(Word(national, russian or _russianise(national)))
    return out


class _Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed + 2)
        self.places = {nat: _places(nat) for nat in PLACES}
        self.weights = {
            nat: [1.0 / (r + 1) ** 0.8 for r in range(len(v))] for nat, v in self.places.items()
        }
        self.issued: set[str] = set()

    def home(self, nat: str) -> int:
        return self.rng.choices(range(len(self.places[nat])), self.weights[nat])[0]

    def passport(self, nat: str) -> str:
        series, digits = _PASSPORT[nat]
        while True:
            number = self.rng.choice(series) + "".join(
                str(self.rng.randrange(10)) for _ in range(digits)
            )
            if number not in self.issued:
                self.issued.add(number)
                return number

    def place(self, nat: str, index: int, scheme: str) -> str:
        """Place ``index`` written in the record's scheme, sometimes with its kind."""
        rng = self.rng
        word = self.places[nat][index]
        if scheme == "ru":
            text, frames = word.ru, _RUSSIAN_FRAMES
        elif scheme == "nat":
            text, frames = word.nat, _NATIONAL_FRAMES.get(nat, _RUSSIAN_FRAMES)
        else:
            latin = _NATIONAL_LATIN.get(nat, "icao") if scheme == "natlat" else scheme
            source = word.nat if scheme == "natlat" else word.ru
            text = "-".join(_romanise_word(part, latin) for part in source.split("-"))
            frames = _UZ_LATIN_FRAMES if latin == "uz" else _LATIN_FRAMES
        if rng.random() < FRAMED:
            text = rng.choice(frames).format(text)
        return text


def _level(birth: str) -> str:
    return "full" if len(birth) == 10 else ("year" if birth else "none")


def evidence_for(reg: Registry, seed: int) -> list[RecordEvidence]:
    """One RecordEvidence per record of ``reg``, in the same order."""
    writer = _Writer(seed)
    rng = writer.rng
    homes: dict[int, int] = {}
    passports: dict[int, list[str]] = {}
    seen: set[int] = set()
    out = []
    for ident, rec, person in reg.records:
        if ident not in homes:
            homes[ident] = writer.home(person.nat)
            passports[ident] = [writer.passport(person.nat)]
        later = ident in seen
        seen.add(ident)
        passport_share, place_share = SHARES[_level(rec.birth)]
        passport = ""
        if rng.random() < passport_share:
            if later and rng.random() >= SAME_PASSPORT_LATER:
                if len(passports[ident]) == 1:
                    passports[ident].append(writer.passport(person.nat))
                passport = passports[ident][-1]
            else:
                passport = passports[ident][0]
        place, birthplace = -1, ""
        if rng.random() < place_share:
            place = homes[ident]
            if rng.random() >= RIGHT_PLACE:
                place = rng.randrange(len(writer.places[person.nat]))
            birthplace = writer.place(person.nat, place, rec.scheme)
        out.append(RecordEvidence(passport, birthplace, place))
    return out


if __name__ == "__main__":
    from bench.synth import build

    registry = build(60, 7, 0)
    for entry, ev in zip(registry.records, evidence_for(registry, 7), strict=True):
        record = entry[1]
        print(record.scheme, record.birth or "-", record.name, "|", ev.passport, "|", ev.birthplace)
