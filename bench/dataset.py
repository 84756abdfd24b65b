"""The benchmark's database: demo organisations and posts, N synthetic persons, M cases.

Persons and cases are bulk-loaded with COPY into the product's own tables, shaped as the
product writes them: a person with its primary name (script detected the product's way)
and the blocking keys of that name from the product's key functions; a case with its
intake, its first timeline event and its subject as a party. What the bulk path skips:
one audit event per row (the load is recorded as one ``bench.load`` event, the way
``people_import`` records one event per batch), documents, contacts and other names.

Synthetic people only: names are drawn from small lists of common given names and
surnames combined at random, with random birth dates.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

GIVEN_MALE = [
    "Akhror", "Rustam", "Sherzod", "Jasur", "Ulugbek", "Farrukh", "Bekzod", "Timur", "Sardor",
    "Aziz", "Nurbek", "Yerlan", "Mergen", "Otabek", "Dilshod", "Javlon", "Bobur", "Islom",
    "Ахрор", "Рустам", "Шерзод", "Жасур", "Улугбек", "Фаррух", "Бекзод", "Тимур", "Сардор",
    "Азиз", "Нурбек", "Ерлан", "Отабек", "Дилшод", "Бобур", "Ислом",
]  # fmt: skip
GIVEN_FEMALE = [
    "Dilnoza", "Malika", "Nigora", "Gulnoza", "Nodira", "Dilfuza", "Madina", "Shahnoza", "Zarina",
    "Дилноза", "Малика", "Нигора", "Гулноза", "Нодира", "Дилфуза", "Мадина", "Шахноза", "Зарина",
]  # fmt: skip
SURNAMES = [
    "Burkhanov", "Karimov", "Zhaparov", "Rakhmonov", "Ergashev", "Toshmatov", "Abdullaev",
    "Seitkaziev", "Mamadaliev", "Nazarov", "Atayev", "Yusupov", "Aliyev", "Tursunov",
    "Saidov", "Khodjaev", "Rakhimov", "Usmonov", "Sobirov", "Kholmatov", "Ismoilov",
    "Бурханов", "Каримов", "Жапаров", "Рахмонов", "Эргашев", "Тошматов", "Абдуллаев",
    "Сейтказиев", "Мамадалиев", "Назаров", "Атаев", "Юсупов", "Алиев", "Турсунов",
    "Саидов", "Ходжаев", "Рахимов", "Усмонов", "Собиров", "Холматов", "Исмоилов",
]  # fmt: skip
NATIONALITIES = ["UZ"] * 6 + ["KG", "TJ", "KZ", "TM"]
# posts that own cases (by demo name), with the countries they cover and a weight
CASE_POSTS: list[tuple[str, str, str, int]] = [
    ("Embassy in Moscow", "RU", "", 40),
    ("Consulate General in St Petersburg", "RU", "RU-SPE", 15),
    ("NGO Helpline Moscow", "RU", "", 10),
    ("Embassy in Kyiv", "UA", "", 15),
    ("Embassy in Washington", "US", "", 10),
    ("IOM Kyiv", "MD", "", 5),
    ("Hotline HQ", "TR", "", 5),
]
STATUS_WEIGHTS = {
    "new": 5,
    "triaged": 5,
    "in_progress": 15,
    "waiting": 10,
    "resolved": 15,
    "closed": 50,
}
CASE_TYPES = ["detention", "removal", "labour", "lost_documents", "medical", "missing", "other"]
CHANNELS = ["phone", "phone", "phone", "messenger", "web", "email"]
URGENCIES = ["normal", "normal", "normal", "high", "critical"]
OPERATORS = 20
BENCH_PASSWORD = "bench-operator-password-2026"  # noqa: S105 - synthetic accounts, bench only


@dataclass(frozen=True)
class Sizes:
    persons: int
    cases: int


def admin_url(url: str) -> str:
    """The same server's ``postgres`` maintenance database."""
    head, _, _name = url.rpartition("/")
    return f"{head}/postgres"


def database_name(url: str) -> str:
    return url.rpartition("/")[2]


def pg_exec(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(admin_url(url), autocommit=True) as conn:
        conn.execute(sql)


def database_exists(url: str) -> bool:
    import psycopg

    with psycopg.connect(admin_url(url), autocommit=True) as conn:
        row = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [database_name(url)]
        ).fetchone()
    return row is not None


def built_sizes(url: str) -> Sizes | None:
    """What an earlier run built into this database (None: nothing usable)."""
    import psycopg

    if not database_exists(url):
        return None
    with psycopg.connect(url) as conn:
        exists = conn.execute("SELECT to_regclass('bench_meta')").fetchone()
        if exists is None or exists[0] is None:
            return None
        row = conn.execute("SELECT persons, cases FROM bench_meta WHERE done").fetchone()
    return Sizes(int(row[0]), int(row[1])) if row else None


def manage(url: str, *args: str) -> None:
    env = server_env(url)
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


def server_env(url: str, settings: str = "config.settings") -> dict[str, str]:
    import os

    env = dict(os.environ)
    env.update(
        {
            "HOMEWARD_DATABASE_URL": url,
            "HOMEWARD_DEBUG": "0",
            "HOMEWARD_SECRET_KEY": env.get("HOMEWARD_SECRET_KEY", "bench-" + "k" * 60),
            "HOMEWARD_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "HOMEWARD_BEHIND_PROXY": "1",
            "HOMEWARD_LOG_LEVEL": "WARNING",
            "DJANGO_SETTINGS_MODULE": settings,
        }
    )
    return env


def build(url: str, sizes: Sizes, *, rebuild: bool, log: Callable[[str], None]) -> None:
    """Create (or keep) the database; ``rebuild`` drops it first."""
    if not rebuild and built_sizes(url) == sizes:
        log(f"reusing {database_name(url)} ({sizes.persons:,} persons, {sizes.cases:,} cases)")
        manage(url, "migrate", "--noinput", "-v0")  # this branch's migrations, if any
        return
    name = database_name(url)
    log(f"building {name}: {sizes.persons:,} persons, {sizes.cases:,} cases")
    pg_exec(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    pg_exec(url, f'CREATE DATABASE "{name}"')
    manage(url, "migrate", "--noinput", "-v0")
    manage(url, "demo_data", "--force", "-v0")
    subprocess.run(  # noqa: S603
        [sys.executable, "-m", "bench.dataset", url, str(sizes.persons), str(sizes.cases)],
        cwd=ROOT,
        env=server_env(url),
        check=True,
    )


def _names(rng: random.Random) -> Iterator[tuple[str, str, int, int | None, int | None, str]]:
    while True:
        female = rng.random() < 0.35
        given = rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)
        surname = rng.choice(SURNAMES)
        if female:
            surname += "a" if surname[-1] in "vV" else ("а" if surname[-1] == "в" else "")
        name = f"{surname} {given}" if rng.random() < 0.6 else f"{given} {surname}"
        year = rng.randint(1955, 2006)
        month = rng.randint(1, 12) if rng.random() < 0.8 else None
        day = rng.randint(1, 28) if month and rng.random() < 0.8 else None
        yield name, "female" if female else "male", year, month, day, rng.choice(NATIONALITIES)


def _load(persons: int, cases: int) -> None:
    """Runs inside Django (``python -m bench.dataset URL PERSONS CASES``)."""
    import django

    django.setup()
    from django.db import connection, transaction
    from tqdm import tqdm

    from homeward.accounts.models import Post, User
    from homeward.accounts.roles import Role
    from homeward.accounts.services import role_grant, user_create
    from homeward.common.audit import audit_record
    from homeward.common.codes import code_new
    from homeward.people.matching.keys import name_keys
    from homeward.people.matching.parse import parse
    from homeward.people.services import _script

    rng = random.Random(20261123)  # synthetic data, reproducible
    now = datetime.now(UTC)
    hotline = Post.objects.get(name="Hotline HQ")
    operators = []
    for i in range(OPERATORS):
        email = f"bench.operator{i:02d}@homeward.example"
        user = User.objects.filter(email=email).first()
        if user is None:
            user = user_create(
                actor=None, email=email, full_name=f"Bench Operator {i}", password=BENCH_PASSWORD
            )
            role_grant(actor=None, user=user, post=hotline, role=Role.HOTLINE_OPERATOR)
        operators.append(user.pk)

    raw = connection.connection  # psycopg 3
    if raw is None:
        raise RuntimeError("no database connection")
    keys_of: dict[str, tuple[str, list[str]]] = {}
    with transaction.atomic(), raw.cursor() as cur:
        cur.execute("SELECT coalesce(max(id), 0) FROM people_person")
        first_person = int(cur.fetchone()[0]) + 1
        names = _names(rng)
        stamp = now.isoformat()
        with (
            cur.copy(
                "COPY people_person (id, external_id, display_name, sex, birth_year, birth_month,"
                " birth_day, birthplace, nationalities, created_at, updated_at, status) FROM STDIN"
            ) as copy,
            tqdm(total=persons, unit="person", desc="persons") as bar,
        ):
            rows: list[tuple[int, str]] = []
            for i in range(persons):
                pid = first_person + i
                name, sex, year, month, day, nat = next(names)
                if name not in keys_of:
                    keys_of[name] = (_script(name), sorted(k[:40] for k in name_keys(parse(name))))
                copy.write_row(
                    (
                        pid, f"bench-{i:07d}", name, sex, year, month, day, "",
                        json.dumps([nat]), stamp, stamp, "alive",
                    )
                )  # fmt: skip
                rows.append((pid, name))
                if i % 10000 == 0:
                    bar.update(min(10000, persons - bar.n))
            bar.update(persons - bar.n)
        with cur.copy(
            "COPY people_personname (person_id, text, script, scheme, kind, source) FROM STDIN"
        ) as copy:
            for pid, name in tqdm(rows, unit="name", desc="names"):
                copy.write_row((pid, name, keys_of[name][0], "", "primary", "bench"))
        with cur.copy("COPY people_personkey (person_id, key) FROM STDIN") as copy:
            for pid, name in tqdm(rows, unit="person", desc="keys"):
                for key in keys_of[name][1]:
                    copy.write_row((pid, key))
        cur.execute("SELECT setval(pg_get_serial_sequence('people_person', 'id'), %s)",
                    [first_person + persons])  # fmt: skip

        posts = {p.name: p.pk for p in Post.objects.all()}
        weights = [w for *_, w in CASE_POSTS]
        statuses, status_w = list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values())
        cur.execute("SELECT coalesce(max(id), 0) FROM cases_case")
        first_case = int(cur.fetchone()[0]) + 1
        codes: set[str] = set()
        parties: list[tuple[int, int, str]] = []
        events: list[tuple[int, str, str, int]] = []
        intakes: list[tuple[Any, ...]] = []
        with cur.copy(
            "COPY cases_case (id, code, case_type, status, waiting_on, urgency, nationality,"
            " country, region, city, place, summary, details, created_at, first_action_due,"
            " first_action_at, closed_at, close_reason, updated_at, post_id, subject_id)"
            " FROM STDIN"
        ) as copy:
            for i in tqdm(range(cases), unit="case", desc="cases"):
                cid = first_case + i
                post_name, country, region, _ = rng.choices(CASE_POSTS, weights)[0]
                code = code_new("H")
                while code in codes:
                    code = code_new("H")
                codes.add(code)
                status = rng.choices(statuses, status_w)[0]
                urgency = rng.choice(URGENCIES)
                created = now - timedelta(seconds=rng.randint(60, 2 * 365 * 86400))
                due = created + {"critical": timedelta(hours=1), "high": timedelta(hours=4)}.get(
                    urgency, timedelta(hours=24)
                )
                acted = None if status == "new" else created + timedelta(hours=rng.randint(1, 30))
                closed = (acted or created) + timedelta(days=3) if status == "closed" else None
                subject = first_person + rng.randrange(persons) if rng.random() < 0.8 else None
                operator = rng.choice(operators)
                account = f"Synthetic account {i}: the caller reports a {country} case."
                waiting = "host_authority" if status == "waiting" else ""
                copy.write_row(
                    (
                        cid, code, rng.choice(CASE_TYPES), status, waiting, urgency,
                        "UZ", country, region, "", "", account, "{}", created, due, acted,
                        closed, "resolved" if closed else "", acted or created,
                        posts[post_name], subject,
                    )
                )  # fmt: skip
                if subject is not None:
                    parties.append((cid, subject, created.isoformat()))
                events.append((cid, account, created.isoformat(), operator))
                intakes.append(
                    (cid, rng.choice(CHANNELS), "", "", "self", account, hotline.pk, operator,
                     created.isoformat())
                )  # fmt: skip
        with cur.copy(
            "COPY cases_intake (case_id, channel, caller_name, caller_phone, caller_relation,"
            " account, taken_at_id, taken_by_id, created_at, secret_hash, request_hash)"
            " FROM STDIN"
        ) as copy:
            for row in tqdm(intakes, unit="intake", desc="intakes"):
                copy.write_row((*row, "", ""))
        with cur.copy(
            "COPY cases_caseevent (case_id, kind, text, data, at, actor_id) FROM STDIN"
        ) as copy:
            for cid, text, at, actor in tqdm(events, unit="event", desc="events"):
                copy.write_row((cid, "intake", text, '{"channel": "phone"}', at, actor))
        with cur.copy(
            "COPY cases_caseparty (case_id, person_id, status, note, added_at) FROM STDIN"
        ) as copy:
            for cid, pid, at in tqdm(parties, unit="party", desc="parties"):
                copy.write_row((cid, pid, "reported", "", at))
        for table in ("cases_case", "cases_intake", "cases_caseevent", "cases_caseparty",
                      "people_personname", "people_personkey"):  # fmt: skip
            cur.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"  # noqa: S608
                f" (SELECT max(id) FROM {table}))"
            )
        audit_record(
            actor=None,
            verb="bench.load",
            target_type="people.person",
            changes={"persons": persons, "cases": cases, "source": "bench.dataset"},
        )
        cur.execute(
            "CREATE TABLE IF NOT EXISTS bench_ping"
            " (id bigserial PRIMARY KEY, at timestamptz NOT NULL, note text NOT NULL)"
        )
        cur.execute(
            "CREATE TABLE bench_meta (persons integer, cases integer, done boolean);"
            "INSERT INTO bench_meta VALUES (%s, %s, true)",
            [persons, cases],
        )
    with connection.cursor() as c:
        c.execute("VACUUM ANALYZE")


if __name__ == "__main__":
    _load(int(sys.argv[2]), int(sys.argv[3]))
