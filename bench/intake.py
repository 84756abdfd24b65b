"""Intake benchmark: POST /api/v1/intakes at 20 concurrent clients, a post's case list, and
the same run's baseline (a bare Django JSON view doing one INSERT, served the same way).

    python -m bench.intake                      # 1M persons, 200k cases, 3 runs
    python -m bench.intake --persons 10000 --cases 2000 --runs 1 --seconds 10
    python -m bench.intake --rebuild            # drop and rebuild the database first

Targets (the issue): intakes p95 <= 150 ms and >= 150 intakes/s at 20 clients; the case
list's first page p95 <= 200 ms.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import subprocess
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bench.dataset import ROOT, Sizes, build, server_env
from bench.load import ServerConfig, Stats, drive, json_request, median, serve

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/homeward_bench_intake"
COUNTRIES: list[tuple[str, str]] = [
    ("RU", ""), ("RU", ""), ("RU", "RU-SPE"), ("UA", ""), ("US", ""), ("MD", ""), ("TR", ""),
]  # fmt: skip
CASE_TYPES = ["detention", "removal", "labour", "lost_documents", "medical", "missing", "other"]
LIST_QUERIES = [
    "/api/v1/cases?status=new",
    "/api/v1/cases?status=in_progress&urgency=high",
    "/api/v1/cases?status=waiting&case_type=detention",
    "/api/v1/cases?status=triaged&case_type=labour&urgency=normal",
    "/api/v1/cases?overdue=true",
    "/api/v1/cases",
]


@dataclass(frozen=True)
class Tokens:
    operators: list[str]
    officer: str
    person_ids: tuple[int, int]


def django_setup(url: str) -> None:
    os.environ.update(server_env(url))
    import django

    django.setup()


def issue_tokens() -> Tokens:
    """Fresh bearer tokens for the bench operators and a consular officer in Moscow."""
    from django.db import connection
    from django.db.models import Max, Min

    from homeward.accounts.models import User
    from homeward.accounts.services import api_token_issue
    from homeward.people.models import Person

    operators = User.objects.filter(email__startswith="bench.operator").order_by("email")
    ops = [api_token_issue(actor=u, name="bench")[1] for u in operators]
    officer = User.objects.get(email="consul.moscow@homeward.example")
    bounds = Person.objects.filter(external_id__startswith="bench-").aggregate(
        lo=Min("pk"), hi=Max("pk")
    )
    connection.close()
    return Tokens(
        ops, api_token_issue(actor=officer, name="bench")[1], (bounds["lo"], bounds["hi"])
    )


def intake_body(rng: random.Random, persons: tuple[int, int], n: int) -> dict[str, Any]:
    """A hotline call: four in ten name a new person, four in ten a registry person."""
    country, region = rng.choice(COUNTRIES)
    body: dict[str, Any] = {
        "channel": rng.choice(["phone", "phone", "messenger", "web"]),
        "case_type": rng.choice(CASE_TYPES),
        "country": country,
        "region": region,
        "city": "Moscow" if country == "RU" else "",
        "urgency": rng.choice(["normal", "normal", "high", "critical"]),
        "account": f"Bench call {n}: detained at work, the family asks for a consul visit.",
        "caller_name": "Synthetic Caller",
        "caller_phone": f"+99890{rng.randrange(10**7):07d}",
        "caller_relation": "family",
    }
    pick = rng.random()
    if pick < 0.4:
        body["new_subject"] = {
            "name": f"Bench{n % 9973} Akhror Rustamovich",
            "birth_date": f"{rng.randint(1960, 2005)}-0{rng.randint(1, 9)}",
            "nationality": "UZ",
        }
    elif pick < 0.8:
        body["subject_id"] = rng.randint(*persons)
    return body


def run_baseline(url: str, cfg: ServerConfig, args: argparse.Namespace) -> Stats:
    with serve(url, "bench.baseline_settings", cfg) as port:
        return drive(
            port,
            lambda c, i: json_request("POST", "/ping", None, {"n": i}),
            clients=args.clients,
            seconds=args.seconds,
            warmup=args.warmup,
        )


def run_product(
    url: str, cfg: ServerConfig, args: argparse.Namespace, tokens: Tokens, seed: int
) -> tuple[Stats, Stats]:
    rngs = [random.Random(seed * 1000 + c) for c in range(args.clients)]

    def intake(c: int, i: int) -> Any:
        token = tokens.operators[c % len(tokens.operators)]
        body = intake_body(rngs[c], tokens.person_ids, i)
        return json_request(
            "POST", "/api/v1/intakes", token, body, **{"Idempotency-Key": uuid.uuid4().hex}
        )

    def case_list(c: int, i: int) -> Any:
        return json_request("GET", LIST_QUERIES[(c + i) % len(LIST_QUERIES)], tokens.officer)

    with serve(url, "config.settings", cfg) as port:
        opts = {"clients": args.clients, "seconds": args.seconds, "warmup": args.warmup}
        intakes = drive(port, intake, **opts)
        lists = drive(port, case_list, **opts)
    return intakes, lists


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--persons", type=int, default=1_000_000)
    parser.add_argument("--cases", type=int, default=200_000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--clients", type=int, default=20)
    # By default the product's own server settings (config/gunicorn.py).
    parser.add_argument("--workers", type=int)
    parser.add_argument("--threads", type=int)
    parser.add_argument("--worker-class", choices=["gthread", "sync"])
    args = parser.parse_args()
    cfg = ServerConfig(workers=args.workers, threads=args.threads, worker_class=args.worker_class)

    build(args.url, Sizes(args.persons, args.cases), rebuild=args.rebuild, log=print)
    django_setup(args.url)
    tokens = issue_tokens()
    print(
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.node()}, {os.cpu_count()} cores,"
        f" Python {platform.python_version()}; {cfg.label()}; {args.clients} clients,"
        f" {args.seconds:.0f} s per measurement after {args.warmup:.0f} s warm-up"
    )
    base, ins, lists = [], [], []
    for run in range(1, args.runs + 1):
        b = run_baseline(args.url, cfg, args)
        i, c = run_product(args.url, cfg, args, tokens, run)
        base.append(b)
        ins.append(i)
        lists.append(c)
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"run {run} (load average after it: {load})")
        print(f"  baseline (one INSERT)  {b.line()}")
        print(f"  POST /intakes          {i.line()}")
        print(f"  GET /cases (page 1)    {c.line()}")

    def med(stats: list[Stats], what: str) -> float:
        return median([s.rate if what == "rate" else s.pct(float(what)) for s in stats])

    b_rate, i_rate = med(base, "rate"), med(ins, "rate")
    print(f"\nmedians over {args.runs} run(s)")
    print(f"  baseline      {b_rate:8.1f} req/s  p95 {med(base, '95'):6.1f} ms")
    print(
        f"  intakes       {i_rate:8.1f} req/s  p50 {med(ins, '50'):6.1f} ms"
        f"  p95 {med(ins, '95'):6.1f} ms   target >= 150/s, p95 <= 150 ms:"
        f" {'met' if i_rate >= 150 and med(ins, '95') <= 150 else 'MISSED'}"
    )
    print(
        f"  case list     {med(lists, 'rate'):8.1f} req/s  p50 {med(lists, '50'):6.1f} ms"
        f"  p95 {med(lists, '95'):6.1f} ms   target p95 <= 200 ms:"
        f" {'met' if med(lists, '95') <= 200 else 'MISSED'}"
    )
    ratios = [i.rate / b.rate for i, b in zip(ins, base, strict=True) if b.rate]
    print(f"  intakes/baseline throughput ratio (median of per-run ratios): {median(ratios):.2f}")
    verify = subprocess.run(
        [sys.executable, "manage.py", "audit_verify", "-v0"],
        cwd=ROOT,
        env=server_env(args.url),
        capture_output=True,
        text=True,
    )
    print(f"audit_verify after the load: {(verify.stdout + verify.stderr).strip()[-200:]}")


if __name__ == "__main__":
    main()
