"""Every script and romanisation scheme of the corridor, brought to one folded Latin.

Step one writes Cyrillic in Latin, per letter, covering Russian, Kazakh, Kyrgyz, Uzbek,
Tajik, Ukrainian and Belarusian letters (close to ICAO 9303 / BGN-PCGN). Step two folds the
Latin of every scheme — ICAO, the old Soviet passport and GOST spellings, Uzbek and Kazakh
Latin, Turkish, German, Polish, Czech, Dutch — so that the spellings of one sound meet:
х = kh = h = x = ch (German, Polish), ж = zh = j = ž = ż, ш = sh = sch = š = ş = sz,
ч = ch = č = ç = cz = tsch, й = y = j, ы = y = ı, ә = ä = ə = a, ө = ö = o, ү/ұ = ü = u.
The fold is deliberately coarse: it is a meeting point for comparison, never shown.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Kazakh
    "ә": "a", "ғ": "g", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
    "і": "i",
    # Uzbek, Tajik, Kyrgyz
    "ў": "o", "ҳ": "h", "ӣ": "i", "ӯ": "u", "ҷ": "j", "ҫ": "s",
    # Ukrainian, Belarusian
    "ї": "yi", "є": "ye", "ґ": "g",
    # Serbian, Macedonian (Јулија, Јацењук, Ђорђе, Џафер); Tatar, Bashkir (Җәмилев, Ҙәки)
    "ј": "y", "љ": "l", "њ": "n", "ђ": "dj", "ћ": "ch", "џ": "dzh", "ѓ": "g", "ќ": "k",
    "ѕ": "dz", "җ": "zh", "ҙ": "z", "ҡ": "q", "ҥ": "ng",
}  # fmt: skip

# Latin letters with marks whose plain decomposition would lose the sound.
_LATIN_SPECIAL: dict[str, str] = {
    "ş": "sh", "š": "sh", "ș": "sh",
    "ç": "ch", "č": "ch", "ć": "ch",
    "ž": "zh", "ż": "zh",
    "ğ": "g", "ı": "y", "ə": "a", "æ": "a", "ł": "l", "ø": "o", "ß": "ss",
    # Estonian õ writes ы (Tõmtšuk); Polish and Belarusian Latin ź, ś are зь, сь (Kuźmin).
    "õ": "y", "ź": "z", "ś": "s",
    "ä": "a", "ö": "o", "ü": "u", "ñ": "ng", "ŋ": "ng",
}  # fmt: skip

# Applied in order to lower-case ASCII; longer spellings first. Kazakh Latin (2017) writes
# ұ/у as w between consonants (Nığmatwlïn); German writes в as w (Wladimirowna).
_FOLDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in [
        # io between consonants is ё in the Polish, Romanian and Belarusian spellings (Piotr,
        # Aliona, Artiom), and read so on both sides, a Cyrillic ио too (Матиос = Matios);
        # not after d or v (Diora, Violetta), nor in a Tajik father's name (Алӣович, Али +
        # -ович, is Алиевич, not Алёвич).
        (r"(?<=[fklmnprst])io(?=[b-df-hj-np-tv-z])(?!v[in])", "e"),
        (r"^je(?=[^aeiou])", "e"),
        (r"tsch|tsj|tsh", "ch"),  # tsh: Estonian, Finnish tš (Tšubarov); Тшанов
        (r"dsch|dzj", "zh"),
        (r"shch|sch|sz|sj", "sh"),
        (r"cz|tch", "ch"),
        (r"rz(?!h)|dzh|dj|zj|jh", "zh"),  # Polish rz, not р+ж (Nurzhan)
        (r"kh|ch", "h"),
        (r"gh", "g"),
        (r"x", "h"),
        (r"ts|tz(?!h)", "c"),  # not т+ж: Азаматжан is Azamatzhan, Azamatjan
        (r"q|ck", "k"),
        (r"(?<=[^aeiouy])w(?=[^aeiouy])", "u"),
        (r"w", "v"),
        (r"ph", "f"),
        # Latin j after a vowel and before a consonant or at the end is й, not ж, in every
        # scheme that writes j at all (Ajbek, Zajniddinov, Nikolaj, Kulbaj).
        (r"(?<=[aeiouy])j(?=[^aeiouy]|$)", "y"),
        (r"zh|j", "j"),
        (r"ʻ", ""),
        (r"y", "i"),
        (r"^ie|^ye", "e"),
        # е after a vowel is йе: BGN and English write it ye (Sergeyev, Boboyev), ICAO e.
        (r"(?<=[aeou])ie", "e"),
        (r"ou", "u"),
        (r"ng(?=[^aeiou]|$)", "n"),
        (r"(.)\1+", r"\1"),
    ]
]


_KAZAKH_INITIAL_U = re.compile(r"(?i)\bу(?=[әа])")
# Ukrainian є after a consonant is a Russian е (Алєксєєв, Олексєєнко), not йе; ьо after a
# consonant is ё (Альона, Ковальов: Алёна, Ковалёв).
_UKRAINIAN_SOFT_E = re.compile(r"(?i)(?<=[бвгґджзклмнпрстфхцчшщ])(є|ьо)")
# Belarusian ў follows a vowel and is the Russian в (Валуеў, Міронаў: Валуев, Миронов);
# Uzbek ў is a vowel itself and follows a consonant (Тўхтаев).
_BELARUSIAN_U = re.compile(r"(?i)(?<=[аеёиоуыэюяі])ў")


def cyrillic_to_latin(text: str) -> str:
    # Kazakh у before a vowel is a consonant: Уәлихан is Valikhan, not Uälikhan.
    text = _KAZAKH_INITIAL_U.sub("в", text)
    text = _BELARUSIAN_U.sub("в", text)
    text = _UKRAINIAN_SOFT_E.sub("е", text)
    out = []
    for ch in text:
        low = ch.lower()
        if low not in _CYRILLIC and not low.isascii():
            # A letter with a mark of its own (Chuvash ӑ, ӗ, ӳ; Udmurt ӧ): its base letter.
            low = unicodedata.normalize("NFD", low)[0]
        out.append(_CYRILLIC.get(low, ch))
    return "".join(out)


def latin_ascii(text: str) -> str:
    """Lower-case ASCII letters, keeping the sounds that marks carry (ş → sh, ž → zh)."""
    out = []
    for ch in text.lower():
        if ch in _LATIN_SPECIAL:
            out.append(_LATIN_SPECIAL[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)
        kept = "".join(c for c in base if not unicodedata.combining(c))
        out.append(kept if kept.isascii() else "")
    return "".join(out)


# Latin yo after a consonant or i is ё (Elyor, Baxtiyor, Parviziyon, Fyodor), which the
# Cyrillic side and ICAO write e: read it so; and so is Uzbek and Tajik Latin yo at the
# start of a word or after a vowel, their Cyrillic ё (Yoqubov, Yodgor, Hayot: Ёқубов,
# Ёдгор, Ҳаёт). Not yoʻ, which is йў (Yoʻldosh). So is jo after a consonant in the Slavic
# and German spellings (Pjotr, Aljona, Artjom), except in the Dutch zj, sj (ж, ш:
# Zjoemabajev) and in the Uzbek -jon (жон: Sardorjon, Azizjonov, which leaves Semjon to the
# German reading).
_YO = re.compile(
    r"(?<=[b-df-hj-np-tv-zB-DF-HJ-NP-TV-ZiI])[yY][oO](?!ʻ)"
    r"|(?:^|(?<=[aeouAEOU]))[yY][oO](?!ʻ)"
    r"|(?<=[bdf-hk-npqrtv-yBDF-HK-NPQRTV-Y])[jJ][oO](?!ʻ|[nN](?:$|[oOeE][vVwW]))"
)


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """One word in any script → its folded Latin meeting form (``Жапаров`` → ``japarov``)."""
    text = latin_ascii(cyrillic_to_latin(_YO.sub("e", word).replace("ʻ", "")))
    text = "".join(ch for ch in text if ch.isalpha())
    for pattern, repl in _FOLDS:
        text = pattern.sub(repl, text)
    return text


_COARSE = [
    (re.compile(r"sh|zh|j"), "s"),
    (re.compile(r"[hgq]"), "k"),
    # Kazakh ө/ү are o/u in Kazakh Latin but У in Russian spelling (Өтебаев / Утебаев);
    # е/и alternate in Russian spellings of Kazakh names (Елубай / Илюбай).
    (re.compile(r"o"), "u"),
    (re.compile(r"e"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
]
_J_AS_Y = re.compile(r"j")


@lru_cache(maxsize=200_000)
def coarse(folded: str) -> str:
    """A folded word with its most ambiguous sounds merged (ж/ш/й, х/қ/ғ): for blocking keys."""
    for pattern, repl in _COARSE:
        folded = pattern.sub(repl, folded)
    return folded


@lru_cache(maxsize=200_000)
def j_readings(folded: str) -> tuple[str, ...]:
    """Latin j is ж (Kazakh Latin, Ajimbetov) or й (German, Polish, Dutch: Natalja, Maktaj)."""
    if "j" not in folded:
        return (folded,)
    return (folded, _J_AS_Y.sub("i", folded), folded.replace("j", "sh"))


def romanise(text: str) -> str:
    """Readable Latin for display and explanations (``Ахрор`` → ``Akhror``)."""
    return " ".join(w.capitalize() for w in latin_ascii(cyrillic_to_latin(text)).split())
