"""Zero lost intakes: restart PostgreSQL under intake load and account for every intake.

    python -m bench.intake_restarts                 # a private PostgreSQL 15 cluster
    python -m bench.intake_restarts --restarts 5 --clients 20

Clients submit intakes with an Idempotency-Key each and, on a connection error or a 5xx,
retry with the same key and body until they get an answer (and, to test the replay, hang
up on 5 % of requests before reading the answer, as if it were lost); meanwhile PostgreSQL is
restarted (alternately a fast shutdown and an immediate one, which is a crash followed by
WAL recovery). Afterwards: every acknowledged tracking code exists exactly once, the
intakes written are exactly the keys acknowledged (none twice, none unacknowledged), no
case, person or audit event was written outside an acknowledged intake, and
``manage.py audit_verify`` passes.

By default the test runs its own throwaway PostgreSQL 15 cluster (``initdb`` in a temporary
folder, as the ``postgres`` user) so restarting it disturbs nobody else on the machine;
``--url`` with ``--restart-cmd`` runs it against another cluster instead.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import shlex
import shutil
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.dataset import ROOT, Sizes, build, server_env
from bench.intake import django_setup, intake_body, issue_tokens
from bench.load import HOST, ServerConfig, json_request, serve

PG_BIN = Path("/usr/lib/postgresql/15/bin")
PG_PORT = 55439
PG_DATA = Path("/tmp/homeward-intake-restarts-pg")  # noqa: S108 - a throwaway cluster


def _as_postgres(*cmd: str) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd]


@contextmanager
def private_cluster() -> Iterator[tuple[str, list[str]]]:
    """A fresh PostgreSQL cluster on its own port; yields its URL and its restart command."""
    if PG_DATA.exists():
        subprocess.run(  # noqa: S603
            _as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(PG_DATA), "stop", "-m", "immediate"),
            capture_output=True,
        )
        shutil.rmtree(PG_DATA)
    subprocess.run(  # noqa: S603
        _as_postgres(
            str(PG_BIN / "initdb"),
            "-D",
            str(PG_DATA),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ),
        check=True,
        capture_output=True,
    )
    opts = f"-p {PG_PORT} -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=100"
    ctl = [str(PG_BIN / "pg_ctl"), "-D", str(PG_DATA), "-o", opts, "-w", "-t", "60"]
    log = str(PG_DATA / "server.log")
    subprocess.run(_as_postgres(*ctl, "-l", log, "start"), check=True, capture_output=True)  # noqa: S603
    try:
        yield (
            f"postgres://postgres@127.0.0.1:{PG_PORT}/homeward_restarts",
            _as_postgres(*ctl, "-l", log, "restart", "-m"),
        )
    finally:
        subprocess.run(  # noqa: S603
            _as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(PG_DATA), "stop", "-m", "fast"),
            capture_output=True,
        )


@dataclass
class Ledger:
    """What the clients were told: key -> (code, case id), and what went wrong on the way."""

    acked: dict[str, tuple[str, int]] = field(default_factory=dict)
    new_subjects: int = 0
    replayed: int = 0
    attempts: int = 0
    retries: int = 0
    answers: dict[int, int] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def client(
    n: int, port: int, token: str, persons: tuple[int, int], run: str, stop: threading.Event,
    ledger: Ledger, drop: float,
) -> None:  # fmt: skip
    rng = random.Random(n)  # synthetic requests
    conn = http.client.HTTPConnection(HOST, port, timeout=60)
    i = 0
    while not stop.is_set():
        key = f"{run}-{n}-{i}-{uuid.uuid4().hex[:8]}"
        body = intake_body(rng, persons, i)
        i += 1
        give_up = time.monotonic() + 300
        while time.monotonic() < give_up:
            req = json_request("POST", "/api/v1/intakes", token, body, **{"Idempotency-Key": key})
            with ledger.lock:
                ledger.attempts += 1
            try:
                conn.request(req.method, req.path, body=req.body, headers=req.headers)
                if rng.random() < drop:  # the answer is lost on the way back: hang up
                    time.sleep(rng.random() * 0.05)
                    raise ConnectionResetError("answer dropped by the test")
                resp = conn.getresponse()
                data = resp.read()
                status = resp.status
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=60)
                status = 0
            with ledger.lock:
                ledger.answers[status] = ledger.answers.get(status, 0) + 1
            if status in (200, 201):
                out = json.loads(data)
                with ledger.lock:
                    if key in ledger.acked and ledger.acked[key] != (out["code"], out["case_id"]):
                        ledger.refused.append(f"{key}: two different answers")
                    ledger.acked[key] = (out["code"], out["case_id"])
                    ledger.new_subjects += "new_subject" in body
                    ledger.replayed += status == 200
                break
            if status == 0 or status >= 500:
                with ledger.lock:
                    ledger.retries += 1
                time.sleep(0.1 + rng.random() * 0.3)
                continue
            with ledger.lock:  # a 4xx: the request itself was refused
                ledger.refused.append(f"{key}: HTTP {status} {data[:200]!r}")
            break
    conn.close()


def counts(url: str, run: str) -> dict[str, Any]:
    import psycopg

    with psycopg.connect(url) as conn:

        def one(sql: str, *args: Any) -> Any:
            row = conn.execute(sql, args).fetchone()
            return row[0] if row else None

        return {
            "cases": one("SELECT count(*) FROM cases_case"),
            "intakes": one("SELECT count(*) FROM cases_intake"),
            "persons": one("SELECT count(*) FROM people_person"),
            "events": one("SELECT count(*) FROM common_auditevent"),
            "run_keys": {
                r[0].split(":", 2)[2]: (r[1], r[2])
                for r in conn.execute(
                    "SELECT i.idempotency_key, c.code, c.id FROM cases_intake i"
                    " JOIN cases_case c ON c.id = i.case_id WHERE i.idempotency_key LIKE %s",
                    [f"user:%:{run}-%"],
                )
            },
            "codes": {
                r[0]: r[1]
                for r in conn.execute(
                    "SELECT code, count(*) FROM cases_case GROUP BY code HAVING count(*) > 0"
                )
            },
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", help="use this database instead of a private cluster")
    parser.add_argument("--restart-cmd", help="with --url: the command that restarts its server")
    parser.add_argument("--restarts", type=int, default=4)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument(
        "--drop-answers",
        type=float,
        default=0.05,
        help="share of requests whose answer the client never reads (a lost response)",
    )
    # By default the product's own server settings (config/gunicorn.py).
    parser.add_argument("--workers", type=int)
    parser.add_argument("--threads", type=int)
    args = parser.parse_args()

    if args.url:
        if not args.restart_cmd:
            parser.error("--url needs --restart-cmd")
        restart_base = shlex.split(args.restart_cmd)
        _run(args, args.url, lambda mode: restart_base)
    else:
        with private_cluster() as (url, restart):
            _run(args, url, lambda mode: [*restart, mode])


def _run(args: argparse.Namespace, url: str, restart_cmd: Any) -> None:
    build(url, Sizes(5000, 1000), rebuild=True, log=print)
    django_setup(url)
    tokens = issue_tokens()
    run = f"restarts{int(time.time())}"
    before = counts(url, run)
    ledger = Ledger()
    stop = threading.Event()
    cfg = ServerConfig(workers=args.workers, threads=args.threads)
    print(
        f"{cfg.label()}; {args.clients} clients; {args.restarts} PostgreSQL restarts;"
        f" {args.drop_answers:.0%} of answers dropped by the client"
    )
    with serve(url, "config.settings", cfg) as port:
        threads = [
            threading.Thread(
                target=client,
                args=(
                    n,
                    port,
                    tokens.operators[n % len(tokens.operators)],
                    tokens.person_ids,
                    run,
                    stop,
                    ledger,
                    args.drop_answers,
                ),
            )
            for n in range(args.clients)
        ]
        for t in threads:
            t.start()
        rng = random.Random(7)
        for k in range(args.restarts):
            time.sleep(2 + 2 * rng.random())
            mode = "fast" if k % 2 == 0 else "immediate"
            started = time.monotonic()
            done = subprocess.run(restart_cmd(mode), capture_output=True, text=True)  # noqa: S603
            with ledger.lock:
                acked = len(ledger.acked)
            print(
                f"  restart {k + 1} ({mode}): exit {done.returncode},"
                f" {time.monotonic() - started:.1f} s; {acked} intakes acknowledged so far"
            )
            if done.returncode != 0:
                print(done.stdout, done.stderr, file=sys.stderr)
        time.sleep(3)
        stop.set()
        for t in threads:
            t.join()
    after = counts(url, run)
    _report(ledger, before, after)


def _report(ledger: Ledger, before: dict[str, Any], after: dict[str, Any]) -> None:
    acked = ledger.acked
    written = after["run_keys"]
    answers = ", ".join(
        f"{'no answer' if s == 0 else s}: {n}" for s, n in sorted(ledger.answers.items())
    )
    print(
        f"attempts {ledger.attempts} ({answers}); retried {ledger.retries} times;"
        f" {len(acked)} intakes acknowledged, {ledger.replayed} of them by a replay (200)"
    )
    problems: list[str] = list(ledger.refused)
    if not acked or not ledger.replayed:
        problems.append("the test proved nothing: no intake acknowledged, or none replayed")
    missing = [k for k in acked if k not in written]
    wrong = [k for k in acked if k in written and written[k] != acked[k]]
    extra = [k for k in written if k not in acked]
    dup_codes = [c for c, n in after["codes"].items() if n > 1]
    problems += [f"acknowledged but not written: {k}" for k in missing]
    problems += [f"written as another case than acknowledged: {k}" for k in wrong]
    problems += [f"written but never acknowledged: {k}" for k in extra]
    problems += [f"tracking code twice: {c}" for c in dup_codes]
    grew = {k: after[k] - before[k] for k in ("cases", "intakes", "persons", "events")}
    expect = {
        "cases": len(acked),
        "intakes": len(acked),
        "persons": ledger.new_subjects,
        "events": len(acked) + ledger.new_subjects,  # intake.create (+ person.create)
    }
    for what, n in grew.items():
        if n != expect[what]:
            problems.append(f"{what}: {n} written, {expect[what]} expected")
    print(
        f"written: {grew['cases']} cases, {grew['intakes']} intakes, {grew['persons']} persons,"
        f" {grew['events']} audit events (expected {expect['cases']}, {expect['intakes']},"
        f" {expect['persons']}, {expect['events']})"
    )
    verify = subprocess.run(
        [sys.executable, "manage.py", "audit_verify", "-v0"],
        cwd=ROOT,
        env=server_env(_url_of_setup()),
        capture_output=True,
        text=True,
    )
    verdict = (verify.stdout + verify.stderr).strip().splitlines()
    print(f"audit_verify: exit {verify.returncode} {verdict[-1] if verdict else ''}")
    if verify.returncode != 0:
        problems.append("audit chain broken")
    if problems:
        print(f"LOST OR DUPLICATED: {len(problems)} problem(s)")
        for p in problems[:50]:
            print("  ", p)
        raise SystemExit(1)
    print(
        f"ZERO LOST INTAKES: every one of {len(acked)} acknowledged tracking codes exists"
        " exactly once; intakes written = distinct keys acknowledged; nothing else written."
    )


def _url_of_setup() -> str:
    import os

    return os.environ["HOMEWARD_DATABASE_URL"]


if __name__ == "__main__":
    main()
