"""Do two written birthplaces name the same place? "Андижанская обл." / "Andijon viloyati".

A birthplace is written as freely as a name: in any script, with or without the word for
region, district or town, as a noun or a Russian adjective (Андижанская), sometimes with
the country. Each word is folded like a name part (translit.fold, then coarse), the generic
words and country names are dropped, and two places agree when any remaining word of one
is a spelling variant of a word of the other: "Asaka, Andijan region" agrees with
"Андижан". Different words mean different places, which is evidence, not proof (a town
and its region, a birthplace written from memory).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from homeward.people.matching.normalize import words
from homeward.people.matching.translit import coarse, fold

AGREE, UNKNOWN, DIFFER = 1, 0, -1
_SIMILAR = 0.8
_MIN_PREFIX = 4

# Generic words of the corridor's languages, and country names, as people write them;
# compared in their folded coarse form, like the place words.
_GENERIC_WRITTEN = """
    region province district city town village republic autonomous of the and
    oblast obl oblys oblysy viloyat viloyati vilayat velayat welaýaty raion rayon rn tuman
    tumani audan audany nohiya etrap gorod g pgt pos poselok selo s kishlak qishloq aul
    auyl ail kent shahar shahri shaxri kala respublika respublikasi ssr ussr sssr va jane
    область обл облысы вилояти вилоят район р-н тумани ауданы ноҳия ноҳияи этрап
    город г пгт пос посёлок село с кишлак қишлоқ аул ауыл айыл шаҳри шахри шаҳар шахар
    республика республикаси ссср асср сср и ва және
    uzbekistan kazakhstan kyrgyzstan kirgizia tajikistan tadzhikistan turkmenistan russia
    karakalpakstan узбекистан ўзбекистон казахстан қазақстан кыргызстан киргизия
    таджикистан тоҷикистон туркменистан россия каракалпакстан қорақалпоғистон
"""
# Russian adjectival place forms: Андижанская → andijan, Ошский → osh.
_ADJECTIVE_END = re.compile(r"(skaia|skoi|skii|skogo|skoe|skaya|skiy)$")


@lru_cache(maxsize=50_000)
def _form(folded: str) -> str:
    return coarse(folded).replace("a", "u")


_GENERIC = frozenset(_form(fold(w)) for w in _GENERIC_WRITTEN.split())


@lru_cache(maxsize=50_000)
def place_words(text: str) -> tuple[str, ...]:
    """The distinctive words of a written place, each in its coarse folded form."""
    out = []
    for word in words(text):
        folded = fold(word)
        stripped = _ADJECTIVE_END.sub("", folded)
        form = _form(stripped if len(stripped) >= 2 else folded)
        if form and form not in _GENERIC and _form(folded) not in _GENERIC and form not in out:
            out.append(form)
    return tuple(out)


def _skeleton(form: str) -> str:
    """The consonants: Фергана / Farg'ona, Туркменабат / Türkmenobod differ in vowels only."""
    return form[:1] + "".join(ch for ch in form[1:] if ch not in "aeiouy")


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    skeleton = _skeleton(a)
    if len(skeleton) >= 3 and skeleton == _skeleton(b):
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= _MIN_PREFIX and long.startswith(short):
        return True
    if min(len(a), len(b)) < _MIN_PREFIX:
        return False
    return Levenshtein.normalized_similarity(a, b) >= _SIMILAR


def place_agreement(a: str, b: str) -> int:
    """``AGREE`` when the places share a word, ``DIFFER`` when they do not, ``UNKNOWN`` when
    either is missing or says nothing more than a region or a country."""
    wa, wb = place_words(a or ""), place_words(b or "")
    if not wa or not wb:
        return UNKNOWN
    if any(_same_word(x, y) for x in wa for y in wb):
        return AGREE
    return DIFFER
