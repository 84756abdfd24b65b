"""German spellings of Cyrillic names read back into the corridor's usual Latin.

German writes з as s (Sarina, Akbarsoda, Sjumbajew), с between vowels as ss (Jussufowa), й and the
j of я/ю/е as j (Bajram, Jussuf), в as w, дж as dsh or dsch, х as ch, ш as sch, ч as tsch,
ж as sh (Baurshan, Talgatshanow).
The fold (translit.py) handles the spellings no other scheme uses (sch, tsch, w); these
readings are the ones that collide with other schemes (s is с in every other one), so a
search tries them as a second reading of a query, not as the only one.
"""

from __future__ import annotations

import re

_GERMAN = re.compile(r"tsch|dsch|dsh|sch|sh|ch|ss|s(?=[aeiouyj])|z|j(?=[aeiou])|j|w", re.IGNORECASE)
_READ = {
    "tsch": "ch",
    "dsch": "dzh",
    "dsh": "dzh",
    "sch": "sh",
    "sh": "zh",
    "ch": "kh",
    "ss": "s",
    "s": "z",
    "z": "ts",
    "j": "y",
    "w": "v",
}
GERMAN_MARKS = re.compile(r"sch|w|dsh|[aeiou]ss[aeiou]|^j[aeiou]", re.IGNORECASE)
_LATIN_WORD = re.compile(r"^[A-Za-z]+$")


def in_case_of(found: str, read: str, word: str) -> str:
    """``read`` in the case the spelling ``found`` had in ``word`` (a capital letter, a
    capitalised word, or a word in capitals)."""
    if found.isupper() and (len(found) > 1 or word.isupper()):
        return read.upper()
    return read.capitalize() if found[0].isupper() else read


def _word(word: str, initial_s: bool) -> str:
    def repl(m: re.Match[str]) -> str:
        found = m.group(0)
        if found.lower() == "s" and m.start() == 0 and not initial_s:
            return found
        if found.lower() == "j" and word[m.end() : m.end() + 1].lower() == "o":
            # jo is йо, ио (Josif, Jossif: Иосиф), not the ё an Uzbek yo is (translit._YO).
            return in_case_of(found, "i", word)
        return in_case_of(found, _READ[found.lower()], word)

    return _GERMAN.sub(repl, word)


def german_readings(text: str, *, unmarked: bool = False) -> list[str]:
    """The query read as German spelling, with an initial s as з and as с; [] when no word
    of it is plain Latin with a German-looking spelling (unless ``unmarked``)."""
    words = text.replace(",", " , ").split()
    latin = [w for w in words if _LATIN_WORD.match(w)]
    if not latin or not (unmarked or any(GERMAN_MARKS.search(w) for w in latin)):
        return []
    out = []
    for initial_s in (True, False):
        reading = " ".join(_word(w, initial_s) if _LATIN_WORD.match(w) else w for w in words)
        reading = reading.replace(" , ", ", ")
        if reading != text and reading not in out:
            out.append(reading)
    return out
