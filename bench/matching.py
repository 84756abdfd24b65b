"""Benchmark of the person matcher on PostgreSQL against two baselines, in one run.

    .venv/bin/python bench/matching.py --size 100000       # or 1000000, or 2000 for a smoke test

Builds (or reuses) a synthetic registry of ``--size`` records in the database named by
HOMEWARD_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/homeward_bench), written
with the product's own names and blocking keys (``name_keys(parse(text))`` per name, as
``services._write_children`` does, loaded with COPY). Then measures, for the product and
for two baselines:

  (i)  pg_trgm: similarity on the raw names (GIN trigram index), top 10 by similarity;
  (ii) unidecode + rapidfuzz token-sort ratio over the top 200 pg_trgm candidates of the
       unidecoded names.

Search: recall@1, recall@10, precision at the default threshold, p50/p95 latency (median
of ``--runs`` passes). Dedupe: time, peak memory (of the process doing it), pairwise
precision/recall/F1. See bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("HOMEWARD_DEBUG", "1")
os.environ.setdefault("HOMEWARD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/homeward_bench")


def _size_database() -> None:
    """One database per size (``homeward_bench_100000``), so each build is reused."""
    size = "2000"
    for i, arg in enumerate(sys.argv):
        if arg == "--size" and i + 1 < len(sys.argv):
            size = sys.argv[i + 1]
        elif arg.startswith("--size="):
            size = arg.split("=", 1)[1]
    url = os.environ["HOMEWARD_DATABASE_URL"]
    base, _, name = url.rpartition("/")
    name = f"{name}_{size}"
    os.environ["HOMEWARD_DATABASE_URL"] = f"{base}/{name}"
    admin = subprocess.run(  # noqa: S603 - our own psql, our own database name
        ["psql", f"{base}/postgres", "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],  # noqa: S607, S608
        capture_output=True,
        text=True,
        check=False,
    )
    if admin.returncode == 0 and admin.stdout.strip() != "1":
        create = ["psql", f"{base}/postgres", "-qc", f'CREATE DATABASE "{name}"']
        subprocess.run(create, check=True)  # noqa: S603


_size_database()

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402
from unidecode import unidecode  # noqa: E402

from bench.ceiling import oracle_ceiling  # noqa: E402
from bench.matcher_caches import forget_all, forget_names  # noqa: E402
from bench.synth import Registry, build, same_person_pairs  # noqa: E402
from bench.synth_evidence import RecordEvidence, evidence_for  # noqa: E402
from homeward.people.matching.dates import parse_partial_date  # noqa: E402
from homeward.people.matching.keys import text_keys  # noqa: E402
from homeward.people.matching.normalize import script_of, words  # noqa: E402
from homeward.people.matching.score import MATCH_THRESHOLD  # noqa: E402
from homeward.people.matching.search import search_people  # noqa: E402

GENERATOR_VERSION = "9"
TRGM_THRESHOLD = 0.3  # pg_trgm.similarity_threshold's default
RAPIDFUZZ_THRESHOLD = 80.0  # token-sort ratio at or above which the baseline says "same"
DEDUPE_TRGM = 0.5  # baseline (i) dedupe: trigram similarity of two names
DEDUPE_RAPIDFUZZ = 88.0  # baseline (ii) dedupe: token-sort ratio of two unidecoded names
KEY_MODULES = (
    "keys.py",
    "parse.py",
    "translit.py",
    "normalize.py",
    "german.py",
    "readings.py",
    "cognates.py",
)


# What a key row holds besides the key (models.PersonKey); a change rewrites the keys.
KEY_COLUMNS = "person_id, key, birth_year, birth_month, birth_day"


def _keys_version() -> str:
    digest = hashlib.sha256(KEY_COLUMNS.encode())
    for name in KEY_MODULES:
        digest.update((ROOT / "homeward/people/matching" / name).read_bytes())
    return digest.hexdigest()[:16]


KEYS_VERSION = _keys_version()  # of the code imported now, not of the files later


def person_keys(texts: Iterable[str]) -> set[str]:
    """Exactly what services._write_children writes for one person's names."""
    keys: set[str] = set()
    for text in texts:
        keys |= text_keys(text)
    return keys


def _script(text: str) -> str:
    scripts = {script_of(w) for w in words(text)}
    return scripts.pop() if len(scripts) == 1 else "mixed"


# --- building ------------------------------------------------------------------------------


def _meta() -> dict[str, str]:
    with connection.cursor() as cur:
        cur.execute("CREATE TABLE IF NOT EXISTS bench_meta (k text PRIMARY KEY, v text NOT NULL)")
        cur.execute("SELECT k, v FROM bench_meta")
        return dict(cur.fetchall())


def _set_meta(values: dict[str, str]) -> None:
    with connection.cursor() as cur:
        for k, v in values.items():
            cur.execute(
                "INSERT INTO bench_meta VALUES (%s, %s) ON CONFLICT (k) DO UPDATE SET v = %s",
                [k, v, v],
            )


def _copy(table: str, columns: str, rows: Iterable[Sequence[object]]) -> None:
    with connection.cursor() as cur:
        raw = cur.cursor
        with raw.copy(f"COPY {table} ({columns}) FROM STDIN") as cp:
            for row in rows:
                cp.write_row(row)


def load_registry(reg: Registry, evidence: list[RecordEvidence]) -> None:
    say(f"loading {len(reg.records)} records with COPY …")
    started = time.perf_counter()
    with connection.cursor() as cur:
        cur.execute(
            "TRUNCATE people_personkey, people_personname, people_document, people_person "
            "RESTART IDENTITY CASCADE"
        )
    now = "2026-11-23 00:00:00+00"

    def persons() -> Iterable[Sequence[object]]:
        for i, (_, rec, p) in enumerate(reg.records):
            date = parse_partial_date(rec.birth)
            yield (
                i + 1,
                f"b{i}",
                rec.name,
                p.sex,
                date.year if date else None,
                date.month if date else None,
                date.day if date else None,
                evidence[i].birthplace,
                json.dumps([p.nat]),
                "alive",
                now,
                now,
            )

    _copy(
        "people_person",
        "id, external_id, display_name, sex, birth_year, birth_month, birth_day, birthplace, "
        "nationalities, status, created_at, updated_at",
        persons(),
    )

    def names() -> Iterable[Sequence[object]]:
        for i, (_, rec, _) in enumerate(reg.records):
            seen = [rec.name, *(o for o in rec.other_names if o != rec.name)]
            for j, text in enumerate(seen):
                yield (i + 1, text, _script(text), "", "primary" if j == 0 else "other", "bench")

    _copy("people_personname", "person_id, text, script, scheme, kind, source", names())

    def documents() -> Iterable[Sequence[object]]:
        for i, (_, _, p) in enumerate(reg.records):
            if evidence[i].passport:
                yield (i + 1, "passport", evidence[i].passport, p.nat)

    _copy("people_document", "person_id, kind, number, country", documents())
    with connection.cursor() as cur:
        cur.execute("SELECT setval('people_person_id_seq', %s)", [len(reg.records) + 1])
    say(f"  persons and names in {time.perf_counter() - started:.0f} s")


def rekey() -> None:
    """PersonKey rows recomputed from the stored names with the product's key function."""
    started = time.perf_counter()
    with connection.cursor() as cur:
        cur.execute("TRUNCATE people_personkey RESTART IDENTITY")
        cur.execute(
            "SELECT n.person_id, n.text, p.birth_year, p.birth_month, p.birth_day "
            "FROM people_personname n JOIN people_person p ON p.id = n.person_id "
            "ORDER BY n.person_id"
        )
        rows = cur.fetchall()

    def keys() -> Iterable[Sequence[object]]:
        current: tuple[object, ...] | None = None
        texts: list[str] = []
        for pid, text, *born in [*rows, (None, "", None, None, None)]:
            if current is None or pid != current[0]:
                if current is not None:
                    for k in sorted(person_keys(texts)):
                        yield (current[0], k, *current[1:])
                current, texts = (pid, *born), []
            texts.append(text)

    with connection.cursor() as cur:
        definitions = _key_index_definitions(cur)
        for name, _ in definitions:
            cur.execute(f'DROP INDEX IF EXISTS "{name}"')
        for name, _ in _key_constraints(cur):
            cur.execute(f'ALTER TABLE people_personkey DROP CONSTRAINT "{name}"')
        _copy("people_personkey", KEY_COLUMNS, keys())
        for name, definition in definitions:
            if name.startswith("constraint:"):
                constraint = name.split(":", 1)[1]
                cur.execute(
                    f'ALTER TABLE people_personkey ADD CONSTRAINT "{constraint}" {definition}'
                )
            else:
                cur.execute(definition)
    say(f"  keys in {time.perf_counter() - started:.0f} s")


def _key_index_definitions(cur: Any) -> list[tuple[str, str]]:
    """The indexes and unique constraints of people_personkey as the migrations made them.

    Remembered in bench_meta, so a rebuild interrupted after dropping them still puts them
    back; those a later migration added are remembered too."""
    cur.execute("SELECT v FROM bench_meta WHERE k = 'personkey_indexes'")
    row = cur.fetchone()
    found = {str(n): str(d) for n, d in json.loads(row[0])} if row else {}
    cur.execute(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'people_personkey' "
        "AND indexname NOT IN (SELECT conname FROM pg_constraint)"
    )
    found.update(cur.fetchall())
    found.update((f"constraint:{n}", d) for n, d in _key_constraints(cur))
    if not any(n.startswith("constraint:") for n in found):
        raise SystemExit("people_personkey has lost its unique constraint: rebuild with --rebuild")
    value = json.dumps(sorted(found.items()))
    cur.execute(
        "INSERT INTO bench_meta VALUES ('personkey_indexes', %s) ON CONFLICT (k) DO UPDATE "
        "SET v = %s",
        [value, value],
    )
    return sorted(found.items())


def _key_constraints(cur: Any) -> list[tuple[str, str]]:
    cur.execute(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = 'people_personkey'::regclass AND contype IN ('u')"
    )
    return list(cur.fetchall())


def prepare_baselines() -> None:
    started = time.perf_counter()
    with connection.cursor() as cur:
        cur.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        cur.execute(
            "CREATE INDEX IF NOT EXISTS bench_name_trgm ON people_personname "
            "USING gin (text gin_trgm_ops)"
        )
        cur.execute("DROP TABLE IF EXISTS bench_ascii_name")
        cur.execute("CREATE TABLE bench_ascii_name (person_id bigint NOT NULL, text text NOT NULL)")
        cur.execute("SELECT person_id, text FROM people_personname")
        rows = cur.fetchall()
    _copy("bench_ascii_name", "person_id, text", ((p, ascii_form(t)) for p, t in rows))
    with connection.cursor() as cur:
        cur.execute(
            "CREATE INDEX bench_ascii_trgm ON bench_ascii_name USING gin (text gin_trgm_ops)"
        )
        cur.execute("CREATE INDEX bench_ascii_person ON bench_ascii_name (person_id)")
    say(f"  baseline indexes in {time.perf_counter() - started:.0f} s")


def ascii_form(text: str) -> str:
    return " ".join(unidecode(text).lower().replace(",", " ").split())


def ensure_database(
    reg: Registry, evidence: list[RecordEvidence], size: int, seed: int, rebuild: bool
) -> None:
    call_command("migrate", verbosity=0)
    meta = _meta()
    wanted = {"size": str(size), "seed": str(seed), "generator": GENERATOR_VERSION}
    fresh = rebuild or any(meta.get(k) != v for k, v in wanted.items())
    if fresh:
        _set_meta({"size": "", "keys": "", "baselines": ""})
        load_registry(reg, evidence)
        _set_meta(wanted)
    else:
        say(f"reusing the registry of {size} records (seed {seed}) already in the database")
    if fresh or _meta().get("keys") != KEYS_VERSION:
        say("writing blocking keys with the product's name_keys …")
        rekey()
        _set_meta({"keys": KEYS_VERSION})
    if fresh or _meta().get("baselines") != "1":
        say("building the baselines' trigram indexes …")
        prepare_baselines()
        _set_meta({"baselines": "1"})
    with connection.cursor() as cur:
        cur.execute("VACUUM ANALYZE people_person")
        cur.execute("VACUUM ANALYZE people_personname")
        cur.execute("VACUUM ANALYZE people_personkey")
        cur.execute("VACUUM ANALYZE people_document")
        cur.execute("VACUUM ANALYZE bench_ascii_name")


# --- measuring search ---------------------------------------------------------------------


@dataclass
class SearchFigures:
    r1: float = 0.0
    r10: float = 0.0
    precision: float = 0.0
    answered: int = 0
    p50: float = 0.0
    p95: float = 0.0
    runs: list[tuple[float, float]] = field(default_factory=list)


Searcher = Callable[[str, str], list[tuple[int, float, bool]]]  # (person id, score, above thr.)


def product_search(query: str, birth: str) -> list[tuple[int, float, bool]]:
    hits = search_people(query, birth_date=parse_partial_date(birth), limit=10)
    return [(h.person_id, h.score, h.score >= MATCH_THRESHOLD) for h in hits]


def trgm_search(query: str, birth: str) -> list[tuple[int, float, bool]]:
    with connection.cursor() as cur:
        cur.execute(
            "SELECT person_id, max(similarity(text, %s)) s FROM people_personname "
            "WHERE text %% %s GROUP BY person_id ORDER BY s DESC, person_id LIMIT 10",
            [query, query],
        )
        return [(pid, s, s >= TRGM_THRESHOLD) for pid, s in cur.fetchall()]


def rapidfuzz_search(query: str, birth: str) -> list[tuple[int, float, bool]]:
    q = ascii_form(query)
    with connection.cursor() as cur:
        cur.execute(
            "SELECT person_id, text FROM bench_ascii_name WHERE text %% %s "
            "ORDER BY similarity(text, %s) DESC LIMIT 200",
            [q, q],
        )
        rows = cur.fetchall()
    best: dict[int, float] = {}
    for pid, text in rows:
        s = fuzz.token_sort_ratio(q, text)
        if s > best.get(pid, -1.0):
            best[pid] = s
    ranked = sorted(best.items(), key=lambda x: (-x[1], x[0]))[:10]
    return [(pid, s, s >= RAPIDFUZZ_THRESHOLD) for pid, s in ranked]


def measure_search(
    searcher: Searcher,
    queries: list[tuple[str, str, set[int]]],
    runs: int,
    before_run: Callable[[], None] | None = None,
) -> SearchFigures:
    fig = SearchFigures()
    hits1 = hits10 = present = correct = answered = 0
    for run in range(runs):
        if before_run is not None:
            before_run()
        times: list[float] = []
        for query, birth, gold in queries:
            started = time.perf_counter()
            found = searcher(query, birth)
            times.append((time.perf_counter() - started) * 1000)
            if run:
                continue
            ids = [pid for pid, _, _ in found]
            if gold:
                present += 1
                hits1 += bool(ids[:1] and ids[0] in gold)
                hits10 += bool(gold & set(ids))
            if found and found[0][2]:
                answered += 1
                correct += found[0][0] in gold
        times.sort()
        fig.runs.append((statistics.median(times), times[int(0.95 * (len(times) - 1))]))
    fig.r1, fig.r10 = hits1 / max(present, 1), hits10 / max(present, 1)
    fig.precision, fig.answered = correct / max(answered, 1), answered
    fig.p50 = statistics.median(r[0] for r in fig.runs)
    fig.p95 = statistics.median(r[1] for r in fig.runs)
    return fig


# --- measuring dedupe ----------------------------------------------------------------------


@dataclass
class DedupeFigures:
    seconds: float = 0.0
    peak_mb: float = 0.0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    note: str = ""


def prf(predicted: set[tuple[int, int]], gold: set[tuple[int, int]]) -> tuple[float, float, float]:
    tp = len(predicted & gold)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def product_dedupe(gold: set[tuple[int, int]]) -> tuple[DedupeFigures, set[tuple[int, int]]]:
    """``manage.py dedupe_people --format json`` in a child process: wall time, peak RSS."""
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "manage.py", "dedupe_people", "--format", "json", "--verbosity", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        env=os.environ.copy(),
    ) as proc:
        assert proc.stdout is not None  # noqa: S101
        peak = [0]
        watcher = threading.Thread(target=_watch_rss, args=(proc.pid, peak), daemon=True)
        watcher.start()
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    peak_mb = max(peak[0] / 1024, usage.ru_maxrss / 1024)
    if proc.returncode:
        raise SystemExit(f"dedupe_people failed with status {proc.returncode}")
    predicted: set[tuple[int, int]] = set()
    for cluster in json.loads(out):
        ids = sorted(p["person_id"] for p in cluster["persons"])
        predicted |= {(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]}
    p, r, f1 = prf(predicted, gold)
    note = "peak = summed RSS of the command and its workers"
    return DedupeFigures(seconds, peak_mb, p, r, f1, note), predicted


def _tree_rss_kb(pid: int) -> int:
    """RSS of a process and all its descendants, in KiB (Linux /proc)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            with open(f"/proc/{current}/status") as fh:
                total += next((int(x.split()[1]) for x in fh if x.startswith("VmRSS:")), 0)
            with open(f"/proc/{current}/task/{current}/children") as fh:
                pending.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def _watch_rss(pid: int, peak: list[int]) -> None:
    while os.path.exists(f"/proc/{pid}"):
        peak[0] = max(peak[0], _tree_rss_kb(pid))
        time.sleep(0.5)


def _compatible_years(a: int | None, b: int | None) -> bool:
    return a is None or b is None or a == b


def baseline_dedupe(
    kind: str, sample: list[int], total: int, gold: set[tuple[int, int]]
) -> DedupeFigures:
    """Each sampled person's names looked up like a search (top 10 by trigram similarity,
    for (ii) reranked by token-sort ratio); a pair when the names are similar enough and
    the birth years do not conflict. Run in a forked child for its peak memory; time
    extrapolated from the sample to the whole registry."""
    connection.close()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read)
        started = time.perf_counter()
        pairs = _baseline_pairs(kind, sample)
        payload = json.dumps([time.perf_counter() - started, sorted(pairs)]).encode()
        with os.fdopen(write, "wb") as fh:
            fh.write(payload)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as fh:
        seconds, pair_list = json.loads(fh.read())
    _, _, usage = os.wait4(pid, 0)
    predicted = {(a, b) for a, b in pair_list}
    chosen = set(sample)
    gold_here = {g for g in gold if g[0] in chosen or g[1] in chosen}
    p, r, f1 = prf(predicted, gold_here)
    note = f"sample of {len(sample)} persons, time x{total / len(sample):.0f}"
    return DedupeFigures(seconds * total / len(sample), usage.ru_maxrss / 1024, p, r, f1, note)


def _baseline_pairs(kind: str, sample: list[int]) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    with connection.cursor() as cur:
        cur.execute("SELECT id, birth_year FROM people_person WHERE id = ANY(%s)", [sample])
        years = dict(cur.fetchall())
        for pid in sample:
            table = "people_personname" if kind == "trgm" else "bench_ascii_name"
            cur.execute(f"SELECT text FROM {table} WHERE person_id = %s", [pid])  # noqa: S608
            texts = [t for (t,) in cur.fetchall()]
            found: dict[int, float] = {}
            for text in texts:
                hits = trgm_search(text, "") if kind == "trgm" else _ascii_hits(cur, text)
                for other, s, _ in hits:
                    if other != pid:
                        found[other] = max(found.get(other, 0.0), s)
            limit = DEDUPE_TRGM if kind == "trgm" else DEDUPE_RAPIDFUZZ
            near = [o for o, s in found.items() if s >= limit]
            if near:
                cur.execute("SELECT id, birth_year FROM people_person WHERE id = ANY(%s)", [near])
                for other, year in cur.fetchall():
                    if _compatible_years(years.get(pid), year):
                        pairs.add((min(pid, other), max(pid, other)))
    return pairs


def _ascii_hits(cur: object, text: str) -> list[tuple[int, float, bool]]:
    cur.execute(  # type: ignore[attr-defined]
        "SELECT person_id, text FROM bench_ascii_name WHERE text %% %s "
        "ORDER BY similarity(text, %s) DESC LIMIT 50",
        [text, text],
    )
    best: dict[int, float] = {}
    for pid, other in cur.fetchall():  # type: ignore[attr-defined]
        best[pid] = max(best.get(pid, 0.0), fuzz.token_sort_ratio(text, other))
    return [(p, s, True) for p, s in sorted(best.items(), key=lambda x: -x[1])[:10]]


# --- report --------------------------------------------------------------------------------


def say(text: str) -> None:
    print(text, flush=True)


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "—"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--baseline-queries", type=int, default=300)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dedupe-sample", type=int, default=1000)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--skip-dedupe", action="store_true")
    ap.add_argument("--skip-search", action="store_true")
    ap.add_argument("--build-only", action="store_true")
    args = ap.parse_args()

    say(f"matcher bench: size={args.size} seed={args.seed} queries={args.queries} runs={args.runs}")
    say(f"database: {connection.settings_dict['NAME']} on {connection.settings_dict['HOST']}")
    started = time.perf_counter()
    reg = build(args.size, args.seed, args.queries)
    say(
        f"generated {len(reg.records)} records, {len(reg.dup_pairs)} planted duplicate pairs, "
        f"{len(reg.queries)} queries ({sum(1 for q in reg.queries if q[2] < 0)} of persons "
        f"not registered) in {time.perf_counter() - started:.0f} s"
    )
    evidence = evidence_for(reg, args.seed)
    say(
        f"evidence: {sum(1 for e in evidence if e.passport)} records with a passport number, "
        f"{sum(1 for e in evidence if e.birthplace)} with a birthplace (bench/synth_evidence.py)"
    )
    ensure_database(reg, evidence, args.size, args.seed, args.rebuild)
    with connection.cursor() as cur:
        cur.execute("SELECT count(*) FROM people_personname")
        (n_names,) = cur.fetchone()
        cur.execute("SELECT count(*) FROM people_personkey")
        (n_keys,) = cur.fetchone()
    say(f"registry: {len(reg.records)} persons, {n_names} names, {n_keys} blocking keys")

    if args.build_only:
        return
    queries = [
        (q, b, {i + 1 for i in reg.identity_records[ident]} if ident >= 0 else set())
        for q, b, ident in reg.queries
    ]
    rng = random.Random(args.seed)
    base_queries = rng.sample(queries, min(args.baseline_queries, len(queries)))

    if not args.skip_search:
        measure_all_search(queries, base_queries, args.runs)
    if args.skip_dedupe:
        return
    dedupe_report(reg, evidence, rng, args.dedupe_sample)
    say(
        f"\ntotal bench time {time.perf_counter() - started:.0f} s; peak RSS of the bench "
        f"process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )


def measure_all_search(
    queries: list[tuple[str, str, set[int]]],
    base_queries: list[tuple[str, str, set[int]]],
    runs: int,
) -> None:
    say("\nsearch (recall over queries of registered persons; precision of the top hit when")
    say(f"its score reaches the default threshold: product {MATCH_THRESHOLD}, pg_trgm ")
    say(f"{TRGM_THRESHOLD}, rapidfuzz {RAPIDFUZZ_THRESHOLD:.0f}; latency p50/p95 median of runs;")
    say("the product's cache of parsed names emptied before each run: bench/matcher_caches.py)")
    product_search("warm up", "")
    figs = {
        "product": measure_search(product_search, queries, runs, forget_names),
        "product fresh": measure_search(product_search, queries, 1, forget_all),
        "product*": measure_search(product_search, base_queries, 1, forget_names),
        "pg_trgm": measure_search(trgm_search, base_queries, 1),
        "unidecode+rapidfuzz": measure_search(rapidfuzz_search, base_queries, 1),
    }
    header = (
        f"{'':22}{'queries':>8}{'R@1':>8}{'R@10':>8}{'prec':>8}{'answered':>9}"
        f"{'p50 ms':>9}{'p95 ms':>9}"
    )
    say(header)
    for name, f in figs.items():
        n = len(queries) if name in ("product", "product fresh") else len(base_queries)
        say(
            f"{name:22}{n:>8}{f.r1:>8.3f}{f.r10:>8.3f}{f.precision:>8.3f}{f.answered:>9}"
            f"{f.p50:>9.1f}{f.p95:>9.1f}"
        )
    say("(product fresh = one run with every cache of the matcher empty, as in a worker just")
    say("started; product* = the product on the baselines' query sample, for like-for-like")
    say("ratios)")
    prod = figs["product*"]
    for name in ("pg_trgm", "unidecode+rapidfuzz"):
        b = figs[name]
        say(
            f"product vs {name}: R@1 {_ratio(prod.r1, b.r1)}, R@10 {_ratio(prod.r10, b.r10)}, "
            f"precision {_ratio(prod.precision, b.precision)}, p95 latency "
            f"{_ratio(b.p95, prod.p95)} faster"
        )


def dedupe_report(
    reg: Registry, evidence: list[RecordEvidence], rng: random.Random, sample_size: int
) -> None:
    gold = same_person_pairs(reg)
    extra = len(gold) - len(reg.dup_pairs)
    say(f"\ndedupe ({len(reg.dup_pairs)} planted duplicate pairs, {extra} more pairs of records")
    say("of persons generated twice with every attribute equal)")
    prod_d, predicted = product_dedupe(gold)
    sample = rng.sample(range(1, len(reg.records) + 1), min(sample_size, len(reg.records)))
    chosen = set(sample)
    gold_here = {g for g in gold if g[0] in chosen or g[1] in chosen}
    pred_here = {g for g in predicted if g[0] in chosen or g[1] in chosen}
    sp, sr, sf = prf(pred_here, gold_here)
    prod_s = DedupeFigures(0, 0, sp, sr, sf, "product restricted to pairs touching the sample")
    base = {
        "pg_trgm": baseline_dedupe("trgm", sample, len(reg.records), gold),
        "unidecode+rapidfuzz": baseline_dedupe("rapidfuzz", sample, len(reg.records), gold),
    }
    oracle = oracle_ceiling(reg, gold, evidence)
    ceiling = DedupeFigures(
        0, 0, oracle.precision, oracle.recall, oracle.f1, "perfect name reader (bench/ceiling.py)"
    )
    say(f"{'':22}{'time s':>9}{'peak MB':>9}{'P':>8}{'R':>8}{'F1':>8}  note")
    rows = {
        "product": prod_d,
        "ceiling (oracle)": ceiling,
        "product (sample)": prod_s,
        **base,
    }
    for name, d in rows.items():
        say(
            f"{name:22}{d.seconds:>9.1f}{d.peak_mb:>9.0f}{d.precision:>8.3f}{d.recall:>8.3f}"
            f"{d.f1:>8.3f}  {d.note}"
        )
    for name, bd in base.items():
        say(
            f"product vs {name}: F1 {_ratio(prod_s.f1, bd.f1)}, "
            f"P {_ratio(prod_s.precision, bd.precision)}, "
            f"R {_ratio(prod_s.recall, bd.recall)}, "
            f"time {_ratio(bd.seconds, prod_d.seconds)} faster"
        )


if __name__ == "__main__":
    main()
