"""A ceiling for batch dedupe on the synthetic registry: what a perfect name reader could do.

The oracle reads every name perfectly: it knows which records carry the same generated
surname and given name (nationality and sex too), whatever the script, scheme or slip.
What it cannot know is what the records do not write: among namesakes born in the same
year it sees only the written birth date (a day, a year, nothing), whether both records
write a patronymic (and whether the fathers' names then agree) and how many namesakes were
born that year. Pairs of records with the same name, the same year and no written
conflict are grouped by that *signature* (date level, patronymic compared, namesakes born
that year, and with the records' evidence (synth_evidence.py) whether both write a
birthplace and whether it is the same place); the oracle links whole signatures, the ones
where a link is most often right first, choosing the set with the best F1. Two records
that write the same passport number are always linked (a number is one person's). A record
without a date is paired with every namesake of every age, its signature counting them
all as rivals (date level 0). Whether a record writes a patronymic is read with the
product's parser; everything else comes from the generator.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from dataclasses import dataclass

from bench.synth import Registry, build, same_person_pairs
from bench.synth_evidence import RecordEvidence, evidence_for
from homeward.people.matching.parse import parse


@dataclass
class Ceiling:
    precision: float
    recall: float
    f1: float
    linked_signatures: int


def _place(a: RecordEvidence, b: RecordEvidence) -> int:
    if a.place < 0 or b.place < 0:
        return 0
    return 1 if a.place == b.place else -1


def _magnitude(count: int) -> int:
    """1, 2, 3-4, 5-8, ... records of one name: 0, 1, 2, 3, ..."""
    return (count - 1).bit_length()


Pair = tuple[int, int]
Signature = tuple[object, ...]


def pair_signatures(
    reg: Registry, evidence: list[RecordEvidence], *, name_counts: bool = False
) -> dict[Pair, Signature]:
    """Every pair of records the oracle could link (1-based ids), with its signature. With
    ``name_counts`` the signature also holds how many records carry the name (in powers of
    two): what a reader that also knew each name's frequency could do."""
    by_passport: dict[str, list[int]] = defaultdict(list)
    for i, ev in enumerate(evidence):
        if ev.passport:
            by_passport[ev.passport].append(i + 1)
    signatures: dict[Pair, Signature] = {
        (a, b): ("same passport",)
        for ids in by_passport.values()
        for n, a in enumerate(ids)
        for b in ids[n + 1 :]
    }
    groups: dict[tuple[object, ...], dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    undated: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, (_, rec, p) in enumerate(reg.records):
        name = (p.nat, p.sex, p.surname, p.given)
        if rec.birth:
            groups[name][int(rec.birth[:4])].append(i + 1)
        else:
            undated[name].append(i + 1)
    undated_ids = {i for ids in undated.values() for i in ids}
    frequency = (
        Counter((p.nat, p.sex, p.surname, p.given) for _, _, p in reg.records)
        if name_counts
        else Counter()
    )
    writes: dict[int, bool] = {}

    def patronymic(rid: int) -> bool:
        if rid not in writes:
            writes[rid] = parse(reg.records[rid - 1][1].name).patronymic is not None
        return writes[rid]

    def sign(a: int, b: int, level: int, rivals: int) -> None:
        a, b = min(a, b), max(a, b)
        if (a, b) in signatures:
            return
        ra, pa = reg.records[a - 1][1], reg.records[a - 1][2]
        rb, pb = reg.records[b - 1][1], reg.records[b - 1][2]
        full = len(ra.birth) == 10 and len(rb.birth) == 10
        if full and ra.birth != rb.birth:
            return
        compared = patronymic(a) and patronymic(b)
        if compared and pa.father != pb.father:
            return
        place = _place(evidence[a - 1], evidence[b - 1])
        signature: Signature = (2 if full else level, compared, rivals, place)
        if name_counts:
            signature += (_magnitude(frequency[(pa.nat, pa.sex, pa.surname, pa.given)]),)
        signatures[(a, b)] = signature

    for years in groups.values():
        for ids in years.values():
            for n, a in enumerate(ids):
                for b in ids[n + 1 :]:
                    sign(a, b, 1, min(len(ids) - 2, 5))
    for who, ids in undated.items():
        everyone = sorted({*ids, *(i for year in groups[who].values() for i in year)})
        for a in ids:
            for b in everyone:
                if b != a and not (b in undated_ids and b < a):
                    sign(a, b, 0, min(len(everyone) - 2, 5))
    return signatures


def best_signatures(
    signatures: dict[Pair, Signature], gold: set[Pair]
) -> tuple[Ceiling, set[Signature]]:
    """The signatures the oracle links (those where a link is most often right first, as
    many as give the best F1), and the figures of linking them."""
    counts: dict[Signature, list[int]] = defaultdict(lambda: [0, 0])
    for pair, signature in signatures.items():
        counts[signature][0 if pair in gold else 1] += 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1][0] / (kv[1][0] + kv[1][1]), reverse=True)
    best = Ceiling(0.0, 0.0, 0.0, 0)
    tp = fp = 0
    for n, (_, (right, wrong)) in enumerate(ranked, 1):
        tp, fp = tp + right, fp + wrong
        precision, recall = tp / (tp + fp), tp / len(gold)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if f1 > best.f1:
            best = Ceiling(precision, recall, f1, n)
    return best, {signature for signature, _ in ranked[: best.linked_signatures]}


def oracle_ceiling(
    reg: Registry,
    gold: set[Pair],
    evidence: list[RecordEvidence],
    *,
    name_counts: bool = False,
) -> Ceiling:
    return best_signatures(pair_signatures(reg, evidence, name_counts=name_counts), gold)[0]


def main() -> None:
    """Both ceilings for a registry of ``--size`` (the seed of bench/matching.py)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--queries", type=int, default=1000)
    args = ap.parse_args()
    reg = build(args.size, args.seed, args.queries)
    gold, evidence = same_person_pairs(reg), evidence_for(reg, args.seed)
    for label, counts in (("ceiling", False), ("ceiling knowing each name's count", True)):
        c = oracle_ceiling(reg, gold, evidence, name_counts=counts)
        print(
            f"{label:36s} P {c.precision:.4f} R {c.recall:.4f} F1 {c.f1:.4f} "
            f"({c.linked_signatures} signatures linked)"
        )


if __name__ == "__main__":
    main()
