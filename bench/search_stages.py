"""Where a search's time goes: the bench's queries, each stage of search_people timed.

    HOMEWARD_DATABASE_URL=postgres://postgres@127.0.0.1:5432/homeward_bench \
        .venv/bin/python bench/search_stages.py --size 1000000 [--profile 60]

Runs on the registry bench/matching.py built for ``--size`` (build it first). Each pass
runs the queries in order; the figures are those of the last pass (the first warms the
caches, as the search box's worker is warm). Prints p50/p95 of the whole search and, for
all queries and for the slowest 5 %, the mean milliseconds in each stage; stages nest
(scoring includes reading the candidates' names), so they do not add up. With
``--profile N``, a cProfile of the N slowest queries, run again, sorted by own time and
by time with callees. With ``--dump FILE``, each query's hits (id and score) are written
to FILE as JSON, to compare two trees' answers. With ``--forget names`` the caches of
whole parsed names are emptied before each pass and before the profile, as for queries
about persons the worker has not looked up; ``--forget all`` empties the caches of single
words too, as in a worker that has just started (bench/matcher_caches.py).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from functools import wraps
from typing import Any

from bench import matching  # sets up Django on the bench database for --size
from bench.matcher_caches import forget_all, forget_names
from bench.synth import build
from homeward.people.matching import search
from homeward.people.matching.dates import parse_partial_date

STAGES = (
    "name_readings",
    "query_keys",
    "shortlist",
    "_fallback",
    "_score",
    "_active_people",
    "_group_owners",
    "_names",
    "_documents",
    "_best_form",
    "_hit",
)
FORGET = {"names": forget_names, "all": forget_all}
_spent: dict[str, float] = defaultdict(float)


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            _spent[name] += time.perf_counter() - started

    return wrapper


def _run(queries: list[tuple[str, str]]) -> list[tuple[float, dict[str, float]]]:
    timings = []
    for query, birth in queries:
        _spent.clear()
        started = time.perf_counter()
        search.search_people(query, birth_date=parse_partial_date(birth), limit=10)
        total = (time.perf_counter() - started) * 1000
        timings.append((total, {k: v * 1000 for k, v in _spent.items()}))
    return timings


def _means(rows: list[tuple[float, dict[str, float]]]) -> str:
    return ", ".join(
        f"{name.lstrip('_')} {sum(r[1].get(name, 0.0) for r in rows) / len(rows):.1f}"
        for name in STAGES
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--profile", type=int, default=0, metavar="N")
    ap.add_argument("--dump", metavar="FILE")
    ap.add_argument("--forget", choices=sorted(FORGET), default="")
    args = ap.parse_args()

    reg = build(args.size, args.seed, args.queries)
    queries = [(q, b) for q, b, _ in reg.queries]
    for name in STAGES:
        if hasattr(search, name):  # an older tree, compared with this one, may lack one
            setattr(search, name, _timed(name, getattr(search, name)))
    matching.product_search("warm up", "")
    for n in range(args.passes):
        if args.forget:
            FORGET[args.forget]()
        timings = _run(queries)
        totals = sorted(t for t, _ in timings)
        p95 = totals[int(0.95 * (len(totals) - 1))]
        print(f"pass {n + 1}: p50 {statistics.median(totals):.1f} p95 {p95:.1f} ms")
    slowest = sorted(range(len(timings)), key=lambda i: -timings[i][0])
    tail = [timings[i] for i in slowest[: max(len(timings) // 20, 1)]]
    print(f"all {len(timings)}, mean ms per stage: {_means(timings)}")
    print(f"slowest {len(tail)}, mean ms per stage: {_means(tail)}")
    unanswered = sum(1 for i in slowest[: len(tail)] if not _answered(*queries[i]))
    print(f"of the slowest {len(tail)}, {unanswered} have no hit at the threshold")
    if args.dump:
        answers = [matching.product_search(q, b) for q, b in queries]
        with open(args.dump, "w", encoding="utf-8") as out:
            json.dump([[[pid, round(score, 6)] for pid, score, _ in a] for a in answers], out)
    if args.profile:
        if args.forget:
            FORGET[args.forget]()
        profile = cProfile.Profile()
        profile.enable()
        for i in slowest[: args.profile]:
            search.search_people(
                queries[i][0], birth_date=parse_partial_date(queries[i][1]), limit=10
            )
        profile.disable()
        stats = pstats.Stats(profile)
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumulative").print_stats(45)


def _answered(query: str, birth: str) -> bool:
    hits = matching.product_search(query, birth)
    return bool(hits and hits[0][2])


if __name__ == "__main__":
    main()
