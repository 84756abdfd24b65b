"""East Slavic given names in their Ukrainian and Belarusian forms, read as the Russian one.

One man is Николай on a Russian form, Микола (Mykola) in his Ukrainian passport and Мікалай
(Mikalai) in a Belarusian one; his daughter is Николаевна, Миколаївна, Мікалаеўна. These
are not spellings of one word that a transliteration or an edit distance could bring
together (Олександр and Александр differ in two letters of eight, Ганна and Анна in their
first sound), but one name in three languages, so they are listed here: a table of names,
as a nickname table is, not a rule of letters.

Only the names whose forms differ are of use; a form that would also be a name of its own
in the corridor is left out (Надія, Nadiya, is also the Tatar and Uzbek Nadiya, not
Надежда; Belarusian Алена is also Russian Алёна, a name of its own today, so it is read as
Елена only in a Belarusian text, parse._BELARUSIAN_AS_RUSSIAN).
"""

from __future__ import annotations

from collections.abc import Iterator

# One family per line: the Russian, Ukrainian and Belarusian forms of a given name
# (alternatives joined by "/"), then, after ":", the same three for the father's name
# (men's lines only; a daughter's form is derived by _FEMININE).
_MEN = """
Александр Олександр Аляксандр/Аляксандар : Александрович Олександрович Аляксандравіч
Алексей Олексій Аляксей : Алексеевич Олексійович Аляксеевіч
Анатолий Анатолій Анатоль : Анатольевич Анатолійович Анатолевіч
Андрей Андрій Андрэй : Андреевич Андрійович Андрэевіч
Аркадий Аркадій Аркадзь : Аркадьевич Аркадійович Аркадзевіч
Валентин Валентин Валянцін : Валентинович Валентинович Валянцінавіч
Валерий Валерій Валерый : Валерьевич Валерійович Валер'евіч
Василий Василь Васіль : Васильевич Васильович Васілевіч
Вадим Вадим Вадзім : Вадимович Вадимович Вадзімавіч
Виктор Віктор Віктар : Викторович Вікторович Віктаравіч
Виталий Віталій Віталь : Витальевич Віталійович Віталевіч
Владимир Володимир Уладзімір/Уладзімер : Владимирович Володимирович Уладзіміравіч
Владислав Владислав Уладзіслаў : Владиславович Владиславович Уладзіслававіч
Всеволод Всеволод Усевалад : Всеволодович Всеволодович Усеваладавіч
Вячеслав В'ячеслав Вячаслаў : Вячеславович В'ячеславович Вячаслававіч
Геннадий Геннадій Генадзь : Геннадьевич Геннадійович Генадзевіч
Георгий Георгій Георгій : Георгиевич Георгійович Георгіевіч
Григорий Григорій Рыгор : Григорьевич Григорович Рыгоравіч
Даниил Данило Данііл : Даниилович Данилович Даніілавіч
Дмитрий Дмитро Дзмітрый : Дмитриевич Дмитрович Дзмітрыевіч
Евгений Євген Яўген : Евгеньевич Євгенович Яўгенавіч
Ефим Юхим Яўхім : Ефимович Юхимович Яўхімавіч
Игорь Ігор Ігар : Игоревич Ігорович Ігаравіч
Иосиф Йосип Іосіф : Иосифович Йосипович Іосіфавіч
Кирилл Кирило Кірыла : Кириллович Кирилович Кірылавіч
Константин Костянтин Канстанцін : Константинович Костянтинович Канстанцінавіч
Леонид Леонід Леанід : Леонидович Леонідович Леанідавіч
Матвей Матвій Мацвей : Матвеевич Матвійович Мацвеевіч
Михаил Михайло Міхаіл : Михайлович Михайлович Міхайлавіч
Николай Микола Мікалай : Николаевич Миколайович Мікалаевіч
Олег Олег Алег : Олегович Олегович Алегавіч
Павел Павло Павел : Павлович Павлович Паўлавіч
Пётр Петро Пятро : Петрович Петрович Пятровіч
Семён Семен Сямён : Семёнович Семенович Сямёнавіч
Сергей Сергій Сяргей : Сергеевич Сергійович Сяргеевіч
Станислав Станіслав Станіслаў : Станиславович Станіславович Станіслававіч
Степан Степан Сцяпан : Степанович Степанович Сцяпанавіч
Тимофей Тимофій Цімафей : Тимофеевич Тимофійович Цімафеевіч
Фёдор Федір Фёдар : Фёдорович Федорович Фёдаравіч
Юрий Юрій Юрый : Юрьевич Юрійович Юр'евіч
Яков Яків Якаў : Яковлевич Якович Якаўлевіч
Ярослав Ярослав Яраслаў : Ярославович Ярославович Яраслававіч
"""

_WOMEN = """
Александра Олександра Аляксандра
Анна Ганна Ганна
Валентина Валентина Валянціна
Вера Віра Вера
Евгения Євгенія Яўгенія
Екатерина Катерина Кацярына
Елена Олена -
Ольга Ольга Вольга
Светлана Світлана Святлана
Татьяна Тетяна Таццяна
"""

# A daughter's father's name from a son's, per language (Russian, Ukrainian, Belarusian):
# Николаевич → Николаевна, Миколайович → Миколаївна, Мікалаевіч → Мікалаеўна.
_FEMININE: tuple[tuple[tuple[str, str], ...], ...] = (
    (("ович", "овна"), ("евич", "евна")),
    (("йович", "ївна"), ("ьович", "івна"), ("ович", "івна")),
    (("авіч", "аўна"), ("евіч", "еўна"), ("овіч", "оўна")),
)


def _forms(cell: str) -> list[str]:
    return [] if cell == "-" else cell.split("/")


def _spelled(form: str, language: int) -> set[str]:
    """The form, and as those languages' Latin writes it: a Ukrainian or Belarusian г is h
    (Hanna, Olha, Hryhoriy: the form with х, which the fold reads as that h), a Belarusian ў
    is u (Yauhen, Uladzislau)."""
    forms = {form}
    if language:
        forms |= {f.replace("г", "х").replace("Г", "Х") for f in forms}
    if language == 2:
        forms |= {f.replace("ў", "у") for f in forms}
    return forms


def _feminine(patronymic: str, language: int) -> str:
    for male, female in _FEMININE[language]:
        if patronymic.endswith(male):
            return patronymic[: -len(male)] + female
    return patronymic


def _families(block: str) -> Iterator[list[list[str]]]:
    for line in block.strip().splitlines():
        yield [_forms(cell) for cell in line.replace(":", " ").split()]


def given_names() -> Iterator[tuple[str, str]]:
    """(Russian form, another form of the same name) for every listed given name."""
    for block in (_MEN, _WOMEN):
        for cells in _families(block):
            russian = cells[0][0]
            for language, forms in enumerate(cells[:3]):
                for form in forms:
                    for spelled in _spelled(form, language):
                        yield russian, spelled


def patronymics() -> Iterator[tuple[str, str]]:
    """(Russian father's name, another form of it): a son's and a daughter's, every language."""
    for cells in _families(_MEN):
        if not cells[3]:
            continue
        russian = cells[3][0]
        for language, forms in enumerate(cells[3:6]):
            for form in forms:
                for spelled in _spelled(form, language):
                    yield russian, spelled
                    yield russian, _feminine(spelled, language)


# Kazakh and Kyrgyz forms of names of Arabic and Persian origin: an initial y is ж (Жүсіп,
# Жусуп / Юсуп), f is п (Патима / Фатима), an initial a takes ғ (Ғабдулла / Абдулла), a
# cluster takes a vowel (Ыбырай / Ибрагим). These are not letter rules: Жанна is not Яна,
# Павел no Фавел. The Russian form first; a name's surnames and fathers' names (Жүсіпов,
# Жақыпұлы) follow from its stem. Compared beside the form as written (parse._other_stems),
# never instead of it: other spellings of the Kazakh form (Jaqyp, Zhakyp) meet it as written.
_TURKIC = """
Юсуп Жүсіп Жусуп Жүсүп
Якуб Жақып Жакып Жакуп
Юнус Жүніс Жунус Жүнүс
Фатима Патима Пәтима
Файзулла Пайзулла Пайзолла
Фархат Пархат
Абдулла Ғабдулла Ғабдолла
Али Ғали
Чингиз Шыңғыс Чыңгыз
Ибрагим Ыбырай Ыбрай Ибрай
Исмаил Ысмайыл Смағұл
"""


def turkic_names() -> Iterator[tuple[str, str]]:
    """(Russian form, a Kazakh or Kyrgyz form of the same name) for every listed name."""
    for line in _TURKIC.strip().splitlines():
        russian, *others = line.split()
        for other in others:
            yield russian, other
