"""Why batch dedupe links or leaves each pair of the bench registry, against the truth.

    HOMEWARD_DATABASE_URL=postgres://postgres@127.0.0.1:5432/homeward_bench \\
        .venv/bin/python bench/dedupe_reasons.py --size 1000000

Reads the registry ``bench/matching.py`` built for ``--size`` (run it first; same seed),
forms dedupe's candidate pairs and scores every one with ``dedupe.pair_verdict``, as dedupe
does, keeping the reason ``batch_veto`` gives. Prints, per reason, how many pairs of one
person (the generator's truth, ``same_person_pairs``) and of two it holds, the pairs of one
person that no block brings together, and the pairwise figures of the pairs linked (before
clustering, which moves F1 by a few thousandths). For the error analysis of a change to keys
or vetoes: the product's own figures come from ``bench/matching.py``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from django.db import connection

from bench.ceiling import best_signatures, pair_signatures
from bench.matching import say
from bench.synth import Registry, build, same_person_pairs
from bench.synth_evidence import evidence_for
from homeward.people.matching import dedupe
from homeward.people.matching.score import Evidence

Scored = tuple[int, int, str]  # person ids, reason ("linked", "below the threshold" or a veto)

Profiles = dict[int, tuple[list[str], Evidence]]

_SHARED: dict[str, object] = {}


def _reason(pruner: dedupe.Pruner, profiles: Profiles, a: int, b: int) -> str:
    value, veto = dedupe.pair_verdict(profiles, pruner, a, b)
    if veto is not None:
        return veto
    return "linked" if value >= pruner.cut else "below the threshold"


def _work(index: int) -> list[Scored]:
    pruner, profiles, slices = _SHARED["pruner"], _SHARED["profiles"], _SHARED["slices"]
    assert isinstance(pruner, dedupe.Pruner) and isinstance(profiles, dict)  # noqa: S101
    assert isinstance(slices, list)  # noqa: S101
    return [
        (a, b, _reason(pruner, profiles, a, b))
        for a, b in slices[index]
        if a in profiles and b in profiles
    ]


def scored_pairs(workers: int = 2) -> list[Scored]:
    pruner = dedupe.load_pruner()
    pairs = sorted(dedupe.candidate_pairs(pruner=pruner))
    ids = {p for pair in pairs for p in pair if p in pruner.info}
    size = -(-len(pairs) // workers)
    _SHARED.update(
        pruner=pruner,
        profiles=dedupe._all_profiles(ids, pruner),
        slices=[pairs[i : i + size] for i in range(0, len(pairs), size)],
    )
    connection.close()
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            parts = pool.map(_work, range(workers))
    finally:
        _SHARED.clear()
    return [item for part in parts for item in part]


_COLUMNS = ("oracle links", "oracle leaves", "other names")


def against_oracle(
    reg: Registry, gold: set[tuple[int, int]], scored: list[Scored], seed: int
) -> None:
    """Per reason, pairs of one person / of two among those the perfect name reader
    (bench/ceiling.py) links, those it leaves, and pairs of two different generated names,
    which it never links."""
    signatures = pair_signatures(reg, evidence_for(reg, seed))
    _, linked = best_signatures(signatures, gold)
    reasons = {(a, b): reason for a, b, reason in scored}
    table: Counter[tuple[str, str, bool]] = Counter()
    for pair, reason in reasons.items():
        signature = signatures.get(pair)
        column = _COLUMNS[2 if signature is None else 0 if signature in linked else 1]
        table[(reason, column, pair in gold)] += 1
    for pair, signature in signatures.items():
        if pair not in reasons:
            column = _COLUMNS[0 if signature in linked else 1]
            table[("no block brings them together", column, pair in gold)] += 1
    say(f"{'reason (one / two)':64s} " + " ".join(f"{c:>17s}" for c in _COLUMNS))
    for reason in sorted({r for r, _, _ in table}, key=lambda r: (r != "linked", r)):
        cells = (
            f"{table[(reason, c, True)]:>8d}/{table[(reason, c, False)]:<8d}" for c in _COLUMNS
        )
        say(f"{reason[:64]:64s} " + " ".join(cells))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument(
        "--against-oracle",
        action="store_true",
        help="also split each reason by what the perfect name reader does with the pairs",
    )
    args = ap.parse_args()
    reg = build(args.size, args.seed, args.queries)
    gold = same_person_pairs(reg)
    scored = scored_pairs()
    counts = Counter((reason, (a, b) in gold) for a, b, reason in scored)
    linked_right = counts[("linked", True)]
    linked = linked_right + counts[("linked", False)]
    precision, recall = linked_right / max(linked, 1), linked_right / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if linked_right else 0.0
    say(f"{len(scored)} candidate pairs; {len(gold)} pairs of one person")
    say(f"{'reason':64s} {'one':>7s} {'two':>7s}")
    for reason in sorted({r for r, _ in counts}, key=lambda r: (r != "linked", r)):
        say(f"{reason:64s} {counts[(reason, True)]:7d} {counts[(reason, False)]:7d}")
    unpaired = len(gold - {(a, b) for a, b, _ in scored})
    say(f"{'no block brings them together':64s} {unpaired:7d}")
    say(f"linked pairs before clustering: P {precision:.4f} R {recall:.4f} F1 {f1:.4f}")
    if args.against_oracle:
        against_oracle(reg, gold, scored, args.seed)


if __name__ == "__main__":
    main()
