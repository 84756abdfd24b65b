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

from collections import defaultdict
from dataclasses import dataclass

from bench.synth import Registry
from bench.synth_evidence import RecordEvidence
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


def oracle_ceiling(
    reg: Registry, gold: set[tuple[int, int]], evidence: list[RecordEvidence]
) -> Ceiling:
    by_passport: dict[str, list[int]] = defaultdict(list)
    for i, ev in enumerate(evidence):
        if ev.passport:
            by_passport[ev.passport].append(i + 1)
    shared = {
        (a, b) for ids in by_passport.values() for n, a in enumerate(ids) for b in ids[n + 1 :]
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
    writes: dict[int, bool] = {}

    def patronymic(rid: int) -> bool:
        if rid not in writes:
            writes[rid] = parse(reg.records[rid - 1][1].name).patronymic is not None
        return writes[rid]

    counts: dict[tuple[object, ...], list[int]] = defaultdict(lambda: [0, 0])
    if shared:
        counts[("same passport",)] = [len(shared & gold), len(shared - gold)]

    def count(a: int, b: int, level: int, rivals: int) -> None:
        a, b = min(a, b), max(a, b)
        if (a, b) in shared:
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
        signature = (2 if full else level, compared, rivals, place)
        counts[signature][0 if (a, b) in gold else 1] += 1

    for years in groups.values():
        for ids in years.values():
            for n, a in enumerate(ids):
                for b in ids[n + 1 :]:
                    count(a, b, 1, min(len(ids) - 2, 5))
    for who, ids in undated.items():
        everyone = sorted({*ids, *(i for year in groups[who].values() for i in year)})
        for a in ids:
            for b in everyone:
                if b != a and not (b in undated_ids and b < a):
                    count(a, b, 0, min(len(everyone) - 2, 5))
    ranked = sorted(counts.values(), key=lambda c: c[0] / (c[0] + c[1]), reverse=True)
    best = Ceiling(0.0, 0.0, 0.0, 0)
    tp = fp = 0
    for n, (right, wrong) in enumerate(ranked, 1):
        tp, fp = tp + right, fp + wrong
        precision, recall = tp / (tp + fp), tp / len(gold)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if f1 > best.f1:
            best = Ceiling(precision, recall, f1, n)
    return best
