"""Fit the matcher's logistic weights on labelled pairs (development data only).

    DJANGO_SETTINGS_MODULE=config.settings HOMEWARD_DEBUG=1 \
        .venv/bin/python scripts/fit_matcher.py ../shared/data/names-dev

Prints a WEIGHTS tuple for homeward/people/matching/score.py and the F1 it gives at 0.5.
L2-regularised so the weights stay plausible on data from other countries; no names are
kept, only the nine weights of the features.
"""

from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from homeward.people.matching.dates import BadDate, parse_partial_date
from homeward.people.matching.parse import parse
from homeward.people.matching.score import Evidence, features


def _date(text: str):  # type: ignore[no-untyped-def]
    try:
        return parse_partial_date(text)
    except BadDate:
        return None


def load(folder: Path) -> tuple[list[list[float]], list[int]]:
    with open(folder / "pairs.csv", encoding="utf-8") as fh:
        pairs = list(csv.DictReader(fh))
    with open(folder / "pairs_gold.csv", encoding="utf-8") as fh:
        gold = {int(r["pair_index"]): int(r["same"]) for r in csv.DictReader(fh)}
    xs, ys = [], []
    for i, row in enumerate(pairs):
        f, _ = features(
            parse(row["a"]),
            parse(row["b"]),
            Evidence(birth_date=_date(row.get("a_birth_date", ""))),
            Evidence(birth_date=_date(row.get("b_birth_date", ""))),
        )
        xs.append([1.0, *f.vector()])
        ys.append(gold[i])
    return xs, ys


# Features the development pairs say (almost) nothing about keep hand-set weights; index
# into [intercept, *Features.vector()]. Keep in step with score.WEIGHTS's comment.
FIXED = {2: -8.0, 5: -8.0, 7: -5.0, 9: 4.0, 10: 4.0, 11: -3.0, 12: 2.2, 13: -2.2, 14: -10.0}


def fit(xs: list[list[float]], ys: list[int], l2: float = 0.002, steps: int = 40000) -> list[float]:
    w = [FIXED.get(k, 0.0) for k in range(len(xs[0]))]
    rate = 1.0
    for _ in range(steps):
        grad = [0.0] * len(w)
        for x, y in zip(xs, ys, strict=True):
            z = sum(a * b for a, b in zip(w, x, strict=True))
            p = 1 / (1 + math.exp(-max(min(z, 40), -40)))
            for k, xk in enumerate(x):
                grad[k] += (p - y) * xk
        for k in range(len(w)):
            if k in FIXED:
                continue
            reg = l2 * w[k] if k else 0.0
            w[k] -= rate * (grad[k] / len(xs) + reg)
    return w


def f1(w: list[float], xs: list[list[float]], ys: list[int]) -> float:
    tp = fp = fn = 0
    for x, y in zip(xs, ys, strict=True):
        pred = sum(a * b for a, b in zip(w, x, strict=True)) >= 0
        tp += pred and y
        fp += pred and not y
        fn += (not pred) and y
    return 2 * tp / (2 * tp + fp + fn)


if __name__ == "__main__":
    xs, ys = load(Path(sys.argv[1]))
    weights = fit(xs, ys)
    print("WEIGHTS =", tuple(round(v, 2) for v in weights))
    print(f"F1 at 0.5: {f1(weights, xs, ys):.3f}")
