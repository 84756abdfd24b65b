"""Blocking keys: short strings two names of one person very likely share.

Each surname or given name is reduced to its *key form*: the coarse stem (translit.coarse)
with a, o and u merged too, so Исмоил / Исмаил and Султон / Султан meet. Then, per name:

- ``t:`` the first letters of each key form (a name with a typo in all but one part);
- ``p:`` each pair of key-form heads (first letters): the workhorse of search and dedupe;
- ``q:`` the same with shorter heads: a slip in the fourth or fifth letter (Layko / Laylo);
- ``x:`` each ordered pair "head of one, tail of the other": survives a slip in the first
  letters of one part (Bakheom / Bakhrom, Nuiza / Nuriza);
- ``n:`` all key forms whole: the same name, not merely the same beginnings. Search ranks
  by it; dedupe counts it to know how common a name is (namesakes).
- ``w:`` one part's key form whole and the first two letters of another: survives a slip
  anywhere after the second letter of that other part (Nuranov / Нурланов, Mdeerov /
  Mederov), where the shorter heads of ``q:`` are shared by too many at 1M persons.
  Dedupe blocks on it; search does not look it up.
- ``v:`` one part's key form whole and the last three letters of another: survives a slip
  in the first letters of that other part when it is short or its head is all ``x:`` has
  (Sbirov / Sobirov, Emek / Ermek, Avarzhon / Anvarzhon beside a long surname, where the
  ``x:`` key of a head and a common tail such as -бек is shared by thousands). Dedupe
  blocks on it; search does not look it up.
- ``g:`` the given name's and the father's name's key forms whole: a name written without
  its surname, as Kazakh usage writes it (Айқын Ойратұлы, parse.given_and_patronymic),
  meets the full one (Қоныров Айқын Ойратұлы). Search looks it up; dedupe does not block
  on it.

Patronymics give no keys (siblings share them) unless the name has fewer than two
other parts (Kyrgyz "Zhunus uulu Altynbek"). A name written in a German, French,
Hungarian, Dutch, Nordic or Baltic spelling also gives the keys of its reading in the
corridor's Latin (readings.py, ``text_keys``).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations, permutations

from homeward.people.matching.parse import (
    ParsedName,
    Role,
    Token,
    given_and_patronymic,
    parse,
    with_russian_forms,
)
from homeward.people.matching.readings import latin_readings
from homeward.people.matching.translit import coarse

TOKEN_PREFIX = 5
PAIR_PREFIX = 4
TAIL = 3
MAX_KEY = 40
SHORT_HEAD = 3
WHOLE_HEAD = 2
KIND_WEIGHT = {"n": 8, "p": 4, "g": 4, "q": 3, "x": 2, "t": 1}


def key_form(stem: str) -> str:
    """``ismoil`` and ``ismail`` → ``ismuil``: coarse, and a/o/u as one vowel."""
    return coarse(stem).replace("a", "u")


def keyed_tokens(parsed: ParsedName) -> tuple[Token, ...]:
    """The parts keys are made of: the surname and given names, or every part when they are
    fewer than two. "Zhunus uulu Altynbek" has no surname: his father's name is what
    tells him from the other Altynbeks, as the scorer reads it too (score.features)."""
    return parsed.core if len(parsed.core) >= 2 else parsed.tokens


def key_stems(parsed: ParsedName) -> list[str]:
    """Key forms of the parts keys are made of; one that repeats is kept twice, so
    Ibragim Ibragimov still has a pair of parts (``p:ibru|ibru``) and a whole name."""
    return sorted(key_form(t.stem) for t in keyed_tokens(parsed) if len(t.stem) >= 2)


def _pairs(items: list[str]) -> set[tuple[str, str]]:
    return {(a, b) for a, b in combinations(sorted(items), 2)}


def token_keys(parsed: ParsedName) -> set[str]:
    return {f"t:{s[:TOKEN_PREFIX]}" for s in key_stems(parsed)}


def pair_keys(parsed: ParsedName) -> set[str]:
    return {f"p:{a}|{b}" for a, b in _pairs([s[:PAIR_PREFIX] for s in key_stems(parsed)])}


def short_pair_keys(parsed: ParsedName) -> set[str]:
    return {f"q:{a}|{b}" for a, b in _pairs([s[:SHORT_HEAD] for s in key_stems(parsed)])}


def tail_keys(parsed: ParsedName) -> set[str]:
    stems = key_stems(parsed)
    return {
        f"x:{a[:PAIR_PREFIX]}|{b[-TAIL:]}" for a, b in permutations(stems, 2) if len(b) > TAIL + 1
    }


def whole_keys(parsed: ParsedName) -> set[str]:
    stems = key_stems(parsed)
    if len(stems) < 2:
        return set()
    return {f"n:{'|'.join(stems)}"[:MAX_KEY]}


def part_keys(parsed: ParsedName) -> set[str]:
    stems = key_stems(parsed)
    heads = {f"w:{a}|{b[:WHOLE_HEAD]}" for a, b in permutations(stems, 2)}
    return heads | {f"v:{a}|{b[-TAIL:]}" for a, b in permutations(stems, 2) if len(b) > TAIL}


def father_keys(parsed: ParsedName) -> set[str]:
    given = next((t for t in parsed.tokens if t.role is Role.GIVEN), None)
    father = parsed.patronymic
    if given is None or father is None:
        return set()
    return {f"g:{key_form(given.stem)}|{key_form(father.stem)}"[:MAX_KEY]}


def selective_keys(parsed: ParsedName) -> set[str]:
    """The keys search looks up first and dedupe blocks on (not the single-part ``t:``)."""
    return pair_keys(parsed) | short_pair_keys(parsed) | tail_keys(parsed) | whole_keys(parsed)


def name_keys(parsed: ParsedName) -> set[str]:
    keys = token_keys(parsed) | selective_keys(parsed) | part_keys(parsed) | father_keys(parsed)
    return {k[:MAX_KEY] for k in keys}


def stem_readings(parsed: ParsedName) -> list[ParsedName]:
    """The name with one part read another way (Token.other_stems: Däwlet as Дәулет,
    Yoqub as Якуб), for a query's keys: the registry keys each part as the fold reads it."""
    variants = []
    for i, token in enumerate(parsed.tokens):
        for other in token.other_stems:
            tokens = list(parsed.tokens)
            tokens[i] = replace(token, stem=other, other_stems=())
            variants.append(ParsedName(parsed.raw, tuple(tokens)))
    return variants


def text_keys(text: str) -> set[str]:
    """The keys of a written name, of its readings when it is written in another
    language's spelling (readings.py), of it read as a given name and a father's name
    when it may be one (parse.given_and_patronymic), and with a Kazakh or Kyrgyz form of
    a listed name read as the Russian one (parse.with_russian_forms: Жүсіпов, Юсупов).

    ``Asis Murodshonbekow`` shares no key with ``Азиз Муроджонбеков``; its reading
    ``Azis Murodzhonbekov`` does (german.py). A search reads the query the same way.
    """
    keys = name_keys(parse(text))
    for reading in latin_readings(text):
        keys |= name_keys(parse(reading))
    for other in (given_and_patronymic(text), with_russian_forms(parse(text))):
        if other is not None:
            keys |= name_keys(other)
    return keys
