"""A synthetic registry of Central Asian people, written the many ways real lists write them.

Independent of ``homeward.people.matching``: its own name lists (common given names and
surname stems, assembled for this benchmark; no real person's list), its own letter tables
for each romanisation scheme, its own typos. Deterministic for a seed.

A *person* is an identity (nationality, sex, surname, given name, father's name, birth
date); a *record* is how one list wrote that person. The registry holds one record per
person, and for a few persons a second record with other spellings (a planted duplicate).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import accumulate

# ruff: noqa: E501 - the name lists read best one nationality to a block

# Names in the national Cyrillic spelling; "national|Russian" where the Russian spelling of
# the name differs by more than the letters (Исмоил / Исмаил, Айгүл / Айгуль).
NAMES: dict[str, dict[str, str]] = {
    "UZ": {
        "male": "Ахрор Бахтиёр Жасур Дилшод Ибрагим Шерзод Улуғбек Фаррух Ботир Тимур Рустам "
        "Азиз Жамшид Сардор Отабек Бобур Шухрат Анвар Равшан Нодир Акмал Икром Ғайрат Хуршид "
        "Исмоил|Исмаил Аброр Зафар Мансур Элёр Жахонгир Носир Баходир Ўткир|Уткир Муҳаммад|Мухаммад "
        "Собир Комил Шоҳрух|Шахрух Дониёр Ойбек Неъмат|Нематулла "
        "Абдулазиз Алишер Аминжон Асрор Бекзод Ғолиб|Голиб Дилмурод Жавлон Зиёдулла Иброҳим|Ибрагим Илҳом|Ильхом Камолиддин Лочин Мирзоҳид|Мирзохид Муроджон Назар Нурали Олим Ортиқ|Артык Пўлат|Пулат Раҳматулло|Рахматулла Саидакбар Салоҳиддин|Салахиддин Санжар Тоҳир|Тахир Умид Файзулла Фахриддин Хасан Ҳусан|Хусан Шавкат Шамсиддин Эркин Ёқуб|Якуб Ғулом|Гулям Қаҳрамон|Кахраман Исроил Журабек Ислом|Ислам",
        "female": "Дилноза Гулнора Нилуфар Малика Зарина Феруза Шахноза Мадина Нигора Севара "
        "Мохира Дилфуза Гулчеҳра|Гульчехра Ойгул|Ойгуль Юлдуз Нодира Зулфия|Зульфия Барно "
        "Мунира Саодат Гавҳар|Гавхар Лобар Ширин Камола Дилором Умида Наргиза Хилола Мавлуда "
        "Азиза Барчиной Гулбаҳор|Гульбахор Гулшан|Гульшан Дилдора Замира Зебо Ирода Кумуш Лайло Маржона Матлуба Мафтуна Моҳинур|Мохинур Муаззам Наргиза Нафиса Ойдин Робия Сайёра Сарвиноз Сурайё|Сурайя Тамара Умида Феруза Хосият Шаҳло|Шахло Юлдуз Ёқутой|Якутой Гулноза Дилбар Нозима Раъно|Раьно",
        "surname": "Каримов Рахимов Юсупов Исмоилов|Исмаилов Абдуллаев Тошматов|Ташматов "
        "Эргашев Турсунов Умаров Ҳасанов|Хасанов Мирзаев Алиев Норматов Хўжаев|Ходжаев "
        "Султонов|Султанов Қодиров|Кадыров Усмонов|Усманов Бурханов Саидов Ахмедов Раҳмонов|Рахманов "
        "Хамидов Муродов|Мурадов Азимов Жўраев|Джураев Холматов Ниёзов|Ниязов Эшонқулов|Эшанкулов "
        "Шарипов Юлдашев Мамадалиев Қурбонов|Курбанов Зокиров|Закиров Тўхтаев|Тухтаев Бобоев|Бабаев",
    },
    "KZ": {
        "male": "Нұрлан|Нурлан Серік|Серик Ерлан Асхат Бауыржан|Бауржан Дәурен|Даурен Ержан "
        "Марат Қайрат|Кайрат Болат Ғалым|Галым Бақыт|Бакыт Жандос Мұрат|Мурат Арман Әлихан|Алихан "
        "Ерболат Талғат|Талгат Айдос Нұржан|Нуржан Қанат|Канат Дархан Санжар Еркін|Еркин Мейрам "
        "Бекзат Азамат Ғани|Гани Жұмабек|Жумабек Тоқтар|Токтар Амангелді|Амангельды Сәкен|Сакен "
        "Бағдат|Багдат Ерғали|Ергали Мұхтар|Мухтар Жомарт Бекболат Әділ|Адиль "
        "Абай Айбек Алмас Асқар|Аскар Бақытжан|Бакытжан Бекжан Болатбек Дамир Ерасыл Ерік|Ерик Жанат Жасұлан|Жасулан Ислам Қуаныш|Куаныш Мақсат|Максат Мұратбек|Муратбек Нұрсұлтан|Нурсултан Олжас Рүстем|Рустем Саят Серғазы|Сергазы Талғатбек|Талгатбек Тимур Ұлан|Улан Шыңғыс|Чингиз Ербол Азат Бахытжан Ғабит|Габит Дәулет|Даулет Еділ|Едиль Кемел Мирас Нұрбол|Нурбол",
        "female": "Айгүл|Айгуль Гүлнар|Гульнар Динара Жанар Әйгерім|Айгерим Ақмарал|Акмарал "
        "Салтанат Меруерт Мөлдір|Мольдир Назгүл|Назгуль Аружан Жұлдыз|Жулдыз Балжан Гаухар Раушан "
        "Әсел|Асель Жансая Ботагөз|Ботагоз Құралай|Куралай Зәуре|Зауре Айнұр|Айнур Сәуле|Сауле "
        "Индира Анар Мадина Бибігүл|Бибигуль Қарлығаш|Карлыгаш Ләззат|Лаззат Айжан Камила "
        "Айдана Айым Ақерке|Акерке Алия Аягөз|Аягоз Бақыт|Бакыт Гүлжан|Гульжан Гүлмира|Гульмира Данагүл|Данагуль Дәмеш|Дамеш Еркежан Жібек|Жибек Замира Зарина Кәмшат|Камшат Лаура Мадина Мәдина|Мадина Нұргүл|Нургуль Нәзира|Назира Перизат Сабина Сымбат Толқын|Толкын Ұлжан|Улжан Шынар Әлия|Алия Айсұлу|Айсулу Гүлназ|Гульназ",
        "surname": "Ахметов Омаров Әбенов|Абенов Жақсылықов|Жаксылыков Сейтқалиев|Сейткалиев "
        "Нұрғалиев|Нургалиев Тоқаев|Токаев Мұқанов|Муканов Бекмұхамбетов|Бекмухамбетов "
        "Сүлейменов|Сулейменов Исабаев Жұмабаев|Жумабаев Қасымов|Касымов Әлиев|Алиев "
        "Байтұрсынов|Байтурсынов Оспанов Серікбаев|Серикбаев Құдайбергенов|Кудайбергенов "
        "Абдрахманов Төлеубаев|Тулеубаев Есенов Қожахметов|Кожахметов Бекетов Мамытбеков "
        "Шәріпов|Шарипов Ысқақов|Искаков Дүйсенов|Дюсенов Ермеков Бердібеков|Бердибеков "
        "Тұрсынбаев|Турсынбаев Сағынтаев|Сагинтаев Жанұзақов|Джанузаков Әбдіжапаров|Абдижапаров "
        "Кенжебаев Рысқұлов|Рыскулов Үсенов|Усенов Өтебаев|Утебаев",
    },
    "KG": {
        "male": "Садыр Азамат Бакыт Алмазбек Нурбек Эрлан Улан Данияр Бектур Талант Кубанычбек "
        "Жыргалбек Мирлан Айбек Эмил|Эмиль Канат Темирлан Нурсултан Өмүрбек|Омурбек Чыңгыз|Чингиз "
        "Майрамбек Бекболот Жоомарт Медер Адилет Калыс Тилек Эсен Курманбек Асылбек "
        "Айдар Акылбек Алтынбек Аманбек Арстанбек Бакай Бактыбек Бекжан Жаныш Жоробек Замир Икрам Исмаил Кадыр Кенеш Мелис Мурат Нурлан Октом Руслан Самат Сапар Темир Токтобек Туратбек Урмат Чынгыз Эмилбек Эрмек Ырыс",
        "female": "Айгерим Жылдыз Нуриза Гүлзат|Гульзат Айпери Мээрим Чолпон Асел|Асель "
        "Бермет Жаңыл|Джаныл Айзада Нургүл|Нургуль Салкын Элмира|Эльмира Гүлнара|Гульнара "
        "Канышай Бегимай Айжамал Назира Толгонай Жибек Бүбүсара|Бубусара Динара "
        "Айгүл|Айгуль Айнура Акмарал Алина Аселя Бурул Бактыгүл|Бактыгуль Венера Гүлмира|Гульмира Жамиля Жаркын Зарина Кундуз Мира Нурайым Саадат Сабира Таалайгүл|Таалайгуль Урмат Чынара Эльвира Элнура Гүлайым|Гульайым Айсулуу",
        "surname": "Жапаров|Джапаров Атамбаев Бакиев Ташиев Осмонов|Осмонов Мамытов Токтогулов "
        "Асанов Эсенов Сыдыков Абдылдаев Жээнбеков|Жээнбеков Керимкулов Сатыбалдиев "
        "Бообеков Турдубаев Мырзакматов Отунбаев Курманалиев Дүйшөнбиев|Дуйшенбиев "
        "Бейшеналиев Сооронбаев Үсөнов|Усенов Тыналиев Абдыкалыков Кочкоров Байсалов",
    },
    "TJ": {
        "male": "Фаррух Бахром Далер Ҷамшед|Джамшед Суҳроб|Сухроб Фирдавс Шерали Илҳом|Ильхом "
        "Комрон Баҳодур|Бахадур Абдулло Рустам Нозим Меҳрон|Мехрон Алишер Зафар Манучеҳр|Манучехр "
        "Раҳим|Рахим Сиёвуш|Сиявуш Фаридун Наврӯз|Навруз Исмоил Умед Шаҳром|Шахром Ҳусейн|Хусейн "
        "Ҷаҳонгир|Джахонгир Қурбон|Курбон Дилшод Амир Саид Хуршед "
        "Азиз Акбар Алӣ|Али Анвар Бахтиёр Бобур Давлат Ёдгор Зафар Илёс Исфандиёр Карим Лоиқ|Лоик Мансур Муҳаммад|Мухаммад Наим Неъмат|Нематжон Нурулло Парвиз Равшан Рустам Саъдӣ|Саади Сино Толиб Умар Файзулло Ҳасан|Хасан Ҳамид|Хамид Хусрав Шамсиддин Шоҳин|Шохин Эраҷ|Эрадж Юсуф",
        "female": "Нигина Парвина Мадина Зарина Гулрухсор Шаҳноза|Шахноза Фарангис Манижа "
        "Меҳрангез|Мехрангез Тахмина Нилуфар Ситора Дилбар Малика Рухшона Фотима Мунира Сабоҳат|Сабохат "
        "Гулноза Шабнам Ҳилола|Хилола Мастона Дилноза Заррина "
        "Адолат Бибӣ|Биби Гулбаҳор|Гульбахор Гулчеҳра|Гульчехра Дилором Зулфия|Зульфия Қумрӣ|Кумри Лола Мавзуна Меҳрӣ|Мехри Мижгона Мукаддас Нозанин Озода Парвона Раъно|Рано Рухсора Садбарг Сарвинисо Сурайё|Сурайя Таманно Фарзона Фируза Шаҳло|Шахло Шоира",
        "surname": "Раҳмонов|Рахмонов Назаров Саидов Шарипов Холов Давлатов Сафаров "
        "Қодиров|Кодиров Мирзоев Ҷалолов|Джалолов Раҳимзода|Рахимзода Саидзода Назарзода "
        "Исмоилов Хайдаров Азизов Бобоҷонов|Бободжонов Абдуллоев Шарифзода Ҳусейнов|Хусейнов "
        "Ғафуров|Гафуров Қурбонов|Курбонов Олимов Неъматов|Нематов Каримзода Зиёев Нуралиев "
        "Солиев Файзуллоев Ёдгоров Мусоев Гулов Одинаев",
    },
    "TM": {
        "male": "Гурбангулы Сердар Мухаммет Бегенч Довлет Ата Мекан Батыр Мердан Ширмухаммет "
        "Аннагелди Чарыяр Мырат Агагелди Бяшим Оразгелди Ресул Гурбан Ыхлас Аман Назар Бегмырат "
        "Ходжамырат Арслан Дурды Ягшымырат Какагелди Бабагелди Максат Хыдыр "
        "Акмырат Алланазар Аннамырат Байрам Бердимырат Бегли Довран Гелди Гуванч Мейлис Мурад Нурмухаммет Оразмырат Пирмырат Рахман Сапармырат Тачмырат Халназар Язмырат Ораз Нобат Мяммет Вепа Шатлык Ыхламан",
        "female": "Огулгерек Джерен Айна Маягозел Гульшат Огулджан Бахар Энеджан Айгозел "
        "Гулялек Мяхри Джемиле Селби Огулбиби Боссан Лейли Аннагул Мая Нязик Гозел "
        "Акджагул Аннагозел Артыкгул Байрамгул Гулнабат Гулжахан Джахан Лачин Мерджен Нурджахан Огулнабат Огулшат Сона Тылла Язгул Энегул Гульнара Мяхек Шекер Говхер",
        "surname": "Бердымухамедов Ниязов Гурбанов Атаев Мередов Ходжаев Аннаев Оразов "
        "Чарыев Дурдыев Назаров Бяшимов Гельдыев Мамедов Байрамов Какаджанов Реджепов "
        "Ташлиев Овезов Аманов Сапаров Бабаев Мырадов Ишанкулиев Аширов",
    },
    "RU": {
        "male": "Александр Сергей Алексей Андрей Дмитрий Иван Михаил Николай Владимир Евгений "
        "Юрий Виктор Олег Павел Константин Игорь Василий Геннадий Анатолий Вячеслав Роман "
        "Артём Максим Денис Валерий Григорий Фёдор Степан Пётр Борис "
        "Аркадий Богдан Вадим Валентин Виталий Владислав Всеволод Глеб Даниил Егор Илья Кирилл Леонид Лев Матвей Никита Ростислав Руслан Семён Станислав Тимофей Эдуард Ярослав Антон Артур Георгий Тимур",
        "female": "Елена Ольга Наталья Татьяна Ирина Светлана Анна Мария Екатерина Юлия Марина "
        "Людмила Галина Валентина Надежда Дарья Ксения Евгения Виктория Лариса Оксана Алла "
        "Анастасия Полина Вера Любовь Зинаида Раиса Алёна Кристина "
        "Алина Валерия Вероника Дина Жанна Злата Инна Карина Кира Лидия Майя Маргарита Нина Олеся Регина Римма София Тамара Ульяна Эвелина Яна Антонина Жанна Милана Таисия Христина",
        "surname": "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков "
        "Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов "
        "Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев "
        "Григорьев Романов Воробьёв Сергеев Фролов Беляев Тарасов Белов Комаров Киселёв Жуков "
        "Шевченко Дьяченко Котович Ковальчук Бондаренко Ткаченко Гончаренко "
        "Абрамов Афанасьев Баранов Блинов Богданов Бобров Быков Виноградов Власов Воронов "
        "Гаврилов Герасимов Голубев Горбунов Гордеев Громов Гуляев Гусев Данилов Денисов "
        "Дорофеев Ершов Ефимов Жданов Журавлёв Зимин Зиновьев Зуев Игнатов Ильин Исаев Казаков "
        "Калашников Калинин Капустин Карпов Клюев Князев Колесников Коновалов Копылов Корнилов "
        "Королёв Котов Крылов Крюков Кудрявцев Кузьмин Кулагин Куликов Лазарев Лапин Лобанов "
        "Логинов Лукин Максимов Маслов Матвеев Медведев Мельников Миронов Мишин Моисеев "
        "Муравьёв Некрасов Никифоров Носков Овчинников Осипов Панов Пахомов Пестов Петухов "
        "Поляков Пономарёв Потапов Прохоров Родионов Рожков Русаков Рыбаков Рябов Савельев "
        "Савин Самойлов Селезнёв Сидоров Симонов Соболев Сорокин Суханов Тимофеев Титов "
        "Тихонов Третьяков Трофимов Уваров Устинов Фадеев Федотов Филатов Филиппов Фомин "
        "Харитонов Хохлов Цветков Чернов Шаров Шестаков Шилов Широков Шубин Щербаков Щукин "
        "Юдин Яшин",
    },
}
NATIONALITY_SHARE = {"UZ": 0.32, "KZ": 0.2, "KG": 0.16, "TJ": 0.14, "TM": 0.06, "RU": 0.12}


@dataclass(frozen=True)
class Word:
    nat: str  # national Cyrillic
    ru: str  # Russian Cyrillic


def _words(text: str) -> list[Word]:
    out = []
    for item in text.split():
        nat, _, ru = item.partition("|")
        out.append(Word(nat, ru or _russianise(nat)))
    return out


_TO_RUSSIAN = str.maketrans(
    {
        "ә": "а", "ө": "о", "ү": "у", "ұ": "у", "қ": "к", "ғ": "г", "ң": "н", "һ": "х",
        "і": "и", "ў": "у", "ҳ": "х", "ӣ": "и", "ӯ": "у", "Ә": "А", "Ө": "О", "Ү": "У",
        "Ұ": "У", "Қ": "К", "Ғ": "Г", "Ң": "Н", "Һ": "Х", "І": "И", "Ў": "У", "Ҳ": "Х",
        "Ӣ": "И", "Ӯ": "У",
    }
)  # fmt: skip


def _russianise(word: str) -> str:
    return word.replace("ҷ", "дж").replace("Ҷ", "Дж").translate(_TO_RUSSIAN)


# --- romanisation tables (per lower-case Cyrillic letter) -----------------------------------

_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
SCHEMES: dict[str, dict[str, str]] = {
    # ICAO 9303 (Russian passports since 2013)
    "icao": _BASE,
    # Soviet / pre-2013 passport and GOST-like
    "old": {**_BASE, "й": "y", "ю": "yu", "я": "ya", "ъ": "", "ё": "yo"},
    # BGN/PCGN
    "bgn": {**_BASE, "й": "y", "ю": "yu", "я": "ya", "ъ": "", "ё": "yë", "ы": "y", "ь": "'"},
    # French-style
    "fr": {
        **_BASE,
        "ш": "ch",
        "ж": "j",
        "ч": "tch",
        "у": "ou",
        "й": "ï",
        "ю": "iou",
        "я": "ia",
        "щ": "chtch",
        "ъ": "",
        "ё": "io",
        "х": "kh",
    },
    # German-style
    "de": {
        **_BASE,
        "ш": "sch",
        "ж": "sh",
        "ч": "tsch",
        "х": "ch",
        "й": "j",
        "ю": "ju",
        "я": "ja",
        "щ": "schtsch",
        "в": "w",
        "ъ": "",
        "ё": "jo",
        "ц": "z",
        "з": "s",
    },
    # Uzbek Latin (1995), from Uzbek Cyrillic
    "uz": {
        **_BASE,
        "ж": "j",
        "х": "x",
        "ҳ": "h",
        "қ": "q",
        "ғ": "gʻ",
        "ў": "oʻ",
        "й": "y",
        "ю": "yu",
        "я": "ya",
        "ё": "yo",
        "ъ": "ʼ",
        "ц": "ts",
        "ы": "i",
    },
    # Kazakh Latin (2021), from Kazakh Cyrillic
    "kz": {
        **_BASE,
        "ә": "ä",
        "ғ": "ğ",
        "ж": "j",
        "й": "i",
        "қ": "q",
        "ң": "ñ",
        "ө": "ö",
        "ұ": "ū",
        "ү": "ü",
        "х": "h",
        "һ": "h",
        "ш": "ş",
        "щ": "şş",
        "ы": "y",
        "і": "ı",
        "ч": "ch",
        "ъ": "",
    },
    # Turkmen Latin, from Turkmen Cyrillic
    "tm": {
        **_BASE,
        "ж": "ž",
        "й": "ý",
        "ш": "ş",
        "ч": "ç",
        "ә": "ä",
        "ө": "ö",
        "ү": "ü",
        "ң": "ň",
        "х": "h",
        "ю": "ýu",
        "я": "ýa",
        "ъ": "",
        "ё": "ýo",
    },
    # Kyrgyz informal Latin (as on social media and some lists)
    "kg": {**_BASE, "ж": "j", "ү": "u", "ө": "o", "ң": "ng", "й": "y", "ю": "yu", "я": "ya"},
    # Tajik informal Latin
    "tj": {
        **_BASE,
        "ҳ": "h",
        "ҷ": "j",
        "ӣ": "i",
        "ӯ": "u",
        "қ": "q",
        "ғ": "gh",
        "й": "y",
        "ю": "yu",
        "я": "ya",
        "ъ": "",
        "х": "kh",
    },
}
_NATIONAL_LATIN = {"UZ": "uz", "KZ": "kz", "TM": "tm", "KG": "kg", "TJ": "tj"}
_UZ_APOSTROPHES = ["ʻ", "'", "’", "`", "‘"]


def romanise(word: str, scheme: str) -> str:
    table = SCHEMES[scheme]
    out = []
    low = word.lower()
    for i, ch in enumerate(low):
        rep = table.get(ch)
        if rep is None:
            rep = _BASE.get(_russianise(ch), ch)
        if ch == "е" and scheme == "bgn" and (i == 0 or low[i - 1] in "аеёиоуыэюяъь"):
            rep = "ye"
        if ch == "е" and scheme == "uz" and i == 0:
            rep = "ye"
        if ch == "е" and scheme == "de" and i == 0:
            rep = "je"
        if ch == "с" and scheme in ("fr", "de") and 0 < i < len(low) - 1:
            vowels = "аеёиоуыэюя"
            if low[i - 1] in vowels and low[i + 1] in vowels:
                rep = "ss"
        if ch == "у" and scheme == "fr" and i > 0 and low[i - 1] in "аоеи":
            rep = "ou"
        out.append(rep)
    text = "".join(out)
    return text[:1].upper() + text[1:]


_PARTICLES = frozenset({"уулу", "кызы", "ўғли", "қизи"})


def _romanise_word(word: str, scheme: str) -> str:
    text = romanise(word, scheme)
    return text.lower() if word in _PARTICLES else text


# --- persons and records ---------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    nat: str
    sex: str
    surname: Word
    given: Word
    father: Word  # father's given name, or the empty word for no patronymic
    year: int
    month: int
    day: int


@dataclass(frozen=True)
class Record:
    name: str
    other_names: tuple[str, ...]
    birth: str  # "", "YYYY" or "YYYY-MM-DD"
    scheme: str


def _surname_form(w: str, sex: str) -> str:
    if w.endswith(("ұлы", "улы")):  # Серікұлы, his sister Серікқызы
        return w if sex == "male" else w[:-3] + ("қызы" if w[-3] == "ұ" else "кызы")
    if sex == "male" or w.endswith(("зода", "енко", "ович", "чук")):
        return w
    if w.endswith("ий"):
        return w[:-2] + "ая"
    return w + "а"


def _patronymic(father: str, sex: str, style: str) -> str:
    """Russian -ович/-овна, Kazakh -ұлы/-қызы, Kyrgyz uulu/kyzy, Uzbek oʻgʻli/qizi."""
    if style == "kz":
        return father + ("ұлы" if sex == "male" else "қызы")
    if style == "kg":
        return father + (" уулу" if sex == "male" else " кызы")
    if style == "uz":
        return father + (" ўғли" if sex == "male" else " қизи")
    base = father
    if base.endswith("й"):
        stem, male, female = base[:-1], "евич", "евна"
    elif base[-1] in "аяи":
        stem, male, female = (base[:-1] if base[-1] == "а" else base), "евич", "евна"
        if base[-1] == "я":
            stem = base[:-1]
    else:
        stem, male, female = base, "ович", "овна"
    return stem + (male if sex == "male" else female)


_KEYBOARD_NEIGHBOURS = {
    "a": "sq",
    "e": "wr",
    "i": "uo",
    "o": "ip",
    "u": "yi",
    "n": "bm",
    "m": "n",
    "r": "et",
    "s": "ad",
    "t": "ry",
    "k": "jl",
    "l": "k",
    "d": "sf",
    "b": "vn",
    "а": "пв",
    "о": "рл",
    "е": "кн",
    "и": "мт",
    "н": "ег",
    "р": "ол",
    "т": "иь",
    "с": "чм",
    "в": "аы",
    "л": "дк",
}


def typo(word: str, rng: random.Random) -> str:
    """One slip of the keyboard, usually not on the first letter."""
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word)) if rng.random() > 0.05 else 0
    kind = rng.random()
    ch = word[i]
    if kind < 0.35:
        near = _KEYBOARD_NEIGHBOURS.get(ch.lower())
        if not near:
            return word[:i] + word[i + 1 :]
        rep = rng.choice(near)
        return word[:i] + (rep.upper() if ch.isupper() else rep) + word[i + 1 :]
    if kind < 0.6:
        return word[:i] + word[i + 1 :]
    if kind < 0.8:
        return word[:i] + ch + word[i:]
    if i + 1 < len(word):
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word


_SURNAME_SUFFIXES: dict[str, tuple[str, ...]] = {
    "UZ": ("ов", "қулов", "беков", "жонов", "бердиев", "боев", "хўжаев"),
    "KZ": ("ов", "баев", "беков", "ұлы", "жанов", "ғалиев", "бергенов"),
    "KG": ("ов", "баев", "беков", "алиев", "кулов", "жанов", "бердиев"),
    "TJ": ("ов", "зода", "иён", "пур", "беков", "ҷонов"),
    "TM": ("ов", "гулыев", "мырадов", "гелдиев", "бердиев"),
    "RU": ("ов",),
}


def _join(given: str, suffix: str) -> str:
    """Рустам + ов → Рустамов; Али + ов → Алиев; Ғани + зода → Ғанизода."""
    if given.endswith("ь"):
        given = given[:-1]
    if suffix.startswith("ов") and given[-1] in "аеиоуыэюяёй":
        return (given[:-1] if given[-1] in "йа" else given) + "ев" + suffix[2:]
    return given + suffix


# How concentrated names are. Until generator version 8, Zipf weights over the short lists
# above made namesakes far commoner than in any real population: read through the product's
# own name keys, two Kazakh persons of the generator shared a surname 18 times as often as
# two of the 241 real persons of names-dev, and a male given name 8 times as often
# (`bench/name_stats.py` prints both). The pools below bring that to 2-3 times the real rate
# for given names and 3.5-12 times for surnames: still harder than the real set (a margin
# for a migrant population of one nationality, more uniform than a parliament). Given names
# also take a national ending (Дилшодбек, Ахроржон, Айгүлжан), and most surnames are an
# ancestor's name with a suffix, any ancestor's name as likely as another (surnames were
# fixed from many generations of names, not from today's fashions).
GIVEN_ZIPF = 0.55
GIVEN_ENDING_SHARE = 0.35
SURNAME_ZIPF = 0.5
# The share of surnames drawn from the lists; the rest are derived. Russian surnames come
# from many more sources than a father's name, and their list is longer.
LISTED_SURNAME_SHARE = {"UZ": 0.1, "KZ": 0.1, "KG": 0.1, "TJ": 0.1, "TM": 0.1, "RU": 0.7}

_GIVEN_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "UZ": {"male": ("бек", "жон"), "female": ("хон", "бону")},
    "KZ": {"male": ("бек", "жан"), "female": ("гүл", "жан")},
    "KG": {"male": ("бек", "жан"), "female": ("гүл", "жан")},
    "TJ": {"male": ("ҷон", "бек"), "female": ("гул", "бону")},
    "TM": {"male": ("гелди", "берди"), "female": ("гул", "джан")},
    "RU": {"male": (), "female": ()},
}


# Name parts that already end a compound name (Отабек, Ержан, Аннагелди): such a name takes
# no second ending and no compound surname suffix (no Отабекбек, no Ержанбекжанов).
_NAME_ENDS = ("бек", "жан", "жон", "ҷон", "джон", "гелди", "берди", "мырат", "гүл", "гул",
              "бону", "хон", "джан", "қул", "кул", "бай", "бой", "али", "алӣ")  # fmt: skip
_PLAIN_SURNAME_SUFFIXES = ("ов", "ұлы", "зода", "иён", "пур")


def _ends_compound(word: str) -> bool:
    return word.lower().endswith(_NAME_ENDS)


def _zipf(n: int, exponent: float) -> list[float]:
    weights = [1.0 / (r + 1) ** exponent for r in range(n)]
    total = sum(weights)
    return [w / total for w in weights]


def _with_endings(words: list[Word], endings: tuple[str, ...]) -> tuple[list[Word], list[float]]:
    """The listed names, then those that can take one with each national ending."""
    listed = _zipf(len(words), GIVEN_ZIPF)
    if not endings:
        return words, listed
    pool = list(words)
    weights = [(1 - GIVEN_ENDING_SHARE) * w for w in listed]
    for ending in endings:
        for word, w in zip(words, listed, strict=True):
            if _ends_compound(word.nat):
                continue
            ru = word.ru[:-1] if word.ru.endswith("ь") else word.ru
            pool.append(Word(word.nat + ending, ru + _russianise(ending)))
            weights.append(GIVEN_ENDING_SHARE * w / len(endings))
    return pool, weights


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.lists: dict[str, dict[str, list[Word]]] = {}
        self.cumulative: dict[tuple[str, str], list[float]] = {}
        for nat, lists in NAMES.items():
            self.lists[nat] = {}
            for kind, text in lists.items():
                words = _words(text)
                if kind == "surname":
                    pool, weights = words, _zipf(len(words), SURNAME_ZIPF)
                else:
                    pool, weights = _with_endings(words, _GIVEN_ENDINGS[nat][kind])
                self.lists[nat][kind] = pool
                self.cumulative[(nat, kind)] = list(accumulate(weights))

        # Many Central Asian surnames are an ancestor's given name with a suffix (Нурланов,
        # Серікбаев, Рустамқулов, Саидзода); Russian ones too (Андреев, Сергеев).
        self.derived: dict[str, list[Word]] = {}
        for nat in self.lists:
            suffixes = _SURNAME_SUFFIXES[nat]
            self.derived[nat] = [
                Word(_join(w.nat, suffix), _join(w.ru, _russianise(suffix)))
                for w in self.lists[nat]["male"]
                for suffix in suffixes
                if suffix in _PLAIN_SURNAME_SUFFIXES or not _ends_compound(w.nat)
            ]
            self.cumulative[(nat, "derived")] = list(accumulate(1.0 for _ in self.derived[nat]))

    def _pick(self, nat: str, kind: str) -> Word:
        if kind == "surname" and self.rng.random() >= LISTED_SURNAME_SHARE[nat]:
            pool, key = self.derived[nat], (nat, "derived")
        else:
            pool, key = self.lists[nat][kind], (nat, kind)
        return self.rng.choices(pool, cum_weights=self.cumulative[key])[0]

    def person(self) -> Person:
        rng = self.rng
        nat = rng.choices(list(NATIONALITY_SHARE), list(NATIONALITY_SHARE.values()))[0]
        sex = "male" if rng.random() < 0.55 else "female"
        father = self._pick(nat, "male") if rng.random() > 0.04 else Word("", "")
        return Person(
            nat=nat,
            sex=sex,
            surname=self._pick(nat, "surname"),
            given=self._pick(nat, sex),
            father=father,
            year=rng.randint(1950, 2006),
            month=rng.randint(1, 12),
            day=rng.randint(1, 28),
        )

    def namesake(self, p: Person) -> Person:
        """Same surname and given name, another father and birth date."""
        rng = self.rng
        return Person(
            p.nat,
            p.sex,
            p.surname,
            p.given,
            self._pick(p.nat, "male"),
            rng.randint(1950, 2006),
            rng.randint(1, 12),
            rng.randint(1, 28),
        )

    def write(
        self,
        p: Person,
        *,
        avoid: str = "",
        typo_rate: float = 0.0,
        drop_patronymic: float = 0.3,
        dates: tuple[float, float] = (0.85, 0.12),
        with_other: float = 0.3,
    ) -> Record:
        """One way a list writes ``p``: a scheme other than ``avoid``, perhaps slips."""
        rng = self.rng
        schemes = ["ru", "nat", "icao", "old", "bgn", "natlat", "fr", "de"]
        weights = [0.30, 0.14, 0.22, 0.12, 0.05, 0.11, 0.03, 0.03]
        if p.nat == "RU":
            weights[1] = weights[5] = 0.0
        if p.nat == "TM":
            weights[1] = 0.0
        scheme = avoid
        while scheme == avoid:
            scheme = rng.choices(schemes, weights)[0]
        name = self._render(p, scheme, typo_rate, drop_patronymic)
        others: tuple[str, ...] = ()
        if rng.random() < with_other and scheme in ("ru", "nat"):
            others = (self._render(p, "icao", 0.0, 1.0, order="passport"),)
        r = rng.random()
        if r < dates[0]:
            birth = f"{p.year:04d}-{p.month:02d}-{p.day:02d}"
        elif r < dates[0] + dates[1]:
            birth = f"{p.year:04d}"
        else:
            birth = ""
        return Record(name, others, birth, scheme)

    def _render(
        self,
        p: Person,
        scheme: str,
        typo_rate: float,
        drop_patronymic: float,
        order: str = "",
    ) -> str:
        rng = self.rng
        national = scheme in ("nat", "natlat")
        surname_word = p.surname.nat if national else p.surname.ru
        given_word = p.given.nat if national else p.given.ru
        father_word = p.father.nat if national else p.father.ru
        surname = _surname_form(surname_word, p.sex)
        patronymic = ""
        if father_word and rng.random() >= drop_patronymic:
            style = p.nat.lower() if national and p.nat in ("KZ", "KG", "UZ") else "ru"
            if national and p.nat == "UZ" and rng.random() < 0.5:
                style = "ru"
            patronymic = _patronymic(father_word, p.sex, style)
        parts = [surname, given_word, patronymic]
        if scheme not in ("ru", "nat"):
            latin = _NATIONAL_LATIN.get(p.nat, "icao") if scheme == "natlat" else scheme
            parts = [
                " ".join(_romanise_word(w, latin) for w in x.split()) if x else "" for x in parts
            ]
            if latin == "uz":
                mark = rng.choice(_UZ_APOSTROPHES)
                parts = [x.replace("ʻ", mark) for x in parts]
        if typo_rate and rng.random() < typo_rate:
            k = rng.choice([0, 1] if not parts[2] else [0, 1, 2])
            parts[k] = typo(parts[k], rng)
        surname, given, patronymic = parts
        if not order:
            if scheme in ("icao", "old"):
                order = rng.choice(["passport", "passport", "upper_first", "given_first"])
            else:
                order = rng.choice(["official", "official", "given_first", "upper_first", "comma"])
        if order == "passport":
            return f"{surname} {given}".upper()
        if order == "upper_first":
            return " ".join(x for x in (surname.upper(), given, patronymic) if x)
        if order == "given_first":
            return " ".join(x for x in (given, patronymic, surname) if x)
        if order == "comma":
            return f"{surname}, " + " ".join(x for x in (given, patronymic) if x)
        return " ".join(x for x in (surname, given, patronymic) if x)


@dataclass
class Registry:
    records: list[tuple[int, Record, Person]]  # (identity index, record, person)
    dup_pairs: list[tuple[int, int]]  # record indices written for one identity
    queries: list[tuple[str, str, int]]  # (query, birth date, identity or -1 when absent)
    identity_records: dict[int, list[int]]


def build(size: int, seed: int, n_queries: int) -> Registry:
    """``size`` records: ~3% planted duplicates, ~8% explicit namesakes, and queries."""
    gen = Generator(seed)
    persons: list[Person] = []
    records: list[tuple[int, Record, Person]] = []
    identity_records: dict[int, list[int]] = {}
    dup_pairs: list[tuple[int, int]] = []
    rng = gen.rng
    while len(records) < size:
        if persons and rng.random() < 0.08:
            p = gen.namesake(persons[rng.randrange(len(persons))])
        else:
            p = gen.person()
        ident = len(persons)
        persons.append(p)
        rec = gen.write(p, typo_rate=0.03, drop_patronymic=0.15)
        identity_records[ident] = [len(records)]
        records.append((ident, rec, p))
        if rng.random() < 0.03 and len(records) < size:
            dup = gen.write(
                p,
                avoid=rec.scheme,
                typo_rate=0.15,
                drop_patronymic=0.35,
                dates=(0.6, 0.37),
                with_other=0.2,
            )
            dup_pairs.append((identity_records[ident][0], len(records)))
            identity_records[ident].append(len(records))
            records.append((ident, dup, p))
    queries: list[tuple[str, str, int]] = []
    qrng = random.Random(seed + 1)
    gen.rng = qrng
    idents = list(identity_records)
    while len(queries) < n_queries:
        if qrng.random() < 0.1:
            # someone who is not registered: a namesake of a registered person
            base = persons[qrng.choice(idents)]
            p = gen.namesake(base)
            ident = -1
        else:
            ident = qrng.choice(idents)
            p = persons[ident]
        first = records[identity_records[ident][0]][1].scheme if ident >= 0 else ""
        rec = gen.write(
            p,
            avoid=first,
            typo_rate=0.12,
            drop_patronymic=0.35,
            dates=(0.5, 0.5),
            with_other=0.0,
        )
        queries.append((rec.name, rec.birth, ident))
    return Registry(records, dup_pairs, queries, identity_records)


if __name__ == "__main__":
    reg = build(40, 7, 10)
    for ident, rec, _ in reg.records:
        print(ident, rec.scheme, rec.name, rec.other_names, rec.birth)
    for q in reg.queries:
        print("Q", q)
