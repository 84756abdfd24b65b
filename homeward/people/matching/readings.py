"""Latin spellings of other European languages, read back into the corridor's usual Latin.

A name published abroad is written in the spelling of that country's language: French
writes ш as ch and у as ou (Moukhtar Chakhanov, Djoumabaïev), Hungarian ж as zs and с as
sz (Zsumabajev, Alekszandr), Dutch у as oe and х as ch (Roestamchodzjajev), Lithuanian and
Latvian add their own nominative endings (Rustamovas, Rustamovs, Sergejus). Several of
these letters mean something else in the schemes translit.fold reads (ch is ч in English,
х in German; s is ш in Hungarian), so a name is read in such a language only when it
carries that language's marks, and the reading is tried beside the name as written, never
instead of it. The readings come out in English-style Latin (ch, sh, zh, kh, y) that the fold reads.

German has readings of its own (german.py): they include one that needs no marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from homeward.people.matching.german import GERMAN_MARKS, german_readings, in_case_of
from homeward.people.matching.normalize import script_of

_WORD = re.compile(r"^[^\W\d_]+$")


@dataclass(frozen=True)
class _Language:
    marks: re.Pattern[str]
    spellings: re.Pattern[str]
    read: dict[str, str]

    def word(self, word: str) -> str:
        def repl(m: re.Match[str]) -> str:
            return in_case_of(m.group(0), self.read[m.group(0).lower()], word)

        return self.spellings.sub(repl, word)


def _language(marks: str, read: dict[str, str], context: dict[str, str] | None = None) -> _Language:
    """``read`` maps spellings to sounds; ``context`` maps a regex (a spelling in context)
    to its key in ``read``. Longer spellings are tried first."""
    context = context or {}
    plain = [re.escape(s) for s in sorted(read, key=len, reverse=True) if s not in context.values()]
    pattern = "|".join([*context, *plain])
    return _Language(re.compile(marks, re.IGNORECASE), re.compile(pattern, re.IGNORECASE), read)


_VOWEL = "aeiouyéèêëïîöüóáíú"

# French: ch ш, tch ч, dj дж, j ж, ou у, gu before e/i г (Guiorgui), s between vowels з,
# ss с, ï й. Not marked by ë, which BGN writes for ё (Bakhtiyërovich).
FRENCH = _language(
    r"ou|tch|gu[ie]|[ïéè]",
    {
        "tch": "ch",
        "ch": "sh",
        "dj": "dzh",
        "j": "zh",
        "ou": "u",
        "gu": "g",
        "ss": "s",
        "s": "z",
        "ï": "y",
        "x": "ks",
    },
    {rf"(?<=[{_VOWEL}])s(?=[{_VOWEL}])": "s", r"gu(?=[eiéèï])": "gu"},
)
# Hungarian: zs ж, sz с, s ш, cs ч, gy дь, ny нь, ly ль, j й. Not marked by Polish szcz
# nor by с+ж written szh (Kalyszhanova).
HUNGARIAN = _language(
    r"zs|cs|gy[aeiouáéíóöőúüű]|sz(?!cz|h)",
    {
        "dzs": "dzh",
        "zs": "zh",
        "sz": "s",
        "cs": "ch",
        "gy": "d",
        "ny": "n",
        "ly": "l",
        "s": "sh",
        "j": "y",
    },
)
# Dutch: oe у, ch х, j й, tsj ч, sj ш, zj ж. Not marked by the oe of -оев (Khasanboev),
# which Dutch writes -ojev.
DUTCH = _language(
    r"oe(?![vw])|tsj|sj[aeiou]",
    {"tsj": "ch", "sj": "sh", "zj": "zh", "oe": "u", "ch": "kh", "j": "y"},
)

# Polish (and the Belarusian Latin written the Polish way) marks a soft consonant with i:
# ie after a consonant is е (Siergiej, Bierasniewa, Wasiljewicz), where English ie is ие
# (Dmitriev), so it is read only in a name with Polish marks; sz, cz, w, ł the fold reads.
POLISH = _language(
    r"[łżńąę]|sz|cz|iej|wicz$|[eo]wa$",
    {"ie": "e"},
    {r"(?<=[^\Waeiouy])ie": "ie"},
)

# Czech, Slovak, Slovene, Croatian Latin write й as j before a vowel too (Fedjajev,
# Mikhejev, Južilin: Федяев, Михеев, Южилин), where the corridor's Latin j is ж, and
# Czech and Slovak add -ová to a woman's surname (Aršinovová, Těreškovová). Marked by their
# letters or an ending in -jev; not by ž, ň, ý, which Turkmen Latin writes too.
WEST_SLAVIC = _language(
    r"[čšěřůľťď]|jevn?a?$|ová$",
    {"j": "y", "ová": "a"},
    {r"(?<=[oe]v|in)ová$": "ová"},
)

# Swedish, Norwegian, Danish: tj ч, sj ш, j й (Tjubarov, Zjumbajev for Зюмбаев). Marked only
# at the start of a word: inside one, Uzbek and Kazakh Latin write т+ж as tj (Azamatjan).
NORDIC = _language(r"^(tj|sj|zj)", {"tj": "ch", "sj": "sh", "j": "y"})

# Armenian names in Russian drop an h at the start of a word and between vowels (Hakob /
# Акоп, Harutyunyan / Арутюнян, Sahakyan / Саакян, Hovhannes / Ованес), where the
# corridor's Latin h is х; a given name keeps it as г as often (Hamlet / Гамлет, Vahan /
# Ваган), so the h is dropped in every word and, in a second reading, in the surname alone.
# gh is ղ, Russian г (Naghdalyan / Нагдалян). Marked by an Armenian surname's ending:
# English -yan, -ian, -yants, or the -jan, -janc, -jans of German, Polish and Latvian, which
# also write й as j and в as w (Harutjunjan, Howhannisjan), and Czech, Slovak and Polish
# (Sahakjan, Abrahamjan). The corridor's Turkic Latin writes names in -jan too (Azamatjan
# Rahimov, Hasan Nurjan), so without a w, -jan marks a name only where no word has a
# Russian or Turkic family-name or father's-name ending, and its h is dropped in every word
# only when the surname has one to drop too (Hovik Abrahamjan is Овик Абрамян; Hasan
# Nurjan is not Асан Нуржан).
_ARMENIAN_MARK = re.compile(r"\w{3}[yi]an(ts)?$", re.IGNORECASE)
_ARMENIAN_J_MARK = re.compile(r"\w{3}jan[csz]?$", re.IGNORECASE)
_CORRIDOR_ENDING = re.compile(
    r"[eo][vw](a|na)?$|[vw]i[cč]h?$|[uú]l[yıi]$|q[yı]z[yı]$", re.IGNORECASE
)
_ARMENIAN_SILENT_H = re.compile(r"^h(?=[aeiouy])|(?<=[aeiouyv])h(?=[aeiouy])", re.IGNORECASE)
_ARMENIAN_LETTERS = re.compile(r"gh|j(?=[aeiou])|w", re.IGNORECASE)
_ARMENIAN_READ = {"gh": "g", "j": "y", "w": "v"}


def _armenian_word(word: str, european: bool) -> str:
    def repl(m: re.Match[str]) -> str:
        found = m.group(0)
        if found.lower() != "gh" and not european:
            return found
        return in_case_of(found, _ARMENIAN_READ[found.lower()], word)

    return _ARMENIAN_LETTERS.sub(repl, word)


def _without_h(word: str) -> str:
    read = _ARMENIAN_SILENT_H.sub("", word)
    return read[:1].upper() + read[1:] if word[:1].isupper() else read


def _writes_w(latin: set[str]) -> bool:
    return any("w" in w.lower() for w in latin)


_NOT_ARMENIAN, _SURNAME_ALONE, _EVERY_WORD = 0, 1, 2


def _armenian(latin: set[str]) -> int:
    """How surely the name is Armenian: which of its words may drop an h."""
    if any(_ARMENIAN_MARK.search(w) for w in latin):
        return _EVERY_WORD
    if not any(_ARMENIAN_J_MARK.search(w) for w in latin):
        return _NOT_ARMENIAN
    if _writes_w(latin):
        return _EVERY_WORD
    if any(_CORRIDOR_ENDING.search(w) for w in latin):
        return _NOT_ARMENIAN
    silent_h = any(_ARMENIAN_J_MARK.search(w) and _ARMENIAN_SILENT_H.search(w) for w in latin)
    return _EVERY_WORD if silent_h else _SURNAME_ALONE


def _armenian_readings(texts: list[str], drop_h: int) -> list[str]:
    """Each of ``texts`` (the name and its other languages' readings) read as Armenian: the
    h dropped in the surname alone, and with ``_EVERY_WORD`` in every word."""
    out: list[str] = []
    for text in texts:
        words, latin = _words(text)
        european = _writes_w(latin) or any(_ARMENIAN_J_MARK.search(w) for w in latin)
        every: list[str] = []
        surname: list[str] = []
        for word in words:
            spelt = _armenian_word(word, european) if word in latin else word
            every.append(_without_h(spelt) if word in latin else spelt)
            surname.append(_without_h(spelt) if _ARMENIAN_MARK.search(spelt) else spelt)
        for reading in (every, surname) if drop_h == _EVERY_WORD else (surname,):
            result = _joined(reading)
            if result != text and result not in out and result not in texts:
                out.append(result)
    return out


def _words(text: str) -> tuple[list[str], set[str]]:
    """The words of a name (a comma a word of its own) and those of them in Latin letters."""
    words = text.replace(",", " , ").split()
    return words, {w for w in words if _WORD.match(w) and script_of(w) == "latin"}


def _joined(words: list[str]) -> str:
    return " ".join(words).replace(" , ", ", ")


# Lithuanian adds -as, -is, -us to a name (Rustamovas, Timuras, Sergejus, Tokarevskis,
# Giorgis), Latvian -s (Rustamovs, Timurs, Sergejs, Šaripovs): a word in a Russian,
# Georgian or Armenian surname's ending plus one of these marks the name as Baltic
# (Usupašvilis, Pašinianas).
_BALTIC_MARK = re.compile(
    r"(ov|ev|in|yn)a?s$|[sc]kis$|[aeiouy]ju?s$|vilis$|[iyj]anas$", re.IGNORECASE
)
_BALTIC_END = re.compile(
    r"(?<=[^\Waeiouy])(as|s)$|(?<=[sc]k)is$|(?<=j)(us|s)$|(?<=[^\Waeiouy]i)s$", re.IGNORECASE
)


def _baltic_word(word: str) -> str:
    m = _BALTIC_END.search(word)
    if m is None or m.start() < 3:
        return word
    return word[: m.start()] + ("ij" if m.group(0).lower() == "is" else "")


# Azerbaijani (and Turkish, Tatar) Latin writes дж as c (Cavid, Cəfərov, Hacıyev: Джавид,
# Джафаров, Гаджиев), where GOST's Latin c is ц. A name is read so when it has a c (not
# ch) and a letter of those alphabets: ə anywhere, or ı, ğ, ş, ç, q (Kazakh, Turkmen and
# Uzbek Latin write these too, but no c; GOST's Latin writes c, but no q).
# Case is spelt out: ı ignoring case would be any i.
_AZERBAIJANI_MARK = re.compile(r"[əƏ]|^(?=.*[cC](?![hH]))(?=.*[ığşçqİĞŞÇQ])", re.DOTALL)
_AZERBAIJANI_C = re.compile(r"c(?!h)", re.IGNORECASE)


def _azerbaijani_word(word: str) -> str:
    return _AZERBAIJANI_C.sub(lambda m: in_case_of(m.group(0), "j", word), word)


# Azerbaijani written the Turkish way, in older passports and foreign lists, writes ə as e
# (Esedov, Samedzade, Emiraslanov for Əsədov, Səmədzadə, Əmiraslanov), where Russian writes
# а (Асадов, Амирасланов), and дж as c (Celal: Джалал). Nothing need mark such a name, so it
# is read so only ``unmarked``, when nothing else matched; e beside a y (Hüseynov, Aliyev)
# and in a final -ev stays e.
_E_AS_SCHWA = re.compile(r"(?<!y)e(?!y|[vw]a?$)", re.IGNORECASE)


def _turkish_style_word(word: str) -> str:
    word = _azerbaijani_word(word)
    return _E_AS_SCHWA.sub(lambda m: in_case_of(m.group(0), "a", word), word)


# Any language's mark anywhere in a text (a word's start and end read as \b): most names
# have none, and are done with one search.
_ANY_MARK = re.compile(
    "|".join(
        p.pattern.replace("^", r"\b").replace("$", r"\b")
        for p in (
            GERMAN_MARKS,
            FRENCH.marks,
            HUNGARIAN.marks,
            DUTCH.marks,
            NORDIC.marks,
            POLISH.marks,
            WEST_SLAVIC.marks,
            _ARMENIAN_MARK,
            _ARMENIAN_J_MARK,
            _BALTIC_MARK,
        )
    ),
    re.IGNORECASE,
)


# Every reading reads Latin letters: a name without one (most Cyrillic names) is done with
# one quick search.
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u02AF\u1E00-\u1EFF]")


def latin_readings(text: str, *, unmarked: bool = False) -> list[str]:
    """The name read in each language whose marks its Latin words carry: German, French,
    Hungarian, Dutch, Nordic, Polish, Czech and its neighbours, Baltic, Armenian,
    Azerbaijani; [] when none does. With ``unmarked`` also German and Turkish-style
    Azerbaijani without their marks."""
    if not _LATIN_LETTER.search(text):
        return []
    azerbaijani = bool(_AZERBAIJANI_MARK.search(text))
    if not unmarked and not azerbaijani and not _ANY_MARK.search(text):
        return []
    out = german_readings(text, unmarked=unmarked)
    words, latin = _words(text)
    if not latin:
        return out
    rewrites: list[Callable[[str], str]] = [
        language.word
        for language in (FRENCH, HUNGARIAN, DUTCH, NORDIC, POLISH, WEST_SLAVIC)
        if any(language.marks.search(w) for w in latin)
    ]
    if any(_BALTIC_MARK.search(w) for w in latin):
        rewrites.append(_baltic_word)
    if azerbaijani:
        rewrites.append(_azerbaijani_word)
    if unmarked and not azerbaijani:
        # c as дж alone too: e is e in Caparidze (Джапаридзе).
        rewrites += [_azerbaijani_word, _turkish_style_word]
    for rewrite in rewrites:
        result = _joined([rewrite(w) if w in latin else w for w in words])
        if result != text and result not in out:
            out.append(result)
    armenian = _armenian(latin)
    if armenian:
        out += _armenian_readings([text, *out], armenian)
    return out
