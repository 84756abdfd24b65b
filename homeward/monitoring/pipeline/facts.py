"""Facts of one article, each with the span of text it was read from.

What happened (``kind``), when, where (cities with IATA codes, countries), the route of a
flight or a road, how many people and of which nationality, and which organisations. The
rules read the shape of news sentences in English and Russian ("131 migrants", "40
Turkmen citizens", "citizens of Uzbekistan, Kazakhstan and Kyrgyzstan", "from New York to
Tashkent"); nothing here knows any one outlet or story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from number_parser import parse_number

from homeward.monitoring.pipeline import gazetteer
from homeward.monitoring.pipeline.dates import find_dates, find_relative_dates
from homeward.monitoring.pipeline.patterns import alternation, gated


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass
class Facts:
    kind: str = "other"
    kind_span: Span | None = None
    occurred_on: date | None = None
    year_known: bool = True
    date_precision: str = "day"
    date_basis: str = ""
    """How the date was read: "explicit" (its year written), "relative" (a day named against
    the publication date), "inferred" (a year-less date placed before ``date_reference``)."""
    date_reference: date | None = None
    date_reference_kind: str = ""
    """"published" (given or from a feed), "page" (the page's own date line), "fetched"."""
    weekday_ok: bool | None = None
    event_weekday: int | None = None
    """A weekday named for the event that no known publication date could resolve."""
    date_span: Span | None = None
    places: list[dict[str, str]] = field(default_factory=list)
    place_spans: list[Span] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    route: list[str] = field(default_factory=list)
    route_span: Span | None = None
    total: int | None = None
    total_qualifier: str = ""
    total_span: Span | None = None
    nationalities: dict[str, int | None] = field(default_factory=dict)
    nationality_spans: list[Span] = field(default_factory=list)
    nationality_sources: dict[str, list[Span]] = field(default_factory=dict)
    """Where each nationality was read (not stored: it decides what is background)."""
    organisations: list[str] = field(default_factory=list)
    organisation_spans: list[Span] = field(default_factory=list)


KINDS: dict[str, re.Pattern[str]] = {
    "trafficking": gated(
        r"traffick\w*|forced (?:labou?r|work)|exploit\w*|enslav\w*|slaves?\b|торговл\w* людьми|"
        r"принудительн\w* труд\w*|эксплуатац\w*|рабств\w*",
        re.IGNORECASE,
    ),
    "deportation": gated(
        r"deport\w*|expell?ed|expulsion|removal of|депорт\w*|выдвор\w*|выслан\w*",
        re.IGNORECASE,
    ),
    "repatriation": gated(
        r"repatriat\w*|return(?:ed|ing)? (?:\w+ )?(?:home|to (?:their|his|her) (?:homeland|home "
        r"countr\w*))|brought (?:\w+ )?(?:back )?home|evacuat\w*|репатри\w*|"
        r"(?:возвращ|вернул|вернут|доставл|вывез|эвакуир)\w*(?:\s+\w+){0,3}\s+на родину|"
        r"эвакуац\w*",
        re.IGNORECASE,
    ),
    "detention": gated(
        r"raid\w*|detain\w*|detention\w*|arrest\w*|round-?ups?|облав\w*|рейд\w*|задерж\w*|"
        r"police (?:actions?|operations?|checks?|sweeps?)|immigration sweeps?|"
        r"(?:полицейск|силов)\w* (?:акци|операци|проверк)\w*|спецоперац\w*",
        re.IGNORECASE,
    ),
    "death": gated(
        r"\bkilled\b|\bdie[sd]\b|\bdying\b|\bbod(?:y|ies) (?:was|were)\b|\bdeaths?\b|"
        r"\bdead\b|\bdrown\w*|\bcoffins?\b|\bremains of\b|"
        r"\bbod(?:y|ies) of\b|\bfatal\w*|погиб\w*|умер\w*|скончал\w*|\bсмерт\w*|утонул\w*|"
        r"\bтел[оа]\b|\bгроб\w*",
        re.IGNORECASE,
    ),
    "register": gated(
        r"(?:register|registry|list|database) of (?:controlled|undesirable|banned|unwanted) "
        r"(?:persons|people|foreigners|individuals|migrants)|"
        r"(?:included|added|entered|placed|listed) (?:\w+ )?(?:in|on|to|into) (?:the |a )?"
        r"(?:\w+ )?(?:register|registry|blacklist)|entry bans?\b|banned from entering|"
        r"реестр\w* контролируем\w*|(?:включ|внес|занес|попа)\w*\s+в\s+(?:\w+\s+)?"
        r"(?:реестр|список|перечень)\w*|запрет\w* на въезд|запрет\w* въезда",
        re.IGNORECASE,
    ),
    "policy": gated(
        r"\bdecrees?\b|\bexecutive orders?\b|\bsigned (?:a |the |an )?(?:new )?(?:law|order|bill|"
        r"decree|resolution)|\bnew (?:law|rules|regulations?|requirements?|procedure)\b|"
        r"\bamendments?\b|\bbills?\b(?= (?:on|that|to|would))|\bcame into force|"
        r"\bcome into force|\btake(?:s)? effect|указ\w*|постановлени\w*|законопроект\w*|"
        r"\bзакон\w*|поправк\w*|нов\w+ правил\w*|вступ\w* в силу",
        re.IGNORECASE,
    ),
    "legalisation": gated(
        r"legali[sz]\w*|deadline\w*|work patent\w*|amnesty|"
        r"легализ\w*|патент\w*|амнист\w*",
        re.IGNORECASE,
    ),
}
INCIDENT_KINDS = (
    "deportation",
    "repatriation",
    "detention",
    "trafficking",
    "death",
    "register",
    "policy",
    "legalisation",
)
"""Kinds that make an incident: events happening to people, and a change of the rules they
live under (a decree, a law, a register, a legalisation deadline)."""

_SENTENCE_END = gated(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bvs)[.!?]+[\"”»’']?"
    r"(?=\s+[\"“«A-ZА-ЯЁ0-9]|\s*$)|\n+"
)
_NUMBER_WORDS = alternation(
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|"
    "один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|"
    "двенадцать|тринадцать|четырнадцать|пятнадцать|шестнадцать|семнадцать|восемнадцать|"
    "девятнадцать|двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|"
    "девяносто|сто"
)
NUMBER = rf"(?<!\w)(?:\d{{1,3}}(?:[,\s]\d{{3}})+|\d+|{_NUMBER_WORDS}(?:[\s-]{_NUMBER_WORDS})*)"
_QUALIFIER = "(?P<q>{})".format(
    alternation(
        "more than|over|about|around|nearly|almost|at least|up to|some|a total of|"
        "approximately|более|свыше|около|почти|порядка|не менее"
    )
)
_PEOPLE = alternation(
    r"people|persons|citizens|nationals|migrants|immigrants|deportees|individuals|"
    r"passengers|workers|laborers|labourers|victims|aliens|illegal aliens|returnees|"
    r"детей|children|men|women|человек|граждан\w*|мигрант\w*|депортированн\w*|"
    r"пассажир\w*|работник\w*|рабочих|жертв\w*|трудов\w* мигрант\w*",
    escape=False,
)
_TOTAL = gated(
    rf"(?:{_QUALIFIER}\s+)?(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?{_PEOPLE}\b", re.IGNORECASE
)
_VAGUE = gated(
    rf"(?<!\w)(?P<v>dozens|scores|hundreds|thousands|десятк\w*|сотн\w*|сотен|тысяч\w*)\s+"
    rf"(?:of\s+)?(?:[\w-]+\s+){{0,2}}?{_PEOPLE}\b",
    re.IGNORECASE,
)
"""A count said in words without a figure: its conservative minimum ("dozens" = 12)."""
VAGUE_MINIMUM = (("dozen", 12), ("score", 40), ("hundred", 100), ("thousand", 1000))
VAGUE_MINIMUM_RU = (("десят", 12), ("сотн", 100), ("сотен", 100), ("тысяч", 1000))
_FLIGHT = gated(
    r"flight|flew|plane|charter|aircraft|airport|depart\w*|land(?:ed|ing)|road|bus\b|"
    r"transported|рейс\w*|самол[её]т\w*|вылет\w*|прилет\w*|приземл\w*|автобус\w*",
    re.IGNORECASE,
)
_ORG_WORDS = (
    "Ministry|Ministries|Embassy|Consulate|Department|Agency|Office|Service|Services|"
    "Organization|Organisation|Airways|Airlines|Police|Council|Party|Enforcement|Committee|"
    "Court|Guard|Bank|University|Fund|Commission|Coalition|Union|Administration|Patrol|"
    "Institute|Foundation|Authority|Authorities"
)
_CAP = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w’'&/-]*)"
_ORG = gated(
    rf"{_CAP}(?:[ \t]+(?:(?:of|for|and|on|the|de)[ \t]+)*{_CAP})*"
    rf"(?:[ \t]+\((?P<acr>[A-Z]{{2,6}})\))?"
)
_ORG_KEY = gated(rf"\b(?:{_ORG_WORDS})\b")
_ORG_RU = gated(
    r"(?<!\w)(?:[Мм]инистерств|[Пп]осольств|[Гг]енконсульств|[Кк]онсульств|[Аа]гентств|"
    r"[Сс]лужб|[Пп]рокуратур|[Гг]енпрокуратур|[Уу]правлени|[Мм]играционн\w+ служб)\w*"
    r"(?:\s+[А-ЯЁа-яё]+){0,4}"
    r"|\b(?:МИД|МВД|ФСБ|МОМ|УВКБ|ООН)\b(?:\s+(?:России|Узбекистана|Казахстана|"
    r"Кыргызстана|Таджикистана|Туркменистана|РФ))?"
)
_RU_STOP = gated(
    r"(?:в|во|на|и|по|с|со|для|о|об|от|к|из|что|как|а|но|за|при|после|до)$|"
    r"(?!дел$)[а-яё]+(?:ил|ал|ел|ла|ло|ли|ет|ут|ют|ит|ят|ся|сь)$"
)
"""Where a Russian organisation's name ends: a preposition or a verb ("сообщило")."""


def _ru_organisation(said: str) -> str:
    words = said.split()
    for i, word in enumerate(words[1:], start=1):
        if _RU_STOP.match(word):
            return " ".join(words[:i])
    return said


_FUNDED_RU = gated(
    r"(?<!\w)(?:оплатил[аои]?|профинансировал[аои]?|финансирует|оплачивает)\s+"
    r"(?P<who>(?:[а-яё]+\s+)?(?:правительств\w*|государств\w*|посольств\w*|[А-ЯЁ][\w-]*)"
    r"(?:\s+[А-ЯЁ][\w-]*){0,2})",
)
"""Who paid, said actively in Russian: "рейс оплатило правительство Узбекистана"."""
_FUNDED = gated(
    r"(?:\b(?:funded|financed|paid for|sponsored|covered|chartered|organi[sz]ed and funded)\s+by"
    r"|\bat the expense of|\bwith (?:the )?(?:funds?|money|funding) (?:of|from)"
    r"|(?<!\w)за\s+сч[её]т(?:\s+средств)?|(?<!\w)на\s+средства|(?<!\w)при\s+финансировании)"
    r"\s+(?P<who>[^\s.,;:()\"“”«»]+(?:\s+(?!(?:and|who|which|that|to|for|in|on|with|и|в|на|для|"
    r"который|которые)\b)[^\s.,;:()\"“”«»]+){0,4})",
    re.IGNORECASE,
)
"""Who paid: "funded by the Uzbek government", "at the expense of X", "за счёт бюджета X"."""
_FUNDED_ACTIVE = gated(
    rf"(?P<who>{_CAP}(?:[ \t]+(?:of[ \t]+)?{_CAP}){{0,4}})[ \t]+(?:has[ \t]+|had[ \t]+)?"
    r"(?:funded|financed|paid for|sponsored|covered the costs? of)[ \t]+(?:the|this|a|an|its)\b"
    r"|(?P<hyph>{cap}(?:[ \t]+{cap}){0,2})-(?:funded|financed|sponsored)\b".replace("{cap}", _CAP)
)
"""Who paid, said actively: "Uzbekistan funded the operation", "a U.S.-funded plane"."""
_FUNDER_WORDS = gated(
    r"government|state|budget|правительств\w*|государств\w*|бюджет\w*|посольств\w*|фонд\w*",
    re.IGNORECASE,
)
_ACRONYMS = gated(r"\b(?:IOM|UNHCR|ICE|DHS|ICRC|OSCE|UN|MNS|FSB|LDPR)\b")
_LIST_SEP = r"(?:,\s*(?:and\s+|и\s+)?|\s+(?:and|и|or|или)\s+)"


@lru_cache(maxsize=4096)
def number_value(text: str) -> int | None:
    digits = re.sub(r"[,\s]", "", text)
    if digits.isdigit():
        return int(digits)
    cyrillic = bool(re.search(r"[а-яё]", text, re.IGNORECASE))
    value = parse_number(text.lower(), language="ru" if cyrillic else "en")
    return value if isinstance(value, int) else None


def _span(m: re.Match[str], group: int | str = 0) -> Span:
    return Span(m.start(group), m.end(group), m.group(group))


def sentences(text: str) -> list[Span]:
    """Sentences, not broken after initials and abbreviations ("U.S.", "St.")."""
    found: list[Span] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if text[start : m.end()].strip():
            found.append(Span(start, m.end(), text[start : m.end()]))
        start = m.end()
    if text[start:].strip():
        found.append(Span(start, len(text), text[start:]))
    return found


_I = re.IGNORECASE
_PEOPLE_WORDS = (
    r"(?:people|persons|citizens|nationals|migrants|immigrants|deportees|workers|laborers|"
    r"labourers|aliens|foreigners|passengers|мигрант\w*|граждан\w*|иностран\w*|человек)"
)
EVENTS: dict[str, re.Pattern[str]] = {
    "deportation": gated(
        r"\b(?:deport(?:s|ed|ing)?|expel(?:s|led|ling)?|sent back|"
        r"forcibly returned|transferred to (?:their|his|her) (?:home )?countr\w*(?: of origin)?)\b|"
        r"\b(?:deportation|removal) flights?\b|"
        rf"\b(?:flight|plane|aircraft|charter)\w*\s+(?:carrying|with)\s+(?:\S+\s+){{0,4}}?"
        rf"{_PEOPLE_WORDS}|"
        r"(?<!\w)(?:депортирова\w*|депортирую\w*|выдвор\w*|выслан\w*|выслал\w*)",
        _I,
    ),
    "repatriation": gated(
        r"\b(?:repatriat(?:ed|es|ing|e)|evacuated|brought (?:\w+ )?(?:back )?home|"
        r"returned (?:\w+ )?home|returned to (?:their|his|her) (?:homeland|home countr\w*))\b|"
        r"(?<!\w)(?:репатриирова\w*|эвакуирова\w*|"
        r"(?:вернул|вернули|возвращен|доставлен|доставили|вывезли|вывезен)\w*"
        r"(?:\s+\w+){0,3}\s+на родину)",
        _I,
    ),
    "detention": gated(
        r"\b(?:raided|detain(?:s|ed|ing)?|arrest(?:ed|ing)|rounded up|carried out (?:a |an )?"
        r"(?:\w+ )?raid)\b|"
        r"(?<!\w)(?:задержа(?:л|н|в)\w*|арестова\w*|провел\w* (?:\w+ )?(?:рейд|облав)\w*)",
        _I,
    ),
    "trafficking": gated(
        r"\b(?:rescued|freed|liberated)\b(?:\s+\S+){0,6}?\s+(?:from\s+)?"
        r"(?:forced|slave|traffick|exploit|captivity|bondage)\w*|"
        r"\b(?:victims of (?:human )?trafficking|were trafficked|trafficked (?:to|into))\b|"
        r"\b(?:detained|arrested|charged|convicted|sentenced)\b(?:\s+\S+){0,6}?\s+"
        r"(?:traffickers?|recruiters|(?:members|organi[sz]ers) of (?:a |an |the )?"
        r"(?:human )?(?:trafficking|smuggling|criminal))|"
        r"(?<!\w)(?:освобо\w*|вызволи\w*|спас\w*)(?:\s+\S+){0,6}?\s+(?:из\s+)?"
        r"(?:рабств|плен|трудов\w* рабств|принудительн)\w*|"
        r"(?<!\w)жертв\w* торговли людьми",
        _I,
    ),
    "register": gated(
        r"\b(?:included|added|entered|placed|listed|put)\b(?:\s+\S+){0,3}?\s+(?:in|on|to|into)\s+"
        r"(?:the |a )?(?:\w+ )?(?:register|registry|blacklist|list of)\b|"
        r"(?<!\w)(?:включ|внес|занес|попа)\w*\s+в\s+(?:\w+\s+)?(?:реестр|список|перечень)\w*",
        _I,
    ),
    "policy": gated(
        r"\b(?:signed|adopted|passed|approved|issued)\s+(?:a |the |an )?(?:new )?"
        r"(?:law|decree|order|bill|resolution|rules)\b|\b(?:came|comes|come) into force\b|"
        r"\btakes? effect\b|(?<!\w)(?:подписал\w*|принял\w*|утвердил\w*)\s+(?:\w+\s+)?"
        r"(?:указ|закон|постановлени)\w*|(?<!\w)вступ\w* в силу",
        _I,
    ),
    "death": gated(
        r"\b(?:killed|died|dies|drowned|was found dead|were found dead)\b|"
        r"\b(?:body|bodies|remains)\b(?:\s+\S+){0,8}?\s+(?:was|were|will be)?\s*"
        r"(?:repatriated|returned|sent|flown|brought)\b|"
        r"(?<!\w)(?:погиб\w*|умер\w*|скончал\w*|утонул\w*|найден\w* мертв\w*|"
        r"тел[оа]\s+(?:\S+\s+){0,3}?(?:доставлен|отправлен|репатриирован)\w*)",
        _I,
    ),
}
"""What happened, said by its verb ("were deported", "задержаны"), as opposed to what the
article is about (``KINDS``: "deportation policy", "торговля людьми"). The verb decides:
"repatriated after forced labour" is a repatriation, "detained four traffickers" a
trafficking case, "the body was repatriated" a death."""
EVENT_WEIGHT = 3
TOPIC_WEIGHT = 1
PLACE_WEIGHT = {"title": 3, "lede": 2, "body": 1}
MIN_KIND_SCORE = 4
"""One event verb in the lede makes an incident; one topic word in the body does not."""


def _event_hits(chunk: str) -> dict[str, list[re.Match[str]]]:
    """Event verbs by kind; a verb inside a longer, more specific event of another kind
    is that one's ("the body … was repatriated" is a death, not a repatriation)."""
    hits = {kind: list(pattern.finditer(chunk)) for kind, pattern in EVENTS.items()}
    spans = [(m.start(), m.end(), kind) for kind, ms in hits.items() for m in ms]
    return {
        kind: [
            m
            for m in ms
            if not any(
                other != kind and a <= m.start() and m.end() <= b and b - a > m.end() - m.start()
                for a, b, other in spans
            )
        ]
        for kind, ms in hits.items()
    }


def classify(title: str, text: str) -> tuple[str, Span | None]:
    """The kind whose event verbs (then topic words) weigh most: a word in the headline
    counts three times, in the lede (two sentences) twice; a kind the headline and lede do
    not name is background (a feature that mentions deaths is not a death)."""
    body_start = len(title)
    sents = sentences(text[body_start:])
    lede_end = body_start + (sents[1].end if len(sents) > 1 else len(text) - body_start)
    zones = [
        (PLACE_WEIGHT[zone], start, _event_hits(text[start:end]), text[start:end])
        for zone, start, end in (
            ("title", 0, body_start),
            ("lede", body_start, lede_end),
            ("body", lede_end, len(text)),
        )
    ]
    best, best_key, best_span = "other", (0, 0), None
    for kind, topic in KINDS.items():
        score = event_score = 0
        first: Span | None = None
        named = False
        for weight, start, events, chunk in zones:
            event_hits = events.get(kind, [])
            inside = [(m.start(), m.end()) for m in event_hits]
            topic_hits = [
                m for m in topic.finditer(chunk) if not any(a <= m.start() < b for a, b in inside)
            ]
            named = named or (weight > 1 and bool(event_hits or topic_hits))
            event_score += weight * len(event_hits)
            score += weight * (EVENT_WEIGHT * len(event_hits) + TOPIC_WEIGHT * len(topic_hits))
            if first is None and start > 0 and (event_hits or topic_hits):
                m = min([*event_hits, *topic_hits], key=lambda x: x.start())
                first = Span(start + m.start(), start + m.end(), m.group(0))
        if not named:
            continue  # news says what happened in its headline or lede
        key = (score, event_score)
        if key > best_key:
            best, best_key, best_span = kind, key, first
    if best_key[0] < MIN_KIND_SCORE:
        return "other", None
    return best, best_span


def extract(
    title: str,
    body: str,
    *,
    reference: date,
    relative_base: date | None = None,
    reference_kind: str = "fetched",
) -> Facts:
    """Facts of an article; spans are offsets into ``document(title, body)``.

    ``reference`` completes dates written without their year; ``relative_base`` (the day
    the page was published, when it is known) resolves "on Thursday", "yesterday", "вчера".
    Without it a relative day is not read: against a guessed day it would be a wrong date.
    """
    text = document(title, body)
    facts = Facts()
    facts.kind, facts.kind_span = classify(title, text)
    sents = sentences(text)
    _total(text, sents, facts)
    _nationalities(text, facts)
    _places(text, sents, facts)
    _date(text, sents, facts, reference, relative_base)
    facts.date_reference, facts.date_reference_kind = reference, reference_kind
    _drop_background_nationalities(text, sents, facts, reference)
    _organisations(text, len(text) - len(body), facts)
    return facts


def document(title: str, body: str) -> str:
    return f"{title}\n\n{body}" if title else body


def _places(text: str, sents: list[Span], facts: Facts) -> None:
    seen: set[str] = set()
    for m in gazetteer.city_pattern().finditer(text):
        city = gazetteer.cities()[m.group(0)]
        if city.name not in seen:
            seen.add(city.name)
            facts.places.append({"name": city.name, "country": city.country, "iata": city.iata})
            facts.place_spans.append(_span(m))
    route: list[str] = []
    first: Span | None = None
    for s in sents:
        if not _FLIGHT.search(s.text):
            continue
        names = [
            gazetteer.cities()[m.group(0)].name for m in gazetteer.city_pattern().finditer(s.text)
        ]
        if len(names) < 2 and not (names and route):
            continue
        first = first or s
        # later sentences add stops, never the route again: a stop on the way ("refuelled
        # in", "via", "через") before the destination, an onward leg after it
        stop = len(route) >= 2 and bool(_STOPOVER.search(s.text))
        for name in names:
            if name in route:
                continue
            if stop:
                route.insert(len(route) - 1, name)
            else:
                route.append(name)
    if len(route) >= 2:
        facts.route, facts.route_span = route, first
    elif not facts.places:
        _country_destination(text, sents, facts)
    facts.countries = _event_countries(text, sents, facts)


@cache
def _destination_pattern() -> re.Pattern[str]:
    country = gazetteer.country_pattern().pattern
    return gated(
        r"\b(?:deport\w*|expell?ed|returned|sent|flown|transferred|arrived|landed|brought|"
        r"removed)\b[^.;\n]{0,80}?\b(?:to|in|into)\s+(?:the\s+)?"
        rf"(?P<c>{country})|(?<!\w)(?:депортирова\w*|выслан\w*|доставлен\w*|прибыл\w*)"
        rf"[^.;\n]{{0,60}}?(?<!\w)в\s+(?P<ru>{country})",
        re.IGNORECASE,
    )


def _country_destination(text: str, sents: list[Span], facts: Facts) -> None:
    """Where people were sent when no city is named ("deported 60 migrants to Moldova"):
    the country, from the lede, as the incident's first place."""
    lede_end = sents[3].end if len(sents) > 3 else len(text)
    m = _destination_pattern().search(text, 0, lede_end)
    if m is None:
        return
    group = "c" if m.group("c") else "ru"
    name = m.group(group)
    code = gazetteer.country_of(name)
    if code:
        facts.places.append({"name": name, "country": code, "iata": ""})
        facts.place_spans.append(_span(m, group))


_STOPOVER = gated(
    r"\b(?:via|through|stop(?:ped|over)|refuel\w*|transit\w*|layover|on the way)\b|"
    r"(?<!\w)(?:через|транзит\w*|дозаправ\w*|промежуточн\w*|по пути)",
    re.IGNORECASE,
)
_LOCATIVE = gated(r"(?:\b(?:in|to|into|at|near|from|across)|(?<!\w)(?:в|во|из|на))\s+(?:the\s+)?$")


def _event_countries(text: str, sents: list[Span], facts: Facts) -> list[str]:
    """Where it happened: countries named in the lede (title and three sentences) or on the
    route, as places ("in Russia", "from the United States", a city's country); a country
    in a list of nationalities ("people from Uzbekistan, Kazakhstan") is not a place."""
    lede_end = sents[3].end if len(sents) > 3 else len(text)
    zones = [(0, lede_end)]
    if facts.route_span is not None:
        zones.append((facts.route_span.start, facts.route_span.end))
    taken = [(s.start, s.end) for s in facts.nationality_spans]

    def inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
        return any(a <= pos < b for a, b in ranges)

    countries: set[str] = set()
    for m in gazetteer.city_pattern().finditer(text):
        if inside(m.start(), zones):
            countries.add(gazetteer.cities()[m.group(0)].country)
    for m in gazetteer.country_pattern().finditer(text):
        if not inside(m.start(), zones) or inside(m.start(), taken):
            continue
        if _LOCATIVE.search(text[max(0, m.start() - 12) : m.start()]):
            countries.add(gazetteer.country_of(m.group(0)))
    return sorted(c for c in countries if c)


@cache
def _nationality_patterns() -> tuple[re.Pattern[str], ...]:
    """Compiled once: the alternations of every country and people are long."""
    country = gazetteer.country_pattern().pattern
    demonym = gazetteer.demonym_pattern().pattern
    # "40 Turkmen citizens", "13 Uzbek workers", "975 Uzbeks", "13 узбеков"
    counted = gated(rf"(?P<n>{NUMBER})\s+(?:of\s+them\s+)?(?P<d>{demonym})", re.IGNORECASE)
    # "13 were citizens of Kyrgyzstan, eight from Tajikistan", "40 граждан Туркменистана"
    of_country = gated(
        rf"(?P<n>{NUMBER})\s+(?:(?:were|are)\s+)?(?:(?:citizens|nationals|natives)\s+of|from|"
        rf"граждан\w*|уроженц\w*|из)\s+(?P<c>{country})",
        re.IGNORECASE,
    )
    more = gated(rf"{_LIST_SEP}(?:{country})")
    # "one each from Armenia, Azerbaijan, and Turkmenistan"
    each = gated(
        rf"(?P<n>{NUMBER})\s+each\s+from\s+(?P<list>(?:{country})(?:{_LIST_SEP}(?:{country}))*)"
    )
    # "people from Uzbekistan, Kazakhstan, and Kyrgyzstan", "граждан Узбекистана и Казахстана"
    listed = gated(
        rf"(?:{_PEOPLE}\s+(?:from|of|из)|граждан\w*|уроженц\w*)\s+"
        rf"(?P<list>(?:{country})(?:{_LIST_SEP}(?:{country}))*)",
        re.IGNORECASE,
    )
    # "Kyrgyz and Kazakh nationals", "Uzbek citizens", "узбекских мигрантов"
    adjectival = gated(
        rf"(?P<list>(?:{demonym})(?:{_LIST_SEP}(?:{demonym}))*)\s+{_PEOPLE}\b", re.IGNORECASE
    )
    return counted, of_country, more, each, listed, adjectival


def _nationalities(text: str, facts: Facts) -> None:
    found: dict[str, int | None] = {}
    spans: list[Span] = []

    def note(code: str, count: int | None, span: Span) -> None:
        if not code:
            return
        if count is not None or code not in found:
            previous = found.get(code)
            found[code] = count if previous is None else max(previous, count or 0)
        spans.append(span)
        facts.nationality_sources.setdefault(code, []).append(span)

    counted, of_country, more, each, listed, adjectival = _nationality_patterns()
    for m in counted.finditer(text):
        n = number_value(m.group("n"))
        note(gazetteer.demonym_country(m.group("d")), n, _span(m))
    for m in of_country.finditer(text):
        # "Over 100 from Uzbekistan, Kazakhstan, Kyrgyzstan": a total, not 100 Uzbeks
        n = None if more.match(text, m.end()) else number_value(m.group("n"))
        note(gazetteer.country_of(m.group("c")), n, _span(m))
    for m in each.finditer(text):
        n = number_value(m.group("n"))
        for c in gazetteer.country_pattern().finditer(m.group("list")):
            note(gazetteer.country_of(c.group(0)), n, _span(m))
    for m in listed.finditer(text):
        for c in gazetteer.country_pattern().finditer(m.group("list")):
            note(gazetteer.country_of(c.group(0)), None, _span(m))
    for m in adjectival.finditer(text):
        for d in gazetteer.demonym_pattern().finditer(m.group("list")):
            note(gazetteer.demonym_country(d.group(0)), None, _span(m))
    facts.nationalities = dict(sorted(found.items()))
    if facts.total is not None:
        # a count above the event's total is about something else ("975 Uzbeks could be…")
        limit = facts.total
        facts.nationalities = {
            c: (n if n is None or n <= limit else None) for c, n in facts.nationalities.items()
        }
    facts.nationality_spans = sorted(set(spans), key=lambda s: s.start)


_YEAR_WORD = gated(r"(?<![\d.-])(?:19|20)\d\d(?![\d.-])")


def _drop_background_nationalities(
    text: str, sents: list[Span], facts: Facts, reference: date
) -> None:
    """A nationality named only in sentences about an earlier year is background ("an
    agreement of 2019 lets Russia deport Armenians"), not the people of this
    event. The event's year, else the year before the reference, is the line."""
    line = facts.occurred_on.year if facts.occurred_on else reference.year - 1
    event_at = facts.date_span.start if facts.date_span else -1
    background = [
        (s.start, s.end)
        for s in sents
        if not s.start <= event_at < s.end
        and any(int(y) < line for y in _YEAR_WORD.findall(s.text))
    ]
    if not background:
        return
    dropped = {
        code
        for code, spans in facts.nationality_sources.items()
        if all(any(a <= sp.start < b for a, b in background) for sp in spans)
    }
    if dropped:
        facts.nationalities = {c: n for c, n in facts.nationalities.items() if c not in dropped}
        sources = facts.nationality_sources
        kept = [sp for c, sps in sources.items() if c not in dropped for sp in sps]
        facts.nationality_spans = [sp for sp in facts.nationality_spans if sp in kept]


_CANONICAL_QUALIFIER = {
    "over": "more than",
    "более": "more than",
    "свыше": "more than",
    "не менее": "at least",
    "около": "about",
    "порядка": "about",
    "around": "about",
    "approximately": "about",
    "почти": "nearly",
    "almost": "nearly",
}
_AT_LEAST = ("more than", "at least")


def _bounds(n: int, qualifier: str) -> tuple[float, float]:
    """The exact figures a qualified count agrees with ("about 50": 38 to 62)."""
    if qualifier in _AT_LEAST:
        return n, 2 * n
    if qualifier == "up to":
        return 0.5 * n, n
    if qualifier == "nearly":
        return 0.75 * n, n
    return 0.75 * n, 1.25 * n


def _vague_minimum(word: str) -> int | None:
    word = word.lower()
    return next(
        (n for stem, n in (*VAGUE_MINIMUM, *VAGUE_MINIMUM_RU) if word.startswith(stem)), None
    )


def _total(text: str, sents: list[Span], facts: Facts) -> None:
    """The headline or lede count; an exact figure later refines an approximate one.

    A count in words ("dozens of migrants", "сотни мигрантов") is its conservative
    minimum, "more than": 12, 40, 100 or 1,000; a later exact figure refines it when it is
    at least that and below the next order ("dozens" → 12 to 99). Russian qualifiers are
    stored in their English form ("более 100" → "more than")."""
    lede_end = sents[2].end if len(sents) > 2 else len(text)
    candidates: list[tuple[int, str, Span, float, float]] = []
    for m in _TOTAL.finditer(text):
        n = number_value(m.group("n"))
        if n is None or n < 2 or 1900 <= n <= 2100:
            continue
        qualifier = (m.group("q") or "").lower()
        qualifier = "" if qualifier in ("a total of", "some") else qualifier
        qualifier = _CANONICAL_QUALIFIER.get(qualifier, qualifier)
        candidates.append((n, qualifier, _span(m), *_bounds(n, qualifier)))
    for m in _VAGUE.finditer(text):
        n = _vague_minimum(m.group("v"))
        if n is not None and not any(c[2].start <= m.start() < c[2].end for c in candidates):
            candidates.append((n, "more than", _span(m), n, 10 * n if n >= 100 else 99))
    candidates.sort(key=lambda c: c[2].start)
    lede = [c for c in candidates if c[2].start < lede_end]
    if not lede:
        return
    n, qualifier, span, lower, upper = lede[0]
    if qualifier:
        for m_n, m_q, m_span, _lower, _upper in candidates:
            if not m_q and lower <= m_n <= upper and m_span.start > span.start:
                n, qualifier, span = m_n, "", m_span
                break
    facts.total, facts.total_qualifier, facts.total_span = n, qualifier, span


_REPORTED = gated(
    r"(?:\b(?:said|says|announced|reported|stated|told|added|wrote|confirmed|declared|"
    r"warned|noted)|(?<!\w)(?:заяв|сообщ|рассказ|отмет|объяв|подтверд|написа)\w*)"
    r"(?:[ \t]+[\w.-]+){0,3}[ \t,]*$",
    re.IGNORECASE,
)
"""Words just before a date that make it the day of the statement, not of the event."""
_HAPPENED = gated(
    r"\b(?:happened|took place|occurred|was carried out|were carried out)\b|"
    r"(?<!\w)(?:произош\w*|состоял\w*|прош[её]л\w*)",
    re.IGNORECASE,
)
_COARSE = ("month", "year")


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    value: date
    precision: str
    basis: str
    text: str
    weekday_ok: bool | None = None


def _date_candidates(
    text: str, reference: date, relative_base: date | None
) -> tuple[list[_Candidate], list[tuple[int, int, int]]]:
    """Dates of the text, and the weekdays named that nothing resolved (start, end, day)."""
    found = [
        _Candidate(
            d.start,
            d.end,
            d.value,
            "day",
            "explicit" if d.year_known else "inferred",
            d.text,
            d.weekday_ok,
        )
        for d in find_dates(text, reference=reference)
    ]
    days = list(found)
    unresolved: list[tuple[int, int, int]] = []
    for d in find_relative_dates(text, reference=relative_base or reference):
        if any(c.start < d.end and d.start < c.end for c in found):
            continue
        if d.weekday is not None and any(
            (d.end <= c.start and _BESIDE.fullmatch(text[d.end : c.start]))
            or (c.end <= d.start and _BESIDE.fullmatch(text[c.end : d.start]))
            for c in days
        ):
            continue  # "on Thursday, April 30": the weekday is checked with the date
        if d.precision in _COARSE:
            basis = "explicit" if d.year_known else "inferred"
            found.append(_Candidate(d.start, d.end, d.value, d.precision, basis, d.text))
        elif relative_base is not None:
            found.append(_Candidate(d.start, d.end, d.value, d.precision, "relative", d.text))
        elif d.weekday is not None:
            unresolved.append((d.start, d.end, d.weekday))
    return found, unresolved


_BESIDE = gated(r"[ \t]*,?[ \t]*")


def _date(
    text: str, sents: list[Span], facts: Facts, reference: date, relative_base: date | None
) -> None:
    """The date of the event, from sentences about it (its kind, a flight, "happened").

    A day comes before a month or a year (those only from the lede: later ones are
    background); a date whose weekday agrees (or is not said) before one it contradicts;
    the day of the event before the day of a statement about it ("… said on Thursday");
    then the first. Relative days ("on Wednesday", "вчера") are resolved against
    ``relative_base``, the page's publication date; without it a weekday said of the event
    is kept (``event_weekday``) to check the dates other reports give."""
    found, unresolved = _date_candidates(text, reference, relative_base)
    pattern = KINDS.get(facts.kind)
    lede_end = sents[2].end if len(sents) > 2 else len(text)
    best: tuple[tuple[bool, bool, bool, int], _Candidate] | None = None
    for s in sents:
        if not (
            (pattern and pattern.search(s.text))
            or _FLIGHT.search(s.text)
            or _HAPPENED.search(s.text)
        ):
            continue
        for c in found:
            if not s.start <= c.start < s.end or (c.precision in _COARSE and c.start >= lede_end):
                continue
            reported = bool(_REPORTED.search(text[s.start : c.start]))
            key = (c.precision in _COARSE, c.weekday_ok is False, reported, c.start)
            if best is None or key < best[0]:
                best = (key, c)
        if facts.event_weekday is None:
            facts.event_weekday = next(
                (
                    day
                    for start, _end, day in unresolved
                    if s.start <= start < s.end and not _REPORTED.search(text[s.start : start])
                ),
                None,
            )
    if best is None:
        return
    c = best[1]
    facts.occurred_on, facts.year_known, facts.date_precision = (
        c.value,
        c.basis != "inferred",
        c.precision,
    )
    facts.date_basis, facts.weekday_ok = c.basis, c.weekday_ok
    facts.date_span = Span(c.start, c.end, c.text)


def _trim_organisation(words: list[str]) -> list[str]:
    """Cut trailing words after the last organisation word ("… Prosecutor General Pyotr
    Gorodov" is a person), unless they are its "of …"/"for …" complement."""
    last = max(i for i, w in enumerate(words) if _ORG_KEY.fullmatch(w))
    if last + 1 < len(words) and words[last + 1] in ("of", "for"):
        return words
    return words[: last + 1]


_HEADLINE_WORDS = frozenset(
    {"Over", "To", "In", "After", "Amid", "Against", "With", "At", "As", "Into", "From", "By"}
)
"""Small words a headline capitalises and an organisation's name does not."""


def _org_parts(m: re.Match[str]) -> list[tuple[int, list[str]]]:
    """A capitalised run cut at "and (the)" between two organisations ("the Border Police
    and the International Organization for Migration"); "Ministries of Foreign Affairs and
    Internal Affairs" stays one. Each part: its offset and its words without "The"."""
    text = m.group(0)
    parts: list[tuple[int, str]] = []
    start = 0
    for cut in re.finditer(r"\s+and\s+(?:the\s+)?", text):
        left, right = text[start : cut.start()], text[cut.end() :]
        if _ORG_KEY.search(left) and _ORG_KEY.search(right) and len(left.split()) >= 2:
            parts.append((start, left))
            start = cut.end()
    parts.append((start, text[start:]))
    out: list[tuple[int, list[str]]] = []
    for offset, part in parts:
        words = part.split()
        while words and words[0] in ("The", "A", "An"):
            offset += part.index(words[0]) + len(words[0])
            part = part[part.index(words[0]) + len(words[0]) :]
            words = words[1:]
        offset += len(part) - len(part.lstrip())
        if len(words) >= 2 and any(_ORG_KEY.fullmatch(w) for w in words):
            out.append((m.start() + offset, words))
    return out


def _organisations(text: str, body_start: int, facts: Facts) -> None:
    """Organisations of the body (a title-case headline is all capitals, not names), and
    who paid ("funded by …", "at the expense of …", "за счёт …")."""
    seen: dict[str, Span] = {}
    for m in _ORG.finditer(text, body_start):
        parts = _org_parts(m)
        for i, (start, words) in enumerate(parts):
            last = i == len(parts) - 1 and m.group(0).endswith(")")
            acronym = m.group("acr") if last else None
            words = _trim_organisation([w for w in words if not w.startswith("(")])
            if len(words) < 2 or any(w in _HEADLINE_WORDS for w in words):
                continue  # "Clashes Over Police": a sub-heading run into the text
            name = " ".join(words) + (f" ({acronym})" if acronym else "")
            seen.setdefault(name.lower(), Span(start, start + len(name), name))
    for m in _ORG_RU.finditer(text, body_start):
        name = _ru_organisation(m.group(0))
        seen.setdefault(name.lower(), Span(m.start(), m.start() + len(name), name))
    for m in _FUNDED_RU.finditer(text, body_start):
        name = m.group("who")
        if name.lower() not in seen:
            seen[name.lower()] = _span(m, "who")
    for m in _FUNDED.finditer(text, body_start):
        words = m.group("who").split()
        while words and words[0].lower() in ("the", "a", "an", "its", "their"):
            words = words[1:]
        name = " ".join(words)
        named = any(w[0].isupper() for w in words) or _FUNDER_WORDS.search(name)
        known = name.lower() in seen
        if name and named and not known:
            start = m.start("who") + m.group("who").index(words[0])
            seen[name.lower()] = Span(start, start + len(name), name)
    for m in _FUNDED_ACTIVE.finditer(text, body_start):
        group = "who" if m.group("who") else "hyph"
        words = m.group(group).split()
        while words and words[0] in ("The", "A", "An"):
            words = words[1:]
        name = " ".join(words)
        if name and name.lower() not in seen:
            start = m.start(group) + m.group(group).index(words[0])
            seen[name.lower()] = Span(start, start + len(name), name)
    for m in _ACRONYMS.finditer(text, body_start):
        if not any(f"({m.group(0)})" in s.text for s in seen.values()):
            seen.setdefault(m.group(0).lower(), _span(m))
    ordered = sorted(seen.values(), key=lambda s: s.start)
    facts.organisations = [s.text for s in ordered]
    facts.organisation_spans = ordered
