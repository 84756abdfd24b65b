"""Cleaning what people type: apostrophes, case, stray symbols, look-alike letters."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_NAME_LENGTH = 200

_APOSTROPHES = re.compile(r"[\u0027\u2018\u2019\u0060\u02bb\u02bc\u02b9\u00b4\u2032]")
_CAMEL = re.compile(r"(?<=[a-zа-яёәғқңөұүһіўҳӣӯҷ])(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲӢӮҶ])")
_NOT_NAME = re.compile(r"[^\w\sʻ-]", re.UNICODE)
_SPACES = re.compile(r"[\s_]+")

# Latin letters that look like Cyrillic ones, and back: "Cерік" is typed with a Latin C.
_LATIN_TO_CYRILLIC = str.maketrans("AaBCcEeHKMOoPpTXxy", "АаВСсЕеНКМОоРрТХху")
_CYRILLIC_TO_LATIN = str.maketrans("АаВСсЕеНКМОоРрТХху", "AaBCcEeHKMOoPpTXxy")


def fold_apostrophes(text: str) -> str:
    """Uzbek Latin writes oʻ/gʻ with U+02BB, but people type ' ’ ` ‘ ʼ; treat all as one."""
    return _APOSTROPHES.sub("ʻ", text)


def script_of(word: str) -> str:
    """``cyrillic``, ``latin``, ``mixed`` or ``other`` for the letters of one word."""
    scripts = set()
    for ch in word:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("CYRILLIC"):
            scripts.add("cyrillic")
        elif name.startswith("LATIN"):
            scripts.add("latin")
        elif ch != "ʻ":
            scripts.add("other")
    if not scripts:
        return "other"
    return scripts.pop() if len(scripts) == 1 else "mixed"


# A word wholly in Latin or wholly in Cyrillic letters: no look-alike to rewrite.
_ONE_SCRIPT = re.compile(r"[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024Fʻ]+|[\u0400-\u052Fʻ]+")
# Characters that clean() keeps as they are (letters of the corridor's alphabets, a space,
# ʻ , -): text made only of them skips the character-by-character pass.
_PLAIN = re.compile(
    r"[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0400-\u0481\u048A-\u052F ʻ,-]*"
)


def _unmix(word: str) -> str:
    """A word mostly in one script with look-alike letters of the other is rewritten."""
    if _ONE_SCRIPT.fullmatch(word) or script_of(word) != "mixed":
        return word
    cyr = sum(1 for ch in word if unicodedata.name(ch, "").startswith("CYRILLIC"))
    lat = sum(1 for ch in word if unicodedata.name(ch, "").startswith("LATIN"))
    return word.translate(_LATIN_TO_CYRILLIC if cyr >= lat else _CYRILLIC_TO_LATIN)


@lru_cache(maxsize=200_000)
def clean(text: str) -> str:
    """Text a person could have meant as a name: no controls, symbols or emoji; spaced words."""
    text = unicodedata.normalize("NFKC", text.replace("\x00", " "))[: MAX_NAME_LENGTH * 2]
    text = fold_apostrophes(text)
    if not _PLAIN.fullmatch(text):
        text = "".join(
            ch if unicodedata.category(ch)[0] in "LMNZ" or ch in "ʻ-," else " " for ch in text
        )
    text = _CAMEL.sub(" ", text)
    text = _NOT_NAME.sub(" ", text).replace("-", " ")
    words = [_unmix(w.strip("ʻ")) for w in _SPACES.split(text) if w.strip("ʻ")]
    return " ".join(w for w in words if any(ch.isalpha() for ch in w))[:MAX_NAME_LENGTH]


def words(text: str) -> list[str]:
    return clean(text).split()
