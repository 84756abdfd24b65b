"""How often two persons of the synthetic registry share a name, against real persons.

Namesakes are what makes batch dedupe hard: a record with a name and a year cannot be told
apart from another person of that name born that year. So the generator's name pools must
produce namesakes about as often as a real population does. The only real, labelled
population at hand is names-dev (Kazakhstan's legislators): too few persons to estimate
how common one name is, but enough *pairs* of persons (tens of thousands) to estimate how
often two of them share a surname or a given name, which is what matters here.

Both sides are read the same way: the product's parser and key form (so Серик and Serik are
one name, as they are to the matcher). Prints, for each nationality of the generator and
for the real set, the share of pairs of persons that share a surname, a male given name,
a female given name, and both a surname and a given name.

    .venv/bin/python bench/name_stats.py --real ../shared/data/names-dev/registry.csv
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

from bench.synth import NATIONALITY_SHARE, Generator
from homeward.people.matching.keys import key_form
from homeward.people.matching.parse import Role, parse


@dataclass(frozen=True)
class Named:
    sex: str
    surname: str
    given: str


@dataclass(frozen=True)
class Rates:
    persons: int
    surname: float
    given_male: float
    given_female: float
    full_name: float


def read_name(sex: str, name: str) -> Named | None:
    parsed = parse(name)
    surname = [key_form(t.stem) for t in parsed.tokens if t.role is Role.SURNAME]
    given = [key_form(t.stem) for t in parsed.tokens if t.role is Role.GIVEN]
    if not surname or not given:
        return None
    return Named(sex, surname[0], given[0])


def _shared(values: Iterable[object]) -> float:
    counts = Counter(values)
    n = sum(counts.values())
    if n < 2:
        return 0.0
    return sum(c * (c - 1) for c in counts.values()) / (n * (n - 1))


def rates(people: list[Named]) -> Rates:
    return Rates(
        persons=len(people),
        surname=_shared(p.surname for p in people),
        given_male=_shared(p.given for p in people if p.sex == "male"),
        given_female=_shared(p.given for p in people if p.sex == "female"),
        full_name=_shared((p.sex, p.surname, p.given) for p in people),
    )


def synthetic(nat: str, count: int, seed: int) -> list[Named]:
    """``count`` persons of one nationality, in the Russian official form."""
    gen = Generator(seed)
    out: list[Named] = []
    while len(out) < count:
        p = gen.person()
        if p.nat != nat:
            continue
        named = read_name(p.sex, gen._render(p, "ru", 0.0, 0.0, order="official"))
        if named:
            out.append(named)
    return out


def real(path: Path) -> list[Named]:
    """names-dev's real persons (ids not starting ``dx-``, the recombined distractors)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if not r["external_id"].startswith("dx-")]
    return [n for r in rows if (n := read_name(r["sex"], r["name"]))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--real", type=Path, help="names-dev registry.csv")
    ap.add_argument("--persons", type=int, default=20000, help="per nationality")
    ap.add_argument("--seed", type=int, default=20261123)
    args = ap.parse_args()
    rows: list[tuple[str, Rates]] = []
    reference = rates(real(args.real)) if args.real else None
    if reference:
        rows.append(("real (names-dev)", reference))
    for nat in NATIONALITY_SHARE:
        rows.append((f"generator {nat}", rates(synthetic(nat, args.persons, args.seed))))
    print(f"{'share of pairs sharing':<22} {'persons':>8} {'surname':>9} {'given m':>9} "
          f"{'given f':>9} {'full name':>10}")  # fmt: skip
    for label, r in rows:
        print(
            f"{label:<22} {r.persons:>8} {r.surname:>9.5f} {r.given_male:>9.5f} "
            f"{r.given_female:>9.5f} {r.full_name:>10.6f}"
        )
    if reference:
        print("ratio to the real set (generator / real):")
        for label, r in rows[1:]:
            print(
                f"{label:<22} {'':>8} {r.surname / reference.surname:>9.1f} "
                f"{r.given_male / reference.given_male:>9.1f} "
                f"{r.given_female / reference.given_female:>9.1f}"
            )


if __name__ == "__main__":
    main()
