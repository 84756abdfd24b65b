"""One organisation however an article names it: "FMS", "the Federal Migration Service",
"Russian Federal Migration Service (FMS)", "Russia's Federal Migration Service" are one;
"Kazakh Foreign Ministry" and "Kyrgyz Foreign Ministry" are two.

A name is read as (country qualifier, core, acronym): a leading country or nationality
("U.S.", "Russia's", "Kazakh") is the qualifier, an acronym in brackets or the
initials of the core's capitalised words the acronym. Names merge when their cores (or an
acronym and a core's initials) match and their qualifiers do not contradict; a name
without a qualifier joins the one qualified group it matches, not several.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from homeward.monitoring.pipeline import gazetteer

_ACRONYM_TAIL = re.compile(r"\s*\((?P<acr>[A-ZА-ЯЁ]{2,8})\)$")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_SMALL = frozenset({"of", "for", "and", "on", "the", "de", "in", "to"})


@dataclass(frozen=True)
class OrgName:
    text: str
    country: str
    core: str
    acronym: str

    @property
    def initials(self) -> str:
        words = [w for w in self.core.split() if w.lower() not in _SMALL]
        return "".join(w[0] for w in words if w[:1].isupper()).upper()


def _qualifier(word: str) -> str:
    bare = _POSSESSIVE.sub("", word)
    return gazetteer.country_of(bare) or gazetteer.demonym_country(bare)


def parse(name: str) -> OrgName:
    text = name.strip()
    acronym = ""
    m = _ACRONYM_TAIL.search(text)
    if m:
        acronym, text = m.group("acr"), text[: m.start()].strip()
    words = text.split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    country = ""
    for size in (2, 1):  # "United States", "U.S.", "Uzbekistan's"
        if len(words) > size and (found := _qualifier(" ".join(words[:size]))):
            country, words = found, words[size:]
            break
    tail = gazetteer.country_of(words[-1]) if len(words) >= 3 and words[-2] == "of" else ""
    if not country and tail:  # "Embassy of Uzbekistan"
        country, words = tail, words[:-2]
    core = " ".join(words)
    if not acronym and re.fullmatch(r"[A-ZА-ЯЁ]{2,8}", core):
        acronym = core
    return OrgName(name, country, core, acronym)


def _same(a: OrgName, b: OrgName) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    if a.core.lower() == b.core.lower():
        return True
    acr_a, acr_b = a.acronym or a.initials, b.acronym or b.initials
    bare_a, bare_b = a.core.upper() == a.acronym, b.core.upper() == b.acronym
    if bare_a and len(acr_b) >= 2:
        return a.acronym == acr_b
    if bare_b and len(acr_a) >= 2:
        return b.acronym == acr_a
    return bool(a.acronym and b.acronym and a.acronym == b.acronym)


def merge_names(names: list[str]) -> list[str]:
    """One name per organisation, in order of first mention: the fullest form of each."""
    groups: list[list[OrgName]] = []
    for name in names:
        parsed = parse(name)
        if not parsed.core:
            continue
        matches = [g for g in groups if any(_same(parsed, o) for o in g)]
        countries = {o.country for g in matches for o in g if o.country}
        if len(matches) > 1 and not parsed.country and len(countries) > 1:
            # "Foreign Ministry" beside a Russian and an Uzbek one: which is unknown
            groups.append([parsed])
            continue
        if not matches:
            groups.append([parsed])
            continue
        first = matches[0]
        first.append(parsed)
        for other in matches[1:]:
            if not any(
                a.country and b.country and a.country != b.country for a in first for b in other
            ):
                first.extend(other)
                groups.remove(other)
    return [
        max(g, key=lambda o: (bool(o.country), bool(o.acronym), len(o.text))).text for g in groups
    ]
