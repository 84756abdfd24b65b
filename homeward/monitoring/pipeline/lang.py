"""Language of a text by script and stop words: no model, no network, microseconds.

Good enough to route a page (English and Russian are extracted; Uzbek, Kazakh, Kyrgyz,
Tajik are recognised and kept for a reader) and to refuse gibberish as "unknown".
"""

from __future__ import annotations

import re
from collections import Counter

UNKNOWN = "und"
EXTRACTED = frozenset({"en", "ru"})
"""Languages the fact extractor has patterns for."""

_STOP: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "a",
            "is",
            "that",
            "for",
            "on",
            "was",
            "with",
            "as",
            "by",
            "at",
            "from",
            "it",
            "are",
            "were",
            "have",
            "has",
            "be",
            "this",
            "which",
            "said",
            "their",
            "its",
            "an",
            "not",
            "or",
            "who",
            "they",
            "after",
            "had",
            "been",
            "will",
        ]
    ),
    "ru": frozenset(
        [
            "и",
            "в",
            "не",
            "на",
            "что",
            "с",
            "по",
            "как",
            "из",
            "за",
            "для",
            "от",
            "это",
            "к",
            "о",
            "его",
            "был",
            "была",
            "были",
            "также",
            "он",
            "она",
            "они",
            "уже",
            "который",
            "которые",
            "после",
            "при",
            "до",
            "года",
            "года",
            "также",
        ]
    ),
    "uz": frozenset(
        [
            "va",
            "bilan",
            "uchun",
            "bu",
            "ham",
            "bo'yicha",
            "boʻyicha",
            "haqida",
            "esa",
            "yil",
            "edi",
            "qilish",
            "mumkin",
            "emas",
            "ular",
            "uning",
            "bor",
            "yoki",
            "ва",
            "билан",
            "учун",
            "бу",
            "ҳам",
            "бўйича",
            "ҳақида",
            "эса",
            "йил",
            "эди",
        ]
    ),
    "kk": frozenset(
        ["және", "мен", "бен", "үшін", "бұл", "да", "де", "туралы", "жылы", "болды", "деп"]
    ),
    "ky": frozenset(["жана", "менен", "үчүн", "бул", "да", "деп", "жылы", "болгон", "анын"]),
    "tg": frozenset(["ва", "дар", "бо", "аз", "ба", "барои", "ин", "ки", "шуд", "мебошад", "кард"]),
}
_WORD = re.compile(r"[^\W\d_]+(?:['ʻʼ’][^\W\d_]+)?", re.UNICODE)
_SPECIFIC = {
    "kk": frozenset("әғқңөұүһі"),
    "ky": frozenset("ңөү"),
    "tg": frozenset("ғӣқӯҳҷ"),
    "uz": frozenset("ўқғҳ"),
}


def detect(text: str, *, sample: int = 4000) -> str:
    """ISO 639-1 code, or ``und`` when the text gives too little evidence."""
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    if len(words) < 5:
        return UNKNOWN
    counted = Counter(words)
    scores = {lang: sum(counted[w] for w in stop) for lang, stop in _STOP.items()}
    letters = Counter("".join(words))
    for lang, specific in _SPECIFIC.items():
        scores[lang] += sum(letters[ch] for ch in specific) // 2
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] < max(2, len(words) // 25):
        return UNKNOWN
    return best
