"""Name parts in any order: surname, given name, patronymic.

Names arrive as "Surname Given Patronymic" (Russian official), "Given Patronymic Surname",
"SURNAME Given", "Surname, Given", with Kyrgyz "uulu"/"kyzy" and Uzbek "oʻgʻli"/"qizi" as
separate words or Kazakh "-ұлы"/"-қызы" and Russian "-ович"/"-овна" as endings. Roles are
hints for the scorer and the explanation; matching itself does not rely on word order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache

from homeward.people.matching import cognates
from homeward.people.matching.normalize import clean
from homeward.people.matching.translit import fold, j_readings


class Role(Enum):
    SURNAME = "surname"
    GIVEN = "given name"
    PATRONYMIC = "patronymic"
    UNKNOWN = "name"


# Folded forms (see translit.fold): -ович → ovih, -ұлы → uli, -қызы → kizi, -овна → ovna.
_PATRONYMIC_END = re.compile(
    r"(ovih|evih|avih|ovic|evic|ovicj|evicj|ovna|evna|avna|ihna|ivna|ivih|uli|ulu|kizi|ogli|ugli|oglu)$"
)
# Endings only a patronymic has: a word in -ұлы may be a given name (Gurbanguly) or a
# surname (Damiruly), one in -ович never is.
_RUSSIAN_PATRONYMIC_END = re.compile(
    r"(ovih|evih|avih|ovic|evic|ovicj|evicj|ovna|evna|avna|ihna|ivna|ivih)$"
)
# Patronymic endings that are also family names' (see _merge_particles).
_FAMILY_NAME_END = re.compile(r"(uli|kizi|ovih|evih|avih|ivih|ovic|evic|ovicj|evicj)$")
_PARTICLES = frozenset({"uli", "ulu", "kizi", "ogli", "ugli", "oglu", "ibn", "bin"})
_SURNAME_END = re.compile(
    r"(ova|eva|ov|ev|ina|in|ski|skaia|zoda|zod|ion|ien|ian|pur|uli|kizi|iev|ieva|enko|enka|ovih|evih)$"
)
# Endings many given names share (Зарина, Мадина, Салахиддин, Нуриддин): of two suffixed
# words, the one with another ending is the surname (Каримова Зарина, Salahiddin Karimov).
_GIVEN_LIKE_END = re.compile(r"(ina|in)$")
_STEM_END = re.compile(
    r"(ova|eva|ov|ev|ina|ski|skaia|skii|zoda|zod|ion|ien|ian|pur|uli|kizi|ovna|evna|avna|ovih|evih|avih|ovic|evic|ovicj|evicj|ihna|ivna|ivih|ulu|ogli|ugli|oglu)$"
)
_MIN_STEM = 3
_X = re.compile(r"[xX]")
# The fold reads Kyrgyz уулу ("son of", Жунусуулу) and сұлу ("beautiful", which ends many
# women's names: Айсұлу, Жансулу, Aisuluu) alike, as -ulu. Only the doubled u before the
# л is the father's name.
_KYRGYZ_UULU = re.compile(r"(уу|uu|ūu|uū)(л|l)(у|u)$", re.IGNORECASE)


@dataclass(frozen=True)
class Token:
    text: str
    folded: str
    stem: str
    role: Role
    # Stems of the word read another way, for comparison only (keys use ``stem``): Latin x
    # as ks (the fold reads it as Uzbek х: Axror, but Alexey), a Belarusian spelling as
    # the Russian one (_belarusian_as_russian).
    other_stems: tuple[str, ...] = ()
    # The fold as written when the word is another language's form of a name and
    # ``folded`` / ``stem`` are the Russian one's (cognates.py: Mykola, Миколайович).
    as_written: str = ""

    @property
    def stems(self) -> tuple[str, ...]:
        return (self.stem, *self.other_stems)


@dataclass(frozen=True)
class ParsedName:
    raw: str
    tokens: tuple[Token, ...]
    # A reading in a spelling the name carries no mark of (readings.latin_readings
    # ``unmarked``): a guess, which counts only where it fits every part closely.
    guess: bool = False

    @property
    def core(self) -> tuple[Token, ...]:
        """Surname and given names: the parts that must agree for two names to be one person."""
        return tuple(t for t in self.tokens if t.role is not Role.PATRONYMIC)

    @property
    def patronymic(self) -> Token | None:
        return next((t for t in self.tokens if t.role is Role.PATRONYMIC), None)


def marked_surname(parsed: ParsedName) -> Token | None:
    """The surname when its ending says it is one (-ов, -ева, -зода, -ұлы …), else None.

    Not -ин, -ина: many given names end so (Зарина, Екатерина), and one read as the surname
    of a name whose real surname carries a slip (IZZATBOEA ZARINA) is no sign of it."""
    for t in parsed.tokens:
        if (
            t.role is Role.SURNAME
            and _surname_ending(t.folded)
            and not _GIVEN_LIKE_END.search(t.folded)
        ):
            return t
    return None


_SURNAME_FORMS = (
    (re.compile(r"(ov|ova|ev|eva|iev|ieva)$"), "ov"),
    (re.compile(r"(uli|kizi)$"), "uli"),
    (re.compile(r"(zoda|zod)$"), "zoda"),
    (re.compile(r"(ion|ien|ian)$"), "ion"),
    (re.compile(r"pur$"), "pur"),
)


def surname_form(token: Token) -> str:
    """Which family-name form a word's ending is: Оңғаров and Оңғарова "ov", Оңғарұлы and
    Оңғарқызы "uli", Саидзода "zoda", Парвизиён "ion", Алишерпур "pur"; "" for none."""
    if token.stem == token.folded:
        return ""
    return next((form for ending, form in _SURNAME_FORMS if ending.search(token.folded)), "")


def stem(folded: str) -> str:
    """``rahmonov`` → ``rahmon``, ``majitovih`` → ``majit``, ``kekilbaiuli`` → ``kekilbai``."""
    cut = _STEM_END.sub("", folded)
    return cut if len(cut) >= _MIN_STEM else folded


# A Russian patronymic drops the й of a father's name in -ай, -ой, -уй (Есболай →
# Есболаевич, Николай → Николаевич): its root is also read with the й, as the Kazakh form
# keeps it (Есболайұлы).
_DROPPED_I = re.compile(r"(?<=[aeou])(evih|evna|evic|evicj)$")


def _sulu_name(word: str, folded: str) -> bool:
    """A word that folds to -ulu but writes no уулу: a woman's name in -сұлу (Айсұлу)."""
    return folded.endswith("ulu") and not _KYRGYZ_UULU.search(word)


def _word_stem(word: str, folded: str) -> str:
    return folded if _sulu_name(word, folded) else stem(folded)


# Folded Ukrainian and Belarusian forms → the Russian form's fold (given names) or stem
# (fathers' names): Mykola → nikolai, Миколаївна → nikola.
_GIVEN_FORMS = {
    fold(other): fold(russian)
    for russian, other in cognates.given_names()
    if fold(other) != fold(russian)
}
_PATRONYMIC_ROOTS = {
    stem(fold(other)): stem(fold(russian))
    for russian, other in cognates.patronymics()
    if stem(fold(other)) != stem(fold(russian))
}


def _read_as_russian(word: str, folded: str, patronymic: bool) -> tuple[str, str, bool]:
    """(fold, stem) of a word, the Russian form's when it is another form of a listed name,
    and whether it is."""
    # The table is read with Latin x as ks, as in Slavic names (Olexandr, Alexeyevich: not
    # Алех-евич), and j as й too (Juchym, Jauhen: Юхим, Яўген in German or Polish).
    key = fold(_X.sub("ks", word)) if _X.search(word) else folded
    if patronymic:
        root = stem(folded)
        russian = _PATRONYMIC_ROOTS.get(root if key == folded else stem(key))
        return (folded, root, False) if russian is None else (folded, russian, True)
    russian = next(filter(None, map(_GIVEN_FORMS.get, j_readings(key)[:2])), None)
    if russian is None:
        return folded, _word_stem(word, folded), False
    return russian, stem(russian), True


# Folded Kazakh and Kyrgyz forms of names of Arabic and Persian origin → the Russian form
# (cognates.turkic_names: Жүсіп → Юсуп), compared as a second reading of the word.
_TURKIC_FORMS = {
    stem(fold(other)): russian
    for russian, other in cognates.turkic_names()
    if stem(fold(other)) != stem(fold(russian))
}


def with_russian_forms(parsed: ParsedName) -> ParsedName | None:
    """The name with each Kazakh or Kyrgyz form of a listed name read as the Russian one
    (Жүсіпов Ерлан as Юсупов Ерлан), for its keys; None when it has no such form."""
    tokens = tuple(
        replace(t, stem=stem(fold(_TURKIC_FORMS[t.stem])), other_stems=())
        if t.stem in _TURKIC_FORMS
        else t
        for t in parsed.tokens
    )
    return ParsedName(parsed.raw, tokens) if tokens != parsed.tokens else None


# Belarusian Cyrillic (ў, і, э after a consonant; no и, and no Ukrainian or Kazakh letter)
# writes я and э where Russian writes an unstressed е (Лявоненка / Леоненко, Ярашэвіч /
# Ярошевич) and дз, ц before a soft vowel where Russian writes д, т (Дзевятоўскі /
# Девятовский, Сцяцко / Стецко). Its Latin writes -оў, -аў, -еў as -ou, -au, -eu
# (Bashkou, Bazanau, Aheeu), -оўскі as -ouski, and keeps the дз (Dzeviatouski). Read so, a
# word is compared the Russian way too.
_BELARUSIAN = re.compile(r"[ўі]|(?<=[бвгджзклмнпрстфхцчшщ])э", re.IGNORECASE)
_NOT_BELARUSIAN = re.compile(r"[иїєґәғқңөұүһ]", re.IGNORECASE)
_BELARUSIAN_AS_RUSSIAN = (
    (re.compile(r"дз(?=[ьеёіюя])"), "д"),
    (re.compile(r"ц(?=[ьеёіюя])"), "т"),
    (re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])я"), "е"),
    (re.compile(r"э"), "е"),
    (re.compile(r"^алена$"), "елена"),  # not in cognates.py: Russian Алёна is another name
)
_BELARUSIAN_LATIN = (
    (re.compile(r"(?<=\w)([aeo])[uŭ]$", re.IGNORECASE), r"\1v"),
    (re.compile(r"(?<=[aeo])[uŭ](?=sk)", re.IGNORECASE), "v"),
    (re.compile(r"dz(?=[ij]?[aeiouy])", re.IGNORECASE), "d"),
)


def _rewritten(word: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    for pattern, repl in rules:
        word = pattern.sub(repl, word)
    return word


def _belarusian_as_russian(word: str) -> str:
    return _rewritten(word.lower(), _BELARUSIAN_AS_RUSSIAN)


# Mongolian writes the father's name in the genitive before the given name (Гантулгын
# Батболд, Dashiin Enkhbayar), and a passport writes it bare (BATBOLD Gantulga): the word
# is also compared without the ending. -ийн and -iin are Mongolian only; -ын and -yn also
# end Turkic given names (Алтын, Aidyn), so they need a root of four letters.
_MONGOLIAN_GENITIVE = re.compile(
    r"(?<=н)гийн$|ийн$|(?<=n)gi[ij]n$|i[ij]n$|(?<=\w{4})(ын|yn)$", re.IGNORECASE
)


# Uzbek and Tajik ё at the start of a word or after a vowel is the Russian я of the same
# name (Ёқуб / Якуб, Ёдгор / Ядгар, Сурайё / Сурайя, Ҳаёт / Хаят); Latin yo likewise. The
# fold reads that Latin yo as ё (translit._YO); this is the second reading.
_YO_AS_YA = re.compile(r"(?:^|(?<=[аеёиоуўэюяйaeiouy]))(ё|yo)", re.IGNORECASE)
# A Latin je before a consonant is е in German, Czech and Polish spellings (Jegorow,
# Jelena), but же in Kazakh, Turkmen and Uzbek Latin (Jeńis, Jetpisbaev, Jeren). The fold
# reads it е (translit._FOLDS); this is the second reading.
_LATIN_JE = re.compile(r"^je(?=[^\Waeiou])", re.IGNORECASE)
# A Latin ja, ju at the start of a word is жа, жу in Kazakh, Kyrgyz and Uzbek Latin
# (Japarov, Jusup), which the fold reads, and я, ю in Polish, Czech, Slovak and German
# spellings (Jaceniuk, Jazenjuk, Jurčenko: Яценюк, Юрченко); this is the second reading.
_LATIN_JA = re.compile(r"^j(?=[au])", re.IGNORECASE)


# Russian spellings of Kazakh and Kyrgyz names follow the sound: үй before a consonant is
# ю (Дүйсен / Дюсен, Түйте / Тюте; Latin Düisen, Duisen / Dyusen) and н before б is м
# (Дүйсенбі / Дюсембі, Есенбаев / Есембаев). Both are read at once, so Дүйсенбинов meets
# Дюсембинов; either alone the fold already brings near enough in a long word.
_CONSONANT = "бвгджзйклмнпрстфхцчшщқғңһbcdfghjklmnpqrstvwxz"
_KAZAKH_AS_RUSSIAN = (
    (re.compile(rf"(?<=[{_CONSONANT}])[үұ]й(?=[{_CONSONANT}])", re.IGNORECASE), "ю"),
    (re.compile(rf"(?<=[{_CONSONANT}])[üu][iy](?=[{_CONSONANT}])", re.IGNORECASE), "yu"),
    (re.compile(r"нб", re.IGNORECASE), "мб"),
    (re.compile(r"nb", re.IGNORECASE), "mb"),
)


# Latin w after a vowel is в in German and Turkmen Latin (Döwlet: Довлет), which the fold
# reads, and у in Kazakh Latin written the Turkish way (Däwlet, Nawrız: Дәулет, Наурыз);
# this is the second reading.
_LATIN_W_AS_U = re.compile(r"(?<=[aeiouyäöüıï])w(?=[^\Waeiouyäöüıï]|$)", re.IGNORECASE)


def _ya(found: re.Match[str]) -> str:
    return "я" if found.group(1).lower() == "ё" else "ya"


def _other_stems(word: str, root: str, belarusian: bool) -> tuple[str, ...]:
    others = []
    if _YO_AS_YA.search(word):
        others.append(_YO_AS_YA.sub(_ya, word))
    if _LATIN_JE.search(word):
        others.append(_LATIN_JE.sub("zhe", word))
    if _LATIN_JA.search(word):
        others.append(_LATIN_JA.sub("y", word))
    if _LATIN_W_AS_U.search(word):
        others.append(_LATIN_W_AS_U.sub("u", word))
    russian = _TURKIC_FORMS.get(root)
    if russian:
        others.append(russian)
    as_russian = _rewritten(word, _KAZAKH_AS_RUSSIAN)
    if as_russian != word:
        others.append(as_russian)
    bare = _MONGOLIAN_GENITIVE.sub("", word)
    if bare != word and len(bare) >= _MIN_STEM:
        others.append(bare)
    if _X.search(word):
        others.append(_X.sub("ks", word))
    if belarusian:
        others.append(_belarusian_as_russian(word))
    as_belarusian = _rewritten(word, _BELARUSIAN_LATIN) if len(word) >= 5 else word
    if as_belarusian != word:
        others.append(as_belarusian)
    if not others:
        return ()
    stems = {_word_stem(other, fold(other)) for other in others} - {root}
    return tuple(sorted(stems))


def _merge_particles(words: list[str]) -> list[tuple[str, str, bool]]:
    """(text, folded, is_patronymic); "Asyl uulu" becomes one patronymic word."""
    merged: list[tuple[str, str, bool]] = []
    for word in words:
        f = fold(word)
        if not f:
            continue
        if f in _PARTICLES and merged:
            text, prev, _ = merged[-1]
            merged[-1] = (f"{text} {word}", prev + f, True)
        else:
            is_patr = bool(_PATRONYMIC_END.search(f)) and len(f) > 5 and not _sulu_name(word, f)
            if len(words) < 3 and _FAMILY_NAME_END.search(f):
                # Of two words, one in -ұлы/-қызы is a family name (Серікқызы Айгүл: many
                # Kazakhs took one) or a Turkmen given name (Gurbanguly), and one in
                # -ович/-евич a Belarusian, Serbian or Polish surname (BOGDANOVICH Larisa,
                # Jarašević), not a patronymic; a woman's -овна never is a surname.
                is_patr = False
            merged.append((word, f, is_patr))
    return merged


@lru_cache(maxsize=500_000)
def parse(raw: str) -> ParsedName:
    words, parts, belarusian = _parts(raw)
    surname_at = _surname_position(raw, words, parts)
    roles = []
    given_seen = False
    for i, (_, _, is_patr) in enumerate(parts):
        if is_patr and i != surname_at:
            role = Role.PATRONYMIC
        elif i == surname_at:
            role = Role.SURNAME
        elif not given_seen:
            role, given_seen = Role.GIVEN, True
        else:
            role = Role.UNKNOWN
        roles.append(role)
    return _parsed(raw, parts, roles, belarusian)


def _parts(raw: str) -> tuple[list[str], list[tuple[str, str, bool]], bool]:
    """The words, the name parts (_merge_particles) and whether the name is Belarusian."""
    text = clean(raw)
    # An initial ("Ruslan M. Sydorovych") says too little to compare: it is left out.
    split = text.split()
    words = [w for w in split if len(w) > 1] or split
    belarusian = bool(_BELARUSIAN.search(text)) and not _NOT_BELARUSIAN.search(text)
    return words, _single_patronymic(_merge_particles(words)), belarusian


@lru_cache(maxsize=200_000)
def _word_reading(
    word: str, f: str, patronymic: bool, belarusian: bool
) -> tuple[str, str, tuple[str, ...], str]:
    """A word's fold, stem, other stems and fold as written (see Token), in its role.

    Cached by word: a registry's names share their words far more than their whole forms,
    so a worker has most words read before it meets the name they are in."""
    folded, root, russian = _read_as_russian(word, f, patronymic)
    others = () if russian else _other_stems(word, root, belarusian)
    if patronymic and _DROPPED_I.search(folded):
        others = (*others, f"{root}i")
    return folded, root, others, f if russian else ""


def _parsed(
    raw: str, parts: list[tuple[str, str, bool]], roles: list[Role], belarusian: bool
) -> ParsedName:
    tokens = []
    for (word, f, _), role in zip(parts, roles, strict=True):
        folded, root, others, written = _word_reading(word, f, role is Role.PATRONYMIC, belarusian)
        tokens.append(
            Token(
                text=word,
                folded=folded,
                stem=root,
                role=role,
                other_stems=others,
                as_written=written,
            )
        )
    return ParsedName(raw=raw, tokens=tuple(tokens))


@lru_cache(maxsize=100_000)
def given_and_patronymic(raw: str) -> ParsedName | None:
    """A name of two words read as a given name and a father's name, when one of the words
    ends as a patronymic does and ``parse`` read it as a family name; else None.

    Of two words, ``parse`` reads one in -ұлы, -қызы or -ович as a family name (Серікқызы
    Айгүл, BOGDANOVICH Larisa). But Kazakh usage names a person by given name and father's
    name alone (Айқын Ойратұлы for Қоныров Айқын Ойратұлы), as Russian address does (Арман
    Тулешович): that reading is tried too, at a cost (score.READING_COST)."""
    parsed = parse(raw)
    if len(parsed.tokens) != 2:
        return None
    family = [
        i
        for i, t in enumerate(parsed.tokens)
        if t.role is Role.SURNAME and _FAMILY_NAME_END.search(t.folded) and len(t.folded) > 5
    ]
    if len(family) != 1:
        return None
    _, parts, belarusian = _parts(raw)
    roles = [Role.PATRONYMIC if i == family[0] else Role.GIVEN for i in range(len(parts))]
    return _parsed(raw, parts, roles, belarusian)


def _single_patronymic(parts: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    """At most one patronymic, never the only word. "Валерий Николаевич Котович" (given,
    patronymic, surname) keeps the middle one; "Котович Валерий Николаевич" the last."""
    candidates = [i for i, (_, _, p) in enumerate(parts) if p]
    if len(parts) < 2 or not candidates:
        return [(w, f, False) for w, f, _ in parts]
    russian = [i for i in candidates if _RUSSIAN_PATRONYMIC_END.search(parts[i][1])]
    if len(candidates) > 1 and russian:
        candidates = russian  # "Бердымухамедов Гурбангулы Оразович": Оразович
    keep = 1 if 1 in candidates and len(parts) >= 3 else candidates[-1]
    return [(w, f, i == keep) for i, (w, f, _) in enumerate(parts)]


def _surname_ending(folded: str) -> bool:
    """Ends as a surname does, after a root of its own: Karimov, Rahimzoda, not Lev or Ion."""
    # Searched after the root: on the whole word, -iev of Aliev would be found first, at 2.
    return _SURNAME_END.search(folded[_MIN_STEM:]) is not None


def _surname_position(raw: str, words: list[str], parts: list[tuple[str, str, bool]]) -> int | None:
    if len(parts) < 2:
        return None
    if "," in raw:
        return 0
    upper = [i for i, (w, _, _) in enumerate(parts) if w.isupper() and len(w) > 1]
    if len(upper) == 1 and not all(w.isupper() for w in words):
        return upper[0]
    # Любовь folds as an -ов surname would; a Russian surname never ends in ь.
    suffixed = [
        i
        for i, (w, f, p) in enumerate(parts)
        if not p and _surname_ending(f) and not w.endswith(("ь", "Ь"))
    ]
    if len(suffixed) > 1:
        suffixed = [i for i in suffixed if not _GIVEN_LIKE_END.search(parts[i][1])]
    if len(suffixed) == 1:
        return suffixed[0]
    if parts[-1][2] and len(parts) >= 3:
        return None  # Given Patronymic? Surname first: "Жапаров Садыр Нурланович"
    return None
